import { existsSync, mkdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, dirname, extname, resolve } from 'node:path';
import { quote, ValidationError, type Issue } from '../core/errors.js';
import type { Reikwijdte } from '../core/model/overzicht.js';
import type { ItemKind } from '../core/model/register.js';
import { backupRegister } from '../db/backup.js';
import { openRegister, type Register } from '../db/connection.js';
import { cannotOpen, explained, isDamage, RegisterDamaged, RegisterRefused } from '../db/errors.js';
import { repairRegister } from '../db/repair.js';
import { restoreRegister, type BackupImage } from '../db/restore.js';
import { summarize } from '../files/sqlite-files.js';
import { guessMapping, mapRows, parseMapping, readTable } from '../services/register/import/index.js';
import { importItems, previewImport } from '../services/register/import/store.js';
import { overzichtCsv } from '../services/register/overzicht-csv.js';
import { overzichtOn } from '../services/register/overzicht.js';
import type { FoundItem, SearchQuery } from '../core/model/search.js';
import { today as todayIn } from '../api/context.js';
import { invoke, withContext } from './door.js';
import { formatDutchDate } from '../templates/engine/dutch-date.js';
import { loadAssets, readJsonFile } from '../templates/engine/load.js';
import { renderOverzichtDocx } from '../templates/engine/overzicht.js';
import { writeFileAtomic } from './atomic-write.js';
import { readUserFile, shownName, writingTo } from './file-errors.js';
import { DEFAULT_HUISSTIJL_DIR, MIGRATIONS_DIR, TEMPLATES_DIR } from '../api/locations.js';
import { defaultRegisterPath } from '../api/register-path.js';

/**
 * What a command does with the register: `write` makes it when there is none yet; `read` and `preview` never do, and
 * a preview of a register that does not exist yet is a preview against an empty one, in memory.
 */
type Use = 'read' | 'write' | 'preview';

function registerFile(dbPath: string | undefined): string {
  return resolve(dbPath ?? defaultRegisterPath());
}

/** Runs `work` on the open register; damage or a write that SQLite refuses on the way is said as such (exit 2). */
export async function withRegister<T>(
  dbPath: string | undefined,
  use: Use,
  work: (db: Register) => T | Promise<T>,
): Promise<T> {
  const file = registerFile(dbPath);
  if (use === 'write' && dbPath === undefined) {
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch {
      throw cannotOpen(file);
    }
  }
  const empty = use === 'preview' && !existsSync(file);
  const db = openRegister(empty ? ':memory:' : file, MIGRATIONS_DIR, { create: use === 'write' || empty });
  try {
    return await work(db);
  } catch (error) {
    throw explained(error, file);
  } finally {
    db.close();
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function change() {
  return { door: userInfo().username || 'onbekend', op: new Date().toISOString() };
}

/** The import names items by their place in the file; a user finds them by the row number Excel shows. */
function byRow(issues: readonly Issue[], rows: readonly number[]): Issue[] {
  return issues.map((issue) => {
    const match = /^\[(\d+)\]\.?(.*)$/.exec(issue.path);
    const rij = match ? rows[Number(match[1])] : undefined;
    return rij === undefined ? issue : { ...issue, path: `rij ${rij}${match?.[2] ? `, ${match[2]}` : ''}` };
  });
}

export interface ImportOptions {
  file: string;
  mappingFile: string | undefined;
  soort: ItemKind | undefined;
  dryRun: boolean;
  dbPath: string | undefined;
}

export async function importCommand(options: ImportOptions): Promise<string> {
  const bytes = await readUserFile({ path: options.file });
  const table = await readTable(bytes, basename(options.file));
  const mapping = options.mappingFile
    ? parseMapping(
        await readJsonFile(
          options.mappingFile,
          shownName({ option: '--mapping', path: options.mappingFile }),
        ),
      )
    : guessMapping(table.header, options.soort);
  const result = mapRows(table, mapping);
  if (result.errors.length > 0) {
    throw new ValidationError(
      result.errors.map((e) => ({ path: `rij ${e.rij}, kolom ${e.kolom}`, message: e.reden })),
      'importbestand; er is niets ingelezen',
    );
  }
  const items = result.items.map((d) => d.item);
  const rows = result.items.map((d) => d.rij);
  const lines: string[] = [];
  if (table.encodingNote) lines.push(`Let op: ${table.encodingNote}.`);
  if (result.unmappedColumns.length > 0)
    lines.push(`Niet ingelezen kolommen: ${result.unmappedColumns.join(', ')}`);
  return withRegister(options.dbPath, options.dryRun ? 'preview' : 'write', (db) => {
    try {
      const plan = previewImport(db, items);
      const { toegevoegd, bijgewerkt, overgeslagen } = plan.counts;
      const summary = `${toegevoegd} toe te voegen, ${bijgewerkt} bij te werken, ${overgeslagen} ongewijzigd`;
      if (options.dryRun) return [...lines, `Proef (er is niets veranderd): ${summary}.`].join('\n');
      const done = importItems(db, items, change());
      lines.push(
        `Ingelezen: ${done.toegevoegd} toegevoegd, ${done.bijgewerkt} bijgewerkt, ${done.overgeslagen} ongewijzigd.`,
      );
      return lines.join('\n');
    } catch (error) {
      if (error instanceof ValidationError) {
        throw new ValidationError(byRow(error.issues, rows), 'import; er is niets ingelezen');
      }
      throw error;
    }
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
  const peildatum = options.peildatum ?? today();
  const overzicht = await withRegister(options.dbPath, 'read', (db) =>
    overzichtOn(db, peildatum, options.reikwijdte),
  );
  const bytes =
    format === '.csv'
      ? Buffer.from(overzichtCsv(overzicht), 'utf8')
      : renderOverzichtDocx(
          overzicht,
          await loadAssets(TEMPLATES_DIR, options.huisstijlDir ?? DEFAULT_HUISSTIJL_DIR),
          {
            createdAt: new Date(),
          },
        );
  await writingTo({ option: '--out', path: options.out }, () => writeFileAtomic(out, bytes));
  return out;
}

export async function backupCommand(options: { out: string; dbPath: string | undefined }): Promise<string> {
  const out = resolve(options.out);
  await withRegister(options.dbPath, 'read', (db) =>
    writingTo({ option: '--out', path: options.out }, () => backupRegister(db, out)),
  );
  return out;
}

/** The backup the user named, and the write-ahead log next to it if there is one, read as every named file is. */
async function readBackup(source: string): Promise<BackupImage> {
  const wal = `${source}-wal`;
  return {
    path: resolve(source),
    data: await readUserFile({ path: source }),
    wal: existsSync(wal) ? await readUserFile({ path: wal }) : undefined,
  };
}

export async function restoreCommand(options: {
  source: string;
  dbPath: string | undefined;
}): Promise<string> {
  const file = registerFile(options.dbPath);
  const image = await readBackup(options.source);
  const register = options.dbPath === undefined ? { path: file } : { option: '--db', path: options.dbPath };
  const { from, to } = await writingTo(register, async () => {
    await mkdir(dirname(file), { recursive: true });
    return restoreRegister(image, file, MIGRATIONS_DIR);
  });
  return `Teruggezet in ${file}${from < to ? ` (bijgewerkt van schema ${from} naar ${to})` : ''}.`;
}

/**
 * Rebuilds the search index and the indexes of a damaged register (db/repair.ts). Damage that remains is in the
 * tables themselves: then only a backup helps, and the message says so. A register too damaged to be opened, or whose
 * damage stops the rebuild, is not repaired, and the message says that instead.
 */
export function repairCommand(options: { dbPath: string | undefined }): string {
  const file = registerFile(options.dbPath);
  let db: Register;
  try {
    db = openRegister(file, MIGRATIONS_DIR, { create: false, check: false });
  } catch (error) {
    if (error instanceof RegisterDamaged) {
      throw notRepaired(file, `het is zo beschadigd dat het niet kan worden geopend (${error.detail})`);
    }
    throw error;
  }
  let problems: string[];
  try {
    problems = repairRegister(db);
  } catch (error) {
    if (isDamage(error)) throw notRepaired(file, `de schade hield het herstel tegen (${error.message})`);
    throw explained(error, file);
  } finally {
    db.close();
  }
  if (problems.length > 0) {
    throw new RegisterRefused(
      `het register ${quote(file)} is ook na herstel beschadigd (${summarize(problems)}); de schade zit in de ` +
        `gegevens zelf. Zet een reservekopie terug met raadsnota restore <reservekopie> --db ${quote(file)}`,
    );
  }
  return `Hersteld: de zoekindex en de indexen van ${file} zijn opnieuw opgebouwd en het register is in orde.`;
}

function notRepaired(file: string, why: string): RegisterRefused {
  return new RegisterRefused(
    `het register ${quote(file)} kan niet worden hersteld: ${why}; er is niets aan veranderd. Zet een ` +
      `reservekopie terug met raadsnota restore <reservekopie> --db ${quote(file)}`,
  );
}
