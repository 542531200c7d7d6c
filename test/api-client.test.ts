import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Context } from '../api/context.js';
import { upsertItems } from '../db/repositories/upsert.js';
import { testContext } from './helpers/api.js';
import { inProcessClient } from './helpers/api-client.js';
import { makeTempDir, removeTempDir } from './helpers/assets.js';

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

describe('the typed client', () => {
  it('runs an operation through its transport and gives its output typed from the table', async () => {
    upsertItems(
      ctx.db.write(),
      [
        {
          soort: 'motie',
          nummer: 'M-3',
          nummerreeks: '2026',
          titel: 'Financiële ruimte voor buurthuizen',
          vergadering: 'Raad 5 februari 2026',
          datumAangenomen: '2026-02-05',
          status: 'open',
        },
      ],
      { door: 'griffie', op: '2026-02-06T10:00:00Z' },
    );
    const result = await inProcessClient(ctx).invoke('register.search', { text: 'buurth' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const nummers: string[] = result.value.items.map((item) => item.nummer);
    expect(nummers).toEqual(['M-3']);
    expect(result.value.peildatum).toBe('2026-12-06');
  });

  // `npm run typecheck` checks this file: were a name or an input no longer refused, the directives below would be
  // unused, and that is a type error. At run time the same calls come back as errors, as values.
  it('refuses a misnamed operation and wrong input in the build, and as values at run time', async () => {
    const client = inProcessClient(ctx);
    // @ts-expect-error: no operation is called register.zoek
    const misnamed = await client.invoke('register.zoek', {});
    expect(!misnamed.ok && misnamed.error.code).toBe('unknown_operation');
    // @ts-expect-error: text is a string, not a number
    const wrong = await client.invoke('register.search', { text: 3 });
    expect(!wrong.ok && wrong.error.code).toBe('invalid_input');
    // @ts-expect-error: register.search has no field zoekterm
    const unknown = await client.invoke('register.search', { zoekterm: 'financiele' });
    // An unknown field is a problem at its own place, listed with the rest (issue 10).
    expect(!unknown.ok && unknown.error.issues).toEqual([{ path: 'zoekterm', message: 'onbekend veld' }]);
  });
});
