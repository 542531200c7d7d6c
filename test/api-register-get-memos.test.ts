import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openContext, type Context } from '../api/context.js';
import { call, NOW, testContext } from './helpers/api.js';
import { makeTempDir, removeTempDir } from './helpers/assets.js';

let dir: string;
let ctx: Context;
/** The same register a day later, so that a memo made there is newer than those made by `ctx`. */
let later: Context;

beforeEach(async () => {
  dir = await makeTempDir();
  ctx = testContext(dir);
  later = openContext({
    dbPath: join(dir, 'register.sqlite'),
    user: 'testgebruiker',
    now: () => new Date(NOW.getTime() + 24 * 3600 * 1000),
  });
});

afterEach(async () => {
  ctx.db.close();
  later.db.close();
  await removeTempDir(dir);
});

async function memo(on: Context, onderwerp: string): Promise<number> {
  return (await call(on, 'memos.create', { type: 'informatienota', onderwerp })).nota.id;
}

describe('register.get', () => {
  it('lists the memos linked to the item, newest first, and none that answer another item', async () => {
    const motie = await call(ctx, 'register.add', {
      soort: 'motie',
      nummer: 'M-12',
      nummerreeks: '2025',
      titel: 'Zwemles voor ieder kind',
      vergadering: 'Begroting 2026',
      status: 'open',
    });
    const toezegging = await call(ctx, 'register.add', {
      soort: 'toezegging',
      nummer: '44',
      omschrijving: 'de raad te laten weten wanneer de lantaarns branden',
      vergadering: 'commissie Ruimte',
      gedaanOp: '2026-03-19',
      status: 'open',
    });
    const first = await memo(ctx, 'Zwemles, eerste stand');
    const newest = await memo(later, 'Zwemles, na de zomer');
    const second = await memo(ctx, 'Zwemles, tweede stand');
    const other = await memo(ctx, 'Lantaarns');
    await memo(ctx, 'Niet gekoppeld');
    for (const id of [first, newest, second]) {
      await call(ctx, 'memos.link', { id, soort: 'motie', itemId: motie.id });
    }
    await call(ctx, 'memos.link', { id: other, soort: 'toezegging', itemId: toezegging.id });
    await call(ctx, 'memos.setStatus', { id: first, status: 'ambtelijk akkoord' });

    const got = await call(ctx, 'register.get', { soort: 'motie', id: motie.id });
    expect(got.item).toEqual(motie);
    expect(got.historie).toEqual([]);
    expect(got.memos).toEqual([
      { id: newest, onderwerp: 'Zwemles, na de zomer', type: 'informatienota', status: 'concept', versie: 1 },
      {
        id: second,
        onderwerp: 'Zwemles, tweede stand',
        type: 'informatienota',
        status: 'concept',
        versie: 1,
      },
      {
        id: first,
        onderwerp: 'Zwemles, eerste stand',
        type: 'informatienota',
        status: 'ambtelijk akkoord',
        versie: 1,
      },
    ]);
    const lantaarns = await call(ctx, 'register.get', { soort: 'toezegging', id: toezegging.id });
    expect(lantaarns.memos.map((m) => m.id)).toEqual([other]);

    await call(ctx, 'memos.unlink', { id: second, soort: 'motie', itemId: motie.id });
    const after = await call(ctx, 'register.get', { soort: 'motie', id: motie.id });
    expect(after.memos.map((m) => m.id)).toEqual([newest, first]);
  });

  it('gives an empty list for an item no memo answers', async () => {
    const motie = await call(ctx, 'register.add', {
      soort: 'motie',
      nummer: 'M-1',
      nummerreeks: '2026',
      titel: 'Bankjes',
      vergadering: 'Raad 2026',
      status: 'open',
    });
    // A memo linked to a toezegging with the same id is not this motie's.
    const toezegging = await call(ctx, 'register.add', {
      soort: 'toezegging',
      nummer: 'T-1',
      omschrijving: 'Een brief',
      vergadering: 'Raad 2026',
      gedaanOp: '2026-01-01',
      status: 'open',
    });
    expect(toezegging.id).toBe(motie.id);
    await call(ctx, 'memos.link', {
      id: await memo(ctx, 'Brief'),
      soort: 'toezegging',
      itemId: toezegging.id,
    });
    expect((await call(ctx, 'register.get', { soort: 'motie', id: motie.id })).memos).toEqual([]);
  });
});
