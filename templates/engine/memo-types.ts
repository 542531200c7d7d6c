import { quote, ValidationError, type Issue } from '../../core/errors.js';
import { nearest } from '../../core/model/nearest.js';
import type { TemplateSet } from './render.js';

/** A memo type that does not load, with its files' problems, so that the others still can be used. */
export interface RefusedType {
  type: string;
  file: string;
  problems: Issue[];
}

/** The memo types an installation has: every `<type>.manifest.json` in the templates folder, and those refused. */
export interface MemoTypes {
  sets: Readonly<Record<string, TemplateSet>>;
  refused: readonly RefusedType[];
}

/**
 * The template set of a memo's type, or a ValidationError at the memo's `type` that says which types there are, or
 * why this one was refused when it loaded.
 */
export function templateSet(types: MemoTypes, type: unknown): TemplateSet {
  if (typeof type === 'string') {
    const set = types.sets[type];
    if (set !== undefined) return set;
    const refused = types.refused.find((r) => r.type === type);
    if (refused !== undefined) {
      const [first] = refused.problems;
      throw new ValidationError(
        [
          {
            path: 'type',
            message: `Type ${quote(type)} kan niet worden gebruikt: ${refused.file} is niet in orde${first ? ` (${first.path}: ${first.message})` : ''}; vraag de functioneel beheerder het te herstellen`,
          },
        ],
        'nota',
      );
    }
  }
  const known = Object.keys(types.sets);
  const guess = typeof type === 'string' ? nearest(type, known) : undefined;
  const choices = `de typen zijn: ${known.join(', ')}`;
  // Named as the other fields of a memo are (core/model/labels.ts): "Type ontbreekt", "Type "x" kent …".
  const message =
    type === undefined
      ? `Type ontbreekt; ${choices}`
      : typeof type !== 'string'
        ? `Type moet tekst zijn; ${choices}`
        : `Type ${quote(type)} kent deze installatie niet; ${guess ? `bedoelt u ${quote(guess)}? De typen zijn: ${known.join(', ')}` : choices}`;
  throw new ValidationError([{ path: 'type', message }], 'nota');
}
