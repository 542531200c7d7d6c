// The links part of `npm run bench`: the bench's informatienota with a section "Bronnen" of 2,000 links, rendered in
// process (median), and pandoc converting the same content as Markdown (whole process), side by side. Rendering
// once took time that grew with the square of the number of links; this row keeps that in view. Its files go to
// `links/` in the bench's temporary folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleEngine } from './bundle-engine.mjs';
import { benchMemo } from './memo.mjs';
import { median } from './stats.mjs';
import { printTable } from './table.mjs';

const PANDOC = '/usr/bin/pandoc';
const LINKS = 2000;
const PER_PARAGRAPH = 10;
const RUNS = { warmup: 2, inProcess: 15, pandoc: 5 };
const CREATED_AT = new Date('2026-10-13T09:00:00Z');

const ms = (v) => `${v.toFixed(1)} ms`;

/** The bench memo with `count` links added, as memo JSON and as Markdown with the same text and targets. */
export function linksMemo(root, count) {
  const { memo, markdown } = benchMemo(join(root, 'examples', 'informatienota.json'));
  const paragraphs = Array.from({ length: Math.ceil(count / PER_PARAGRAPH) }, (_, p) =>
    Array.from({ length: Math.min(PER_PARAGRAPH, count - p * PER_PARAGRAPH) }, (_, i) => {
      const n = p * PER_PARAGRAPH + i + 1;
      return { text: `besluit ${n}`, href: `https://www.voorbeeld.nl/besluiten/${2026_0000 + n}` };
    }),
  );
  const html = paragraphs
    .map((links) => `<p>Zie ${links.map((l) => `<a href="${l.href}">${l.text}</a>`).join(', ')}.</p>`)
    .join('');
  const md = paragraphs.map((links) => `Zie ${links.map((l) => `[${l.text}](${l.href})`).join(', ')}.`);
  return {
    memo: { ...memo, secties: [...memo.secties, { titel: 'Bronnen', inhoud: html }] },
    markdown: [markdown, '# Bronnen', '', ...md.flatMap((p) => [p, ''])].join('\n'),
  };
}

function pandocMs(markdownFile, out) {
  const start = process.hrtime.bigint();
  const result = spawnSync(PANDOC, [markdownFile, '-o', out], { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`pandoc ended with ${result.status ?? result.signal}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function linksBench({ root, scratch, progress, count = LINKS }) {
  const dir = join(scratch, 'links');
  mkdirSync(dir, { recursive: true });
  const { memo: raw, markdown } = linksMemo(root, count);
  writeFileSync(join(dir, `memo-${count}-links.json`), `${JSON.stringify(raw, null, 2)}\n`);
  const markdownFile = join(dir, `memo-${count}-links.md`);
  writeFileSync(markdownFile, markdown);

  progress('links: bundling the engine with esbuild');
  const engine = await import(await bundleEngine(root, dir));
  const assets = await engine.loadAssets(
    join(root, 'templates'),
    join(root, 'templates', 'huisstijl', 'gemeente-voorbeeld'),
  );
  const render = () =>
    engine.renderDocx(engine.typedMemo(raw, assets.types), assets, { createdAt: CREATED_AT });
  progress(
    `links: ${RUNS.warmup} warm-up renders of the memo with ${count} links, then ${RUNS.inProcess} timed`,
  );
  for (let i = 0; i < RUNS.warmup; i++) writeFileSync(join(dir, 'raadsnota.docx'), render());
  const times = [];
  for (let i = 0; i < RUNS.inProcess; i++) {
    const start = performance.now();
    render();
    times.push(performance.now() - start);
  }

  const rows = [
    [
      `in-process parseMemo+renderDocx, ${count} links, median (n=${times.length})`,
      ms(median(times)),
      '',
      '',
    ],
  ];
  if (existsSync(PANDOC)) {
    progress(`links: pandoc, ${RUNS.pandoc} runs`);
    const pandoc = Array.from({ length: RUNS.pandoc }, () =>
      pandocMs(markdownFile, join(dir, 'pandoc.docx')),
    );
    rows.push([
      `pandoc md → docx, ${count} links (whole process), median (n=${pandoc.length})`,
      ms(median(pandoc)),
      '',
      '',
    ]);
  }
  console.log('');
  console.log(
    `links: the bench's informatienota with a section of ${count} links, ${PER_PARAGRAPH} to a paragraph`,
  );
  console.log('');
  printTable(rows);
}
