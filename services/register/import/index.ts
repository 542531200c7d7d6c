/**
 * Reading a register import: a CSV or XLSX file → `readTable` → a `Table`; a mapping from `parseMapping` (a
 * mapping file) or `guessMapping` (the header) → `mapRows` → the items to store, the problems per row, and the
 * columns left out. Nothing here touches the database.
 */
export { readTable, type Table, type TableRow } from './table.js';
export { Mapping, parseMapping } from '../../../core/model/import-mapping.js';
export { guessMapping } from './guess.js';
export { mapRows, type DraftRow, type ImportResult } from './rows.js';
export type { RowError } from './row.js';
export type { ItemDraft, MotieDraft, ToezeggingDraft } from '../../../core/model/import-draft.js';
