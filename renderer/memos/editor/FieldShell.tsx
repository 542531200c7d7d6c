import { FormField, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { errorId } from '../../components/form-errors.js';
import { FORM } from './missing.js';

/** The ids an input of the field needs: described by its explanation and its error, marked invalid with one. */
export interface Described {
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
}

export function describedBy(id: string, field: string, description: boolean, error: boolean): Described {
  const ids = [description && `${id}-uitleg`, error && errorId(FORM, field)].filter(Boolean).join(' ');
  return { 'aria-describedby': ids === '' ? undefined : ids, 'aria-invalid': error };
}

/**
 * A labelled field of the memo's form with its explanation and error message, as the app's other forms show them;
 * a required one is marked "(verplicht)" in its label, so that the mark is read out with the field's name.
 */
export function FieldShell({
  id,
  field,
  label,
  required,
  description,
  error,
  children,
}: {
  id: string;
  field: string;
  label: string;
  required: boolean;
  description?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <FormField invalid={error !== undefined}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {required ? <span className="rn-required"> (verplicht)</span> : null}
        </FormLabel>
      </div>
      {description !== undefined && (
        <div className="utrecht-form-field__description" id={`${id}-uitleg`}>
          {description}
        </div>
      )}
      {error !== undefined && (
        <FormFieldErrorMessage id={errorId(FORM, field)}>{error}</FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}
