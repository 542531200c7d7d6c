import { Button, Heading2 } from '@utrecht/component-library-react';
import { useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../../../api/contract/api-error.js';
import type { RegisterItem } from '../../../core/model/register.js';
import { useClient } from '../../app/client-context.js';
import { markDirty } from '../../app/unsaved.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { fieldErrors } from '../../components/field-errors.js';
import { refusalOf } from '../../components/form-errors.js';
import { TextField } from '../../components/TextField.js';
import {
  DATE_FIELDS,
  fieldsOf,
  LABELS,
  LONG_FIELDS,
  required,
  sameValues,
  updateOf,
  valuesOf,
  type Values,
} from './item-form.js';

const FORM = 'gegevens';

const DESCRIPTIONS: Partial<Record<string, string>> = {
  nummerreeks:
    'Het jaar of de vergadering waarbinnen het nummer uniek is, zoals de instelling nummering zegt',
  indieners: 'Eén indiener per regel',
};

/**
 * The item's own fields. Checked by the shared schema before sending and by the server after: each message at its
 * field and in the summary above. While the form differs from what was loaded, leaving the page asks first.
 */
export function EditForm({ item, onSaved }: { item: RegisterItem; onSaved: (item: RegisterItem) => void }) {
  const client = useClient();
  const loaded = valuesOf(item);
  const [values, setValues] = useState<Values>(loaded);
  const [refusal, setRefusal] = useState<ApiError | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const fields = fieldsOf(item);
  const dirty = !sameValues(values, loaded);

  useEffect(() => {
    markDirty('item', dirty);
  }, [dirty]);
  useEffect(
    () => () => {
      markDirty('item', false);
    },
    [],
  );

  const errors = useMemo(
    () => (refusal ? fieldErrors(refusal, fields) : new Map<string, string[]>()),
    [refusal, fields],
  );

  const save = async (): Promise<void> => {
    setSaved(false);
    const checked = updateOf(item, values);
    if (!checked.success) {
      setRefusal(refusalOf(checked.error));
      return;
    }
    setBusy(true);
    const result = await client.invoke('register.update', checked.data);
    setBusy(false);
    if (!result.ok) {
      setRefusal(result.error);
      return;
    }
    setRefusal(undefined);
    // What the register stored (trimmed, say) is what the form now holds, so it is no longer "changed".
    setValues(valuesOf(result.value));
    setSaved(true);
    markDirty('item', false);
    onSaved(result.value);
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
      <Heading2 id={`${FORM}-kop`}>Gegevens</Heading2>
      <ErrorSummary form={FORM} errors={errors} labels={LABELS} />
      {fields.map((field) => (
        <TextField
          key={field}
          form={FORM}
          field={field}
          label={LABELS[field] ?? field}
          value={values[field] ?? ''}
          onChange={(value) => {
            setSaved(false);
            setValues({ ...values, [field]: value });
          }}
          errors={errors.get(field)}
          required={required(item, field)}
          type={DATE_FIELDS.has(field) ? 'date' : LONG_FIELDS.has(field) ? 'multiline' : 'text'}
          {...(DESCRIPTIONS[field] !== undefined && { description: DESCRIPTIONS[field] })}
        />
      ))}
      <div className="rn-actions">
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Opslaan
        </Button>
        <p role="status" className="rn-saved">
          {saved ? 'Opgeslagen.' : ''}
        </p>
      </div>
    </form>
  );
}
