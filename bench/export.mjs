// The export part of `npm run bench`: what the PDF costs. Whole `raadsnota export` processes, as a user runs them:
// the bench's informatienota exported without and with its PDF, interleaved (LibreOffice's share of the export);
// then 100 memos with their PDFs in one `raadsnota export` (ONE LibreOffice process for the batch) against an export
// per memo (a LibreOffice start each). Then LibreOffice alone (convertToPdf, in process): the 100 DOCX files in one
// process, against a start per memo with a new profile each (what convertToPdf gives every run) and with one warm
// profile that the starts share, interleaved. Starts take seconds each, so they are measured for fewer memos
// (RAADSNOTA_BENCH_EXPORT_STARTS exports, default 10; 10 bare starts of each kind) and compared per memo; the printed
// lines say how many. Skipped with a line when LibreOffice is not installed. Its files go to `export/` in the
// bench's temporary folder.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForBench } from './bundle.mjs';
import { benchMemo } from './memo.mjs';
import { median } from './stats.mjs';
import { printTable } from './table.mjs';

const PER_MEMO = { warmup: 1, runs: 5 };
const BATCH = 100;
const EXPORT_STARTS = Math.max(1, Number(process.env.RAADSNOTA_BENCH_EXPORT_STARTS) || 10);
const BARE_STARTS = 10;
const CREATED_AT = new Date('2026-10-13T09:00:00Z');

const ms = (v) => `${v.toFixed(0)} ms`;
const s = (v) => `${(v / 1000).toFixed(1)} s`;
const pct = (v) => `${(v * 100).toFixed(0)} %`;
const times = (v) => `${v.toFixed(1)}×`;
const sum = (values) => values.reduce((a, b) => a + b, 0);
const mean = (values) => sum(values) / values.length;

function bundleExport(root, dir) {
  return bundleForBench(root, dir, 'export', [
    "export { loadAssets } from './templates/engine/load.ts';",
    "export { renderDocx } from './templates/engine/render.ts';",
    "export { typedMemo } from './services/memos/typed.ts';",
    "export { convertToPdf, sofficeArgs } from './services/export/pdf/convert.ts';",
    "export { findLibreOffice, whyNoLibreOffice } from './services/export/pdf/libreoffice.ts';",
  ]);
}

function timedRun(command, args) {
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const elapsed = performance.now() - start;
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} ended with ${result.status ?? result.signal}:\n${result.stderr}`,
    );
  }
  return elapsed;
}

async function timed(work) {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export async function exportBench({ root, scratch, progress }) {
  const dir = join(scratch, 'export');
  mkdirSync(dir, { recursive: true });
  progress('export: bundling the engine and the PDF step with esbuild');
  const x = await import(await bundleExport(root, dir));
  const soffice = x.findLibreOffice();
  console.log('');
  if (soffice === undefined) {
    console.log(`export: skipped: ${x.whyNoLibreOffice()}`);
    return;
  }
  const version = spawnSync(soffice, ['--version'], { encoding: 'utf8' }).stdout.trim();

  // The memos: the bench's informatienota, and 100 of it with a kenmerk and onderwerp of their own, beside the
  // example's bijlagen folder (one bijlage names a file there).
  const memos = join(dir, 'memos');
  mkdirSync(memos);
  cpSync(join(root, 'examples', 'bijlagen'), join(memos, 'bijlagen'), { recursive: true });
  const { memo: raw, words } = benchMemo(join(root, 'examples', 'informatienota.json'));
  const memoFile = join(memos, 'informatienota.json');
  writeFileSync(memoFile, `${JSON.stringify(raw, null, 2)}\n`);
  const batchFiles = Array.from({ length: BATCH }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    const file = join(memos, `nota-${n}.json`);
    const memo = { ...raw, kenmerk: `2026-900${n}`, onderwerp: `${raw.onderwerp} (${n})` };
    writeFileSync(file, `${JSON.stringify(memo, null, 2)}\n`);
    return file;
  });
  const cli = join(root, 'bin', 'raadsnota.cjs');
  const db = join(dir, 'register.sqlite');
  let outs = 0;
  const exportRun = (files, pdf) =>
    timedRun(process.execPath, [
      cli,
      'export',
      ...files,
      '--out',
      join(dir, 'out', String(++outs)),
      '--db',
      db,
      ...(pdf ? ['--pdf'] : []),
    ]);

  // 1. One memo, without and with its PDF, interleaved so that both see the same machine.
  progress(
    `export: raadsnota export of one memo without and with --pdf, interleaved, ${PER_MEMO.warmup} warm-up + ${PER_MEMO.runs} runs each`,
  );
  const without = [];
  const withPdf = [];
  for (let i = 0; i < PER_MEMO.warmup + PER_MEMO.runs; i++) {
    const plain = exportRun([memoFile], false);
    const full = exportRun([memoFile], true);
    if (i < PER_MEMO.warmup) continue;
    without.push(plain);
    withPdf.push(full);
  }

  // 2. A batch of 100 in one export, against an export per memo.
  progress(`export: raadsnota export of ${BATCH} memos with --pdf (one LibreOffice process)`);
  const batch = exportRun(batchFiles, true);
  progress(`export: raadsnota export --pdf per memo, ${EXPORT_STARTS} memos (a LibreOffice start each)`);
  const separate = batchFiles.slice(0, EXPORT_STARTS).map((file) => exportRun([file], true));

  // 3. LibreOffice alone, on the same memos' DOCX files.
  const docxDir = join(dir, 'docx');
  mkdirSync(docxDir);
  const assets = await x.loadAssets(
    join(root, 'templates'),
    join(root, 'templates', 'huisstijl', 'gemeente-voorbeeld'),
  );
  const docxFiles = batchFiles.map((_, i) => {
    const docx = join(docxDir, `nota-${String(i + 1).padStart(3, '0')}.docx`);
    const memo = { ...raw, onderwerp: `${raw.onderwerp} (${String(i + 1).padStart(3, '0')})` };
    writeFileSync(docx, x.renderDocx(x.typedMemo(memo, assets.types), assets, { createdAt: CREATED_AT }));
    return docx;
  });
  progress(`export: convertToPdf of the ${BATCH} DOCX files in one LibreOffice process`);
  const oneOut = join(dir, 'pdf-een-proces');
  mkdirSync(oneOut);
  const one = await timed(() => x.convertToPdf(docxFiles, { soffice, outDir: oneOut }));
  progress(
    `export: ${BARE_STARTS} LibreOffice starts with a new profile and ${BARE_STARTS} with one warm profile, interleaved`,
  );
  const freshOut = join(dir, 'pdf-starts');
  const warmOut = join(dir, 'pdf-starts-warm');
  const warmProfile = join(dir, 'warm-profile');
  mkdirSync(freshOut);
  mkdirSync(warmOut);
  const warmStart = (file) => timedRun(soffice, x.sofficeArgs([file], warmProfile, warmOut));
  warmStart(docxFiles[0]); // makes the profile that the timed starts then find
  const fresh = [];
  const warm = [];
  for (const file of docxFiles.slice(0, BARE_STARTS)) {
    fresh.push(await timed(() => x.convertToPdf([file], { soffice, outDir: freshOut })));
    warm.push(warmStart(file));
  }
  rmSync(warmProfile, { recursive: true, force: true });

  const pdfShare = (median(withPdf) - median(without)) / median(withPdf);
  const perBatch = batch / BATCH;
  const perSeparate = mean(separate);
  const perOne = one / BATCH;
  const rows = [
    [`raadsnota export, one memo, without PDF, median (n=${without.length})`, ms(median(without)), '', ''],
    [`raadsnota export --pdf, one memo, median (n=${withPdf.length})`, ms(median(withPdf)), '', ''],
    [`  LibreOffice's share of the export with PDF (difference of medians)`, pct(pdfShare), '', ''],
    [`raadsnota export --pdf of ${BATCH} memos at once (one LibreOffice), total`, s(batch), '', ''],
    [`  per memo`, ms(perBatch), '', ''],
    [`raadsnota export --pdf per memo, ${EXPORT_STARTS} memos measured, total`, s(sum(separate)), '', ''],
    [`  per memo (mean of ${EXPORT_STARTS})`, ms(perSeparate), '', ''],
    [
      `ratio export per memo / batch export, per memo`,
      times(perSeparate / perBatch),
      '> 1× (batch faster)',
      perSeparate > perBatch ? 'ok' : 'over',
    ],
    [`convertToPdf of ${BATCH} DOCX in one LibreOffice process, total`, s(one), '', ''],
    [`  per memo`, ms(perOne), '', ''],
    [`convertToPdf per DOCX (a start, new profile), mean of ${BARE_STARTS}`, ms(mean(fresh)), '', ''],
    [`soffice per DOCX (a start, one warm profile), mean of ${BARE_STARTS}`, ms(mean(warm)), '', ''],
    [`ratio a start per DOCX (new profile) / one process, per memo`, times(mean(fresh) / perOne), '', ''],
  ];
  console.log(
    `export: the bench's ${words}-word informatienota with its bijlage; PDF by ${version} (${soffice}), ` +
      'tagged PDF/A-2b; whole raadsnota processes, then LibreOffice alone',
  );
  console.log('');
  printTable(rows);
}
