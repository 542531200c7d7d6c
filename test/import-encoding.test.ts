import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTable } from '../services/register/import/index.js';
import { makeTempDir, removeTempDir, runCli } from './helpers/assets.js';

const utf8 = (text: string) => [...Buffer.from(text, 'utf8')];
/** Windows-1252 for the letters used here: Latin-1 is the same there. */
const windows1252 = (text: string) => [...Buffer.from(text, 'latin1')];

/** A list pasted together from two sources: lines 3 and 5 were saved by Excel as Windows-1252, the rest as UTF-8. */
const MIXED = Uint8Array.from([
  ...utf8('Nr.;Titel;Vergadering;Status\r\n'),
  ...utf8('M-1;Financiële ruimte;Raad 5 februari 2026;open\r\n'),
  ...windows1252('M-2;Financiële middelen;Raad 5 februari 2026;open\r\n'),
  ...utf8('M-3;Coördinatie;Raad 5 februari 2026;open\r\n'),
  ...windows1252('M-4;Ideeën;Raad 5 februari 2026;open\r\n'),
]);

const NOTE =
  'regels 3 en 5 gelezen als Windows-1252, de rest als UTF-8; kijk daar de letters met accenten na';

describe('a CSV that mixes UTF-8 and Windows-1252 lines', () => {
  it('reads each line in its own encoding and says which lines were Windows-1252', async () => {
    const table = await readTable(MIXED, 'lijst.csv');
    expect(table.rows.map((r) => r.cells[1])).toEqual([
      'Financiële ruimte',
      'Financiële middelen',
      'Coördinatie',
      'Ideeën',
    ]);
    expect(table.encodingNote).toBe(NOTE);
  });

  it('names one line, and at most ten numbers before the count of the rest', async () => {
    const one = Uint8Array.from([...utf8('Titel\në\n'), ...windows1252('ë\n')]);
    expect((await readTable(one, 'a.csv')).encodingNote).toMatch(/^regel 3 gelezen als Windows-1252/);
    const many = Uint8Array.from([
      ...utf8('Titel\në\n'),
      ...Array.from({ length: 12 }, () => windows1252('ë\n')).flat(),
    ]);
    expect((await readTable(many, 'b.csv')).encodingNote).toMatch(
      /^regels 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 en nog 2 gelezen als Windows-1252/,
    );
  });

  it('says nothing about a file that is Windows-1252 or UTF-8 throughout', async () => {
    const cp = Uint8Array.from(windows1252('Titel\r\nFinanciële ruimte\r\nIdeeën\r\n'));
    const u8 = Uint8Array.from(utf8('\uFEFFTitel\r\nFinanciële ruimte\r\n'));
    for (const bytes of [cp, u8]) {
      const table = await readTable(bytes, 'lijst.csv');
      expect(table.encodingNote).toBeUndefined();
      expect(table.rows[0]?.cells).toEqual(['Financiële ruimte']);
    }
  });
});

describe('raadsnota register import of a mixed file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(async () => {
    await removeTempDir(dir);
  });

  it('shows the note with the preview and with the summary', async () => {
    const file = join(dir, 'lijst.csv');
    await writeFile(file, MIXED);
    const db = join(dir, 'register.sqlite');
    const preview = await runCli(['register', 'import', file, '--soort', 'motie', '--dry-run', '--db', db]);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain(`Let op: ${NOTE}.`);
    const done = await runCli(['register', 'import', file, '--soort', 'motie', '--db', db]);
    expect(done.stdout).toContain(`Let op: ${NOTE}.\nIngelezen: 4 toegevoegd`);
  });
});
