import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, runCli } from './helpers/assets.js';
import { readDocx } from './helpers/docx.js';

let dir: string;
let db: string;
beforeEach(async () => {
  dir = await makeTempDir();
  db = join(dir, 'register.sqlite');
});
afterEach(async () => {
  await removeTempDir(dir);
});

const importExamples = async () => {
  for (const file of ['examples/import/moties.csv', 'examples/import/toezeggingen.xlsx']) {
    const result = await runCli(['register', 'import', file, '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  }
};

describe('raadsnota register import', () => {
  it('with --dry-run shows what would change and changes nothing', async () => {
    const dry = await runCli(['register', 'import', 'examples/import/moties.csv', '--dry-run', '--db', db]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('5 toe te voegen');
    expect(existsSync(db)).toBe(false);
    await importExamples();
    const again = await runCli(['register', 'import', 'examples/import/moties.csv', '--dry-run', '--db', db]);
    expect(again.stdout).toContain('0 toe te voegen, 0 bij te werken, 5 ongewijzigd');
  });

  it('reads the example lists, and a second import of the same list changes nothing', async () => {
    await importExamples();
    const again = await runCli(['register', 'import', 'examples/import/moties.csv', '--db', db]);
    expect(again.stdout).toContain('0 toegevoegd, 0 bijgewerkt, 5 ongewijzigd');
    const list = await runCli(['register', 'list', '--db', db]);
    expect(list.stdout).toContain('9 gevonden.');
  });

  it('refuses a file with a bad row as a whole, naming row, column and reason, and exits 2', async () => {
    const csv =
      'Nummer;Titel;Vergadering;Datum aangenomen;Status\nM-1;Goed;Raad 2026;01-02-2026;open\nM-2;Fout;Raad 2026;31-02-2026;klaar\n';
    const file = join(dir, 'moties.csv');
    await writeFile(file, csv);
    const result = await runCli(['register', 'import', file, '--soort', 'motie', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/rij 3, kolom Datum aangenomen/);
    expect(result.stderr).toMatch(/rij 3, kolom Status/);
    expect(existsSync(db)).toBe(false);
  });
});

describe('raadsnota register import of a list without some columns', () => {
  it('says in the preview and in the summary that new items start open, and stores them so', async () => {
    const file = join(dir, 'zonder-status.csv');
    await writeFile(
      file,
      'Nummer;Titel;Vergadering;Datum aangenomen;Indieners;Dictum;Agendapunt;Portefeuillehouder;Termijn\nM-1;Bankjes;Raad 2026;01-02-2026;;;;;\n',
    );
    const note =
      'Let op: er is geen kolom Status: nieuwe moties krijgen status open; moties die al in het register staan, houden hun status.';
    const dry = await runCli(['register', 'import', file, '--dry-run', '--db', db]);
    expect(dry.stdout).toBe(
      `${note}\nProef (er is niets veranderd): 1 toe te voegen, 0 bij te werken, 0 ongewijzigd.\n`,
    );
    const done = await runCli(['register', 'import', file, '--db', db]);
    expect(done.stdout).toBe(`${note}\nIngelezen: 1 toegevoegd, 0 bijgewerkt, 0 ongewijzigd.\n`);
    expect((await runCli(['register', 'list', '--db', db])).stdout).toContain('motie M-1 (2026)  open');
  });

  it('refuses a list without a column it cannot do without, naming it and what it is for, and exits 2', async () => {
    const file = join(dir, 'zonder-nummer.csv');
    await writeFile(file, 'Titel;Vergadering\nBankjes;Raad 2026\n');
    const result = await runCli(['register', 'import', file, '--soort', 'motie', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Ongeldige kolomindeling voor zonder-nummer.csv; er is niets ingelezen:');
    expect(result.stderr).toContain(
      'er is geen kolom Nummer; elke motie heeft een nummer nodig, om haar in het register terug te vinden',
    );
    expect(existsSync(db)).toBe(false);
  });

  it('calls a file it cannot read an "ongeldig importbestand"', async () => {
    const file = join(dir, 'leeg.csv');
    await writeFile(file, '');
    const result = await runCli(['register', 'import', file, '--soort', 'motie', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Ongeldig importbestand:');
  });
});

describe('raadsnota register list', () => {
  it('filters on overdue, status and search words, diacritics folded', async () => {
    await importExamples();
    const overdue = await runCli(['register', 'list', '--overdue', '--db', db]);
    expect(overdue.code).toBe(0);
    expect(overdue.stdout.split('\n').filter((l) => l.includes('TE LAAT')).length).toBeGreaterThan(0);
    expect(overdue.stdout).not.toMatch(/ afgedaan /);
    const search = await runCli(['register', 'list', '--search', 'financiele', '--db', db]);
    expect(search.stdout).toContain('Financiële');
    const status = await runCli(['register', 'list', '--status', 'verworpen', '--db', db]);
    expect(status.stdout).toContain('1 gevonden.');
  });

  it('exits 2 on a status that does not exist', async () => {
    const result = await runCli(['register', 'list', '--status', 'klaar', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--status');
  });
});

describe('raadsnota register overview', () => {
  it('writes a DOCX that lists the overdue items first', async () => {
    await importExamples();
    const out = join(dir, 'stand.docx');
    const result = await runCli([
      'register',
      'overview',
      '--alle',
      '--out',
      out,
      '--peildatum',
      '2026-01-15',
      '--db',
      db,
    ]);
    expect(result.code).toBe(0);
    const paragraphs = readDocx(new Uint8Array(await readFile(out))).paragraphs;
    const start = paragraphs.findIndex((p) => p.text === 'Alle moties en toezeggingen');
    const end = paragraphs.findIndex((p, i) => i > start && p.style === 'Heading1');
    const statuses = paragraphs
      .slice(start, end)
      .map((p) => p.text)
      .filter((t) => /^(te laat|open|afgedaan|verworpen|in behandeling|deels afgedaan)/.test(t));
    expect(statuses).toHaveLength(9);
    const firstOnTime = statuses.findIndex((s) => !s.startsWith('te laat'));
    expect(firstOnTime).toBeGreaterThan(0);
    expect(statuses.slice(firstOnTime).some((s) => s.startsWith('te laat'))).toBe(false);
  });

  it('writes a semicolon CSV with a byte order mark for Excel', async () => {
    await importExamples();
    const out = join(dir, 'stand.csv');
    expect((await runCli(['register', 'overview', '--alle', '--out', out, '--db', db])).code).toBe(0);
    const csv = await readFile(out, 'utf8');
    expect(csv.startsWith('\uFEFFsoort;nummer;onderwerp')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(10);
  });

  it('refuses a register with a row its checks would not have let in as damaged (exit 2), with the way out', async () => {
    await importExamples();
    const register = new Database(db);
    register
      .prepare("UPDATE moties SET termijn = 'gisteren' WHERE rowid = (SELECT min(rowid) FROM moties)")
      .run();
    register.close();
    const result = await runCli([
      'register',
      'overview',
      '--alle',
      '--out',
      join(dir, 'stand.docx'),
      '--db',
      db,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is beschadigd \(een ongeldige motie .+: termijn/);
    expect(result.stderr).toContain('raadsnota register repair');
    expect(result.stderr).toContain('raadsnota restore');
    expect(existsSync(join(dir, 'stand.docx'))).toBe(false);
    // The list reads whole items through the repositories: the same row is the same damage there.
    const list = await runCli(['register', 'list', '--db', db]);
    expect(list.code).toBe(2);
    expect(list.stderr).toMatch(/is beschadigd \(een ongeldige motie .+: termijn/);
    expect(list.stderr).not.toContain('Onverwachte fout');
  });

  it('refuses an output that is neither .docx nor .csv', async () => {
    const result = await runCli(['register', 'overview', '--out', join(dir, 'stand.pdf'), '--db', db]);
    expect(result.code).toBe(2);
    expect(existsSync(join(dir, 'stand.pdf'))).toBe(false);
  });
});

describe('raadsnota backup and restore', () => {
  it('round-trips the register, and refuses to restore a file that is not a register', async () => {
    await importExamples();
    const backup = join(dir, 'reserve.sqlite');
    expect((await runCli(['backup', '--out', backup, '--db', db])).code).toBe(0);
    const other = join(dir, 'ander.sqlite');
    expect((await runCli(['restore', backup, '--db', other])).code).toBe(0);
    expect((await runCli(['register', 'list', '--db', other])).stdout).toContain('9 gevonden.');
    const text = join(dir, 'tekst.sqlite');
    await writeFile(text, 'geen database');
    const refused = await runCli(['restore', text, '--db', other]);
    expect(refused.code).toBe(2);
    expect((await runCli(['register', 'list', '--db', other])).stdout).toContain('9 gevonden.');
  });
});

describe('a --db that holds no register', () => {
  it('is not made by a command that only reads: list, overview and backup say that there is none', async () => {
    const typo = join(dir, 'regsiter.sqlite');
    const commands = [
      ['register', 'list', '--db', typo],
      ['register', 'overview', '--out', join(dir, 'stand.csv'), '--db', typo],
      ['backup', '--out', join(dir, 'reserve.sqlite'), '--db', typo],
    ];
    for (const args of commands) {
      const result = await runCli(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`er staat geen register in "${typo}"`);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it("is refused when it is another program's database, which is left exactly as it was", async () => {
    const other = join(dir, 'ander.sqlite');
    const foreign = new Database(other);
    foreign.exec(
      "CREATE TABLE klanten (id INTEGER PRIMARY KEY, naam TEXT); INSERT INTO klanten VALUES (1, 'Jansen');",
    );
    foreign.close();
    const before = { bytes: readFileSync(other), mtime: statSync(other).mtimeMs };
    for (const args of [
      ['register', 'import', 'examples/import/moties.csv', '--db', other],
      ['register', 'list', '--db', other],
      ['backup', '--out', join(dir, 'reserve.sqlite'), '--db', other],
    ]) {
      const result = await runCli(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('geen Raadsnota-register maar een database van een ander programma');
    }
    expect(readFileSync(other).equals(before.bytes)).toBe(true);
    expect(statSync(other).mtimeMs).toBe(before.mtime);
    expect(readdirSync(dir)).toEqual(['ander.sqlite']);
  });
});
