import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ValidationError } from '../core/errors.js';
import { kenmerkRule } from '../core/model/kenmerk.js';
import { memoKenmerken } from '../db/repositories/memos.js';
import { loadHuisstijl } from '../templates/engine/load.js';
import { DEFAULT_HUISSTIJL_DIR } from '../api/locations.js';
import { withRegister } from './register-commands.js';
import { defaultRegisterPath } from '../api/register-path.js';

export interface KenmerkOptions {
  /** JJJJ-MM-DD; the year and month of the kenmerk come from it. */
  datum: string;
  dbPath: string | undefined;
  huisstijlDir: string | undefined;
}

/**
 * The next kenmerk by the huisstijl's pattern, counting the kenmerken of the memos in the register; `note` says that
 * there is no register yet. Asking for a kenmerk reads only: it never makes a register.
 */
export async function kenmerkCommand(options: KenmerkOptions): Promise<{ kenmerk: string; note?: string }> {
  const { huisstijl } = await loadHuisstijl(options.huisstijlDir ?? DEFAULT_HUISSTIJL_DIR);
  const rule = kenmerkRule(huisstijl.kenmerk);
  const file = resolve(options.dbPath ?? defaultRegisterPath());
  const absent = !existsSync(file);
  const existing = absent ? [] : await withRegister(options.dbPath, 'read', memoKenmerken);
  const kenmerk = rule.next(existing, options.datum);
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
  return absent
    ? { kenmerk, note: `Er is nog geen register in ${file}; geteld zonder nota's, er is niets aangemaakt.` }
    : { kenmerk };
}
