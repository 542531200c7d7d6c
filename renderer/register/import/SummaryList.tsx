import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { ImportSummary } from '../../../core/model/import.js';

/** What an import would do (the preview) or did: the counts, the notes to check, the columns left out. */
export function SummaryList({ summary, done }: { summary: ImportSummary; done: boolean }) {
  return (
    <>
      <UnorderedList className="rn-counts">
        <UnorderedListItem>
          <strong>{summary.toegevoegd}</strong> {done ? 'toegevoegd' : 'nieuw, worden toegevoegd'}
        </UnorderedListItem>
        <UnorderedListItem>
          <strong>{summary.bijgewerkt}</strong>{' '}
          {done ? 'bijgewerkt' : 'al in het register, worden bijgewerkt'}
        </UnorderedListItem>
        <UnorderedListItem>
          <strong>{summary.overgeslagen}</strong> ongewijzigd (overgeslagen)
        </UnorderedListItem>
      </UnorderedList>
      {summary.opmerkingen.length > 0 && (
        <>
          <Paragraph>Kijk dit na:</Paragraph>
          <UnorderedList>
            {summary.opmerkingen.map((opmerking) => (
              <UnorderedListItem key={opmerking}>{opmerking}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <Paragraph>
        {summary.nietIngelezen.length === 0
          ? 'Alle kolommen worden gebruikt.'
          : `Niet ingelezen kolommen: ${summary.nietIngelezen.join(', ')}.`}
      </Paragraph>
    </>
  );
}
