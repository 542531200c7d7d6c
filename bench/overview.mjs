// The overview part of `npm run bench`: `raadsnota register overview` on the register of 100,000 moties and
// toezeggingen, whole processes, time and peak RSS: the DOCX of the items that still run (the default), the DOCX of
// all items (refused above the limit, exit 2), and as peers in the same run the CSV of the same items and pandoc
// turning a Markdown table of the running items into DOCX. Prints figures; asserts nothing. Its files go to
// `overview/` in the bench's temporary folder.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForBench } from './bundle.mjs';
import { mb, median, within } from './stats.mjs';
import { printTable } from './table.mjs';

const RUNS = 3;
const TARGET = { ms: 15_000, bytes: 1024 ** 3 };
const PANDOC = '/usr/bin/pandoc';
const GNU_TIME = '/usr/bin/time';

const s = (v) => `${(v / 1000).toFixed(2)} s`;
const count = (n) => n.toLocaleString('en-US');

/** One whole process: its wall time, exit code and, with GNU time, its peak RSS in bytes. */
function measure(command, args, dir) {
  const report = join(dir, 'time.txt');
  const timed = existsSync(GNU_TIME);
  const start = performance.now();
  const result = timed
    ? spawnSync(GNU_TIME, ['-f', '%M', '-o', report, command, ...args], { encoding: 'utf8' })
    : spawnSync(command, args, { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.error) throw result.error;
  const rss = timed ? Number(readFileSync(report, 'utf8').trim().split('\n').at(-1)) * 1024 : undefined;
  return { ms, code: result.status, rss };
}

/** `runs` runs of one command: the median time, the highest peak RSS, and the exit code of the last. */
function sample(command, args, dir, runs = RUNS) {
  const results = Array.from({ length: runs }, () => measure(command, args, dir));
  const rss = results.map((r) => r.rss).filter((v) => v !== undefined);
  return {
    ms: median(results.map((r) => r.ms)),
    rss: rss.length > 0 ? Math.max(...rss) : undefined,
    code: results.at(-1).code,
  };
}

function markdownTable(items) {
  const cell = (text) => text.replaceAll('|', '\\|');
  const lines = [
    '| Nummer | Onderwerp | Portefeuillehouder | Vergadering | Termijn | Status |',
    '| --- | --- | --- | --- | --- | --- |',
    ...items.map(
      (i) =>
        `| ${[`${i.soort} ${i.nummer}`, i.onderwerp, i.portefeuillehouder ?? '—', i.vergadering, i.termijn ?? '—', `${i.teLaat ? '**te laat**, ' : ''}${i.status}`].map(cell).join(' | ')} |`,
    ),
  ];
  return `# Stand van zaken moties en toezeggingen\n\n${lines.join('\n')}\n`;
}

/** `register`: the 100,000-item register the register part built (`{ file, today, size }`), read here from a copy. */
export async function overviewBench({ root, scratch, progress, register: built }) {
  const started = performance.now();
  const dir = join(scratch, 'overview');
  mkdirSync(dir, { recursive: true });
  const migrations = join(root, 'db', 'migrations');
  const db = join(dir, 'register-100k.sqlite');
  const TODAY = built.today;

  progress('overview: bundling the register code with esbuild');
  const register = await import(
    await bundleForBench(root, dir, 'overview', [
      "export { openRegister } from './db/connection.ts';",
      "export { overzichtOn } from './services/register/overzicht.ts';",
      "export { sortOverzicht, MAX_DOCX_ITEMS } from './templates/engine/overzicht.ts';",
    ])
  );
  progress(`overview: a copy of the register part's register of ${count(built.size)} items`);
  copyFileSync(built.file, db);
  const connection = register.openRegister(db, migrations, { create: false });
  const running = register.sortOverzicht(register.overzichtOn(connection, TODAY).items);
  connection.close();
  const markdown = join(dir, 'stand.md');
  writeFileSync(markdown, markdownTable(running));

  const cli = join(root, 'bin', 'raadsnota.cjs');
  const overview = (out, ...extra) => [
    process.execPath,
    [cli, 'register', 'overview', '--out', join(dir, out), '--peildatum', TODAY, '--db', db, ...extra],
  ];
  const commands = [
    { label: 'DOCX, items that still run (the default)', command: overview('lopend.docx'), judged: true },
    { label: 'CSV, items that still run (peer)', command: overview('lopend.csv') },
    ...(existsSync(PANDOC)
      ? [
          {
            label: 'pandoc, Markdown table of those items → DOCX (peer)',
            command: [PANDOC, [markdown, '-o', join(dir, 'pandoc.docx')]],
            runs: 1,
          },
        ]
      : []),
    {
      label: 'DOCX, all items (--alle): refused above the limit',
      command: overview('alle.docx', '--alle'),
      runs: 1,
    },
    { label: 'CSV, all items (--alle) (peer)', command: overview('alle.csv', '--alle') },
  ];
  const rows = [];
  for (const { label, command, judged, runs } of commands) {
    progress(`overview: ${label}, ${runs ?? RUNS} run(s)`);
    const result = sample(command[0], command[1], dir, runs);
    const exit = result.code === 0 ? '' : `, exit ${result.code}`;
    rows.push([
      `${label}, median time${exit}`,
      s(result.ms),
      judged ? `≤ ${s(TARGET.ms)}` : '',
      judged ? within(result.ms, TARGET.ms) : '',
    ]);
    rows.push([
      `  peak RSS (whole process)`,
      result.rss === undefined ? 'skipped (no /usr/bin/time)' : mb(result.rss),
      judged ? `≤ ${mb(TARGET.bytes)}` : '',
      judged && result.rss !== undefined ? within(result.rss, TARGET.bytes) : '',
    ]);
  }

  console.log('');
  console.log(
    `Overview: ${count(built.size)} items, ${count(running.length)} of them still running ` +
      `on ${TODAY}; a DOCX holds at most ${count(register.MAX_DOCX_ITEMS)} items. ` +
      `DOCX ${mb(statSync(join(dir, 'lopend.docx')).size)}, CSV of all items ${mb(statSync(join(dir, 'alle.csv')).size)}`,
  );
  console.log('');
  printTable(rows);
  rmSync(db, { force: true });
  console.log(`overview part took ${s(performance.now() - started)}`);
}
