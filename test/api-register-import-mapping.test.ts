import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bestand } from '../api/contract/bestand.js';
import type { Context } from '../api/context.js';
import { call, refusal, testContext } from './helpers/api.js';
import { makeTempDir, removeTempDir, ROOT } from './helpers/assets.js';

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

describe('register.importMapping', () => {
  it('gives the columns of the example list, the mapping a preview would use, the fields and the rows', async () => {
    const bestand = await example('moties.csv');
    const read = await call(ctx, 'register.importMapping', { bestand });
    expect(read.kolommen).toEqual([
      'Nr.',
      'Titel',
      'Vergadering',
      'Agendapunt',
      'Datum aangenomen',
      'Indieners',
      'Dictum',
      'Portefeuillehouder',
      'Termijn',
      'Stand van zaken',
      'Opmerkingen',
    ]);
    const mappingFile: unknown = JSON.parse(
      await readFile(join(ROOT, 'examples', 'import', 'mapping.json'), 'utf8'),
    );
    expect(read.kolomindeling).toEqual(mappingFile);
    expect(read.rijen).toBe(5);
    expect(read.velden.motie).toEqual(
      expect.arrayContaining(['nummer', 'titel', 'datumAangenomen', 'dictum']),
    );
    expect(read.velden.motie).not.toContain('omschrijving');
    expect(read.velden.toezegging).toEqual(
      expect.arrayContaining(['omschrijving', 'gedaanDoor', 'gedaanOp']),
    );
    expect(read.velden.toezegging).not.toContain('titel');

    // The guess is what the preview reads by when it is given no mapping.
    const guessed = await call(ctx, 'register.importPreview', { bestand, mapping: read.kolomindeling });
    expect(guessed).toEqual(await call(ctx, 'register.importPreview', { bestand }));
    expect(existsSync(ctx.db.file)).toBe(false);
  });

  it('reads an XLSX list and a kind given by the user', async () => {
    const read = await call(ctx, 'register.importMapping', { bestand: await example('toezeggingen.xlsx') });
    expect([read.kolomindeling.soort, read.rijen]).toEqual(['toezegging', 4]);
    const list = csv(
      'lijst.csv',
      'Nummer;Onderwerp;Vergadering;Datum;;Status\nX-1;Brief;Raad;01-02-2026;;open\n\n',
    );
    const error = await refusal(ctx, 'register.importMapping', { bestand: list });
    expect(error.field).toBe('soort');
    const chosen = await call(ctx, 'register.importMapping', { bestand: list, soort: 'toezegging' });
    expect(chosen.kolommen).toEqual(['Nummer', 'Onderwerp', 'Vergadering', 'Datum', 'Status']);
    expect(chosen.kolomindeling).toEqual({
      soort: 'toezegging',
      kolommen: expect.objectContaining({ nummer: 'Nummer', omschrijving: 'Onderwerp' }) as unknown,
    });
    expect(chosen.rijen).toBe(1);
  });

  it('gives the Soort column of a list that holds both kinds', async () => {
    const list = csv('beide.csv', 'Soort;Nummer;Titel;Omschrijving;Vergadering\nmotie;M-1;Bank;;Raad\n');
    const read = await call(ctx, 'register.importMapping', { bestand: list });
    expect(read.kolomindeling.soort).toEqual({ kolom: 'Soort' });
  });

  it('refuses a file that cannot be read exactly as the preview does', async () => {
    const files = [
      { naam: 'leeg.csv', mediatype: 'text/csv', base64: '' },
      { naam: 'oud.xls', mediatype: 'application/vnd.ms-excel', base64: '0M8R4KGxGuEAAAAA' },
      { naam: 'foto.csv', mediatype: 'text/csv', base64: Buffer.from('ab\u0000cd').toString('base64') },
    ];
    for (const bestand of files) {
      const error = await refusal(ctx, 'register.importMapping', { bestand });
      expect(error).toEqual(await refusal(ctx, 'register.importPreview', { bestand }));
      expect([error.code, error.field]).toEqual(['invalid_input', bestand.naam]);
    }
  });

  it('takes no mapping: that is what it gives', async () => {
    const error = await refusal(ctx, 'register.importMapping', {
      bestand: await example('moties.csv'),
      mapping: { soort: 'motie', kolommen: {} },
    });
    expect([error.code, error.field]).toEqual(['invalid_input', 'mapping']);
  });
});
