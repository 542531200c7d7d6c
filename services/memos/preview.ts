import { ValidationError, type Issue } from '../../core/errors.js';
import { append } from '../../core/lists.js';
import type { KenmerkSettings } from '../../core/model/kenmerk.js';
import { kenmerkRule } from '../../core/model/kenmerk.js';
import type { Veld } from '../../core/model/fields.js';
import { fixedSections, type Manifest } from '../../core/model/manifest.js';
import { memoSchema, type Memo, type Sectie } from '../../core/model/memo.js';
import type { MemoConcept, MemoReferences } from '../../core/model/memo-concept.js';
import type { MemoPreviewRequest, MissingPart } from '../../core/model/memo-editing.js';
import type { Register } from '../../db/connection.js';
import { linkedItems } from '../../db/repositories/links.js';
import { getMemo, readMemoVersion } from '../../db/repositories/memos.js';
import { issuesOf } from '../../db/repositories/validate.js';
import { readTransaction } from '../../db/transaction.js';
import { templateSet } from '../../templates/engine/memo-types.js';
import { buildDocument, treeToDocx, type RenderAssets } from '../../templates/engine/render.js';
import { plainTextAsHtml } from '../../core/plain-text.js';
import { documentOrder, sectionKeys } from '../../templates/engine/sections.js';
import type { DocumentTree } from '../../templates/engine/tree.js';
import { documentName } from './file-name.js';
import { storedImagesFor } from './stored-images.js';
import { typedConcept } from './typed.js';

export interface MemoPreview {
  naam: string;
  docx: Uint8Array;
  ontbreekt: MissingPart[];
}

/** What an empty section shows, and a section whose text cannot be shown yet (its problem is in `ontbreekt`). */
export const UNWRITTEN = '[Nog te schrijven]';
export const UNSHOWN = '[Deze tekst kan nog niet worden getoond; zie wat er ontbreekt]';

/** What a missing field shows: "[Onderwerp nog invullen]". */
export function placeholder(label: string): string {
  return `[${label} nog invullen]`;
}

// The kenmerk of a concept is shown as it is; whether it fits the huisstijl's pattern is said in `ontbreekt`.
const ANY_KENMERK: KenmerkSettings = { expressie: '[\\s\\S]*', voorbeeld: 'kenmerk' };

/**
 * The DOCX of a memo at any stage, for the writer to look at while writing: the concept as given (`nota`, checked
 * against its type as memos.update checks it) or as stored, with the memo's moties, toezeggingen and pictures from
 * the register. What is still missing is printed where it belongs, as a placeholder in brackets ("[Onderwerp nog
 * invullen]", a section's "[Nog te schrijven]"), and listed in `ontbreekt` per field as memos.export lists it. It
 * only reads: called at every pause in typing, it writes nothing, not even a temporary file.
 */
export function previewMemo(
  db: Register,
  request: MemoPreviewRequest,
  assets: RenderAssets,
  createdAt: Date,
): MemoPreview {
  const given = request.nota && typedConcept(request.nota, assets.types);
  const { concept, references, unnamed } = readTransaction(db, () => {
    getMemo(db, request.id);
    return {
      concept: given ?? readMemoVersion(db, request.id).memo,
      ...linkedReferences(db, request.id),
    };
  });
  const { manifest } = templateSet(assets.types, concept.type);
  const document = { ...concept, ...references };
  const strict = memoSchema(manifest).safeParse(document);
  const ontbreekt: MissingPart[] = [...(strict.success ? [] : issuesOf(strict.error)), ...unnamed];
  const kenmerk = kenmerkRule(assets.huisstijl.kenmerk);
  if (concept.kenmerk !== undefined && !kenmerk.fits(concept.kenmerk)) {
    ontbreekt.push({
      path: 'kenmerk',
      message: `past niet bij het kenmerkpatroon van de gemeente (bijvoorbeeld ${kenmerk.example(concept.datum ?? '2026-01-01')})`,
    });
  }

  const { memo, dates } = withPlaceholders(document, manifest);
  const images = storedImagesFor(db, request.id, memo);
  const previewAssets: RenderAssets = { ...assets, huisstijl: { ...assets.huisstijl, kenmerk: ANY_KENMERK } };
  const tree = buildShowing(memo, previewAssets, images, ontbreekt);
  showDates(tree, dates);
  return {
    naam: documentName({ onderwerp: concept.onderwerp ?? '', kenmerk: concept.kenmerk ?? '' }, 'docx'),
    docx: treeToDocx(tree, previewAssets, memo.onderwerp, { createdAt }),
    ontbreekt: unique(ontbreekt),
  };
}

/**
 * The moties and toezeggingen linked to the memo, as its "kennis te nemen van" sentence names them. A motie without
 * its adoption date cannot be named there yet: it is left out of the preview and said in `ontbreekt`.
 */
function linkedReferences(
  db: Register,
  memoId: number,
): { references: MemoReferences; unnamed: MissingPart[] } {
  const moties = linkedItems(db, 'motie', memoId);
  const toezeggingen = linkedItems(db, 'toezegging', memoId);
  return {
    references: {
      moties: moties.flatMap((m) =>
        m.datumAangenomen === undefined
          ? []
          : [
              {
                nummer: m.nummer,
                titel: m.titel,
                vergadering: m.vergadering,
                datumAangenomen: m.datumAangenomen,
              },
            ],
      ),
      toezeggingen: toezeggingen.map((t) => ({
        nummer: t.nummer,
        omschrijving: t.omschrijving,
        vergadering: t.vergadering,
        gedaanOp: t.gedaanOp,
        ...(t.gedaanDoor !== undefined && { gedaanDoor: t.gedaanDoor }),
      })),
    },
    unnamed: moties
      .filter((m) => m.datumAangenomen === undefined)
      .map((m) => ({
        path: 'moties',
        message: `motie ${m.nummer} heeft in het register geen datum aangenomen; vul die in voordat de nota haar noemt`,
      })),
  };
}

/** A field that must be filled, as the preview needs to know it: its name, its label, its kind and where it prints. */
type Required = Pick<Veld, 'naam' | 'label' | 'soort' | 'sectie'>;

/** The fields every memo must have, by the words the document uses for them. */
const COMMON: readonly Required[] = [
  { naam: 'onderwerp', label: 'Onderwerp', soort: 'tekst' },
  { naam: 'datum', label: 'Datum', soort: 'datum' },
  { naam: 'versienummer', label: 'Versienummer', soort: 'getal' },
  { naam: 'kenmerk', label: 'Kenmerk', soort: 'tekst' },
  { naam: 'portefeuillehouder', label: 'Portefeuillehouder', soort: 'tekst' },
];

/**
 * A date the engine prints as a real one, standing in for a date still missing, replaced by its placeholder once the
 * template has been filled: the templates format every date ({{datum …}}), which a placeholder text is not.
 */
function standInDate(index: number): { iso: string; printed: string } {
  const day = index + 1;
  return { iso: `0001-01-${String(day).padStart(2, '0')}`, printed: `${day} januari 0001` };
}

/** A missing required field of a kind the templates print from a list or an object, in a shape they can print. */
function fieldPlaceholder(field: Required): unknown {
  switch (field.soort) {
    case 'informanten':
      return [{ naam: placeholder(field.label) }];
    case 'beslissingen':
      return [placeholder(field.label)];
    case 'besluitpagina':
      return {};
    default:
      return placeholder(field.label);
  }
}

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The document with a placeholder for every required field still missing, and the required sections still missing
 * added, empty (they show as "[Nog te schrijven]"). A field printed in a section (openbaarheid, financiën) has its
 * placeholder at the top of that section, where its choice will stand. Not a memo the schema accepts (a placeholder
 * stands where a number or a choice belongs), so it is given to the engine as the memo it prints, and never stored.
 */
function withPlaceholders(
  document: MemoConcept & MemoReferences,
  manifest: Manifest,
): { memo: Memo; dates: Map<string, string> } {
  const filled: Record<string, unknown> = { ...document };
  const dates = new Map<string, string>();
  const inSection = new Map<string, string[]>();
  const required = [...COMMON, ...manifest.velden.filter((v) => v.verplicht)];
  for (const field of required.filter((f) => filled[f.naam] === undefined)) {
    if (field.sectie !== undefined) {
      inSection.set(field.sectie, [...(inSection.get(field.sectie) ?? []), placeholder(field.label)]);
    } else if (field.soort === 'datum') {
      const stand = standInDate(dates.size);
      dates.set(stand.printed, placeholder(field.label));
      filled[field.naam] = stand.iso;
    } else {
      filled[field.naam] = fieldPlaceholder(field);
    }
  }
  const placed = new Set(documentOrder(document.secties, manifest).map((p) => p.sleutel));
  const secties: Sectie[] = [
    ...document.secties,
    ...fixedSections(manifest)
      .filter((s) => s.verplicht && !placed.has(s.sleutel))
      .map((s) => ({ sleutel: s.sleutel, inhoud: '' })),
  ];
  const keys = sectionKeys(secties, manifest);
  filled.secties = secties.map((sectie, index) => {
    const shown = inSection.get(keys[index] ?? '');
    if (shown === undefined) return sectie;
    inSection.delete(keys[index] ?? '');
    // A section written as plain text is made HTML first, as the engine would read it, so that it stays as written.
    return {
      ...sectie,
      inhoud: shown.map((p) => `<p>${escapeHtml(p)}</p>`).join('') + plainTextAsHtml(sectie.inhoud),
    };
  });
  return { memo: filled as Memo, dates };
}

const SECTION = /^secties\[(\d+)\](?:\.(inhoud|sleutel|titel))?$/;

/**
 * The document tree, each section's problem shown in place of its text: an empty section as "[Nog te schrijven]",
 * one the engine cannot read as "[Deze tekst kan nog niet worden getoond …]", and one the type has no place for left
 * out; each problem is added to `ontbreekt`. A problem outside the sections (a template that cannot be filled) is
 * thrown, as a render would.
 */
function buildShowing(
  memo: Memo,
  assets: RenderAssets,
  images: ReturnType<typeof storedImagesFor>,
  ontbreekt: MissingPart[],
): DocumentTree {
  try {
    return buildDocument(memo, assets, images);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const secties = sectionsShowing(memo.secties, error.issues);
    if (secties === undefined) throw error;
    append(
      ontbreekt,
      error.issues.map(({ path, message }) => ({ path, message })),
    );
    return buildDocument({ ...memo, secties }, assets, images);
  }
}

/** The sections with each problem shown in place, or undefined when a problem is not a section's. */
function sectionsShowing(secties: readonly Sectie[], issues: readonly Issue[]): Sectie[] | undefined {
  const shown: (Sectie | undefined)[] = [...secties];
  for (const issue of issues) {
    const match = SECTION.exec(issue.path);
    if (!match) return undefined;
    const index = Number(match[1]);
    const sectie = shown[index];
    if (sectie === undefined) continue;
    if (match[2] === 'sleutel' || match[2] === 'titel') shown[index] = undefined;
    else
      shown[index] = { ...sectie, inhoud: `<p>${/ is leeg$/.test(issue.message) ? UNWRITTEN : UNSHOWN}</p>` };
  }
  return shown.filter((s) => s !== undefined);
}

/** Puts each missing date's placeholder where the template printed its stand-in. */
function showDates(tree: DocumentTree, dates: ReadonlyMap<string, string>): void {
  if (dates.size === 0) return;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (typeof node === 'object' && node !== null && !ArrayBuffer.isView(node)) {
      const record = node as Record<string, unknown>;
      const text = record.text;
      if (record.kind === 'text' && typeof text === 'string') {
        record.text = [...dates].reduce((t, [printed, shown]) => t.replaceAll(printed, shown), text);
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(tree);
}

function unique(parts: readonly MissingPart[]): MissingPart[] {
  const seen = new Set<string>();
  return parts.filter((p) => {
    const key = `${p.path}\n${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
