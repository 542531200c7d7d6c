import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Reopen } from '../../../core/model/register-changes.js';
import type { RegisterItem } from '../../../core/model/register.js';
import { useClient } from '../../app/client-context.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { useSubmission, useUnsaved } from '../../components/use-form.js';

const FORM = 'heropenen';
const FIELDS = ['toelichting'];
const LABELS = { toelichting: 'Waarom het wordt heropend' };

/** An afgedaan item back to open, when the council finds the answer insufficient: only with the reason. */
export function ReopenForm({ item, onSaved }: { item: RegisterItem; onSaved: () => void }) {
  const client = useClient();
  const [reden, setReden] = useState('');
  const { errors, busy, submit } = useSubmission(FIELDS);
  useUnsaved('item-reopen', reden !== '');

  const save = async (): Promise<void> => {
    const checked = Reopen.safeParse({ soort: item.soort, id: item.id, toelichting: reden });
    if (!(await submit(checked, (input) => client.invoke('register.reopen', input)))) return;
    setReden('');
    onSaved();
  };

  return (
    <form
      className="rn-form"
      noValidate
      aria-labelledby={`${FORM}-kop`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Heading2 id={`${FORM}-kop`}>Heropenen</Heading2>
      <ErrorSummary form={FORM} errors={errors} labels={LABELS} />
      <TextField
        form={FORM}
        field="toelichting"
        label={LABELS.toelichting}
        type="multiline"
        required
        value={reden}
        onChange={setReden}
        errors={errors.get('toelichting')}
      />
      <div className="rn-actions">
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          Heropenen
        </Button>
      </div>
    </form>
  );
}
