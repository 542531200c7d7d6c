import { useEffect, useRef, useState } from 'react';
import { B1Checker, type B1Results, type B1WorkerFactory } from './checker.js';
import type { B1Memo, B1Response, B1Settings } from './protocol.js';

export { b1Inputs } from './inputs.js';
export type { B1Results } from './checker.js';
export type { B1Memo, B1Section, B1Settings } from './protocol.js';

const startWorker: B1WorkerFactory = (onResponse, onError) => {
  const worker = new Worker(new URL('./b1.worker.ts', import.meta.url), { type: 'module', name: 'b1-check' });
  worker.onmessage = (event: MessageEvent<B1Response>) => {
    onResponse(event.data);
  };
  worker.onerror = onError;
  return {
    post: (request) => {
      worker.postMessage(request);
    },
    terminate: () => {
      worker.terminate();
    },
  };
};

/**
 * The B1 check of the memo as it is typed: each section's result and findings by its key, once the first check after
 * a pause in typing is done (undefined before). The check runs in a Web Worker; a render only hands it the memo.
 * `settings` come from `memos.checkSettings`; until they are there, nothing is checked.
 */
export function useB1Check(memo: B1Memo, settings: B1Settings | undefined): B1Results | undefined {
  const [results, setResults] = useState<B1Results>();
  const checker = useRef<B1Checker | undefined>(undefined);
  useEffect(() => {
    const created = new B1Checker(startWorker, setResults);
    checker.current = created;
    return () => {
      created.dispose();
    };
  }, []);
  useEffect(() => {
    checker.current?.update(memo, settings);
  }, [memo, settings]);
  return results;
}
