import { Alert, Heading1, Link, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../api/contract/api-error.js';
import type { ItemWithHistory } from '../../../core/model/register-changes.js';
import { isClosed, type ItemKind } from '../../../core/model/register.js';
import { useClient } from '../../app/client-context.js';
import { hrefOf } from '../../app/route.js';
import { formatDate } from '../../components/format.js';
import '../../styles/register.css';
import { EditForm } from './EditForm.js';
import { History } from './History.js';
import { Memos } from './Memos.js';
import { ReopenForm } from './ReopenForm.js';
import { StatusForm } from './StatusForm.js';
import { TermijnForm } from './TermijnForm.js';

type Loaded =
  { state: 'loading' } | { state: 'found'; data: ItemWithHistory } | { state: 'failed'; error: ApiError };

const KIND = { motie: 'Motie', toezegging: 'Toezegging' } as const;

/** A motie's or toezegging's page: its fields to edit, its status to change, its history and its memos. */
export function ItemScreen({ soort, id }: { soort: ItemKind; id: number }) {
  const client = useClient();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  const load = useCallback(async () => {
    const result = await client.invoke('register.get', { soort, id });
    setLoaded(result.ok ? { state: 'found', data: result.value } : { state: 'failed', error: result.error });
  }, [client, soort, id]);

  useEffect(() => {
    void load();
  }, [load]);

  const back = (
    <Paragraph>
      <Link href={hrefOf({ screen: 'register' })}>Terug naar het register</Link>
    </Paragraph>
  );

  if (loaded.state === 'loading') {
    return (
      <>
        <Heading1>{`${KIND[soort]} laden…`}</Heading1>
        {back}
      </>
    );
  }
  if (loaded.state === 'failed') {
    const notFound = loaded.error.code === 'not_found';
    return (
      <>
        <Heading1>
          {notFound ? `${KIND[soort]} niet gevonden` : `${KIND[soort]} kan niet worden getoond`}
        </Heading1>
        <Alert type={notFound ? 'warning' : 'error'}>
          <Paragraph>
            {notFound
              ? `Het register heeft geen ${soort} met nummer ${id}. Misschien is de link oud.`
              : loaded.error.message}
          </Paragraph>
        </Alert>
        {back}
      </>
    );
  }

  const { item, historie, memos } = loaded.data;
  const titel = item.soort === 'motie' ? item.titel : item.omschrijving;
  return (
    <>
      {back}
      <Heading1>{`${KIND[item.soort]} ${item.nummer}`}</Heading1>
      <Paragraph lead>{titel}</Paragraph>
      <Paragraph className="rn-item-state">
        {'Status: '}
        <StatusBadge status={item.status.replace(' ', '-')}>{item.status}</StatusBadge>
        {` · Termijn: ${item.termijn ? formatDate(item.termijn) : 'geen'}`}
        {item.afdoening &&
          ` · Afgedaan op ${formatDate(item.afdoening.datum)}${item.afdoening.reden ? `: ${item.afdoening.reden}` : ''}`}
      </Paragraph>
      <EditForm
        item={item}
        onSaved={(saved) => {
          setLoaded({ state: 'found', data: { ...loaded.data, item: saved } });
        }}
      />
      <section className="rn-section">
        {item.status === 'afgedaan' ? (
          <ReopenForm item={item} onSaved={() => void load()} />
        ) : (
          <StatusForm key={item.status} item={item} memos={memos} onSaved={() => void load()} />
        )}
      </section>
      {!isClosed(item.status) && (
        <section className="rn-section">
          <TermijnForm key={item.termijn ?? ''} item={item} onSaved={() => void load()} />
        </section>
      )}
      <History historie={historie} />
      <Memos memos={memos} />
    </>
  );
}
