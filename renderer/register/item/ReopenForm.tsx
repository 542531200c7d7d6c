import { Button, Heading2 } from '@utrecht/component-library-react';
import { useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../../../api/contract/api-error.js';
import { Reopen } from '../../../core/model/register-changes.js';
import type { RegisterItem } from '../../../core/model/register.js';
import { useClient } from '../../app/client-context.js';
import { markDirty } from '../../app/unsaved.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { fieldErrors } from '../../components/field-errors.js';
import { refusalOf } from '../../components/form-errors.js';
import { TextField } from '../../components/TextField.js';

const FORM = 'heropenen';
const LABELS = { toelichting: 'Waarom het wordt heropend' };

/** An afgedaan item back to open, when the council finds the answer insufficient: only with the reason. */
export function ReopenForm({ item, onSaved }: { item: RegisterItem; onSaved: () => void }) {
  const client = useClient();
  const [reden, setReden] = useState('');
  const [refusal, setRefusal] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    markDirty('item-reopen', reden !== '');
  }, [reden]);
  useEffect(
    () => () => {
      markDirty('item-reopen', false);
    },
    [],
  );

  const errors = useMemo(
    () => (refusal ? fieldErrors(refusal, ['toelichting']) : new Map<string, string[]>()),
    [refusal],
  );

  const save = async (): Promise<void> => {
    const checked = Reopen.safeParse({ soort: item.soort, id: item.id, toelichting: reden });
    if (!checked.success) {
      setRefusal(refusalOf(checked.error));
      return;
    }
    setBusy(true);
    const result = await client.invoke('register.reopen', checked.data);
    setBusy(false);
    if (!result.ok) {
      setRefusal(result.error);
      return;
    }
    setRefusal(undefined);
    setReden('');
    markDirty('item-reopen', false);
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
