import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  RadioButton,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useState, type ChangeEvent } from 'react';
import type { ItemMemo } from '../../../core/model/register-changes.js';
import { SetStatus } from '../../../core/model/register-changes.js';
import {
  MOTIE_STATUSES,
  TOEZEGGING_STATUSES,
  type MotieStatus,
  type RegisterItem,
} from '../../../core/model/register.js';
import { useClient } from '../../app/client-context.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { errorId, inputId } from '../../components/form-errors.js';
import { TextField } from '../../components/TextField.js';
import { useSubmission, useUnsaved } from '../../components/use-form.js';

const FORM = 'status';

/** The fields a refusal can name, the more precise first (fieldErrors takes the first that fits). */
const FIELDS = [
  'status',
  'afdoening.datum',
  'afdoening.memoId',
  'afdoening.reden',
  'afdoening',
  'termijn',
  'toelichting',
];

const LABELS: Readonly<Record<string, string>> = {
  status: 'Nieuwe status',
  'afdoening.datum': 'Datum van afdoening',
  'afdoening.memoId': 'Nota die het beantwoordt',
  'afdoening.reden': 'Reden van afdoening',
  afdoening: 'Afgedaan met',
  termijn: 'Nieuwe termijn',
  toelichting: 'Toelichting',
};

interface Draft {
  status: '' | MotieStatus;
  met: 'nota' | 'reden';
  memoId: string;
  reden: string;
  datum: string;
  termijn: string;
  toelichting: string;
}

/** Today in the user's own calendar, as the afdoening's date proposes it. */
function today(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function emptyDraft(memos: readonly ItemMemo[]): Draft {
  return {
    status: '',
    met: memos.length > 0 ? 'nota' : 'reden',
    memoId: String(memos[0]?.id ?? ''),
    reden: '',
    datum: today(),
    termijn: '',
    toelichting: '',
  };
}

/** The request as `register.setStatus` takes it: an afdoening only for afgedaan, a termijn only for deels afgedaan. */
function requestOf(item: RegisterItem, draft: Draft): unknown {
  const afdoening =
    draft.status === 'afgedaan'
      ? {
          datum: draft.datum,
          ...(draft.met === 'nota'
            ? draft.memoId !== '' && { memoId: Number(draft.memoId) }
            : { reden: draft.reden }),
        }
      : undefined;
  return {
    soort: item.soort,
    id: item.id,
    status: draft.status === '' ? undefined : draft.status,
    ...(afdoening && { afdoening }),
    ...(draft.status === 'deels afgedaan' && draft.termijn !== '' && { termijn: draft.termijn }),
    ...(draft.toelichting.trim() !== '' && { toelichting: draft.toelichting }),
  };
}

/**
 * A new status, as the register's rules allow it: afgedaan with the memo that answers it or a written reason, and
 * the date; deels afgedaan with the new termijn. A move the rules refuse is refused by the server, its message at
 * the field.
 */
export function StatusForm({
  item,
  memos,
  onSaved,
}: {
  item: RegisterItem;
  memos: readonly ItemMemo[];
  onSaved: () => void;
}) {
  const client = useClient();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(memos));
  const { errors, busy, refuse, submit } = useSubmission(FIELDS);
  useUnsaved(
    'item-status',
    draft.status !== '' || draft.reden !== '' || draft.termijn !== '' || draft.toelichting !== '',
  );
  const set = (change: Partial<Draft>): void => {
    setDraft({ ...draft, ...change });
  };
  const statuses: readonly MotieStatus[] = item.soort === 'motie' ? MOTIE_STATUSES : TOEZEGGING_STATUSES;
  const choices = statuses.filter((status) => status !== item.status || status === 'deels afgedaan');

  const save = async (): Promise<void> => {
    if (draft.status === '') {
      refuse({
        code: 'invalid_input',
        message: 'kies een status',
        issues: [{ path: 'status', message: 'kies een status' }],
      });
      return;
    }
    const checked = SetStatus.safeParse(requestOf(item, draft));
    if (!(await submit(checked, (input) => client.invoke('register.setStatus', input)))) return;
    setDraft(emptyDraft(memos));
    onSaved();
  };

  const afdoeningErrors = errors.get('afdoening');
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
      <Heading2 id={`${FORM}-kop`}>Status veranderen</Heading2>
      <ErrorSummary form={FORM} errors={errors} labels={LABELS} />
      <FormField invalid={errors.has('status')}>
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor={inputId(FORM, 'status')}>Nieuwe status</FormLabel>
        </div>
        {errors.has('status') && (
          <FormFieldErrorMessage id={errorId(FORM, 'status')}>
            {errors.get('status')?.join(' ')}
          </FormFieldErrorMessage>
        )}
        <div className="utrecht-form-field__input">
          <Select
            id={inputId(FORM, 'status')}
            value={draft.status}
            invalid={errors.has('status')}
            aria-invalid={errors.has('status')}
            aria-describedby={errors.has('status') ? errorId(FORM, 'status') : undefined}
            onChange={(event: ChangeEvent<HTMLSelectElement>) => {
              set({ status: event.target.value as Draft['status'] });
            }}
          >
            <SelectOption value="">Kies een status</SelectOption>
            {choices.map((status) => (
              <SelectOption key={status} value={status}>
                {status}
              </SelectOption>
            ))}
          </Select>
        </div>
      </FormField>
      {draft.status === 'afgedaan' && (
        <>
          <Fieldset
            invalid={afdoeningErrors !== undefined}
            aria-describedby={afdoeningErrors ? errorId(FORM, 'afdoening') : undefined}
          >
            <FieldsetLegend>Afgedaan met</FieldsetLegend>
            {afdoeningErrors && (
              <FormFieldErrorMessage id={errorId(FORM, 'afdoening')}>
                {afdoeningErrors.join(' ')}
              </FormFieldErrorMessage>
            )}
            <FormField type="radio">
              <div className="utrecht-form-field__input">
                <RadioButton
                  id={inputId(FORM, 'met-nota')}
                  name="met"
                  checked={draft.met === 'nota'}
                  disabled={memos.length === 0}
                  onChange={() => {
                    set({ met: 'nota' });
                  }}
                />
              </div>
              <div className="utrecht-form-field__label">
                <FormLabel htmlFor={inputId(FORM, 'met-nota')} type="radio" disabled={memos.length === 0}>
                  {memos.length === 0
                    ? 'de nota die het beantwoordt (er is nog geen nota gekoppeld)'
                    : 'de nota die het beantwoordt'}
                </FormLabel>
              </div>
            </FormField>
            <FormField type="radio">
              <div className="utrecht-form-field__input">
                <RadioButton
                  id={inputId(FORM, 'met-reden')}
                  name="met"
                  checked={draft.met === 'reden'}
                  onChange={() => {
                    set({ met: 'reden' });
                  }}
                />
              </div>
              <div className="utrecht-form-field__label">
                <FormLabel htmlFor={inputId(FORM, 'met-reden')} type="radio">
                  een geschreven reden
                </FormLabel>
              </div>
            </FormField>
          </Fieldset>
          {draft.met === 'nota' ? (
            <FormField invalid={errors.has('afdoening.memoId')}>
              <div className="utrecht-form-field__label">
                <FormLabel htmlFor={inputId(FORM, 'afdoening.memoId')}>Nota die het beantwoordt</FormLabel>
              </div>
              {errors.has('afdoening.memoId') && (
                <FormFieldErrorMessage id={errorId(FORM, 'afdoening.memoId')}>
                  {errors.get('afdoening.memoId')?.join(' ')}
                </FormFieldErrorMessage>
              )}
              <div className="utrecht-form-field__input">
                <Select
                  id={inputId(FORM, 'afdoening.memoId')}
                  value={draft.memoId}
                  aria-invalid={errors.has('afdoening.memoId')}
                  aria-describedby={
                    errors.has('afdoening.memoId') ? errorId(FORM, 'afdoening.memoId') : undefined
                  }
                  onChange={(event: ChangeEvent<HTMLSelectElement>) => {
                    set({ memoId: event.target.value });
                  }}
                >
                  {memos.map((memo) => (
                    <SelectOption key={memo.id} value={String(memo.id)}>
                      {`${memo.onderwerp} (${memo.type}, ${memo.status})`}
                    </SelectOption>
                  ))}
                </Select>
              </div>
            </FormField>
          ) : (
            <TextField
              form={FORM}
              field="afdoening.reden"
              label="Reden van afdoening"
              type="multiline"
              required
              value={draft.reden}
              onChange={(reden) => {
                set({ reden });
              }}
              errors={errors.get('afdoening.reden')}
            />
          )}
          <TextField
            form={FORM}
            field="afdoening.datum"
            label="Datum van afdoening"
            type="date"
            required
            value={draft.datum}
            onChange={(datum) => {
              set({ datum });
            }}
            errors={errors.get('afdoening.datum')}
          />
        </>
      )}
      {draft.status === 'deels afgedaan' && (
        <TextField
          form={FORM}
          field="termijn"
          label="Nieuwe termijn"
          type="date"
          required
          description="Wanneer de rest af moet zijn; de oude termijn blijft in de historie."
          value={draft.termijn}
          onChange={(termijn) => {
            set({ termijn });
          }}
          errors={errors.get('termijn')}
        />
      )}
      <TextField
        form={FORM}
        field="toelichting"
        label="Toelichting voor de historie"
        type="multiline"
        value={draft.toelichting}
        onChange={(toelichting) => {
          set({ toelichting });
        }}
        errors={errors.get('toelichting')}
      />
      <div className="rn-actions">
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Status opslaan
        </Button>
      </div>
    </form>
  );
}
