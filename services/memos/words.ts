import type { MemoConcept } from '../../core/model/memo-concept.js';
import type { MemoWords } from '../../db/repositories/memo-search.js';
import { htmlTextBlocks } from '../../readability/html-text.js';

/**
 * The words a search finds a memo by: its subject, kenmerk, portefeuillehouder and the text of its sections, read
 * from the HTML as the B1 check reads it (tags gone, entities decoded), so that "<strong>" is no word of the memo.
 */
export function memoWords(memo: MemoConcept): MemoWords {
  return {
    onderwerp: memo.onderwerp ?? '',
    kenmerk: memo.kenmerk ?? '',
    portefeuillehouder: memo.portefeuillehouder ?? '',
    tekst: memo.secties
      .flatMap((sectie) => [sectie.titel ?? '', ...htmlTextBlocks(sectie.inhoud).map((block) => block.text)])
      .filter((text) => text !== '')
      .join('\n'),
  };
}
