import {
  Alert,
  Button,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import type { StoredMemo } from '../../../core/model/memo-register.js';
import { useClient } from '../../app/client-context.js';
import { formatDate } from '../../components/format.js';
import { messagesOf, unsettled } from './next-statuses.js';

type Settled = { soort: string; nummer: string; status: string; veranderd: boolean };

const count = (n: number): string => (n === 1 ? 'één motie of toezegging' : `${n} moties en toezeggingen`);

/**
 * After sending: the offer to mark what the memo answers afgedaan, with the memo as afdoening and its date, through
 * the register's rules (memos.settleItems, one transaction); then what became of each item. Shown as long as a sent
 * memo answers anything not yet afgedaan, so that a reload does not lose the offer.
 */
export function SettleOffer({
  memo,
  onChanged,
}: {
  memo: StoredMemo;
  onChanged: (memo: StoredMemo) => void;
}) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [result, setResult] = useState<readonly Settled[]>();
  const open = unsettled(memo);

  const settle = async (): Promise<void> => {
    setBusy(true);
    setProblem(undefined);
    const settled = await client.invoke('memos.settleItems', { id: memo.nota.id });
    if (!settled.ok) {
      setBusy(false);
      setProblem(messagesOf(settled.error));
      return;
    }
    setResult(settled.value.items);
    const fresh = await client.invoke('memos.get', { id: memo.nota.id });
    setBusy(false);
    if (fresh.ok) onChanged(fresh.value);
    else setProblem(messagesOf(fresh.error));
  };

  if (result) {
    return (
      <Alert type="ok">
        <Heading3>Afgedaan met deze nota</Heading3>
        <UnorderedList>
          {result.map((item) => (
            <UnorderedListItem key={`${item.soort}:${item.nummer}`}>
              {`${item.soort} ${item.nummer}: ${item.veranderd ? item.status : `was al ${item.status}`}`}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    );
  }
  if (open.length === 0) return null;
  const datum = memo.document.datum;
  return (
    <div className="rn-settle" role="region" aria-labelledby="afdoen-kop">
      <Heading3 id="afdoen-kop">Beantwoorde moties en toezeggingen afdoen</Heading3>
      <Paragraph>
        {`Deze nota beantwoordt ${count(open.length)} die nog niet ${open.length === 1 ? 'is' : 'zijn'} afgedaan: ${open
          .map((item) => `${item.soort} ${item.nummer}`)
          .join(', ')}. Wilt u ze afdoen met deze nota${datum ? `, op ${formatDate(datum)}` : ''}?`}
      </Paragraph>
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      )}
      <div className="rn-actions">
        <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void settle()}>
          {open.length === 1 ? 'Afdoen' : `Alle ${open.length} afdoen`}
        </Button>
      </div>
    </div>
  );
}
