// The render pipeline (loadAssets, parseMemo, renderDocx) for the in-process benchmark.
import { bundleForBench } from './bundle.mjs';

export function bundleEngine(projectRoot, outDir) {
  return bundleForBench(projectRoot, outDir, 'engine', [
    "export { loadAssets } from './templates/engine/load.ts';",
    "export { renderDocx } from './templates/engine/render.ts';",
    "export { parseMemo } from './core/model/memo.ts';",
  ]);
}
