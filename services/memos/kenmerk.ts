import { ValidationError } from '../../core/errors.js';
import { kenmerkRule, type KenmerkSettings } from '../../core/model/kenmerk.js';
import type { KenmerkProposal } from '../../core/model/memo-documents.js';

export interface KenmerkInput {
  /** The huisstijl's kenmerk settings. */
  instelling: KenmerkSettings;
  /** JJJJ-MM-DD; the year and month of the kenmerk come from it. */
  datum: string;
  /** The kenmerken of the memos in the register; undefined when there is no register yet. */
  kenmerken: readonly string[] | undefined;
  /** The register's file, as the remark about a missing register names it. */
  register: string;
}

/**
 * The next kenmerk by the huisstijl's pattern, counting the kenmerken of the memos in the register; without a register
 * it counts none, and the proposal says so.
 */
export function nextKenmerk({ instelling, datum, kenmerken, register }: KenmerkInput): KenmerkProposal {
  const kenmerk = kenmerkRule(instelling).next(kenmerken ?? [], datum);
  if (kenmerk === undefined) {
    throw new ValidationError(
      [
        {
          path: 'kenmerk.expressie',
          message:
            'uit een reguliere expressie kan Raadsnota geen volgend kenmerk afleiden; schrijf het kenmerk als ' +
            'patroon met plaatshouders, bijvoorbeeld "patroon": "{jaar}-{volgnummer:6}", om het te laten voorstellen',
        },
      ],
      'huisstijl',
    );
  }
  return kenmerken === undefined
    ? {
        kenmerk,
        opmerking: `Er is nog geen register in ${register}; geteld zonder nota's, er is niets aangemaakt.`,
      }
    : { kenmerk };
}
