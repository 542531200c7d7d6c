import type { Issue } from '../../core/errors.js';
import { quote } from '../../core/errors.js';
import type { ItemKind } from '../../core/model/register.js';
import { z } from '../../core/model/zod-nl.js';
import type { Register } from '../../db/connection.js';
import { getSetting } from '../../db/repositories/settings.js';
import { parseInput } from '../../db/repositories/validate.js';

export const NUMMERING_SETTING = 'nummering';

const Reeks = z.enum(['jaar', 'vergadering']);

/**
 * How the municipality numbers each kind: per year (M-1 again every year) or per meeting. Numbers are unique within
 * a nummerreeks, which this setting derives; without the setting both kinds are numbered per year.
 */
export const Nummering = z
  .object({ motie: Reeks.default('jaar'), toezegging: Reeks.default('jaar') })
  .strict();
export type Nummering = z.infer<typeof Nummering>;

export function readNummering(db: Register): Nummering {
  return parseInput(Nummering, getSetting(db, NUMMERING_SETTING) ?? {}, 'instelling', [
    'settings',
    NUMMERING_SETTING,
  ]);
}

interface Numbered {
  soort: ItemKind;
  vergadering: string;
  datumAangenomen?: string;
  gedaanOp?: string;
  nummerreeks?: string;
}

const MEETING_YEAR = /\b(19|20)\d{2}\b/;

/**
 * Gives the item the nummerreeks the setting says: the year of adoption (a motie) or of the meeting where it was made
 * (a toezegging), or the meeting itself. A nummerreeks that was given must agree; one that cannot be derived (a motie
 * numbered per year without an adoption date) must be given. Problems go to `issues`.
 */
export function nummerreeksFor(nummering: Nummering, item: Numbered, issues: Issue[]): string | undefined {
  const per = nummering[item.soort];
  const date = item.soort === 'motie' ? item.datumAangenomen : item.gedaanOp;
  const derived = per === 'vergadering' ? item.vergadering : date?.slice(0, 4);
  if (item.nummerreeks !== undefined && derived !== undefined && item.nummerreeks !== derived) {
    issues.push({
      path: 'nummerreeks',
      message: `${quote(item.nummerreeks)} past niet bij de nummering per ${per}: deze ${item.soort} hoort in ${quote(derived)}`,
    });
    return undefined;
  }
  // A motie that was voted down or held over has no adoption date; the meeting it was voted in names the year.
  const nummerreeks = item.nummerreeks ?? derived ?? MEETING_YEAR.exec(item.vergadering)?.[0];
  if (nummerreeks === undefined) {
    issues.push({
      path: 'datumAangenomen',
      message:
        'nodig om de motie per jaar te nummeren (instelling nummering), want de vergadering noemt geen jaar; of geef de nummerreeks',
    });
  }
  return nummerreeks;
}
