import { shippedMigrations } from '../db/shipped-migrations.js';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bestand } from '../api/contract/bestand.js';
import type { Context } from '../api/context.js';
import { parseMapping } from '../core/model/import-mapping.js';
import { call, NOW, refusal, testContext } from './helpers/api.js';
import { makeTempDir, removeTempDir, ROOT } from './helpers/assets.js';
import { readDocx } from './helpers/docx.js';
import { noBreakSpaces } from '../templates/engine/typography.js';

let dir: string;
let ctx: Context;

beforeEach(async () => {
  dir = await makeTempDir();
  ctx = testContext(dir);
});

afterEach(async () => {
  ctx.db.close();
  await removeTempDir(dir);
});

async function example(naam: string): Promise<Bestand> {
  const bytes = await readFile(join(ROOT, 'examples', 'import', naam));
  return { naam, mediatype: 'application/octet-stream', base64: bytes.toString('base64') };
}

function csv(naam: string, text: string): Bestand {
  return { naam, mediatype: 'text/csv', base64: Buffer.from(text, 'utf8').toString('base64') };
}

const bytesOf = (bestand: Bestand) => new Uint8Array(Buffer.from(bestand.base64, 'base64'));

async function importExamples(): Promise<void> {
  await call(ctx, 'register.import', { bestand: await example('moties.csv') });
  await call(ctx, 'register.import', { bestand: await example('toezeggingen.xlsx') });
}

async function total(): Promise<number> {
  return (await call(ctx, 'register.search', {})).total;
}

describe('register.importPreview and register.import', () => {
  it('previews the example lists without writing anything, then imports them with the same counts', async () => {
    const preview = await call(ctx, 'register.importPreview', { bestand: await example('moties.csv') });
    expect(preview).toEqual({
      toegevoegd: 5,
      bijgewerkt: 0,
      overgeslagen: 0,
      opmerkingen: [],
      nietIngelezen: ['Opmerkingen'],
    });
    expect(existsSync(ctx.db.file)).toBe(false);

    expect(await call(ctx, 'register.import', { bestand: await example('moties.csv') })).toEqual(preview);
    const xlsx = await call(ctx, 'register.import', { bestand: await example('toezeggingen.xlsx') });
    expect([xlsx.toegevoegd, xlsx.bijgewerkt, xlsx.overgeslagen]).toEqual([4, 0, 0]);
    expect(await total()).toBe(9);

    const again = await call(ctx, 'register.importPreview', { bestand: await example('moties.csv') });
    expect([again.toegevoegd, again.bijgewerkt, again.overgeslagen]).toEqual([0, 0, 5]);
  });

  it('says which lines of a mixed CSV were read as Windows-1252', async () => {
    const header = Buffer.from('Nummer;Titel;Vergadering;Datum aangenomen;Status\n', 'utf8');
    const utf8 = Buffer.from('M-1;Financiële ruimte;Raad 2026;01-02-2026;open\n', 'utf8');
    const cp1252 = Buffer.from([
      ...Buffer.from('M-2;Caf'),
      0xe9,
      ...Buffer.from(';Raad 2026;01-02-2026;open\n'),
    ]);
    const bestand = {
      naam: 'gemengd.csv',
      mediatype: 'text/csv',
      base64: Buffer.concat([header, utf8, cp1252]).toString('base64'),
    };
    const summary = await call(ctx, 'register.import', { bestand, soort: 'motie' });
    expect(summary.toegevoegd).toBe(2);
    expect(summary.opmerkingen).toEqual([expect.stringContaining('regel 3 gelezen als Windows-1252')]);
  });

  it('returns the bad rows of a file as values, by Excel row and column, and stores nothing', async () => {
    const bad = csv(
      'moties.csv',
      'Nummer;Titel;Vergadering;Datum aangenomen;Status\nM-1;Goed;Raad 2026;01-02-2026;open\nM-2;Fout;Raad 2026;31-02-2026;klaar\n',
    );
    const error = await refusal(ctx, 'register.import', { bestand: bad, soort: 'motie' });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('Ongeldig importbestand; er is niets ingelezen:');
    expect(error.issues?.map((i) => i.path)).toEqual([
      'rij 3, kolom Datum aangenomen',
      'rij 3, kolom Status',
    ]);
    expect(error.field).toBe('rij 3, kolom Datum aangenomen');
    expect(existsSync(ctx.db.file)).toBe(false);
  });

  it('names what the register refuses by the Excel row too, and keeps the register as it was', async () => {
    await importExamples();
    // M-2025-01 is afgedaan in the example; a list cannot take it back to open (only a reopen with a reason can).
    const list = csv(
      'terug.csv',
      'Nr.;Titel;Vergadering;Datum aangenomen;Stand van zaken\n' +
        'M-2025-09;Nieuw;Raad 27 januari 2025;27-01-2025;open\n' +
        'M-2025-01;Financiële ruimte voor het buurthuis;Raad 27 januari 2025;27-01-2025;open\n',
    );
    for (const name of ['register.importPreview', 'register.import']) {
      const error = await refusal(ctx, name, { bestand: list, soort: 'motie' });
      expect(error.code).toBe('invalid_input');
      expect(error.message).toBe('Ongeldige import; er is niets ingelezen:');
      expect(error.issues?.map((i) => i.path)).toEqual(['rij 3, kolom Stand van zaken']);
    }
    expect(await total()).toBe(9);
  });

  it('reads a list by the mapping given, as examples/import/mapping.json writes it out', async () => {
    const mapping = parseMapping(
      JSON.parse(await readFile(join(ROOT, 'examples', 'import', 'mapping.json'), 'utf8')),
    );
    const summary = await call(ctx, 'register.import', { bestand: await example('moties.csv'), mapping });
    expect([summary.toegevoegd, summary.nietIngelezen]).toEqual([5, ['Opmerkingen']]);
  });

  it('refuses a mapping that names a field no item has, before reading the file', async () => {
    const error = await refusal(ctx, 'register.import', {
      bestand: await example('moties.csv'),
      mapping: { soort: 'motie', kolommen: { kleur: 'Kleur' } },
    });
    expect(error.code).toBe('invalid_input');
    expect(error.field).toBe('mapping.kolommen.kleur');
  });
});

describe('a list without some columns', () => {
  async function find(nummer: string) {
    const { items } = await call(ctx, 'register.search', {});
    return items.find((item) => item.nummer === nummer);
  }

  it('imports new items as open without a status column, says so, and keeps the status of items the register has', async () => {
    await importExamples();
    // M-2025-01 is afgedaan in the example: a list without a status column says nothing about it, so it stays so.
    const list = csv(
      'zonder-status.csv',
      'Nr.;Titel;Vergadering;Datum aangenomen;Indieners;Dictum;Agendapunt;Portefeuillehouder;Termijn\n' +
        'M-2025-01;Financiële ruimte voor het buurthuis;Raad 27 januari 2025;27-01-2025;;;;;\n' +
        'M-2025-09;Bankjes in het park;Raad 27 januari 2025;27-01-2025;;;;;\n',
    );
    const preview = await call(ctx, 'register.importPreview', { bestand: list });
    expect(preview.opmerkingen).toEqual([
      'er is geen kolom Status: nieuwe moties krijgen status open; moties die al in het register staan, houden hun status',
    ]);
    expect([preview.toegevoegd, preview.bijgewerkt, preview.overgeslagen]).toEqual([1, 0, 1]);

    expect(await call(ctx, 'register.import', { bestand: list })).toEqual(preview);
    expect((await find('M-2025-09'))?.status).toBe('open');
    expect(await find('M-2025-01')).toMatchObject({ status: 'afgedaan', indieners: ['GroenLinks', 'D66'] });
  });

  it('imports a list without the optional columns: new items leave those fields empty, stored items keep them', async () => {
    await importExamples();
    const list = csv(
      'kort.csv',
      'Nummer;Titel;Vergadering;Datum aangenomen;Status\n' +
        'M-2025-01;Financiële ruimte voor het buurthuis;Raad 27 januari 2025;27-01-2025;afgedaan\n' +
        'M-2025-09;Bankjes in het park;Raad 27 januari 2025;27-01-2025;open\n',
    );
    const summary = await call(ctx, 'register.import', { bestand: list, soort: 'motie' });
    expect([summary.toegevoegd, summary.bijgewerkt, summary.overgeslagen]).toEqual([1, 0, 1]);
    expect(await find('M-2025-09')).toMatchObject({ indieners: [], dictum: '' });
    expect((await find('M-2025-09'))?.termijn).toBeUndefined();
    expect(await find('M-2025-01')).toMatchObject({ indieners: ['GroenLinks', 'D66'] });
    expect((await find('M-2025-01'))?.portefeuillehouder).toBeDefined();
  });

  it('refuses a list without a column the register cannot do without, naming every one and what it is for', async () => {
    const list = csv('toezeggingen.csv', 'Omschrijving;Gedaan door\nWe sturen een brief;Wethouder Bos\n');
    const error = await refusal(ctx, 'register.importPreview', { bestand: list, soort: 'toezegging' });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('Ongeldige kolomindeling voor toezeggingen.csv; er is niets ingelezen:');
    expect(error.issues).toEqual([
      {
        path: 'kolommen.nummer',
        message:
          'er is geen kolom Nummer; elke toezegging heeft een nummer nodig, om haar in het register terug te vinden en bij een volgende import bij te werken',
      },
      {
        path: 'kolommen.vergadering',
        message:
          'er is geen kolom Vergadering; elke toezegging heeft een vergadering nodig: die waarin ze is gedaan',
      },
      {
        path: 'kolommen.gedaanOp',
        message: 'er is geen kolom Gedaan op; elke toezegging heeft de datum nodig waarop ze is gedaan',
      },
    ]);
    expect(existsSync(ctx.db.file)).toBe(false);
  });
});

describe('register.overview', () => {
  it('gives the stand van zaken as a CSV file, on today by default', async () => {
    await importExamples();
    const bestand = await call(ctx, 'register.overview', { formaat: 'csv' });
    expect(bestand.naam).toBe('stand-van-zaken-2026-12-06.csv');
    expect(bestand.mediatype).toBe('text/csv; charset=utf-8');
    const lines = Buffer.from(bytesOf(bestand))
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('soort;nummer;onderwerp;vergadering;portefeuillehouder;termijn;status;te laat');
    expect(lines.some((line) => line.startsWith('motie;M-2025-02;Veilige schoolroutes;'))).toBe(true);
    expect(lines.some((line) => line.includes(';afgedaan;'))).toBe(false);
    const alle = await call(ctx, 'register.overview', { formaat: 'csv', reikwijdte: 'alle' });
    expect(Buffer.from(bytesOf(alle)).toString('utf8').trim().split('\r\n')).toHaveLength(1 + 9);
  });

  it('gives it as a DOCX that Word reads, with the peildatum asked for', async () => {
    await importExamples();
    const bestand = await call(ctx, 'register.overview', { formaat: 'docx', peildatum: '2026-01-15' });
    expect(bestand.naam).toBe('stand-van-zaken-2026-01-15.docx');
    const docx = readDocx(bytesOf(bestand));
    const text = docx.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('Stand van zaken moties en toezeggingen');
    expect(text).toContain(noBreakSpaces('15 januari 2026'));
    expect(text).toContain('Veilige schoolroutes');
    expect(docx.coreXml).toContain(NOW.toISOString().replace('.000Z', 'Z'));
  });

  it('says that there is no register, and makes none', async () => {
    const error = await refusal(ctx, 'register.overview', { formaat: 'docx' });
    expect(error.code).toBe('refused');
    expect(error.message).toContain('er staat geen register in');
    expect(existsSync(ctx.db.file)).toBe(false);
  });

  it('refuses a format it does not write', async () => {
    const error = await refusal(ctx, 'register.overview', { formaat: 'pdf' });
    expect(error.code).toBe('invalid_input');
    expect(error.field).toBe('formaat');
  });
});

describe('register.add, setStatus, setTermijn, reopen and get', () => {
  const history = { door: 'testgebruiker', op: NOW.toISOString() };

  it('keeps every step in the history with the context user and time', async () => {
    const added = await call(ctx, 'register.add', {
      soort: 'toezegging',
      nummer: 'T-7',
      omschrijving: 'De wethouder komt terug op de parkeernormen',
      vergadering: 'commissie Ruimte 3 maart 2026',
      gedaanOp: '2026-03-03',
      status: 'open',
    });
    expect(added.nummerreeks).toBe('2026');
    const ref = { soort: 'toezegging' as const, id: added.id };
    await call(ctx, 'register.setTermijn', { ...ref, termijn: '2026-09-01', toelichting: 'Afgesproken' });
    await call(ctx, 'register.setStatus', { ...ref, status: 'in behandeling' });
    const afgedaan = await call(ctx, 'register.setStatus', {
      ...ref,
      status: 'afgedaan',
      afdoening: { datum: '2026-06-01', reden: 'Besproken in de commissie' },
    });
    expect(afgedaan.status).toBe('afgedaan');
    const reopened = await call(ctx, 'register.reopen', { ...ref, toelichting: 'De raad wil een brief' });
    expect([reopened.status, reopened.afdoening]).toEqual(['open', undefined]);

    const { item, historie } = await call(ctx, 'register.get', ref);
    expect(item).toEqual(reopened);
    expect(historie).toEqual([
      { veld: 'termijn', nieuw: '2026-09-01', toelichting: 'Afgesproken', ...history },
      { veld: 'status', oud: 'open', nieuw: 'in behandeling', ...history },
      { veld: 'status', oud: 'in behandeling', nieuw: 'afgedaan', ...history },
      {
        veld: 'status',
        oud: 'afgedaan',
        nieuw: 'open',
        toelichting:
          'De raad wil een brief (was afgedaan op 2026-06-01 met als reden: Besproken in de commissie)',
        ...history,
      },
    ]);
  });

  it('refuses a step the rules forbid, an unknown id and a reopen without a reason, as values', async () => {
    await importExamples();
    const open = (await call(ctx, 'register.search', { status: ['open'], soort: 'motie' })).items[0];
    if (!open) throw new Error('the example has an open motie');
    const ref = { soort: 'motie' as const, id: open.id };
    const refused = await refusal(ctx, 'register.setStatus', { ...ref, status: 'afgedaan' });
    expect(refused.code).toBe('invalid_input');
    expect(refused.field).toBe('afdoening');
    expect((await refusal(ctx, 'register.get', { soort: 'motie', id: 999 })).code).toBe('not_found');
    const reopen = await refusal(ctx, 'register.reopen', ref);
    expect([reopen.code, reopen.field]).toEqual(['invalid_input', 'toelichting']);
    expect((await call(ctx, 'register.get', ref)).historie).toEqual([]);
  });
});

describe('backup.create and backup.restore', () => {
  it('round-trips the register, also while the context holds it open', async () => {
    await importExamples();
    const naar = join(dir, 'reserve.sqlite');
    const made = await call(ctx, 'backup.create', { naar });
    expect(made.naar).toBe(naar);
    expect(made.bytes).toBeGreaterThan(0);
    await call(ctx, 'register.add', {
      soort: 'motie',
      nummer: 'M-2026-99',
      titel: 'Na de reservekopie',
      vergadering: 'Raad 2026',
      datumAangenomen: '2026-04-01',
      status: 'open',
    });
    expect(await total()).toBe(10);

    const restored = await call(ctx, 'backup.restore', { van: naar });
    const latest = shippedMigrations().length;
    expect(restored).toEqual({ register: ctx.db.file, schemaVan: latest, schemaNaar: latest });
    expect(await total()).toBe(9);
  });

  it('restores a backup into a register that is not there yet', async () => {
    await importExamples();
    const naar = join(dir, 'reserve.sqlite');
    await call(ctx, 'backup.create', { naar });
    const other = testContext(join(dir, 'nieuw'));
    try {
      await mkdir(join(dir, 'nieuw'));
      await call(other, 'backup.restore', { van: naar });
      expect((await call(other, 'register.search', {})).total).toBe(9);
    } finally {
      other.db.close();
    }
  });

  it('names the path as given when the file system refuses, and changes nothing', async () => {
    await importExamples();
    const missing = join(dir, 'weg', 'reserve.sqlite');
    const write = await refusal(ctx, 'backup.create', { naar: missing });
    expect(write).toEqual({
      code: 'invalid_input',
      message: 'Ongeldige invoer:',
      field: missing,
      issues: [{ path: missing, message: 'de map bestaat niet; er is niets veranderd' }],
    });
    const read = await refusal(ctx, 'backup.restore', { van: dir });
    expect(read.issues).toEqual([{ path: dir, message: 'is een map, geen bestand' }]);
    expect(await total()).toBe(9);
  });

  it('refuses to restore a file that is not a register, and keeps the register', async () => {
    await importExamples();
    const text = join(dir, 'tekst.sqlite');
    await writeFile(text, 'geen database');
    const error = await refusal(ctx, 'backup.restore', { van: text });
    expect(error.code).toBe('refused');
    expect(error.message).toContain('het register is niet veranderd');
    expect(await total()).toBe(9);
  });
});

describe('register.repair', () => {
  it('rebuilds a sound register and says which', async () => {
    await importExamples();
    expect(await call(ctx, 'register.repair', {})).toEqual({ register: ctx.db.file });
    expect((await call(ctx, 'register.search', { text: 'schoolroutes' })).total).toBe(1);
  });
});
