// The B1 check (readability/ and the memo's sections in document order) for the readability benchmark.
import { bundleForBench } from './bundle.mjs';

export function bundleReadability(projectRoot, outDir) {
  return bundleForBench(projectRoot, outDir, 'readability', [
    "export { analyzeSections, compileWordList, parseAmbtelijkeWoorden } from './readability/index.ts';",
    "export { sectionsToCheck } from './services/memos/check-sections.ts';",
    "export { namesIn, titlesIn } from './core/model/memo-mentions.ts';",
    "export { parseMemo } from './core/model/memo.ts';",
    "export { Manifest } from './core/model/manifest.ts';",
  ]);
}
