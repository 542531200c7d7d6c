import { ValidationError, type Issue } from '../../core/errors.js';
import type { Overzicht, OverzichtItem } from '../../core/model/overzicht.js';
import { isClosed } from '../../core/model/register.js';
import { formatDutchDate } from '../../core/dutch-date.js';
import { fillTemplate } from './fill.js';
import { parseTemplateMarkup } from './markup.js';
import { treeToDocx, type RenderAssets, type RenderOptions } from './render.js';
import type { DocumentTree } from './tree.js';

export const OVERZICHT_TITEL = 'Stand van zaken moties en toezeggingen';

/** Overdue first, then what is still running, then what is done; within each, the nearest termijn first. */
function rank(item: OverzichtItem): number {
  if (item.teLaat) return 0;
  return isClosed(item.status) ? 2 : 1;
}

/** Made once: `localeCompare` with options builds a collator per call, 20,000 times per 1,000 items sorted. */
const BY_NUMBER = new Intl.Collator('nl', { numeric: true });

/** ISO dates sort as plain text; no termijn sorts last. */
function byTermijn(a: OverzichtItem, b: OverzichtItem): number {
  const [x, y] = [a.termijn ?? '9999', b.termijn ?? '9999'];
  return x < y ? -1 : x > y ? 1 : 0;
}

export function sortOverzicht(items: readonly OverzichtItem[]): OverzichtItem[] {
  return [...items].sort(
    (a, b) => rank(a) - rank(b) || byTermijn(a, b) || BY_NUMBER.compare(a.nummer, b.nummer),
  );
}

const ZONDER = 'Zonder portefeuillehouder';

const row = (item: OverzichtItem) => ({
  ...item,
  portefeuillehouder: item.portefeuillehouder ?? '—',
  termijn: item.termijn ? formatDutchDate(item.termijn) : '—',
});

interface Count {
  aantal: number;
  lopend: number;
  teLaat: number;
}

function count(items: readonly OverzichtItem[]): Count {
  let lopend = 0;
  let teLaat = 0;
  for (const item of items) {
    if (!isClosed(item.status)) lopend++;
    if (item.teLaat) teLaat++;
  }
  return { aantal: items.length, lopend, teLaat };
}

/**
 * What the stand-van-zaken template sees; see templates/README.md. Each item is listed once, in one table with its
 * portefeuillehouder as a column, overdue first: the council reads what is late at the top, and the counts per
 * portefeuillehouder follow. (A second table per portefeuillehouder doubled the document and its time.)
 */
export function overzichtView(overzicht: Overzicht) {
  const sorted = sortOverzicht(overzicht.items);
  const perHolder = new Map<string, OverzichtItem[]>();
  for (const item of sorted) {
    const holder = item.portefeuillehouder ?? ZONDER;
    const items = perHolder.get(holder) ?? [];
    items.push(item);
    perHolder.set(holder, items);
  }
  const holders = [...perHolder.keys()].sort((a, b) =>
    a === ZONDER ? 1 : b === ZONDER ? -1 : a.localeCompare(b, 'nl'),
  );
  return {
    titel: OVERZICHT_TITEL,
    peildatum: formatDutchDate(overzicht.peildatum),
    /** Which reikwijdte the report has, one flag per value: a template tests one with `{{#if reikwijdte.lopend}}`. */
    reikwijdte: { lopend: overzicht.reikwijdte === 'lopend', alle: overzicht.reikwijdte !== 'lopend' },
    totaal: count(sorted),
    portefeuillehouders: holders.map((holder) => ({
      portefeuillehouder: holder,
      ...count(perHolder.get(holder) ?? []),
    })),
    alle: sorted.map(row),
  };
}

export function buildOverzichtDocument(overzicht: Overzicht, assets: RenderAssets): DocumentTree {
  const issues: Issue[] = [];
  const filled = fillTemplate(assets.overzicht, overzichtView(overzicht), issues);
  const tree = filled && parseTemplateMarkup(filled.markup, filled.richtext, assets.overzicht.name, issues);
  if (!tree || issues.length > 0) throw new ValidationError(issues, 'sjabloon');
  return tree;
}

/**
 * The most items a DOCX overview holds: some 250 pages, about 8 s and 600 MB for the whole process on a 2-core
 * laptop. The `docx` library builds an object for every element before it writes a byte, a few kilobytes per table
 * row, so 100,000 items would need several gigabytes. Such a list is for a spreadsheet, not for reading.
 */
export const MAX_DOCX_ITEMS = 10_000;

const dutchNumber = (n: number) => n.toLocaleString('nl-NL');

/** Refuses an overview too long for a document, before any work; the CSV holds any number of items. */
function refuseTooLong(overzicht: Overzicht): void {
  const n = overzicht.items.length;
  if (n <= MAX_DOCX_ITEMS) return;
  const orLopend =
    overzicht.reikwijdte === 'alle' ? '; of vraag alleen de moties en toezeggingen die nog lopen' : '';
  throw new ValidationError(
    [
      {
        path: 'overzicht',
        message:
          `telt ${dutchNumber(n)} moties en toezeggingen, te veel voor een Word-document (hoogstens ${dutchNumber(MAX_DOCX_ITEMS)}); ` +
          `schrijf het als CSV-bestand (.csv), dat Excel opent${orLopend}`,
      },
    ],
    'opdracht',
  );
}

/** The stand van zaken as DOCX, through the same template machinery and huisstijl as the memos. */
export function renderOverzichtDocx(
  overzicht: Overzicht,
  assets: RenderAssets,
  options: RenderOptions,
): Uint8Array {
  refuseTooLong(overzicht);
  return treeToDocx(buildOverzichtDocument(overzicht, assets), assets, OVERZICHT_TITEL, options);
}
