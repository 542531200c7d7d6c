import type { OutputOf } from '../api/contract/index.js';
import { invoke, withContext } from './door.js';

export interface KenmerkOptions {
  /** JJJJ-MM-DD; the year and month of the kenmerk come from it. Today when not given. */
  datum: string | undefined;
  dbPath: string | undefined;
  huisstijlDir: string | undefined;
}

/**
 * `raadsnota kenmerk` (`memos.kenmerk`): the next kenmerk by the huisstijl's pattern, counting the kenmerken of the
 * memos in the register; `opmerking` says that there is no register yet. Asking for a kenmerk never makes a register.
 */
export function kenmerkCommand(options: KenmerkOptions): Promise<OutputOf<'memos.kenmerk'>> {
  return withContext({ dbPath: options.dbPath, huisstijlDir: options.huisstijlDir }, (ctx) =>
    invoke(ctx, 'memos.kenmerk', options.datum === undefined ? {} : { datum: options.datum }),
  );
}
