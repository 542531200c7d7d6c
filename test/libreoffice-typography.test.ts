// The shipped examples as LibreOffice lays them out, page by page: the signature stands on the page where the text
// ends, never alone, and no line ends with "€" or splits a date.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadAssets } from '../templates/engine/load.js';
import { renderDocx } from '../templates/engine/render.js';
import { renderOverzichtDocx } from '../templates/engine/overzicht.js';
import type { Overzicht } from '../core/model/overzicht.js';
import { describeWithTools, projectRoot, requireTool } from './helpers/tools.js';
import { parseShipped } from './helpers/assets.js';

const run = promisify(execFile);
const EXAMPLES = ['raadsmededeling', 'informatienota'] as const;

// Numbers as long as a register gives them: the number column must hold "toezegging T-2025-032" on one line, and the
// termijn column the longest date, "30 september 2026".
const OVERZICHT: Overzicht = {
  peildatum: '2026-06-01',
  items: (['motie', 'toezegging'] as const).map((soort) => ({
    soort,
    nummer: `${soort === 'motie' ? 'M' : 'T'}-2025-032`,
    onderwerp: 'Veilige oversteek bij de school',
    vergadering: 'Raad 2 april 2026',
    status: 'open',
    termijn: '2026-09-30',
    teLaat: false,
  })),
};

/** Whitespace collapsed, no-break spaces included. */
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();
const MONTH_FIRST =
  /^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/;

describeWithTools(['soffice', 'pdftotext'], 'LibreOffice laying out the shipped examples', () => {
  let dir = '';
  const pages = new Map<string, string[]>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'raadsnota-typography-'));
    const assets = await loadAssets(
      join(projectRoot, 'templates'),
      join(projectRoot, 'templates/huisstijl/gemeente-voorbeeld'),
    );
    const files: string[] = [];
    for (const name of EXAMPLES) {
      const memo = parseShipped(
        JSON.parse(await readFile(join(projectRoot, 'examples', `${name}.json`), 'utf8')),
      );
      const file = join(dir, `${name}.docx`);
      await writeFile(file, renderDocx(memo, assets, { createdAt: new Date('2026-10-13T09:00:00Z') }));
      files.push(file);
    }
    const overzicht = join(dir, 'overzicht.docx');
    await writeFile(
      overzicht,
      renderOverzichtDocx(OVERZICHT, assets, { createdAt: new Date('2026-10-13T09:00:00Z') }),
    );
    files.push(overzicht);
    // A profile of its own: soffice processes that share one wait for each other or fail.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await run(
      requireTool('soffice'),
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      { timeout: 180_000 },
    );
    for (const name of [...EXAMPLES, 'overzicht']) {
      const { stdout } = await run(
        requireTool('pdftotext'),
        ['-layout', '-enc', 'UTF-8', join(dir, `${name}.pdf`), '-'],
        { encoding: 'utf8' },
      );
      pages.set(
        name,
        stdout.split('\f').filter((page) => page.trim() !== ''),
      );
    }
  }, 240_000);

  afterAll(async () => {
    if (dir !== '') await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['raadsmededeling', 'Ook de tellingen van de bezoekers zijn openbaar.'],
    ['informatienota', 'Ook de bijlagen bij deze nota zijn openbaar.'],
  ])('%s: puts the signature on the page where its text ends', (name, lastSentence) => {
    const all = pages.get(name) ?? [];
    const signed = all.findIndex((page) => page.includes('Burgemeester en wethouders van'));
    expect(signed, 'the page with the signature').toBeGreaterThanOrEqual(0);
    const page = flat(all[signed] ?? '');
    expect(page, `page ${String(signed + 1)} of ${String(all.length)}`).toContain(lastSentence);
    expect(page.indexOf(lastSentence)).toBeLessThan(page.indexOf('Burgemeester en wethouders van'));
  });

  it.each(EXAMPLES)('%s: ends no line with "€" and splits no date', (name) => {
    const lines = (pages.get(name) ?? []).flatMap((page) => page.split('\n').map((l) => l.trim()));
    expect(lines.filter((l) => l.endsWith('€'))).toEqual([]);
    const broken = lines.filter((l, i) => /\b\d{1,2}$/.test(l) && MONTH_FIRST.test(lines[i + 1] ?? ''));
    expect(broken, 'a day at the end of a line, its month on the next').toEqual([]);
  });

  it('keeps "motie M-2025-032" and "toezegging T-2025-032" on one line in the number column of the overview', () => {
    const text = (pages.get('overzicht') ?? []).join('\n');
    expect(text).toMatch(/motie M-2025-032/);
    expect(text).toMatch(/toezegging T-2025-032/);
  });

  it('keeps the longest termijn, "30 september 2026", whole in its column of the overview', () => {
    const text = (pages.get('overzicht') ?? []).join('\n');
    expect(text).toMatch(/30\s+september\s+2026/u);
  });
});
