import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { ItemMemo } from '../../../core/model/register-changes.js';

/** The memos linked to the item, newest first: the answers the college gave or is writing. */
export function Memos({ memos }: { memos: readonly ItemMemo[] }) {
  return (
    <section className="rn-section" aria-labelledby="nota-kop">
      <Heading2 id="nota-kop">Nota&apos;s die het beantwoorden</Heading2>
      {memos.length === 0 ? (
        <Paragraph>Er is nog geen nota aan gekoppeld.</Paragraph>
      ) : (
        <UnorderedList>
          {memos.map((memo) => (
            <UnorderedListItem key={memo.id}>
              {`${memo.onderwerp} (${memo.type}, ${memo.status}${memo.versie === undefined ? '' : `, versie ${memo.versie}`})`}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
