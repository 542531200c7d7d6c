import { quote, type Issue } from '../../core/errors.js';
import type { Sectie } from '../../core/model/memo.js';
import type { MemoImages } from './images.js';
import { fixedSections, type Manifest } from '../../core/model/manifest.js';
import { NUMBER_FORMATS, parseRichText } from './markup.js';
import { hasText, type Block } from './tree.js';
import { append } from '../../core/lists.js';

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

/** A heading as writers vary it: case, diacritics, spacing and a closing colon do not make another section. */
function headingKey(titel: string): string {
  return titel
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s:]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** How a section without `sleutel` was recognised as a fixed section: by the manifest's title or one of its aliases. */
export interface Recognised {
  index: number;
  sleutel: string;
  /** The heading the writer gave, which matched. */
  titel: string;
  /** The manifest's title of the section it counts as. */
  als: string;
}

/**
 * The fixed section each section is: its `sleutel`, or, for a section without one, the fixed section whose manifest
 * title or alias its title is ("Aanleiding" is the inleiding), so that a writer who names a section the way their
 * municipality does is not told it is missing. Undefined for a free section.
 */
export function sectionKeys(secties: readonly Sectie[], manifest: Manifest): (string | undefined)[] {
  return recognise(secties, manifest).keys;
}

/** The sections recognised by their title (see sectionKeys), for `validate` to say which heading counted as what. */
export function recognisedSections(secties: readonly Sectie[], manifest: Manifest): Recognised[] {
  return recognise(secties, manifest).recognised;
}

function recognise(
  secties: readonly Sectie[],
  manifest: Manifest,
): { keys: (string | undefined)[]; recognised: Recognised[] } {
  const byHeading = new Map<string, { sleutel: string; titel: string }>();
  for (const section of fixedSections(manifest)) {
    for (const heading of [section.titel, ...section.aliassen]) {
      byHeading.set(headingKey(heading), { sleutel: section.sleutel, titel: section.titel });
    }
  }
  const recognised: Recognised[] = [];
  const keys = secties.map((sectie, index) => {
    if (sectie.sleutel !== undefined) return sectie.sleutel;
    const found = sectie.titel === undefined ? undefined : byHeading.get(headingKey(sectie.titel));
    if (found === undefined || sectie.titel === undefined) return undefined;
    recognised.push({ index, sleutel: found.sleutel, titel: sectie.titel, als: found.titel });
    return found.sleutel;
  });
  return { keys, recognised };
}

/**
 * The memo's sections in the order of the document: the manifest's sections (the first one given for each sleutel)
 * and the free sections at the manifest's free slot in the order the writer gave them, numbered when the manifest
 * says so. A section the manifest has no place for (an unknown or doubled sleutel, a free section without a free
 * slot) is not in the document; arrangeSections reports it.
 */
export function documentOrder(secties: readonly Sectie[], manifest: Manifest): PlacedSection[] {
  const keys = sectionKeys(secties, manifest);
  const first = new Map<string, number>();
  keys.forEach((sleutel, index) => {
    if (sleutel !== undefined && !first.has(sleutel)) first.set(sleutel, index);
  });
  const placed = manifest.secties.flatMap((slot): PlacedSection[] => {
    if ('vrij' in slot) {
      return secties.flatMap((sectie, index) =>
        keys[index] === undefined ? [{ index, sleutel: undefined, titel: sectie.titel ?? '' }] : [],
      );
    }
    const index = first.get(slot.sleutel);
    // The manifest decides what the section is; the writer decides what it is called.
    const titel = index === undefined ? undefined : (secties[index]?.titel ?? slot.titel);
    return index === undefined || titel === undefined ? [] : [{ index, sleutel: slot.sleutel, titel }];
  });
  return manifest.nummering ? placed.map((s, i) => ({ ...s, titel: `${i + 1}. ${s.titel}` })) : placed;
}

/**
 * Numbers the section's own numbered lists as its manifest says (`lijstnummering`: kanttekeningen a, b, c), where the
 * writer did not choose a numbering (`type`, `start`) for the list; a list nested in another keeps Word's level.
 */
function numberListsAs(blocks: Block[], type: string): void {
  const format = NUMBER_FORMATS[type];
  if (format === undefined) return;
  blocks.forEach((block, i) => {
    if (block.kind === 'list' && block.ordered && block.numbering === undefined)
      blocks[i] = { ...block, numbering: { format, start: 1 } };
  });
}

/**
 * The memo's sections and, after them, an empty one for each fixed section that only a veld fills (`chosen`): the
 * choice alone makes the section, in its place in the document.
 */
function withChosenSections(
  secties: readonly Sectie[],
  manifest: Manifest,
  chosen: ReadonlyMap<string, Block[]>,
): readonly Sectie[] {
  const present = new Set(sectionKeys(secties, manifest));
  const added = [...chosen.keys()].filter((sleutel) => !present.has(sleutel));
  return added.length === 0 ? secties : [...secties, ...added.map((sleutel) => ({ sleutel, inhoud: '' }))];
}

/**
 * Puts a memo's sections in the document's order (documentOrder) and checks them: every required section present
 * and not empty, no unknown or doubled sleutel, every rich text parseable and every picture it names among `images`.
 * All problems are reported at once, each naming its section. `chosen` holds what the velden printed in a section
 * (see section-fields.ts) by its sleutel: it stands at the top of that section, which it fills even without text.
 */
export function arrangeSections(
  written: readonly Sectie[],
  manifest: Manifest,
  issues: Issue[],
  images?: MemoImages,
  chosen: ReadonlyMap<string, Block[]> = new Map(),
): ArrangedSection[] {
  const secties = withChosenSections(written, manifest, chosen);
  const fixed = fixedSections(manifest);
  const keys = sectionKeys(secties, manifest);
  const hasFreeSlot = manifest.secties.some((s) => 'vrij' in s);
  const seen = new Set<string>();
  // A section whose content was refused (an element not allowed, a picture that cannot be used) is not reported as
  // empty as well: its own problems say what to change.
  const refused = new Set<number>();
  const blocks = secties.map((sectie, index) => {
    const path = `secties[${index}]`;
    const sleutel = keys[index];
    // A writer finds a section by its heading, not by its place in the file: each problem in its text names it.
    const found: Issue[] = [];
    const parsed = parseRichText(sectie.inhoud, `${path}.inhoud`, found, images);
    if (found.length > 0) refused.add(index);
    const heading = sectie.titel ?? fixed.find((s) => s.sleutel === sleutel)?.titel;
    append(
      issues,
      heading === undefined
        ? found
        : found.map((i) => ({ ...i, message: `Sectie ${quote(heading)}: ${i.message}` })),
    );
    if (sleutel === undefined) {
      const titel = sectie.titel ?? '';
      if (!hasFreeSlot) {
        issues.push({ path, message: `een ${manifest.type} kent geen vrije secties zoals ${quote(titel)}` });
      } else if (!hasText(parsed) && !refused.has(index)) {
        issues.push({ path: `${path}.inhoud`, message: `sectie ${quote(titel)} is leeg` });
      }
      return parsed;
    }
    const known = fixed.find((s) => s.sleutel === sleutel);
    if (known?.lijstnummering !== undefined) numberListsAs(parsed, known.lijstnummering);
    const field = sectie.sleutel === undefined ? `${path}.titel` : `${path}.sleutel`;
    if (!known) {
      issues.push({
        path: field,
        message: `onbekende sectie ${quote(sleutel)}; een ${manifest.type} kent: ${fixed.map((s) => s.sleutel).join(', ')}`,
      });
    } else if (seen.has(sleutel)) {
      issues.push({
        path: field,
        message:
          sectie.sleutel === undefined
            ? `sectie ${quote(sectie.titel ?? '')} geldt als "${known.titel}", en die staat er al in; geef haar een andere titel of voeg de twee samen`
            : `sectie "${known.titel}" staat er twee keer in`,
      });
    }
    seen.add(sleutel);
    return parsed;
  });

  const placed = documentOrder(secties, manifest);
  for (const section of fixed) {
    if (!section.verplicht || chosen.has(section.sleutel)) continue;
    const given = placed.find((p) => p.sleutel === section.sleutel);
    if (!given) {
      issues.push({
        path: 'secties',
        message: `verplichte sectie "${section.titel}" (${section.sleutel}) ontbreekt`,
      });
    } else if (!hasText(blocks[given.index] ?? []) && !refused.has(given.index)) {
      const named = secties[given.index]?.titel;
      issues.push({
        path: `secties[${given.index}].inhoud`,
        message:
          named === undefined || headingKey(named) === headingKey(section.titel)
            ? `verplichte sectie "${section.titel}" is leeg`
            : `verplichte sectie ${quote(named)} ("${section.titel}") is leeg`,
      });
    }
  }
  return placed.map(({ index, sleutel, titel }) => ({
    sleutel,
    titel,
    blocks: [...((sleutel === undefined ? undefined : chosen.get(sleutel)) ?? []), ...(blocks[index] ?? [])],
  }));
}
