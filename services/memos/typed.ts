import { ValidationError, type Issue } from '../../core/errors.js';
import type { Manifest } from '../../core/model/manifest.js';
import { z } from '../../core/model/zod-nl.js';
import { arrangeSections } from '../../templates/engine/sections.js';
import { sectionFields } from '../../templates/engine/section-fields.js';
import { imageSources } from '../../templates/engine/markup.js';
import type { Picture } from '../../templates/engine/tree.js';
import { parseMemo, Sectie, type Memo } from '../../core/model/memo.js';
import { conceptSchema, type MemoConcept } from '../../core/model/memo-concept.js';
import { memoLabels } from '../../core/model/field-labels.js';
import { labelIssues } from '../../core/model/labels.js';
import { under } from '../register/input.js';
import { templateSet, type MemoTypes } from '../../templates/engine/memo-types.js';

/**
 * A memo file checked against its type: the installation's types (the manifests in the templates folder) say which
 * fields it has, so that a type a functioneel beheerder added is checked like the shipped ones. Its problems are named
 * as in the file, or under `prefix` when the memo came as a field of an operation's input (`nota.datum`).
 */
export function typedMemo(raw: unknown, types: MemoTypes, prefix = ''): Memo {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw new ValidationError([{ path: '', message: 'een nota is een object { … }' }], 'nota');
    const { manifest } = templateSet(types, (raw as { type?: unknown }).type);
    try {
      return parseMemo(raw, manifest);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      throw new ValidationError([...error.issues, ...sectionProblems(raw, manifest, error.issues)], 'nota');
    }
  } catch (error) {
    if (error instanceof ValidationError && prefix !== '')
      throw new ValidationError(under(prefix, error.issues), 'nota');
    throw error;
  }
}

// A picture is read and checked when the memo is rendered; here it stands in as whole, so that a section's other
// problems are found without its folder.
const UNREAD: Picture = { data: new Uint8Array(), type: 'png', widthPx: 1, heightPx: 1 };

/**
 * What the engine will say of the sections of a memo whose fields are not right yet, so that a writer hears of every
 * problem of the file at once, not of the sections only after mending the fields. Nothing when the sections cannot
 * be read as sections (that is among the fields' problems), nor for a place already named.
 */
function sectionProblems(raw: object, manifest: Manifest, named: readonly Issue[]): Issue[] {
  const secties = z.array(Sectie).safeParse((raw as { secties?: unknown }).secties);
  if (!secties.success) return [];
  const images = new Map(imageSources(secties.data.map((s) => s.inhoud)).map((src) => [src, UNREAD]));
  const found: Issue[] = [];
  arrangeSections(
    secties.data,
    manifest,
    found,
    images,
    sectionFields(raw as Record<string, unknown>, manifest),
  );
  const paths = new Set(named.map((i) => i.path));
  return found.filter((issue) => !paths.has(issue.path));
}

/**
 * The content of a concept checked against its type (memos.update): every field may still be missing, but a field
 * the type does not have, or one of the wrong kind, is refused under `nota`, where the operation's input carries it.
 */
export function typedConcept(raw: MemoConcept, types: MemoTypes): MemoConcept {
  try {
    const { manifest } = templateSet(types, raw.type);
    const result = conceptSchema(manifest).safeParse(raw);
    if (result.success) return result.data;
    throw new ValidationError(labelIssues(result.error.issues, memoLabels(raw, manifest.velden)), 'invoer');
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(under('nota', error.issues), 'invoer');
    throw error;
  }
}
