import {
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import type { ChangeEvent } from 'react';
import { sentence } from '../../components/sentence.js';

/** One field of the kolomindeling: a label, a select of the file's columns (or "niet inlezen"), its error below. */
export function ColumnSelect({
  id,
  label,
  kolommen,
  value,
  errors,
  disabled,
  allowNone = true,
  onChange,
}: {
  id: string;
  label: string;
  kolommen: readonly string[];
  value: string;
  errors: readonly string[] | undefined;
  disabled: boolean;
  allowNone?: boolean;
  onChange: (value: string) => void;
}) {
  const invalid = errors !== undefined && errors.length > 0;
  return (
    <FormField invalid={invalid} className="rn-mapping__field">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {invalid && (
        <FormFieldErrorMessage id={`${id}-fout`}>
          {errors.map((message) => (
            <span key={message} className="rn-error-line">
              {sentence(message)}
            </span>
          ))}
        </FormFieldErrorMessage>
      )}
      <Select
        id={id}
        value={value}
        disabled={disabled}
        invalid={invalid}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-fout` : undefined}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => {
          onChange(event.target.value);
        }}
      >
        {allowNone && <SelectOption value="">niet inlezen</SelectOption>}
        {!allowNone && value === '' && <SelectOption value="">kies een kolom</SelectOption>}
        {kolommen.map((kolom) => (
          <SelectOption key={kolom} value={kolom}>
            {kolom}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}
