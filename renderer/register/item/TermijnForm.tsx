import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { SetTermijn } from '../../../core/model/register-changes.js';
import type { RegisterItem } from '../../../core/model/register.js';
import { useClient } from '../../app/client-context.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { useSubmission, useUnsaved } from '../../components/use-form.js';

const FORM = 'termijn';
const FIELDS = ['termijn', 'toelichting'];
const LABELS = { termijn: 'Termijn', toelichting: 'Toelichting voor de historie' };

/** Another termijn for a running item, or none; the old one stays in the history, with the reason. */
export function TermijnForm({ item, onSaved }: { item: RegisterItem; onSaved: () => void }) {
  const client = useClient();
  const [termijn, setTermijn] = useState(item.termijn ?? '');
  const [toelichting, setToelichting] = useState('');
  const { errors, busy, submit } = useSubmission(FIELDS);
  useUnsaved('item-termijn', termijn !== (item.termijn ?? '') || toelichting !== '');

  const save = async (): Promise<void> => {
    const checked = SetTermijn.safeParse({
      soort: item.soort,
      id: item.id,
      ...(termijn !== '' && { termijn }),
      ...(toelichting.trim() !== '' && { toelichting }),
    });
    if (!(await submit(checked, (input) => client.invoke('register.setTermijn', input)))) return;
    setToelichting('');
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
      <Heading2 id={`${FORM}-kop`}>Termijn veranderen</Heading2>
      <ErrorSummary form={FORM} errors={errors} labels={LABELS} />
      <TextField
        form={FORM}
        field="termijn"
        label={LABELS.termijn}
        type="date"
        description="Leeg: het heeft geen termijn meer. De oude termijn blijft in de historie."
        value={termijn}
        onChange={setTermijn}
        errors={errors.get('termijn')}
      />
      <TextField
        form={FORM}
        field="toelichting"
        label={LABELS.toelichting}
        type="multiline"
        value={toelichting}
        onChange={setToelichting}
        errors={errors.get('toelichting')}
      />
      <div className="rn-actions">
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          Termijn opslaan
        </Button>
      </div>
    </form>
  );
}
