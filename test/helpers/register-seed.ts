// Registers for the UI tests, filled through the operation table as a user's import would fill them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../../api/context.js';
import { MEDIATYPE } from '../../api/contract/bestand.js';
import { call } from './api.js';
import { projectRoot } from './tools.js';

/** Imports a griffie's list (CSV or XLSX bytes) with its guessed mapping. */
export async function importList(ctx: Context, naam: string, bytes: Uint8Array): Promise<void> {
  const mediatype = naam.endsWith('.xlsx') ? MEDIATYPE.xlsx : MEDIATYPE.csv;
  await call(ctx, 'register.import', {
    bestand: { naam, mediatype, base64: Buffer.from(bytes).toString('base64') },
  });
}

/** The example lists in examples/import: 10 moties (Windows-1252 CSV) and the toezeggingen (XLSX). */
export async function importExamples(ctx: Context): Promise<void> {
  for (const naam of ['moties.csv', 'toezeggingen.xlsx']) {
    await importList(ctx, naam, readFileSync(join(projectRoot, 'examples', 'import', naam)));
  }
}

/**
 * `count` moties numbered M-0001 upwards, their termijnen one day apart from 1 January 2027 in the same order, so
 * that the list (by termijn) ends with the highest number.
 */
export function generatedMoties(count: number): Uint8Array {
  const lines = ['Nr.;Titel;Vergadering;Datum aangenomen;Portefeuillehouder;Termijn;Stand van zaken'];
  const start = Date.UTC(2027, 0, 1);
  for (let i = 1; i <= count; i++) {
    const termijn = new Date(start + i * 86_400_000);
    const ddmmyyyy = `${String(termijn.getUTCDate()).padStart(2, '0')}-${String(termijn.getUTCMonth() + 1).padStart(2, '0')}-${termijn.getUTCFullYear()}`;
    const nummer = `M-${String(i).padStart(4, '0')}`;
    lines.push(
      `${nummer};Gegenereerde motie ${i};Raad 10 november 2026;10-11-2026;Wethouder ${i % 5};${ddmmyyyy};open`,
    );
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}
