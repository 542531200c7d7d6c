import { useEffect, useState } from 'react';
import type { MemoRecord } from '../../../core/model/memo-register.js';
import { useClient } from '../../app/client-context.js';

/** What a memo answers, as a list shows it: "motie M-12, toezegging T-3". */
export type Answers = ReadonlyMap<string, string>;

const keyOf = (memo: MemoRecord): string => `${memo.id}:${memo.revisie}`;

/**
 * The moties and toezeggingen each listed memo answers, fetched per memo (the list's records do not hold them) and
 * kept by revisie: a link made or undone raises it, so a changed memo is fetched again and an unchanged one never.
 */
export function useAnswers(memos: readonly MemoRecord[]): Answers {
  const client = useClient();
  const [answers, setAnswers] = useState<Answers>(new Map());
  const wanted = memos.map(keyOf).join(',');

  useEffect(() => {
    let current = true;
    const missing = memos.filter((memo) => !answers.has(keyOf(memo)));
    if (missing.length === 0) return;
    void Promise.all(
      missing.map(async (memo) => {
        const result = await client.invoke('memos.get', { id: memo.id });
        if (!result.ok) return [keyOf(memo), ''] as const;
        const { moties, toezeggingen } = result.value;
        const names = moties
          .map((motie) => `motie ${motie.nummer}`)
          .concat(toezeggingen.map((toezegging) => `toezegging ${toezegging.nummer}`));
        return [keyOf(memo), names.join(', ')] as const;
      }),
    ).then((found) => {
      if (!current) return;
      setAnswers((before) => {
        const next = new Map(before);
        for (const [key, text] of found) next.set(key, text);
        return next;
      });
    });
    return () => {
      current = false;
    };
    // `wanted` stands for the memos by id and revisie; the answers found so far are only read, never a reason to ask.
  }, [client, wanted]);

  return answers;
}
