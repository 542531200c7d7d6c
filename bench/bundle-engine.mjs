// The render pipeline (loadAssets, typedMemo, which runs parseMemo against the memo's type, renderDocx) for the in-process benchmark.
import { bundleForBench } from './bundle.mjs';

export function bundleEngine(projectRoot, outDir) {
  return bundleForBench(projectRoot, outDir, 'engine', [
    "export { loadAssets } from './templates/engine/load.ts';",
    "export { renderDocx } from './templates/engine/render.ts';",
    "export { typedMemo } from './services/memos/typed.ts';",
  ]);
}
