import {
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type { ChangeEvent } from 'react';
import { errorId, inputId } from './form-errors.js';

/**
 * A labelled text, date or multi-line field with its error message beside it: the input is aria-invalid and
 * described by the message, so a screen reader reads what is wrong when the field gets the focus.
 */
export function TextField({
  form,
  field,
  label,
  value,
  onChange,
  errors,
  type = 'text',
  required = false,
  description,
}: {
  form: string;
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: readonly string[] | undefined;
  type?: 'text' | 'date' | 'multiline';
  required?: boolean;
  description?: string;
}) {
  const id = inputId(form, field);
  const invalid = errors !== undefined && errors.length > 0;
  const describedBy = [description && `${id}-uitleg`, invalid && errorId(form, field)]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name: field,
    value,
    required,
    invalid,
    'aria-invalid': invalid,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
  };
  return (
    <FormField invalid={invalid}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {!required && <span className="rn-muted"> (niet verplicht)</span>}
        </FormLabel>
      </div>
      {description && (
        <div className="utrecht-form-field__description" id={`${id}-uitleg`}>
          {description}
        </div>
      )}
      {invalid && <FormFieldErrorMessage id={errorId(form, field)}>{errors.join(' ')}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">
        {type === 'multiline' ? (
          <Textarea
            {...common}
            rows={4}
            onChange={(event: ChangeEvent<HTMLTextAreaElement>) => {
              onChange(event.target.value);
            }}
          />
        ) : (
          <Textbox
            {...common}
            type={type}
            onChange={(event: ChangeEvent<HTMLInputElement>) => {
              onChange(event.target.value);
            }}
          />
        )}
      </div>
    </FormField>
  );
}
