import type { Memo } from '../core/model/memo.js';
import type { SectionInput } from '../readability/index.js';
import { fixedSections, type Manifest } from '../templates/engine/manifest.js';

/**
 * A memo's sections as the B1 check reads them, in the order of the document: the manifest's sections, the free
 * sections at its free slot, then any section the manifest does not know (the check is advice and reads them all).
 * Each is named by its heading in the document and located by its place in the memo file (`secties[2].inhoud`).
 */
export function sectionsToCheck(memo: Memo, manifest: Manifest): SectionInput[] {
  const fixed = fixedSections(manifest);
  const input = (index: number, title: string): SectionInput => ({
    path: `secties[${index}].inhoud`,
    title,
    text: memo.secties[index]?.inhoud ?? '',
    format: 'html',
  });
  const placed = new Set<number>();
  const ordered: { index: number; title: string }[] = [];
  for (const slot of manifest.secties) {
    memo.secties.forEach((sectie, index) => {
      if (placed.has(index)) return;
      const here = 'vrij' in slot ? sectie.sleutel === undefined : sectie.sleutel === slot.sleutel;
      if (!here) return;
      placed.add(index);
      ordered.push({ index, title: 'vrij' in slot ? (sectie.titel ?? '') : slot.titel });
    });
  }
  memo.secties.forEach((sectie, index) => {
    if (placed.has(index)) return;
    const known = fixed.find((s) => s.sleutel === sectie.sleutel);
    ordered.push({ index, title: known?.titel ?? sectie.titel ?? sectie.sleutel ?? `sectie ${index + 1}` });
  });
  return ordered.map(({ index, title }, i) =>
    input(index, manifest.nummering ? `${i + 1}. ${title}` : title),
  );
}

/** The people a memo names, whose names are never long words: portefeuillehouder, informanten, signatories. */
export function namesIn(memo: Memo): string[] {
  return [
    memo.portefeuillehouder,
    ...memo.informanten.map((i) => i.naam),
    ...memo.toezeggingen.flatMap((t) => (t.gedaanDoor === undefined ? [] : [t.gedaanDoor])),
    ...(memo.ondertekening ?? []).map((o) => o.naam),
  ];
}

/** Titles the memo's text may mention without quotes: its moties and bijlagen. */
export function titlesIn(memo: Memo): string[] {
  return [...memo.moties.map((m) => m.titel), ...memo.bijlagen.map((b) => b.titel)];
}
