import {
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading2,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { memo, type ChangeEvent } from 'react';
import { inputId } from '../../components/form-errors.js';
import { FieldShell, describedBy } from './FieldShell.js';
import type { FormFieldSpec } from './fields.js';
import type { FormValue, Row } from './form-values.js';
import { FORM } from './missing.js';
import { RowsField } from './RowsField.js';

interface Props {
  fields: readonly FormFieldSpec[];
  values: Readonly<Record<string, FormValue>>;
  /** Per field: the message to show (the local check's while typing, the server's after "Controleren"). */
  errors: ReadonlyMap<string, string>;
  readOnly: boolean;
  onChange: (naam: string, value: FormValue) => void;
  onBlur: () => void;
  /** Asks the register for the next kenmerk by the huisstijl's pattern (memos.kenmerk). */
  onProposeKenmerk: () => void;
}

function OneField({
  field,
  value,
  error,
  readOnly,
  onChange,
  onProposeKenmerk,
}: Omit<Props, 'fields' | 'values' | 'errors' | 'onBlur'> & {
  field: FormFieldSpec;
  value: FormValue | undefined;
  error: string | undefined;
}) {
  const id = inputId(FORM, field.naam);
  const set = (next: FormValue): void => {
    onChange(field.naam, next);
  };
  if (
    field.kind === 'informanten' ||
    field.kind === 'ondertekening' ||
    field.kind === 'beslissingen' ||
    field.kind === 'bijlagen'
  ) {
    return (
      <RowsField
        field={field}
        value={(value ?? []) as readonly string[] | readonly Row[]}
        error={error}
        readOnly={readOnly}
        onChange={set}
      />
    );
  }
  if (field.kind === 'besluitpagina') {
    const page = (value ?? { aan: false, vergaderdatum: '' }) as { aan: boolean; vergaderdatum: string };
    return (
      <div className="rn-besluitpagina">
        <FormField type="checkbox">
          <div className="utrecht-form-field__input">
            <Checkbox
              id={id}
              checked={page.aan}
              disabled={readOnly}
              onChange={(event: ChangeEvent<HTMLInputElement>) => {
                set({ ...page, aan: event.target.checked });
              }}
            />
          </div>
          <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
            <FormLabel htmlFor={id} type="checkbox" checked={page.aan}>
              {field.uitleg ?? field.label}
            </FormLabel>
          </div>
        </FormField>
        {page.aan && (
          <FieldShell
            id={`${id}-vergaderdatum`}
            field={`${field.naam}.vergaderdatum`}
            label="Datum van de raadsvergadering"
            required={false}
            error={error}
          >
            <Textbox
              id={`${id}-vergaderdatum`}
              type="date"
              value={page.vergaderdatum}
              readOnly={readOnly}
              {...describedBy(`${id}-vergaderdatum`, field.naam, false, error !== undefined)}
              onChange={(event: ChangeEvent<HTMLInputElement>) => {
                set({ ...page, vergaderdatum: event.target.value });
              }}
            />
          </FieldShell>
        )}
      </div>
    );
  }
  const text = typeof value === 'string' ? value : '';
  const aria = describedBy(id, field.naam, field.uitleg !== undefined, error !== undefined);
  return (
    <FieldShell
      id={id}
      field={field.naam}
      label={field.label}
      required={field.verplicht}
      description={field.uitleg}
      error={error}
    >
      {field.kind === 'keuze' ? (
        <Select
          id={id}
          value={text}
          disabled={readOnly}
          {...aria}
          onChange={(event: ChangeEvent<HTMLSelectElement>) => {
            set(event.target.value);
          }}
        >
          <SelectOption value="">Kies…</SelectOption>
          {(field.opties ?? []).map((optie) => (
            <SelectOption key={optie} value={optie}>
              {optie}
            </SelectOption>
          ))}
        </Select>
      ) : (
        <div className="rn-inline">
          <Textbox
            id={id}
            type={field.kind === 'datum' ? 'date' : 'text'}
            inputMode={field.kind === 'getal' ? 'numeric' : undefined}
            value={text}
            readOnly={readOnly}
            spellCheck={field.kind === 'tekst'}
            {...aria}
            onChange={(event: ChangeEvent<HTMLInputElement>) => {
              set(event.target.value);
            }}
          />
          {field.kind === 'kenmerk' && !readOnly && (
            <Button appearance="secondary-action-button" onClick={onProposeKenmerk}>
              Kenmerk voorstellen
            </Button>
          )}
        </div>
      )}
    </FieldShell>
  );
}

/**
 * The memo's metadata, generated from its type's fields: the common ones and the manifest's `velden` by their soort.
 * Every change goes to the draft at once (and is saved with it); a value its schema refuses shows why at the field.
 */
export const MetadataForm = memo(function MetadataForm({
  fields,
  values,
  errors,
  readOnly,
  onChange,
  onBlur,
  onProposeKenmerk,
}: Props) {
  return (
    <section className="rn-card rn-metadata" aria-labelledby="gegevens-kop" onBlur={onBlur}>
      <Heading2 id="gegevens-kop">Gegevens</Heading2>
      {fields
        .filter((field) => field.sectie === undefined)
        .map((field) => (
          <OneField
            key={field.naam}
            field={field}
            value={values[field.naam]}
            error={errors.get(field.naam)}
            readOnly={readOnly}
            onChange={onChange}
            onProposeKenmerk={onProposeKenmerk}
          />
        ))}
    </section>
  );
});
