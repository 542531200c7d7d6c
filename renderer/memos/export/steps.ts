import type { ExportStatus } from '../../../api/contract/export-jobs.js';
import { EXPORT_STAPPEN } from '../../../core/model/export.js';
import {
  VERTROUWELIJKHEIDAANDUIDINGEN,
  type ZgwVertrouwelijkheidaanduiding,
} from '../../../core/model/openbaarheid.js';

const STAP_TEKST: Readonly<Record<ExportStatus['stap'], string>> = {
  document: 'Document maken…',
  pdf: 'PDF maken met LibreOffice…',
  pakket: 'Pakket schrijven…',
};

/** The step in the writer's words, "PDF maken met LibreOffice…"; before the first answer, the first step. */
export function stepText(status: Pick<ExportStatus, 'stap'> | undefined): string {
  return STAP_TEKST[status?.stap ?? 'document'];
}

/** How far the export is, as a `<progress>` shows it: each step a third, a step's memos within it. */
export function progressOf(status: Pick<ExportStatus, 'stap' | 'klaar' | 'totaal'> | undefined): {
  value: number;
  max: number;
} {
  const max = EXPORT_STAPPEN.length;
  if (status === undefined) return { value: 0, max };
  const step = EXPORT_STAPPEN.indexOf(status.stap);
  return { value: step + Math.min(status.klaar, status.totaal) / status.totaal, max };
}

/** "Openbaar", or "Niet openbaar (vertrouwelijk)" as every page of such a memo says it. */
export function openbaarheidText(aanduiding: ZgwVertrouwelijkheidaanduiding): string {
  if (aanduiding === 'openbaar') return 'Openbaar';
  const label = VERTROUWELIJKHEIDAANDUIDINGEN.find((a) => a.waarde === aanduiding)?.label ?? aanduiding;
  return `Niet openbaar (${label.toLowerCase()})`;
}

const SIZE = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** A file's size as the list shows it: "12,4 kB", "1,2 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${SIZE.format(bytes / 1000)} kB`;
  return `${SIZE.format(bytes / 1_000_000)} MB`;
}
