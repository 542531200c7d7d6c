import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  Textbox,
} from '@utrecht/component-library-react';
import type { ChangeEvent } from 'react';
import { errorId, inputId } from '../../components/form-errors.js';
import { ROW_PARTS, type FormFieldSpec } from './fields.js';
import { emptyRow, type Row } from './form-values.js';
import { FORM } from './missing.js';

/** One row of each list field, as its buttons and labels name it. */
const ONE: Partial<Record<FormFieldSpec['kind'], string>> = {
  beslissingen: 'beslissing',
  bijlagen: 'bijlage',
  informanten: 'informant',
  ondertekening: 'ondertekenaar',
};

/**
 * A field that is a list: informanten, ondertekenaars and bijlagen (rows of parts), beslissingen (lines). Each row
 * has its inputs and a remove button; "toevoegen" adds an empty one. The first input has the field's id, so that the
 * missing count and the error summary go to it. Beslissingen are numbered as the proposal numbers them.
 */
export function RowsField({
  field,
  value,
  error,
  readOnly,
  onChange,
}: {
  field: FormFieldSpec;
  value: readonly string[] | readonly Row[];
  error: string | undefined;
  readOnly: boolean;
  onChange: (value: readonly string[] | readonly Row[]) => void;
}) {
  const parts = ROW_PARTS[field.kind];
  const rows: readonly (string | Row)[] = value.length === 0 ? [parts ? emptyRow(field) : ''] : value;
  const one = ONE[field.kind] ?? field.label.toLowerCase();
  const set = (index: number, next: string | Row): void => {
    onChange(rows.map((row, i) => (i === index ? next : row)) as readonly string[] | readonly Row[]);
  };
  const input = (index: number, part: string | undefined, label: string, text: string, first: boolean) => {
    const id = first ? inputId(FORM, field.naam) : inputId(FORM, `${field.naam}-${index}-${part ?? 'tekst'}`);
    return (
      <label key={part ?? 'tekst'} className="rn-row-part" htmlFor={id}>
        <span className="rn-row-part__label">{label}</span>
        <Textbox
          id={id}
          value={text}
          readOnly={readOnly}
          type={part === 'email' ? 'email' : part === 'telefoon' ? 'tel' : 'text'}
          aria-invalid={error !== undefined}
          aria-describedby={error !== undefined ? errorId(FORM, field.naam) : undefined}
          onChange={(event: ChangeEvent<HTMLInputElement>) => {
            const row = rows[index];
            set(
              index,
              part === undefined || typeof row === 'string'
                ? event.target.value
                : { ...row, [part]: event.target.value },
            );
          }}
        />
      </label>
    );
  };
  return (
    <Fieldset className="rn-rows" invalid={error !== undefined}>
      <FieldsetLegend>
        {field.label}
        {field.verplicht ? <span className="rn-required"> (verplicht)</span> : null}
      </FieldsetLegend>
      {field.uitleg !== undefined && <p className="utrecht-form-field__description">{field.uitleg}</p>}
      {error !== undefined && (
        <FormFieldErrorMessage id={errorId(FORM, field.naam)}>{error}</FormFieldErrorMessage>
      )}
      <ol
        className={field.kind === 'beslissingen' ? 'rn-rows__list rn-rows__list--numbered' : 'rn-rows__list'}
      >
        {rows.map((row, index) => (
          <li key={index} className="rn-rows__row">
            {typeof row === 'string'
              ? input(index, undefined, `Beslissing ${index + 1}`, row, index === 0)
              : (parts ?? []).map((part, p) =>
                  input(
                    index,
                    part.naam,
                    `${part.label} (${one} ${index + 1})`,
                    row[part.naam] ?? '',
                    index === 0 && p === 0,
                  ),
                )}
            {!readOnly && rows.length > 1 && (
              <Button
                appearance="subtle-button"
                onClick={() => {
                  onChange(rows.filter((_, i) => i !== index) as readonly string[] | readonly Row[]);
                }}
              >
                {`Verwijder ${one} ${index + 1}`}
              </Button>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            onChange([...rows, parts ? emptyRow(field) : ''] as readonly string[] | readonly Row[]);
          }}
        >
          {`${one.charAt(0).toUpperCase()}${one.slice(1)} toevoegen`}
        </Button>
      )}
    </Fieldset>
  );
}
