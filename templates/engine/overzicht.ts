import { ValidationError, type Issue } from '../../core/errors.js';
import type { Overzicht, OverzichtItem } from '../../core/model/overzicht.js';
import { formatDutchDate } from './dutch-date.js';
import { fillTemplate } from './fill.js';
import { parseTemplateMarkup } from './markup.js';
import { treeToDocx, type RenderAssets, type RenderOptions } from './render.js';
import type { DocumentTree } from './tree.js';

export const OVERZICHT_TITEL = 'Stand van zaken moties en toezeggingen';

const DONE = new Set(['afgedaan', 'verworpen', 'ingetrokken']);

/** Overdue first, then what is still running, then what is done; within each, the nearest termijn first. */
function rank(item: OverzichtItem): number {
  if (item.teLaat) return 0;
  return DONE.has(item.status) ? 2 : 1;
}

export function sortOverzicht(items: readonly OverzichtItem[]): OverzichtItem[] {
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.termijn ?? '9999').localeCompare(b.termijn ?? '9999') ||
      a.nummer.localeCompare(b.nummer, 'nl', { numeric: true }),
  );
}

const row = (item: OverzichtItem) => ({
  ...item,
  termijn: item.termijn ? formatDutchDate(item.termijn) : '—',
});

const ZONDER = 'Zonder portefeuillehouder';

/** What the stand-van-zaken template sees; see templates/README.md. */
export function overzichtView(overzicht: Overzicht) {
  const sorted = sortOverzicht(overzicht.items);
  const holders = [...new Set(sorted.map((i) => i.portefeuillehouder ?? ZONDER))].sort((a, b) =>
    a === ZONDER ? 1 : b === ZONDER ? -1 : a.localeCompare(b, 'nl'),
  );
  return {
    titel: OVERZICHT_TITEL,
    peildatum: formatDutchDate(overzicht.peildatum),
    totaal: {
      aantal: sorted.length,
      lopend: sorted.filter((i) => !DONE.has(i.status)).length,
      teLaat: sorted.filter((i) => i.teLaat).length,
    },
    alle: sorted.map(row),
    groepen: holders.map((holder) => ({
      portefeuillehouder: holder,
      rijen: sorted.filter((i) => (i.portefeuillehouder ?? ZONDER) === holder).map(row),
    })),
  };
}

export function buildOverzichtDocument(overzicht: Overzicht, assets: RenderAssets): DocumentTree {
  const issues: Issue[] = [];
  const filled = fillTemplate(assets.overzicht, overzichtView(overzicht), issues);
  const tree = filled && parseTemplateMarkup(filled.markup, filled.richtext, assets.overzicht.name, issues);
  if (!tree || issues.length > 0) throw new ValidationError(issues, 'sjabloon');
  return tree;
}

/** The stand van zaken as DOCX, through the same template machinery and huisstijl as the memos. */
export function renderOverzichtDocx(
  overzicht: Overzicht,
  assets: RenderAssets,
  options: RenderOptions,
): Uint8Array {
  return treeToDocx(buildOverzichtDocument(overzicht, assets), assets, OVERZICHT_TITEL, options);
}
