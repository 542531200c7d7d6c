import {
  Alert,
  Button,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  StatusBadge,
} from '@utrecht/component-library-react';
import { useState, type ChangeEvent } from 'react';
import { MemoStatusChange, type StoredMemo } from '../../../core/model/memo-register.js';
import type { MemoStatus } from '../../../core/model/memo.js';
import { useClient } from '../../app/client-context.js';
import { TextField } from '../../components/TextField.js';
import { messagesOf, nextStatuses } from './next-statuses.js';
import { RoutingHistory } from './RoutingHistory.js';
import { SettleOffer } from './SettleOffer.js';
import '../../styles/register.css';
import './status.css';

const FORM = 'notastatus';

/**
 * Where the memo is on its way to the council, and the next steps the register's rules allow: each step recorded
 * with who, when and why (the routing below). What is typed is saved first (flush), so that the step is taken on the
 * text the writer sees. Sending freezes the version, so it asks first; a sent memo then offers to settle what it
 * answers.
 */
export function StatusPanel({
  memo,
  flush,
  onChanged,
}: {
  memo: StoredMemo;
  flush: () => Promise<boolean>;
  onChanged: (memo: StoredMemo) => void;
}) {
  const client = useClient();
  const { status, versie } = memo.nota;
  const choices = nextStatuses(status);
  const [wanted, setWanted] = useState<'' | MemoStatus>('');
  const [toelichting, setToelichting] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const move = async (): Promise<void> => {
    const checked = MemoStatusChange.safeParse({
      id: memo.nota.id,
      status: wanted === '' ? undefined : wanted,
      ...(toelichting.trim() !== '' && { toelichting }),
    });
    if (!checked.success) {
      setProblem('Kies een nieuwe status.');
      return;
    }
    setBusy(true);
    setProblem(undefined);
    if (!(await flush())) {
      setBusy(false);
      setConfirming(false);
      setProblem('Wat u typte is nog niet opgeslagen, dus de status is niet veranderd. Probeer het opnieuw.');
      return;
    }
    const moved = await client.invoke('memos.setStatus', checked.data);
    const fresh = moved.ok ? await client.invoke('memos.get', { id: memo.nota.id }) : moved;
    setBusy(false);
    setConfirming(false);
    if (!fresh.ok) {
      setProblem(messagesOf(fresh.error));
      return;
    }
    setWanted('');
    setToelichting('');
    onChanged(fresh.value);
  };

  return (
    <section className="rn-section rn-status" aria-labelledby="status-kop">
      <Heading2 id="status-kop">Status en routing</Heading2>
      <Paragraph>
        Status: <StatusBadge className="rn-status__badge">{status}</StatusBadge> · versie {versie}
        {status === 'verzonden' && ' (bevroren: nieuwe inhoud begint een nieuwe versie)'}
      </Paragraph>
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      )}
      {status === 'verzonden' && <SettleOffer memo={memo} onChanged={onChanged} />}
      {choices.length > 0 && (
        <form
          className="rn-form"
          noValidate
          aria-labelledby="status-kop"
          onSubmit={(event) => {
            event.preventDefault();
            if (wanted === 'verzonden') setConfirming(true);
            else void move();
          }}
        >
          <FormField>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={`${FORM}-status`}>Volgende stap</FormLabel>
            </div>
            <div className="utrecht-form-field__input">
              <Select
                id={`${FORM}-status`}
                value={wanted}
                disabled={busy || confirming}
                onChange={(event: ChangeEvent<HTMLSelectElement>) => {
                  setWanted(event.target.value as '' | MemoStatus);
                  setConfirming(false);
                }}
              >
                <SelectOption value="">Kies een status</SelectOption>
                {choices.map((choice) => (
                  <SelectOption key={choice} value={choice}>
                    {choice === 'concept' ? 'terug naar concept' : choice}
                  </SelectOption>
                ))}
              </Select>
            </div>
          </FormField>
          <TextField
            form={FORM}
            field="toelichting"
            label="Toelichting voor de routing"
            type="multiline"
            value={toelichting}
            onChange={setToelichting}
          />
          {confirming ? (
            <Alert type="warning" role="alert">
              <Paragraph>
                {`Na verzenden is versie ${versie} bevroren: zij verandert niet meer, en wat u daarna opslaat begint versie ${versie + 1}. Wat de nota beantwoordt ligt dan ook vast. Verzenden?`}
              </Paragraph>
              <div className="rn-actions">
                <Button
                  appearance="primary-action-button"
                  busy={busy}
                  disabled={busy}
                  onClick={() => void move()}
                >
                  Ja, verzenden
                </Button>
                <Button
                  appearance="secondary-action-button"
                  disabled={busy}
                  onClick={() => {
                    setConfirming(false);
                  }}
                >
                  Annuleren
                </Button>
              </div>
            </Alert>
          ) : (
            <div className="rn-actions">
              <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
                Status opslaan
              </Button>
            </div>
          )}
        </form>
      )}
      <RoutingHistory historie={memo.historie} />
    </section>
  );
}
