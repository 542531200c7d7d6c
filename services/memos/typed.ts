import { ValidationError } from '../../core/errors.js';
import { parseMemo, type Memo } from '../../core/model/memo.js';
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
    return parseMemo(raw, manifest);
  } catch (error) {
    if (error instanceof ValidationError && prefix !== '')
      throw new ValidationError(under(prefix, error.issues), 'nota');
    throw error;
  }
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
