import { Alert, Heading1, Link, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import type { ApiError } from '../../../api/contract/api-error.js';
import type { StoredMemo } from '../../../core/model/memo-register.js';
import { useClient } from '../../app/client-context.js';
import { hrefOf } from '../../app/route.js';
import { sentence } from '../../components/sentence.js';
import '../../styles/register.css';
import '../../styles/tasks.css';
import '../../styles/memos.css';
import { useMemoTypes } from '../use-memo-types.js';
import { MemoEditor } from './MemoEditor.js';

type Loaded =
  { state: 'loading' } | { state: 'found'; memo: StoredMemo } | { state: 'failed'; error: ApiError };

/** `#/memos/<id>`: the memo and its type's manifest loaded, then the editor; a memo that is not there said so. */
export function EditorScreen({ id }: { id: number }) {
  const client = useClient();
  const types = useMemoTypes();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    void client.invoke('memos.get', { id }).then((result) => {
      setLoaded(
        result.ok ? { state: 'found', memo: result.value } : { state: 'failed', error: result.error },
      );
    });
  }, [client, id]);

  const back = (
    <Paragraph>
      <Link href={hrefOf({ screen: 'memos' })}>Terug naar de nota&apos;s</Link>
    </Paragraph>
  );
  const failure =
    loaded.state === 'failed' ? loaded.error : types.state === 'failed' ? types.error : undefined;
  if (failure) {
    const notFound = failure.code === 'not_found';
    return (
      <>
        <Heading1>{notFound ? 'Nota niet gevonden' : 'Nota kan niet worden getoond'}</Heading1>
        <Alert type={notFound ? 'warning' : 'error'}>
          <Paragraph>
            {notFound
              ? `Het register heeft geen nota met nummer ${id}. Misschien is de link oud.`
              : sentence(failure.message)}
          </Paragraph>
        </Alert>
        {back}
      </>
    );
  }
  if (loaded.state !== 'found' || types.state !== 'found') {
    return (
      <>
        <Heading1>Nota laden…</Heading1>
        {back}
      </>
    );
  }
  const manifest = types.list.types.find((type) => type.type === loaded.memo.nota.type);
  if (!manifest) {
    return (
      <>
        <Heading1>Nota kan niet worden getoond</Heading1>
        <Alert type="error">
          <Paragraph>
            {`Het type ${loaded.memo.nota.type} van deze nota is niet (meer) geïnstalleerd of laadt niet; de functioneel beheerder kan het herstellen.`}
          </Paragraph>
        </Alert>
        {back}
      </>
    );
  }
  return <MemoEditor initial={loaded.memo} manifest={manifest} />;
}
