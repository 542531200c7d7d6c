// `npm run bench`: speed and memory of raadsnota, side by side with pandoc doing the same job. Prints figures with
// their targets; asserts nothing. Options: --runs <n> (whole-process runs per command, default 20), --keep (leave
// the temporary folder with the memo, the Markdown and the DOCX files).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleEngine } from './bundle-engine.mjs';
import { benchMemo } from './memo.mjs';
import { readabilityBench } from './readability.mjs';
import { registerBench } from './register.mjs';
import { mb, median, percentile, within } from './stats.mjs';
import { printTable } from './table.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PANDOC = '/usr/bin/pandoc';
const GNU_TIME = '/usr/bin/time';
const CREATED_AT = '2026-10-13T09:00:00Z';

const IN_PROCESS = { warmup: 20, runs: 200, targetMedianMs: 10 };
const WHOLE = { warmup: 2, targetRatio: 1.5 };

const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '20' }, keep: { type: 'boolean', default: false } },
});
WHOLE.runs = Math.max(20, Number(options.runs) || 20);

const progress = (text) => process.stderr.write(`… ${text}\n`);

// ── formatting ────────────────────────────────────────────────────────────────────────────────

const ms = (v) => `${v.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const times = (v) => `${v.toFixed(2)}×`;

// ── measuring child processes ────────────────────────────────────────────────────────────────────────────────

function run(command, args, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} ended with ${result.status ?? result.signal}:\n${result.stderr}`,
    );
  }
  return { ms: elapsed, stdout: result.stdout };
}

/** Peak resident set size of one run in bytes: GNU time's %M, else VmHWM polled from /proc, else undefined. */
async function peakRss(command, args, env, scratch) {
  if (existsSync(GNU_TIME)) {
    const report = join(scratch, 'time.txt');
    run(GNU_TIME, ['-f', '%M', '-o', report, command, ...args], env);
    return Number(readFileSync(report, 'utf8').trim().split('\n').at(-1)) * 1024;
  }
  if (!existsSync('/proc/self/status')) return undefined;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'ignore' });
    let peak = 0;
    const poll = () => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match) peak = Math.max(peak, Number(match[1]) * 1024);
      } catch {
        // the process has just ended
      }
    };
    const timer = setInterval(poll, 1);
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(timer);
      resolve(peak || undefined);
    });
  });
}

// ── the benchmark ────────────────────────────────────────────────────────────────────────────────────────────

const started = process.hrtime.bigint();
const scratch = mkdtempSync(join(tmpdir(), 'raadsnota-bench-'));
const hasPandoc = existsSync(PANDOC);

const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');
console.log(
  `Node ${process.version} · ${cpus()[0]?.model ?? 'unknown CPU'} · ${availableParallelism()} cores · ` +
    `load average ${load()} at start`,
);
console.log(
  hasPandoc
    ? `pandoc ${
        run(PANDOC, ['--version'])
          .stdout.split('\n')[0]
          ?.replace(/^pandoc\s*/, '') ?? ''
      } (${PANDOC})`
    : `pandoc is not installed (${PANDOC} missing): the comparison with pandoc is skipped`,
);
console.log(
  `peak RSS of whole processes: ${existsSync(GNU_TIME) ? `${GNU_TIME} -f %M` : 'VmHWM polled from /proc'}`,
);

const { memo, markdown, words, shape } = benchMemo(join(ROOT, 'examples', 'informatienota.json'));
const memoFile = join(scratch, 'informatienota.json');
const markdownFile = join(scratch, 'informatienota.md');
writeFileSync(memoFile, `${JSON.stringify(memo, null, 2)}\n`);
writeFileSync(markdownFile, markdown);
console.log(
  `memo: informatienota, ${words} words in ${shape.sections} sections, ${shape.lists} lists, ` +
    `${shape.tables} table, ${shape.footnotes} footnote (${kb(Buffer.byteLength(markdown))} of Markdown)`,
);

// 1. In process, in a child of its own so that its memory figures are not ours.
progress('bundling the engine with esbuild');
const engineFile = await bundleEngine(ROOT, scratch);
progress(`in-process: ${IN_PROCESS.warmup} warm-up renders, then ${IN_PROCESS.runs} timed`);
const inProcessDocx = join(scratch, 'in-process.docx');
const inProcess = JSON.parse(
  run(process.execPath, [
    '--expose-gc',
    join(ROOT, 'bench', 'in-process.mjs'),
    engineFile,
    memoFile,
    join(ROOT, 'templates'),
    join(ROOT, 'templates', 'huisstijl', 'gemeente-voorbeeld'),
    inProcessDocx,
    String(IN_PROCESS.warmup),
    String(IN_PROCESS.runs),
    CREATED_AT,
  ]).stdout,
);

// 2. Whole processes, interleaved, with a bare `node -e 0` as the floor any Node CLI pays.
const env = { ...process.env, SOURCE_DATE_EPOCH: String(Date.parse(CREATED_AT) / 1000) };
const raadsnotaDocx = join(scratch, 'raadsnota.docx');
const pandocDocx = join(scratch, 'pandoc.docx');
const commands = {
  raadsnota: [
    process.execPath,
    [join(ROOT, 'bin', 'raadsnota.cjs'), 'render', memoFile, '--out', raadsnotaDocx],
  ],
  ...(hasPandoc ? { pandoc: [PANDOC, [markdownFile, '-o', pandocDocx]] } : {}),
  node: [process.execPath, ['-e', '0']],
};
const wall = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
progress(
  `whole process: ${Object.keys(commands).join(', ')} interleaved, ${WHOLE.warmup} warm-ups + ${WHOLE.runs} runs each`,
);
for (let i = 0; i < WHOLE.warmup + WHOLE.runs; i++) {
  for (const [name, [command, args]] of Object.entries(commands)) {
    const { ms: elapsed } = run(command, args, env);
    if (i >= WHOLE.warmup) wall[name].push(elapsed);
  }
}
progress('peak RSS of one run each');
const rss = {};
for (const [name, [command, args]] of Object.entries(commands)) {
  rss[name] = await peakRss(command, args, env, scratch);
}

const sameBytes = readFileSync(raadsnotaDocx).equals(readFileSync(inProcessDocx));

// ── report ───────────────────────────────────────────────────────────────────────────────────────────────────

const rows = [];
const row = (figure, value, target = '', status = '') => rows.push([figure, value, target, status]);

const ip = { median: median(inProcess.times), p95: percentile(inProcess.times, 95) };
row(
  `in-process parseMemo+renderDocx, median (n=${inProcess.times.length})`,
  ms(ip.median),
  `≤ ${IN_PROCESS.targetMedianMs} ms`,
  within(ip.median, IN_PROCESS.targetMedianMs),
);
row('in-process parseMemo+renderDocx, p95', ms(ip.p95));
row('DOCX size, raadsnota', kb(inProcess.bytes));
if (hasPandoc) row('DOCX size, pandoc', kb(statSync(pandocDocx).size));

const stats = Object.fromEntries(
  Object.entries(wall).map(([name, values]) => [
    name,
    { median: median(values), p95: percentile(values, 95), min: Math.min(...values) },
  ]),
);
const labels = {
  raadsnota: 'raadsnota render (whole process)',
  pandoc: 'pandoc md → docx (whole process)',
  node: 'node -e 0 (floor, reference)',
};
for (const name of Object.keys(commands)) {
  row(`${labels[name]}, median (n=${wall[name].length})`, ms(stats[name].median));
  row(`${labels[name]}, p95`, ms(stats[name].p95));
  row(`${labels[name]}, min`, ms(stats[name].min));
}
if (hasPandoc) {
  const ratio = stats.raadsnota.median / stats.pandoc.median;
  row(
    'ratio raadsnota / pandoc, median',
    times(ratio),
    `≤ ${WHOLE.targetRatio}×`,
    within(ratio, WHOLE.targetRatio),
  );
  row('ratio raadsnota / pandoc, p95', times(stats.raadsnota.p95 / stats.pandoc.p95));
}
row('raadsnota above the node floor, median', ms(stats.raadsnota.median - stats.node.median));

row('in-process RSS after load + warm-up (gc)', mb(inProcess.baselineRss));
row('in-process peak RSS during render loop', mb(inProcess.peakRss));
row('in-process peak heap used during render loop', mb(inProcess.peakHeap));
row('in-process heap retained after loop (gc)', mb(inProcess.retainedHeap));
const peak = (name) => (rss[name] === undefined ? 'skipped (no /usr/bin/time, no /proc)' : mb(rss[name]));
row('raadsnota render peak RSS (whole process)', peak('raadsnota'));
if (hasPandoc) row('pandoc peak RSS (whole process)', peak('pandoc'));
row('node -e 0 peak RSS (floor, reference)', peak('node'));
if (hasPandoc && rss.raadsnota !== undefined && rss.pandoc !== undefined) {
  row('ratio raadsnota / pandoc, peak RSS', times(rss.raadsnota / rss.pandoc));
}

printTable(rows);
console.log('');
const yesNo = (value) => (value ? 'yes' : 'no');
console.log(`CLI output identical to the first in-process render: ${yesNo(sameBytes)}`);
console.log(
  `render #${IN_PROCESS.warmup + IN_PROCESS.runs} in the same process identical to render #1: ${yesNo(inProcess.sameAsFirst)}`,
);
console.log(
  `bench took ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s; load average ${load()} at the end`,
);

const register = await registerBench({ root: ROOT, scratch, progress });
await (await import('./links.mjs')).linksBench({ root: ROOT, scratch, progress });
await (await import('./overview.mjs')).overviewBench({ root: ROOT, scratch, progress, register });
await (await import('./server.mjs')).serverBench({ root: ROOT, scratch, progress, register });
await (await import('./ui-search.mjs')).uiSearchBench({ root: ROOT, scratch, progress, register });
await (await import('./ui-editor.mjs')).uiEditorBench({ root: ROOT, scratch, progress });
await (await import('./export.mjs')).exportBench({ root: ROOT, scratch, progress });

// Last, so that it changes none of the figures above.
await readabilityBench({ root: ROOT, scratch, progress });

if (options.keep) console.log(`files kept in ${scratch}`);
else rmSync(scratch, { recursive: true, force: true });
