// The export part of `npm run bench`: what the PDF costs. Per memo, the bench's informatienota exported without and
// with its PDF, interleaved (LibreOffice's share of the total); then a batch of 100 memos with their PDFs, converted
// by ONE LibreOffice process against one start per memo, each start with a new profile as convertToPdf gives it,
// and as a second peer with one warm profile shared by the starts (what reusing a profile could save at most).
// The starts are measured for RAADSNOTA_BENCH_EXPORT_STARTS memos (default 20; a start takes seconds): the printed
// lines say how many. Skipped with a line when LibreOffice is not installed. Its files go to `export/` in the
// bench's temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForBench } from './bundle.mjs';
import { benchMemo } from './memo.mjs';
import { median } from './stats.mjs';
import { printTable } from './table.mjs';

const PER_MEMO = { warmup: 1, runs: 7 };
const BATCH = 100;
const STARTS = Math.max(1, Number(process.env.RAADSNOTA_BENCH_EXPORT_STARTS) || 20);
const CREATED_AT = new Date('2026-10-13T09:00:00Z');

const ms = (v) => `${v.toFixed(0)} ms`;
const s = (v) => `${(v / 1000).toFixed(1)} s`;
const pct = (v) => `${(v * 100).toFixed(0)} %`;
const times = (v) => `${v.toFixed(1)}×`;

function bundleExport(root, dir) {
  return bundleForBench(root, dir, 'export', [
    "export { loadAssets } from './templates/engine/load.ts';",
    "export { renderDocx } from './templates/engine/render.ts';",
    "export { typedMemo } from './services/memos/typed.ts';",
    "export { convertToPdf, sofficeArgs } from './services/export/pdf/convert.ts';",
    "export { findLibreOffice, whyNoLibreOffice } from './services/export/pdf/libreoffice.ts';",
    "export { folderUrl } from './services/export/pdf/file-url.ts';",
  ]);
}

async function timed(work) {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
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
  const assets = await x.loadAssets(
    join(root, 'templates'),
    join(root, 'templates', 'huisstijl', 'gemeente-voorbeeld'),
  );
  const { memo: raw, words } = benchMemo(join(root, 'examples', 'informatienota.json'));
  /** The export's document step: the memo checked against its type, rendered and written. */
  const writeDocx = (memo, file) => {
    writeFileSync(file, x.renderDocx(x.typedMemo(memo, assets.types), assets, { createdAt: CREATED_AT }));
    return file;
  };

  // 1. One memo, without and with its PDF, interleaved so that both see the same machine.
  progress(
    `export: one memo without and with PDF, interleaved, ${PER_MEMO.warmup} warm-up + ${PER_MEMO.runs} runs each`,
  );
  const without = [];
  const withPdf = [];
  const pdfStep = [];
  for (let i = 0; i < PER_MEMO.warmup + PER_MEMO.runs; i++) {
    const run = join(dir, `memo-${i}`);
    mkdirSync(run);
    const plain = await timed(() => writeDocx(raw, join(run, 'zonder.docx')));
    const docx = await timed(() => writeDocx(raw, join(run, 'met.docx')));
    const pdf = await timed(() => x.convertToPdf([docx.value], { soffice, outDir: run }));
    if (i < PER_MEMO.warmup) continue;
    without.push(plain.ms);
    withPdf.push(docx.ms + pdf.ms);
    pdfStep.push(pdf.ms);
  }

  // 2. A batch: the same memo 100 times under a name and onderwerp of its own.
  const batchDir = join(dir, 'batch');
  mkdirSync(batchDir);
  const docxFiles = Array.from({ length: BATCH }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return writeDocx({ ...raw, onderwerp: `${raw.onderwerp} (${n})` }, join(batchDir, `nota ${n}.docx`));
  });
  progress(`export: ${BATCH} PDFs by one LibreOffice process`);
  const oneOut = join(dir, 'een-proces');
  mkdirSync(oneOut);
  const one = await timed(() => x.convertToPdf(docxFiles, { soffice, outDir: oneOut }));

  progress(
    `export: ${STARTS} of those memos by a LibreOffice start each, with a new profile and with one warm profile, interleaved`,
  );
  const startsOut = join(dir, 'starts');
  const warmOut = join(dir, 'starts-warm-profile');
  const warmProfile = join(dir, 'warm-profile');
  mkdirSync(startsOut);
  mkdirSync(warmOut);
  const warmStart = (file) => {
    const result = spawnSync(soffice, x.sofficeArgs([file], warmProfile, warmOut), { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`soffice ended with ${result.status}: ${result.stderr}`);
  };
  warmStart(docxFiles[0]); // makes the profile, which the timed starts then find
  const fresh = [];
  const warm = [];
  for (const file of docxFiles.slice(0, STARTS)) {
    fresh.push((await timed(() => x.convertToPdf([file], { soffice, outDir: startsOut }))).ms);
    warm.push((await timed(() => warmStart(file))).ms);
  }

  const perOne = one.ms / BATCH;
  const perFresh = fresh.reduce((a, b) => a + b, 0) / fresh.length;
  const perWarm = warm.reduce((a, b) => a + b, 0) / warm.length;
  const rows = [
    [
      `export of one memo without PDF (render + write DOCX), median (n=${without.length})`,
      ms(median(without)),
      '',
      '',
    ],
    [`export of one memo with PDF, median (n=${withPdf.length})`, ms(median(withPdf)), '', ''],
    [`  of which the PDF step (one LibreOffice start), median`, ms(median(pdfStep)), '', ''],
    [`  LibreOffice's share of the export with PDF`, pct(median(pdfStep) / median(withPdf)), '', ''],
    [`${BATCH} memos with PDF, ONE LibreOffice process, total`, s(one.ms), '', ''],
    [`  per memo`, ms(perOne), '', ''],
    [
      `a LibreOffice start per memo (new profile), ${STARTS} starts measured, total`,
      s(fresh.reduce((a, b) => a + b, 0)),
      '',
      '',
    ],
    [`  per memo (mean of ${STARTS})`, ms(perFresh), '', ''],
    [
      `a LibreOffice start per memo (one warm profile), ${STARTS} starts measured, per memo`,
      ms(perWarm),
      '',
      '',
    ],
    [
      `ratio start per memo (new profile) / one process, per memo`,
      times(perFresh / perOne),
      '> 1× (one process faster)',
      perFresh / perOne > 1 ? 'ok' : 'over',
    ],
    [`ratio start per memo (warm profile) / one process, per memo`, times(perWarm / perOne), '', ''],
  ];
  console.log(
    `export: the bench's ${words}-word informatienota; PDF by ${version} (${soffice}), tagged PDF/A-2b; ` +
      `DOCX rendered in process (the engine, as the export's document step)`,
  );
  console.log('');
  printTable(rows);
  rmSync(join(dir, 'warm-profile'), { recursive: true, force: true });
}
