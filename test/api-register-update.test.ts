import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

async function addMotie(nummer: string) {
  return call(ctx, 'register.add', {
    soort: 'motie',
    nummer,
    nummerreeks: '2026',
    titel: 'Bankjes in het park',
    vergadering: 'Raad 10 november 2026',
    agendapunt: '7. Openbare ruimte',
    datumAangenomen: '2026-11-10',
    portefeuillehouder: 'J. de Vries',
    indieners: ['GroenLinks'],
    dictum: 'verzoekt het college bankjes te plaatsen',
    termijn: '2027-03-01',
    status: 'open',
  });
}

/** The form as a screen sends it: every own field of the stored motie, with the changes. */
function motieForm(id: number, changes: Record<string, unknown> = {}) {
  return {
    soort: 'motie' as const,
    id,
    nummer: 'M-1',
    nummerreeks: '2026',
    vergadering: 'Raad 10 november 2026',
    titel: 'Bankjes in het park',
    datumAangenomen: '2026-11-10',
    indieners: ['GroenLinks'],
    dictum: 'verzoekt het college bankjes te plaatsen',
    ...changes,
  };
}

describe('register.update', () => {
  it("changes a motie's own fields, clears the optional ones left out and keeps status, termijn and history", async () => {
    const added = await addMotie('M-1');
    const updated = await call(
      ctx,
      'register.update',
      motieForm(added.id, {
        titel: 'Bankjes en prullenbakken in het park',
        indieners: ['GroenLinks', 'D66'],
      }),
    );
    expect(updated).toEqual({
      ...added,
      titel: 'Bankjes en prullenbakken in het park',
      indieners: ['GroenLinks', 'D66'],
      agendapunt: undefined,
      portefeuillehouder: undefined,
    });
    expect(updated).not.toHaveProperty('agendapunt');
    expect(updated).not.toHaveProperty('portefeuillehouder');
    const stored = await call(ctx, 'register.get', { soort: 'motie', id: added.id });
    expect(stored.item).toEqual(updated);
    expect(stored.historie).toEqual([]);
    const found = await call(ctx, 'register.search', { text: 'prullenbakken' });
    expect(found.items.map((item) => item.id)).toEqual([added.id]);
  });

  it("changes a toezegging's own fields", async () => {
    const added = await call(ctx, 'register.add', {
      soort: 'toezegging',
      nummer: 'T-7',
      omschrijving: 'De wethouder komt terug op de parkeernormen',
      gedaanDoor: 'Wethouder Bos',
      vergadering: 'commissie Ruimte 3 maart 2026',
      gedaanOp: '2026-03-03',
      status: 'in behandeling',
    });
    const updated = await call(ctx, 'register.update', {
      soort: 'toezegging',
      id: added.id,
      nummer: 'T-8',
      nummerreeks: added.nummerreeks,
      vergadering: added.vergadering,
      omschrijving: 'De wethouder stuurt een brief over de parkeernormen',
      gedaanOp: '2026-03-04',
      portefeuillehouder: 'Wethouder Bos',
      toelichting: 'Verkeerd overgenomen',
    });
    expect(updated).toEqual({
      ...added,
      nummer: 'T-8',
      omschrijving: 'De wethouder stuurt een brief over de parkeernormen',
      gedaanOp: '2026-03-04',
      gedaanDoor: undefined,
      portefeuillehouder: 'Wethouder Bos',
    });
    expect(updated.status).toBe('in behandeling');
  });

  it('lets an item imported as afgedaan without an afdoening be corrected, keeping it afgedaan', async () => {
    const bytes = await readFile(join(ROOT, 'examples', 'import', 'moties.csv'));
    await call(ctx, 'register.import', {
      bestand: { naam: 'moties.csv', mediatype: 'text/csv', base64: bytes.toString('base64') },
    });
    const afgedaan = (await call(ctx, 'register.search', { status: ['afgedaan'] })).items[0];
    if (afgedaan?.soort !== 'motie') throw new Error('the example has an afgedane motie');
    const { item } = await call(ctx, 'register.get', { soort: 'motie', id: afgedaan.id });
    if (item.soort !== 'motie') throw new Error('a motie');
    const { status, termijn, afdoening, ...fields } = item;
    expect(afdoening).toBeUndefined();
    const updated = await call(ctx, 'register.update', { ...fields, titel: 'Ruimte voor het buurthuis' });
    expect([updated.status, updated.termijn]).toEqual([status, termijn]);
  });

  it('refuses an empty titel at its field, in the words of the form, and changes nothing', async () => {
    const added = await addMotie('M-1');
    const error = await refusal(ctx, 'register.update', motieForm(added.id, { titel: '' }));
    expect(error.code).toBe('invalid_input');
    expect(error.field).toBe('titel');
    expect(error.issues).toEqual([{ path: 'titel', message: 'Titel is leeg' }]);
    expect((await call(ctx, 'register.get', { soort: 'motie', id: added.id })).item).toEqual(added);
  });

  it('refuses a date that does not exist at its field', async () => {
    const added = await addMotie('M-1');
    const error = await refusal(
      ctx,
      'register.update',
      motieForm(added.id, { datumAangenomen: '2026-02-31' }),
    );
    expect([error.code, error.field]).toEqual(['invalid_input', 'datumAangenomen']);
    expect(error.issues?.map((issue) => issue.path)).toEqual(['datumAangenomen']);
  });

  it('refuses a nummer another item has in its nummerreeks, naming nummer, and allows its own', async () => {
    await addMotie('M-1');
    const second = await addMotie('M-2');
    const error = await refusal(ctx, 'register.update', motieForm(second.id, { nummer: 'M-1' }));
    expect(error).toEqual({
      code: 'invalid_input',
      message: 'Ongeldige wijziging:',
      field: 'nummer',
      issues: [
        { path: 'nummer', message: 'er staat al een motie M-1 in de nummering 2026; kies een ander nummer' },
      ],
    });
    expect((await call(ctx, 'register.get', { soort: 'motie', id: second.id })).item.nummer).toBe('M-2');
    const same = await call(ctx, 'register.update', motieForm(second.id, { nummer: 'M-2' }));
    expect(same.nummer).toBe('M-2');
    const elsewhere = await call(
      ctx,
      'register.update',
      motieForm(second.id, { nummerreeks: '2027', datumAangenomen: '2027-01-05' }),
    );
    expect([elsewhere.nummer, elsewhere.nummerreeks]).toEqual(['M-1', '2027']);
  });

  it('refuses a nummerreeks that does not agree with the numbering, as a new item is refused', async () => {
    const added = await addMotie('M-1');
    const error = await refusal(
      ctx,
      'register.update',
      motieForm(added.id, { datumAangenomen: '2027-01-05' }),
    );
    expect(error.field).toBe('nummerreeks');
    expect(error.issues).toEqual([
      {
        path: 'nummerreeks',
        message: '"2026" past niet bij de nummering per jaar: deze motie hoort in "2027"',
      },
    ]);
  });

  it('says an unknown id is not found', async () => {
    await addMotie('M-1');
    const error = await refusal(ctx, 'register.update', motieForm(999));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('er staat geen motie met id 999 in het register');
  });

  it('refuses the fields that have their own operations, and a field of the other kind', async () => {
    const added = await addMotie('M-1');
    const status = await refusal(ctx, 'register.update', motieForm(added.id, { status: 'afgedaan' }));
    expect([status.code, status.field]).toEqual(['invalid_input', 'status']);
    const other = await refusal(ctx, 'register.update', motieForm(added.id, { gedaanOp: '2026-01-01' }));
    expect([other.code, other.field]).toEqual(['invalid_input', 'gedaanOp']);
  });
});
