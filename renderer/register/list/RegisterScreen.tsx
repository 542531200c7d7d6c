import { Alert, Heading1, Link, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { hrefOf } from '../../app/route.js';
import { formatNumber } from '../../components/format.js';
import '../../styles/register.css';
import { Filters, isFiltered, NO_CHOICE, type Choice } from './Filters.js';
import { ItemList } from './ItemList.js';
import { useFacets } from './use-facets.js';
import { useSearchPages, type Filters as Query } from './use-search-pages.js';

/** The form's choice as a search; "alleen te laat" on the date of the server's last answer, not the browser's clock. */
function queryOf(choice: Choice, peildatum: string | undefined): Query {
  return {
    ...(choice.text.trim() !== '' && { text: choice.text }),
    ...(choice.soort !== '' && { soort: choice.soort }),
    ...(choice.status !== '' && { status: [choice.status] }),
    ...(choice.portefeuillehouder !== '' && { portefeuillehouder: choice.portefeuillehouder }),
    ...(choice.jaar !== '' && { year: Number(choice.jaar) }),
    ...(choice.teLaat && peildatum !== undefined && { overdueOn: peildatum }),
  };
}

/** The register: every motie and toezegging in one list by termijn, searched as the user types. */
export function RegisterScreen() {
  const [choice, setChoice] = useState<Choice>(NO_CHOICE);
  const [peildatum, setPeildatum] = useState<string | undefined>(undefined);
  const facets = useFacets();
  const query = queryOf(choice, peildatum);
  const pages = useSearchPages(query);
  if (pages.peildatum !== undefined && pages.peildatum !== peildatum) setPeildatum(pages.peildatum);
  const { total } = pages;
  const empty = total === 0 && !isFiltered(choice);

  return (
    <>
      <Heading1>Moties en toezeggingen</Heading1>
      {empty ? (
        <Paragraph className="rn-empty">
          Het register is nog leeg. Begin met het inlezen van de lijst van de griffie:{' '}
          <Link href={hrefOf({ screen: 'import' })}>Lijst inlezen</Link>.
        </Paragraph>
      ) : (
        <Filters choice={choice} facets={facets} onChange={setChoice} />
      )}
      {pages.error && (
        <Alert type="error">
          <Paragraph>{pages.error.message}</Paragraph>
        </Alert>
      )}
      {/* Busy while the list still shows the previous search: a screen reader waits for the new number. */}
      <p className="rn-count" role="status" aria-busy={pages.busy}>
        {total === undefined || empty ? '' : `${formatNumber(total)} gevonden`}
      </p>
      {total !== undefined && total > 0 && (
        <ItemList pages={pages} total={total} resetKey={JSON.stringify(query)} />
      )}
    </>
  );
}
