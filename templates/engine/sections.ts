import { quote, type Issue } from '../../core/errors.js';
import type { Sectie } from '../../core/model/memo.js';
import { fixedSections, type Manifest } from './manifest.js';
import { parseRichText } from './markup.js';
import { hasText, type Block } from './tree.js';

export interface ArrangedSection {
  sleutel: string | undefined;
  titel: string;
  blocks: Block[];
}

/** Where a section stands in the document: its place in the memo's list and the heading the document gives it. */
export interface PlacedSection {
  index: number;
  sleutel: string | undefined;
  titel: string;
}

/**
 * The memo's sections in the order of the document: the manifest's sections (the first one given for each sleutel)
 * and the free sections at the manifest's free slot in the order the writer gave them, numbered when the manifest
 * says so. A section the manifest has no place for (an unknown or doubled sleutel, a free section without a free
 * slot) is not in the document; arrangeSections reports it.
 */
export function documentOrder(secties: readonly Sectie[], manifest: Manifest): PlacedSection[] {
  const first = new Map<string, number>();
  secties.forEach((sectie, index) => {
    if (sectie.sleutel !== undefined && !first.has(sectie.sleutel)) first.set(sectie.sleutel, index);
  });
  const placed = manifest.secties.flatMap((slot): PlacedSection[] => {
    if ('vrij' in slot) {
      return secties.flatMap((sectie, index) =>
        sectie.sleutel === undefined ? [{ index, sleutel: undefined, titel: sectie.titel ?? '' }] : [],
      );
    }
    const index = first.get(slot.sleutel);
    return index === undefined ? [] : [{ index, sleutel: slot.sleutel, titel: slot.titel }];
  });
  return manifest.nummering ? placed.map((s, i) => ({ ...s, titel: `${i + 1}. ${s.titel}` })) : placed;
}

/**
 * Puts a memo's sections in the document's order (documentOrder) and checks them: every required section present
 * and not empty, no unknown or doubled sleutel, every rich text parseable. All problems are reported at once, each
 * naming its section.
 */
export function arrangeSections(
  secties: readonly Sectie[],
  manifest: Manifest,
  issues: Issue[],
): ArrangedSection[] {
  const fixed = fixedSections(manifest);
  const hasFreeSlot = manifest.secties.some((s) => 'vrij' in s);
  const seen = new Set<string>();
  const blocks = secties.map((sectie, index) => {
    const path = `secties[${index}]`;
    const parsed = parseRichText(sectie.inhoud, `${path}.inhoud`, issues);
    if (sectie.sleutel === undefined) {
      const titel = sectie.titel ?? '';
      if (!hasFreeSlot) {
        issues.push({ path, message: `een ${manifest.type} kent geen vrije secties zoals ${quote(titel)}` });
      } else if (!hasText(parsed)) {
        issues.push({ path: `${path}.inhoud`, message: `sectie ${quote(titel)} is leeg` });
      }
      return parsed;
    }
    const known = fixed.find((s) => s.sleutel === sectie.sleutel);
    if (!known) {
      issues.push({
        path: `${path}.sleutel`,
        message: `onbekende sectie ${quote(sectie.sleutel)}; een ${manifest.type} kent: ${fixed.map((s) => s.sleutel).join(', ')}`,
      });
    } else if (seen.has(sectie.sleutel)) {
      issues.push({ path: `${path}.sleutel`, message: `sectie "${known.titel}" staat er twee keer in` });
    }
    seen.add(sectie.sleutel);
    return parsed;
  });

  const placed = documentOrder(secties, manifest);
  for (const section of fixed) {
    if (!section.verplicht) continue;
    const given = placed.find((p) => p.sleutel === section.sleutel);
    if (!given) {
      issues.push({
        path: 'secties',
        message: `verplichte sectie "${section.titel}" (${section.sleutel}) ontbreekt`,
      });
    } else if (!hasText(blocks[given.index] ?? [])) {
      issues.push({
        path: `secties[${given.index}].inhoud`,
        message: `verplichte sectie "${section.titel}" is leeg`,
      });
    }
  }
  return placed.map(({ index, sleutel, titel }) => ({ sleutel, titel, blocks: blocks[index] ?? [] }));
}
