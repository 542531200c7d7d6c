// The B1 check off the page's thread: the editor posts a memo after a pause in typing, and typing never waits for
// the analysis. The word list is compiled once for each set of settings.
import { checkSections, compileSettings, type CompiledSettings } from './analyse.js';
import type { B1Request, B1Response } from './protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<B1Request>) => void) | null;
  postMessage(message: B1Response): void;
}

const scope = self as unknown as WorkerScope;
let compiled: { epoch: number; settings: CompiledSettings } | undefined;

scope.onmessage = ({ data: request }) => {
  const { seq, epoch } = request;
  try {
    if (request.settings) compiled = { epoch, settings: compileSettings(request.settings) };
    if (compiled?.epoch !== epoch) throw new Error(`no settings for epoch ${epoch}`);
    scope.postMessage({ seq, epoch, results: checkSections(request, compiled.settings) });
  } catch (error) {
    scope.postMessage({ seq, epoch, error: error instanceof Error ? error.message : String(error) });
  }
};
