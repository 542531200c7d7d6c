import { createElement, useMemo, type ReactNode } from 'react';
import { FinancienChoice, OpenbaarheidChoice } from './ChoiceFields.js';
import type { FormFieldSpec } from './fields.js';
import type { FormValue, Row } from './form-values.js';

/**
 * The structured choices that stand in a section's card, by the section's key: openbaarheid and financiën, where the
 * type's manifest puts them (`sectie`).
 */
export function useChoices(
  fields: readonly FormFieldSpec[],
  values: Readonly<Record<string, FormValue>>,
  errors: ReadonlyMap<string, string>,
  readOnly: boolean,
  onChange: (naam: string, value: FormValue) => void,
): ReadonlyMap<string, ReactNode> {
  return useMemo(() => {
    const choices = new Map<string, ReactNode>();
    for (const field of fields) {
      if (field.sectie === undefined) continue;
      const component =
        field.kind === 'openbaarheid'
          ? OpenbaarheidChoice
          : field.kind === 'financien'
            ? FinancienChoice
            : undefined;
      if (component === undefined) continue;
      choices.set(
        field.sectie,
        createElement(component, {
          key: field.naam,
          field,
          value: (values[field.naam] ?? {}) as Row,
          error: errors.get(field.naam),
          readOnly,
          onChange: (value: Row) => {
            onChange(field.naam, value);
          },
        }),
      );
    }
    return choices;
  }, [fields, values, errors, readOnly, onChange]);
}
