import { basename, extname, resolve } from 'node:path';
import { ValidationError } from '../core/errors.js';
import { formatDutchDate } from '../core/dutch-date.js';
import type { ImportSummary } from '../core/model/import.js';
import { parseMapping } from '../core/model/import-mapping.js';
import type { Reikwijdte } from '../core/model/overzicht.js';
import type { ItemKind } from '../core/model/register.js';
import type { FoundItem, SearchQuery } from '../core/model/search.js';
import { asBestand, bytesOf } from '../api/bestand.js';
import { MEDIATYPE } from '../api/contract/bestand.js';
import { today as todayIn, type Context } from '../api/context.js';
import { readJsonFile } from '../files/read-json.js';
import { writeFileAtomic } from './atomic-write.js';
import { invoke, OperationRefused, withContext } from './door.js';
import { readUserFile, shownName, writingTo, type UserFile } from './file-errors.js';

/**
 * An operation names a file by the path it was given; the command line names it as the user typed it, after its
 * option, so that every message about a file reads the same whichever command wrote it.
 */
async function naming<T>(names: ReadonlyMap<string, UserFile>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof OperationRefused) || error.error.issues === undefined) throw error;
    const issues = error.error.issues.map((issue) => {
      const file = names.get(issue.path);
      return file ? { ...issue, path: shownName(file) } : issue;
    });
    throw new OperationRefused({ ...error.error, issues, field: issues[0]?.path });
  }
}

export interface ImportOptions {
  file: string;
  mappingFile: string | undefined;
  soort: ItemKind | undefined;
  dryRun: boolean;
  dbPath: string | undefined;
}

function describeImport(summary: ImportSummary, dryRun: boolean): string {
  const { toegevoegd, bijgewerkt, overgeslagen } = summary;
  const lines = summary.opmerkingen.map((note) => `Let op: ${note}.`);
  if (summary.nietIngelezen.length > 0)
    lines.push(`Niet ingelezen kolommen: ${summary.nietIngelezen.join(', ')}`);
  lines.push(
    dryRun
      ? `Proef (er is niets veranderd): ${toegevoegd} toe te voegen, ${bijgewerkt} bij te werken, ${overgeslagen} ongewijzigd.`
      : `Ingelezen: ${toegevoegd} toegevoegd, ${bijgewerkt} bijgewerkt, ${overgeslagen} ongewijzigd.`,
  );
  return lines.join('\n');
}

export async function importCommand(options: ImportOptions): Promise<string> {
  const bytes = await readUserFile({ path: options.file });
  const mapping = options.mappingFile
    ? parseMapping(
        await readJsonFile(
          options.mappingFile,
          shownName({ option: '--mapping', path: options.mappingFile }),
        ),
      )
    : undefined;
  const naam = basename(options.file);
  const mediatype = extname(naam).toLowerCase() === '.xlsx' ? MEDIATYPE.xlsx : MEDIATYPE.csv;
  const input = {
    bestand: asBestand(naam, mediatype, bytes),
    ...(mapping && { mapping }),
    ...(options.soort && { soort: options.soort }),
  };
  return withContext({ dbPath: options.dbPath }, async (ctx) => {
    const summary = await invoke(ctx, options.dryRun ? 'register.importPreview' : 'register.import', input);
    return describeImport(summary, options.dryRun);
  });
}

export interface ListOptions {
  dbPath: string | undefined;
  overdue: boolean;
  status: string[] | undefined;
  search: string | undefined;
  soort: ItemKind | undefined;
  portefeuillehouder: string | undefined;
}

function describeItem(item: FoundItem): string {
  const wat = item.soort === 'motie' ? item.titel : item.omschrijving;
  const termijn = item.termijn ? `termijn ${formatDutchDate(item.termijn)}` : 'geen termijn';
  const laat = item.teLaat ? ', TE LAAT' : '';
  return `${item.soort} ${item.nummer} (${item.nummerreeks})  ${item.status}${laat}  ${termijn}  ${wat}`;
}

export function listCommand(options: ListOptions): Promise<string> {
  return withContext({ dbPath: options.dbPath }, async (ctx) => {
    const { items, total } = await invoke(ctx, 'register.search', {
      limit: 500,
      ...(options.search ? { text: options.search } : {}),
      ...(options.soort ? { soort: options.soort } : {}),
      ...(options.status ? { status: options.status as NonNullable<SearchQuery['status']> } : {}),
      ...(options.portefeuillehouder ? { portefeuillehouder: options.portefeuillehouder } : {}),
      ...(options.overdue ? { overdueOn: todayIn(ctx) } : {}),
    });
    const lines = items.map(describeItem);
    const more = total > items.length ? `\n… en nog ${total - items.length}; verfijn de zoekopdracht` : '';
    return `${lines.join('\n')}${lines.length > 0 ? '\n' : ''}${total} gevonden.${more}`;
  });
}

export async function overviewCommand(options: {
  out: string;
  dbPath: string | undefined;
  peildatum: string | undefined;
  huisstijlDir: string | undefined;
  /** `lopend`: the items not yet closed (the default); `alle` with the flag --alle. */
  reikwijdte: Reikwijdte;
}): Promise<string> {
  const out = resolve(options.out);
  const format = extname(out).toLowerCase();
  if (format !== '.docx' && format !== '.csv') {
    throw new ValidationError([{ path: '--out', message: 'het overzicht wordt een .docx- of .csv-bestand' }]);
  }
  const bestand = await withContext({ dbPath: options.dbPath, huisstijlDir: options.huisstijlDir }, (ctx) =>
    invoke(ctx, 'register.overview', {
      formaat: format === '.csv' ? 'csv' : 'docx',
      reikwijdte: options.reikwijdte,
      ...(options.peildatum && { peildatum: options.peildatum }),
    }),
  );
  const bytes = bytesOf(bestand);
  await writingTo({ option: '--out', path: options.out }, () => writeFileAtomic(out, bytes));
  return out;
}

export function backupCommand(options: { out: string; dbPath: string | undefined }): Promise<string> {
  const names = new Map([[options.out, { option: '--out', path: options.out }]]);
  return withContext({ dbPath: options.dbPath }, async (ctx) => {
    const { naar } = await naming(names, () => invoke(ctx, 'backup.create', { naar: options.out }));
    return naar;
  });
}

/** The register as the user named it: after --db as typed, or the default one by its path. */
function registerName(ctx: Context, dbPath: string | undefined): UserFile {
  return dbPath === undefined ? { path: ctx.db.file } : { option: '--db', path: dbPath };
}

export function restoreCommand(options: { source: string; dbPath: string | undefined }): Promise<string> {
  return withContext({ dbPath: options.dbPath }, async (ctx) => {
    const wal = `${options.source}-wal`;
    const names = new Map([
      [options.source, { path: options.source }],
      [wal, { path: wal }],
      [ctx.db.file, registerName(ctx, options.dbPath)],
    ]);
    const { register, schemaVan, schemaNaar } = await naming(names, () =>
      invoke(ctx, 'backup.restore', { van: options.source }),
    );
    const migrated = schemaVan < schemaNaar ? ` (bijgewerkt van schema ${schemaVan} naar ${schemaNaar})` : '';
    return `Teruggezet in ${register}${migrated}.`;
  });
}

/**
 * Rebuilds the search index and the indexes of a damaged register; when it cannot, or damage remains, the message
 * says so and to restore a backup.
 */
export function repairCommand(options: { dbPath: string | undefined }): Promise<string> {
  return withContext({ dbPath: options.dbPath }, async (ctx) => {
    const { register } = await invoke(ctx, 'register.repair', {});
    return `Hersteld: de zoekindex en de indexen van ${register} zijn opnieuw opgebouwd en het register is in orde.`;
  });
}
