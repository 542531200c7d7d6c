import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading1,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type ChangeEvent, type SyntheticEvent } from 'react';
import type { OverzichtFormaat, Reikwijdte } from '../../../core/model/overzicht.js';
import { CLOSED_STATUSES } from '../../../core/model/register.js';
import { useClient } from '../../app/client-context.js';
import { downloadBestand } from '../../components/download.js';
import { fieldErrors } from '../../components/field-errors.js';
import { sentence } from '../../components/sentence.js';
import '../../styles/tasks.css';
import { RadioGroup } from './RadioGroup.js';

const FORMATEN: ReadonlyArray<{ value: OverzichtFormaat; label: string }> = [
  { value: 'docx', label: 'DOCX, voor de raad (Word)' },
  { value: 'csv', label: 'CSV, voor Excel' },
];

const REIKWIJDTEN: ReadonlyArray<{ value: Reikwijdte; label: string }> = [
  {
    value: 'lopend',
    label: `Wat nog loopt (niet ${CLOSED_STATUSES.slice(0, -1).join(', ')} of ${CLOSED_STATUSES.at(-1) ?? ''})`,
  },
  { value: 'alle', label: 'Alle moties en toezeggingen' },
];

type Message = { type: 'ok' | 'error'; text: string };

/**
 * The "stand van zaken moties en toezeggingen" that goes to every council cycle, saved as a file: a download in the
 * browser, the save dialog in Electron.
 */
export function OverviewScreen() {
  const client = useClient();
  const [formaat, setFormaat] = useState<OverzichtFormaat>('docx');
  const [peildatum, setPeildatum] = useState('');
  const [reikwijdte, setReikwijdte] = useState<Reikwijdte>('lopend');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | undefined>();
  const [peildatumErrors, setPeildatumErrors] = useState<string[]>([]);

  const save = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setMessage(undefined);
    const result = await client.invoke('register.overview', {
      formaat,
      reikwijdte,
      ...(peildatum ? { peildatum } : {}),
    });
    setBusy(false);
    if (result.ok) {
      setPeildatumErrors([]);
      downloadBestand(result.value);
      setMessage({ type: 'ok', text: `De stand van zaken is opgeslagen als ${result.value.naam}.` });
      return;
    }
    const byField = fieldErrors(result.error, ['peildatum', 'formaat', 'reikwijdte']);
    setPeildatumErrors(byField.get('peildatum') ?? []);
    const rest = [...byField].filter(([field]) => field !== 'peildatum').flatMap(([, messages]) => messages);
    setMessage({
      type: 'error',
      text: rest.length > 0 ? rest.join(' ') : result.error.message,
    });
  };

  const invalid = peildatumErrors.length > 0;
  return (
    <form className="rn-stack" onSubmit={(event) => void save(event)}>
      <Heading1>Stand van zaken</Heading1>
      <Paragraph>
        Het overzicht van de moties en toezeggingen voor de raad: per item de termijn en de status, en wat te
        laat is.
      </Paragraph>
      <RadioGroup
        name="formaat"
        legend="Formaat"
        options={FORMATEN}
        value={formaat}
        disabled={busy}
        onChange={setFormaat}
      />
      <FormField invalid={invalid}>
        <FormLabel htmlFor="peildatum">Peildatum</FormLabel>
        <FormFieldDescription id="peildatum-uitleg">
          De datum waarop wordt bepaald wat te laat is. Leeg: vandaag.
        </FormFieldDescription>
        {invalid && (
          <FormFieldErrorMessage id="peildatum-fout">
            {peildatumErrors.map((message) => sentence(message)).join(' ')}
          </FormFieldErrorMessage>
        )}
        <Textbox
          id="peildatum"
          type="date"
          value={peildatum}
          invalid={invalid}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'peildatum-uitleg peildatum-fout' : 'peildatum-uitleg'}
          disabled={busy}
          onChange={(event: ChangeEvent<HTMLInputElement>) => {
            setPeildatum(event.target.value);
          }}
        />
      </FormField>
      <RadioGroup
        name="reikwijdte"
        legend="Welke moties en toezeggingen"
        options={REIKWIJDTEN}
        value={reikwijdte}
        disabled={busy}
        onChange={setReikwijdte}
      />
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        Opslaan
      </Button>
      <div role="status">
        {busy && <Paragraph>Bezig met maken van de stand van zaken…</Paragraph>}
        {message?.type === 'ok' && <Paragraph>{message.text}</Paragraph>}
      </div>
      {message?.type === 'error' && (
        <Alert type="error">
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
    </form>
  );
}
