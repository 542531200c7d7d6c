// The B1-check part of `npm run bench`: analysing a 10,000-word memo in process, the way the editor will re-check
// a memo on every pause in typing. Prints figures against the target; asserts nothing. Its files go to
// `readability/` in the bench's temporary folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleReadability } from './readability-bundle.mjs';
import { readabilityMemo } from './readability-memo.mjs';
import { median, percentile, within } from './stats.mjs';
import { printTable } from './table.mjs';

const ANALYSIS = { warmup: 10, runs: 100, targetMs: 50 };

const ms = (v) => `${v.toFixed(1)} ms`;

export async function readabilityBench({ root, scratch, progress }) {
  const dir = join(scratch, 'readability');
  mkdirSync(dir, { recursive: true });
  progress('B1 check: bundling readability/ with esbuild');
  const check = await import(await bundleReadability(root, dir));

  const example = JSON.parse(readFileSync(join(root, 'examples', 'informatienota.json'), 'utf8'));
  const { memo: raw, words } = readabilityMemo(example);
  writeFileSync(join(dir, 'memo-10000.json'), `${JSON.stringify(raw, null, 2)}\n`);
  const manifest = check.Manifest.parse(
    JSON.parse(readFileSync(join(root, 'templates', 'informatienota.manifest.json'), 'utf8')),
  );
  const memo = check.parseMemo(raw, manifest);
  const wordList = check.compileWordList(
    check.parseAmbtelijkeWoorden(
      JSON.parse(readFileSync(join(root, 'templates', 'taal', 'ambtelijke-woorden.json'), 'utf8')),
    ),
  );
  const options = { wordList, names: check.namesIn(memo, manifest), titles: check.titlesIn(memo) };
  const analyse = () => check.analyzeSections(check.sectionsToCheck(memo, manifest), options);

  progress(
    `B1 check: ${ANALYSIS.warmup} warm-up analyses of the ${words}-word memo, then ${ANALYSIS.runs} timed`,
  );
  const coldStart = performance.now();
  const result = analyse();
  const cold = performance.now() - coldStart;
  for (let i = 1; i < ANALYSIS.warmup; i++) analyse();
  const times = [];
  for (let i = 0; i < ANALYSIS.runs; i++) {
    const start = performance.now();
    analyse();
    times.push(performance.now() - start);
  }

  const findings = result.sections.flatMap((s) => s.findings);
  const byKind = Object.entries(
    findings.reduce((counts, f) => ({ ...counts, [f.kind]: (counts[f.kind] ?? 0) + 1 }), {}),
  )
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  const analysisMedian = median(times);
  const rows = [
    [
      `analyzeSections of the ${words}-word memo, median (n=${times.length})`,
      ms(analysisMedian),
      `≤ ${ANALYSIS.targetMs} ms`,
      within(analysisMedian, ANALYSIS.targetMs),
    ],
    ['analyzeSections, p95', ms(percentile(times, 95)), '', ''],
    ['analyzeSections, min … max', `${ms(Math.min(...times))} … ${ms(Math.max(...times))}`, '', ''],
    ['first analysis in the process (cold: compiling, hyphenation cache empty)', ms(cold), '', ''],
  ];
  console.log('');
  console.log(
    `B1 check: informatienota of ${words} words in ${memo.secties.length} sections (written for the bench, seeded); ` +
      `the analysis counts ${result.figures.words} words in ${result.figures.sentences} sentences of running text`,
  );
  console.log(`  ${findings.length} findings: ${byKind}; verdict ‘${result.verdict}’`);
  console.log('');
  printTable(rows);
}
