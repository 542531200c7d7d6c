import { resolve } from 'node:path';
import type { OutputOf } from '../api/contract/index.js';
import { quote } from '../core/errors.js';
import { append } from '../core/lists.js';
import { MemoStatus, type Memo } from '../core/model/memo.js';
import type { MemoRecord } from '../core/model/memo-register.js';
import { readJsonFile } from '../files/read-json.js';
import { writeFileAtomic } from './atomic-write.js';
import { invoke, withContext } from './door.js';
import { shownName, writingTo } from './file-errors.js';
import { UsageError } from './usage-error.js';

/** What `raadsnota memo …` was given besides its words. */
export interface MemoOptions {
  dbPath: string | undefined;
  out: string | undefined;
  status: string[] | undefined;
  search: string | undefined;
}

/** What a memo command prints: its result, and a note for stderr. */
export interface MemoOutput {
  output: string;
  note?: string;
}

/** `raadsnota memo import|export|list|show`: each one operation of the table, its result printed in Dutch. */
export async function memoCommand([sub, ...rest]: string[], options: MemoOptions): Promise<MemoOutput> {
  switch (sub) {
    case 'import':
      return { output: await importCommand(only(rest, 'memo import verwacht één notabestand'), options) };
    case 'export':
      return exportCommand(memoId(only(rest, 'memo export verwacht het nummer van een nota')), options);
    case 'list':
      if (rest.length > 0) throw new UsageError('memo list verwacht geen bestand; zoek met --search');
      return { output: await listCommand(options) };
    case 'show':
      return {
        output: await showCommand(memoId(only(rest, 'memo show verwacht het nummer van een nota')), options),
      };
    default:
      throw new UsageError(
        sub ? `onbekende notaopdracht ${quote(sub)}` : 'memo verwacht import, export, list of show',
      );
  }
}

function only(rest: readonly string[], message: string): string {
  const [first] = rest;
  if (rest.length !== 1 || first === undefined) throw new UsageError(message);
  return first;
}

/** A memo's number in the register, as `memo list` shows it. */
function memoId(text: string): number {
  const id = /^[1-9]\d{0,14}$/.test(text) ? Number(text) : undefined;
  if (id === undefined) {
    throw new UsageError(`${quote(text)} is geen notanummer; raadsnota memo list toont de nummers`);
  }
  return id;
}

function named(nota: MemoRecord): string {
  const onderwerp = nota.onderwerp === '' ? '(nog zonder onderwerp)' : `‘${nota.onderwerp}’`;
  return `nota ${nota.id}, ${nota.type} ${onderwerp}`;
}

async function importCommand(file: string, options: MemoOptions): Promise<string> {
  const memo = (await readJsonFile(file, shownName({ path: file }))) as Memo;
  return withContext({ dbPath: options.dbPath }, async (ctx) => {
    const { nota, verwijzingen } = await invoke(ctx, 'memos.import', memo);
    const lines = [`Ingelezen als ${named(nota)} (${nota.status}).`];
    for (const v of verwijzingen) {
      const how = v.toegevoegd ? 'nieuw in het register opgenomen en gekoppeld' : 'gekoppeld';
      lines.push(`  ${v.soort} ${v.nummer} (${v.nummerreeks}): ${how}`);
    }
    return lines.join('\n');
  });
}

async function exportCommand(id: number, options: MemoOptions): Promise<MemoOutput> {
  const out = options.out;
  if (out === undefined) throw new UsageError('memo export verwacht --out <nota.json>');
  const exported = await withContext({ dbPath: options.dbPath }, (ctx) =>
    invoke(ctx, 'memos.export', { id }),
  );
  const target = resolve(out);
  const bytes = Buffer.from(`${JSON.stringify(exported.document, null, 2)}\n`, 'utf8');
  await writingTo({ option: '--out', path: out }, () => writeFileAtomic(target, bytes));
  const note = exported.compleet
    ? undefined
    : [
        'Let op: de nota is nog niet compleet; render weigert haar totdat dit is ingevuld:',
        ...exported.ontbreekt.map((i) => `  - ${i.path}: ${i.message}`),
      ].join('\n');
  return { output: `Geschreven: ${target}`, ...(note !== undefined && { note }) };
}

function statuses(values: readonly string[] | undefined): MemoStatus[] | undefined {
  return values?.map((value) => {
    const parsed = MemoStatus.safeParse(value);
    if (!parsed.success) {
      throw new UsageError(
        `--status ${quote(value)} bestaat niet; kies uit ${MemoStatus.options.join(', ')}`,
      );
    }
    return parsed.data;
  });
}

function listLine(nota: MemoRecord): string {
  return `nota ${nota.id}  ${nota.status}  ${nota.kenmerk ?? 'geen kenmerk'}  ${nota.onderwerp || '(nog zonder onderwerp)'}`;
}

async function listCommand(options: MemoOptions): Promise<string> {
  const status = statuses(options.status);
  return withContext({ dbPath: options.dbPath }, async (ctx) => {
    const { items, total } = await invoke(ctx, 'memos.list', {
      limit: 500,
      ...(status && { status }),
      ...(options.search !== undefined && { text: options.search }),
    });
    const lines = items.map(listLine);
    const more = total > items.length ? `\n… en nog ${total - items.length}; verfijn de zoekopdracht` : '';
    return `${lines.join('\n')}${lines.length > 0 ? '\n' : ''}${total} gevonden.${more}`;
  });
}

type Stored = OutputOf<'memos.get'>;

function describeStored({ nota, document, moties, toezeggingen, historie }: Stored): string {
  const lines = [
    `Nota ${nota.id}: ${nota.type} ${nota.onderwerp === '' ? '(nog zonder onderwerp)' : `‘${nota.onderwerp}’`}`,
    `Status: ${nota.status} (versie ${nota.versie}, revisie ${nota.revisie}); kenmerk: ${nota.kenmerk ?? 'nog geen'}`,
    `Aangemaakt: ${nota.createdAt}; laatst gewijzigd: ${nota.updatedAt}`,
  ];
  const answers = [
    ...moties.map((m) => `  motie ${m.nummer} (${m.nummerreeks}, id ${m.id}): ${m.titel}`),
    ...toezeggingen.map((t) => `  toezegging ${t.nummer} (${t.nummerreeks}, id ${t.id}): ${t.omschrijving}`),
  ];
  lines.push(answers.length > 0 ? 'Beantwoordt:' : 'Beantwoordt nog geen motie of toezegging.');
  append(lines, answers);
  lines.push('Secties:');
  for (const sectie of document.secties) {
    const leeg = sectie.inhoud.trim() === '' ? ' (leeg)' : '';
    lines.push(`  ${sectie.sleutel ?? sectie.titel ?? ''}${leeg}`);
  }
  lines.push('Historie:');
  for (const stap of historie) {
    const wat =
      stap.gebeurtenis === 'status'
        ? `${stap.oud ?? ''} → ${stap.nieuw}`
        : `${stap.gebeurtenis} (${stap.nieuw})`;
    const waarom = stap.toelichting === undefined ? '' : `: ${stap.toelichting}`;
    lines.push(`  ${stap.op}  ${stap.door}  ${wat}${waarom}`);
  }
  return lines.join('\n');
}

async function showCommand(id: number, options: MemoOptions): Promise<string> {
  return withContext({ dbPath: options.dbPath }, async (ctx) =>
    describeStored(await invoke(ctx, 'memos.get', { id })),
  );
}
