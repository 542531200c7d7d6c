import type { Memo } from '../../core/model/memo.js';
import type { SectionInput } from '../../readability/index.js';
import { fixedSections, type Manifest } from '../../core/model/manifest.js';
import { documentOrder } from '../../templates/engine/sections.js';

/**
 * A memo's sections as the B1 check reads them: in the order of the document, with the headings it gives them, then
 * any section the document leaves out (the check is advice and reads them all, saying so in the title). Each is
 * located by its place in the memo file (`secties[2].inhoud`).
 */
export function sectionsToCheck(memo: Memo, manifest: Manifest): SectionInput[] {
  const placed = documentOrder(memo.secties, manifest);
  const inDocument = new Set(placed.map((p) => p.index));
  const fixed = fixedSections(manifest);
  const left = memo.secties.flatMap((sectie, index) => {
    if (inDocument.has(index)) return [];
    const name =
      fixed.find((s) => s.sleutel === sectie.sleutel)?.titel ??
      sectie.titel ??
      sectie.sleutel ??
      `sectie ${index + 1}`;
    return [{ index, titel: `${name} (niet in het document)` }];
  });
  return [...placed, ...left].map(({ index, titel }) => ({
    path: `secties[${index}].inhoud`,
    title: titel,
    text: memo.secties[index]?.inhoud ?? '',
    format: 'html',
  }));
}
