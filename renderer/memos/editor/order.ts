import type { Manifest } from '../../../core/model/manifest.js';
import type { DraftSection } from './draft.js';

/** A section's place in the manifest: a fixed one's own, a free one the free slot's (else after everything). */
export function orderOf(section: Pick<DraftSection, 'sleutel'>, manifest: Manifest): number {
  const slots = manifest.secties;
  if (section.sleutel !== undefined) {
    const own = slots.findIndex((slot) => 'sleutel' in slot && slot.sleutel === section.sleutel);
    if (own >= 0) return own;
  }
  const free = slots.findIndex((slot) => 'vrij' in slot);
  return free >= 0 ? free : slots.length;
}

/** Where a section of that manifest place goes: after every section placed before or with it. */
export function insertionIndex(
  sections: readonly DraftSection[],
  manifest: Manifest,
  section: Pick<DraftSection, 'sleutel'>,
): number {
  const order = orderOf(section, manifest);
  let index = 0;
  sections.forEach((other, i) => {
    if (orderOf(other, manifest) <= order) index = i + 1;
  });
  return index;
}

/** The list with the section at `index` swapped with its neighbour, when that is a free section too. */
export function moved(sections: readonly DraftSection[], key: string, step: -1 | 1): readonly DraftSection[] {
  const index = sections.findIndex((section) => section.key === key);
  const other = sections[index + step];
  const self = sections[index];
  if (self === undefined || other === undefined || other.sleutel !== undefined) return sections;
  return sections.map((section, i) => (i === index ? other : i === index + step ? self : section));
}
