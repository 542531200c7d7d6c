import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import { ITEM_FIELD_LABELS, MAPPING_LABELS } from '../../../core/model/field-labels.js';
import type { ImportColumns } from '../../../core/model/import.js';
import { sentence } from '../../components/sentence.js';
import { ColumnSelect } from './ColumnSelect.js';
import { fieldsFor, type MappingForm, type SoortKeuze } from './mapping-form.js';

const SOORTEN: ReadonlyArray<{ value: SoortKeuze; label: string }> = [
  { value: 'motie', label: 'Elke rij is een motie' },
  { value: 'toezegging', label: 'Elke rij is een toezegging' },
  { value: 'kolom', label: 'De soort staat per rij in een kolom' },
];

/**
 * The guessed kolomindeling as a form the user can change: the rows' kind, and per field of that kind the column
 * that fills it. Each field's error (from a refused preview) stands at the field.
 */
export function MappingFields({
  columns,
  form,
  errors,
  disabled,
  onChange,
}: {
  columns: ImportColumns;
  form: MappingForm;
  errors: ReadonlyMap<string, string[]>;
  disabled: boolean;
  onChange: (form: MappingForm) => void;
}) {
  const soortErrors = errors.get('soort');
  return (
    <>
      <Fieldset invalid={soortErrors !== undefined} aria-describedby={soortErrors ? 'soort-fout' : undefined}>
        <FieldsetLegend>{MAPPING_LABELS.fields.soort ?? 'Soort'}</FieldsetLegend>
        {soortErrors && (
          <FormFieldErrorMessage id="soort-fout">
            {soortErrors.map((message) => sentence(message)).join(' ')}
          </FormFieldErrorMessage>
        )}
        {SOORTEN.map(({ value, label }) => (
          <FormField key={value} type="radio">
            <RadioButton
              id={`soort-${value}`}
              name="soort"
              value={value}
              checked={form.soort === value}
              disabled={disabled}
              onChange={() => {
                onChange({ ...form, soort: value });
              }}
            />
            <FormLabel htmlFor={`soort-${value}`} type="radio">
              {label}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      {form.soort === 'kolom' && (
        <ColumnSelect
          id="soort-kolom"
          label={MAPPING_LABELS.fields['soort.kolom'] ?? 'Kolom met de soort'}
          kolommen={columns.kolommen}
          value={form.soortKolom}
          errors={errors.get('soort.kolom')}
          disabled={disabled}
          allowNone={false}
          onChange={(soortKolom) => {
            onChange({ ...form, soortKolom });
          }}
        />
      )}
      <Fieldset className="rn-wide">
        <FieldsetLegend>Welke kolom vult welk veld</FieldsetLegend>
        <div className="rn-mapping">
          {fieldsFor(form.soort, columns.velden).map((field) => (
            <ColumnSelect
              key={field}
              id={`kolom-${field}`}
              label={ITEM_FIELD_LABELS[field]}
              kolommen={columns.kolommen}
              value={form.kolommen[field] ?? ''}
              errors={errors.get(field)}
              disabled={disabled}
              onChange={(kolom) => {
                onChange({ ...form, kolommen: { ...form.kolommen, [field]: kolom } });
              }}
            />
          ))}
        </div>
      </Fieldset>
    </>
  );
}
