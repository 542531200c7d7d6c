import { quote } from '../../../core/errors.js';
import { ITEM_KINDS, type ItemKind, type MotieStatus } from '../../../core/model/register.js';
import { parseDutchDate } from './dates.js';
import { DRAFTS, type ItemField } from '../../../core/model/import-draft.js';

/** A cell turned into what the schema expects, or why it cannot be. */
type Converted = { ok: true; value: string | string[] } | { ok: false; reden: string };

const DATE_FIELDS: readonly ItemField[] = ['datumAangenomen', 'gedaanOp', 'termijn'];

/** Words registers use for a status of the model. */
const STATUS_WORDS: Readonly<Record<string, MotieStatus>> = {
  afgehandeld: 'afgedaan',
  afgerond: 'afgedaan',
  'deels afgehandeld': 'deels afgedaan',
  'gedeeltelijk afgedaan': 'deels afgedaan',
  lopend: 'in behandeling',
  'in uitvoering': 'in behandeling',
};

/** A non-empty cell as the value of a field of an item of this kind. */
export function convertCell(kind: ItemKind, field: ItemField, cell: string): Converted {
  if (DATE_FIELDS.includes(field)) return convertDate(cell);
  if (field === 'status') return convertStatus(kind, cell);
  if (field === 'indieners') return { ok: true, value: splitNames(cell) };
  return { ok: true, value: cell };
}

/** Registers list several indieners in one cell, separated by semicolons or commas. */
function splitNames(cell: string): string[] {
  const names = cell.split(/[;,]/).map((name) => name.trim());
  return names.filter((name) => name !== '');
}

function convertDate(cell: string): Converted {
  const date = parseDutchDate(cell);
  if (date) return { ok: true, value: date };
  return {
    ok: false,
    reden: `${quote(cell)} is geen datum; schrijf bijvoorbeeld 10-11-2017 of 10 november 2017`,
  };
}

function convertStatus(kind: ItemKind, cell: string): Converted {
  const allowed: readonly string[] = DRAFTS[kind].shape.status.options;
  const word = simplify(cell);
  const status = STATUS_WORDS[word] ?? word;
  if (allowed.includes(status)) return { ok: true, value: status };
  return {
    ok: false,
    reden: `${quote(cell)} is geen status van een ${kind}; kies uit ${allowed.join(', ')}`,
  };
}

/** "Motie", "moties", "M" and "Toezegging", "T": the kind a row's soort cell names, if any. */
export function parseSoort(cell: string): ItemKind | undefined {
  const word = simplify(cell);
  return ITEM_KINDS.find((kind) => word === kind[0] || word.startsWith(kind));
}

/** Lower case without accents, with "in-behandeling" and "in  behandeling" written as "in behandeling". */
function simplify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}
