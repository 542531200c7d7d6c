import { fixedSections, sectionsFilledByChoice, type Manifest } from '../../../core/model/manifest.js';
import { inputId } from '../../components/form-errors.js';
import type { Built, DraftSection } from './draft.js';
import { formFields } from './fields.js';

/** The form of the editor screen: the prefix of every input's id. */
export const FORM = 'nota';

/** The id of a section's editor, and of its title's input (a free section). */
export const sectionId = (key: string): string => inputId(FORM, `sectie-${key}`);
export const sectionTitleId = (key: string): string => inputId(FORM, `sectie-${key}-titel`);
/** The id of the button that adds a missing fixed section. */
export const addSectionId = (sleutel: string): string => inputId(FORM, `voeg-${sleutel}-toe`);

/** One thing still to do before the memo is complete, and the element to go to for it. */
export interface Missing {
  target: string;
  text: string;
}

/** Whether a section's HTML holds anything a reader sees: text, or a picture. */
export function hasContent(html: string): boolean {
  if (/<img\b/i.test(html)) return true;
  return (
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;|&#160;/g, ' ')
      .trim() !== ''
  );
}

/** The fixed section a draft section is, by its key or (an imported memo's) title. */
export function sectionTitle(section: DraftSection, manifest: Manifest): string {
  if (section.sleutel === undefined) return section.titel ?? '';
  return fixedSections(manifest).find((fixed) => fixed.sleutel === section.sleutel)?.titel ?? section.sleutel;
}

/**
 * What is still missing, in the screen's order: required fields empty or not right, required sections absent or
 * empty (a section whose veld is filled, such as openbaarheid's choice, counts as filled), untitled free sections.
 */
export function missingOf(built: Built, sections: readonly DraftSection[], manifest: Manifest): Missing[] {
  const record = built.concept as Record<string, unknown>;
  const missing: Missing[] = [];
  for (const field of formFields(manifest)) {
    const problem = built.problems.get(field.naam);
    if (problem !== undefined)
      missing.push({ target: inputId(FORM, field.naam), text: `${field.label} is nog niet goed` });
    else if (field.verplicht && record[field.naam] === undefined)
      missing.push({ target: inputId(FORM, field.naam), text: `${field.label} ontbreekt` });
  }
  const filledByVeld = sectionsFilledByChoice(manifest, record);
  for (const fixed of fixedSections(manifest)) {
    if (!fixed.verplicht) continue;
    const section = sections.find((s) => s.sleutel === fixed.sleutel);
    if (section === undefined)
      missing.push({ target: addSectionId(fixed.sleutel), text: `Sectie ${fixed.titel} ontbreekt` });
    else if (!hasContent(section.inhoud) && !filledByVeld.has(fixed.sleutel))
      missing.push({ target: sectionId(section.key), text: `${fixed.titel} is nog leeg` });
  }
  for (const section of sections) {
    if (built.problems.has(section.key))
      missing.push({ target: sectionTitleId(section.key), text: 'Een vrije sectie heeft nog geen titel' });
  }
  return missing;
}
