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

/**
 * Puts a memo's sections in the manifest's order, free sections at the manifest's free slot in the order the
 * writer gave them, and checks them: every required section present and not empty, no unknown or doubled
 * sleutel, every rich text parseable. All problems are reported at once, each naming its section.
 */
export function arrangeSections(
  secties: readonly Sectie[],
  manifest: Manifest,
  issues: Issue[],
): ArrangedSection[] {
  const fixed = fixedSections(manifest);
  const bySleutel = new Map<string, { sectie: Sectie; blocks: Block[] }>();
  const free: ArrangedSection[] = [];
  const hasFreeSlot = manifest.secties.some((s) => 'vrij' in s);

  secties.forEach((sectie, index) => {
    const path = `secties[${index}]`;
    const blocks = parseRichText(sectie.inhoud, `${path}.inhoud`, issues);
    if (sectie.sleutel === undefined) {
      const titel = sectie.titel ?? '';
      if (!hasFreeSlot) {
        issues.push({ path, message: `een ${manifest.type} kent geen vrije secties zoals ${quote(titel)}` });
      } else if (!hasText(blocks)) {
        issues.push({ path: `${path}.inhoud`, message: `sectie ${quote(titel)} is leeg` });
      }
      free.push({ sleutel: undefined, titel, blocks });
      return;
    }
    const known = fixed.find((s) => s.sleutel === sectie.sleutel);
    if (!known) {
      issues.push({
        path: `${path}.sleutel`,
        message: `onbekende sectie ${quote(sectie.sleutel)}; een ${manifest.type} kent: ${fixed.map((s) => s.sleutel).join(', ')}`,
      });
    } else if (bySleutel.has(sectie.sleutel)) {
      issues.push({ path: `${path}.sleutel`, message: `sectie "${known.titel}" staat er twee keer in` });
    } else {
      bySleutel.set(sectie.sleutel, { sectie, blocks });
    }
  });

  for (const section of fixed) {
    const given = bySleutel.get(section.sleutel);
    if (!section.verplicht) continue;
    if (!given) {
      issues.push({
        path: 'secties',
        message: `verplichte sectie "${section.titel}" (${section.sleutel}) ontbreekt`,
      });
    } else if (!hasText(given.blocks)) {
      const index = secties.indexOf(given.sectie);
      issues.push({
        path: `secties[${index}].inhoud`,
        message: `verplichte sectie "${section.titel}" is leeg`,
      });
    }
  }

  const ordered = manifest.secties.flatMap((slot): ArrangedSection[] => {
    if ('vrij' in slot) return free;
    const given = bySleutel.get(slot.sleutel);
    return given ? [{ sleutel: slot.sleutel, titel: slot.titel, blocks: given.blocks }] : [];
  });
  return manifest.nummering ? ordered.map((s, i) => ({ ...s, titel: `${i + 1}. ${s.titel}` })) : ordered;
}
