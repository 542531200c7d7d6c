import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { RegisterItem } from '../../../core/model/register.js';
import { useClient } from '../../app/client-context.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { useSubmission, useUnsaved } from '../../components/use-form.js';
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
  const [saved, setSaved] = useState(false);
  const fields = fieldsOf(item);
  const { errors, busy, submit } = useSubmission(fields);
  useUnsaved('item', !sameValues(values, loaded));

  const save = async (): Promise<void> => {
    setSaved(false);
    const stored = await submit(updateOf(item, values), (input) => client.invoke('register.update', input));
    if (!stored) return;
    // What the register stored (trimmed, say) is what the form now holds, so it is no longer "changed".
    setValues(valuesOf(stored));
    setSaved(true);
    onSaved(stored);
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
