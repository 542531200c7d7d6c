import type { FormFieldSpec } from './fields.js';
import { ROW_PARTS } from './fields.js';

/** A row of a list field as its inputs hold it: an informant's name, telephone and e-mail as typed. */
export type Row = Readonly<Record<string, string>>;

/** A field as the form holds it: the text in its box, a list of lines or rows, or the besluitpagina's choice. */
export type FormValue =
  string | readonly string[] | readonly Row[] | Row | { aan: boolean; vergaderdatum: string };

const yesNo = (value: unknown): string => (value === true ? 'ja' : value === false ? 'nee' : '');

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** A stored value as the form shows it. */
export function toForm(field: FormFieldSpec, value: unknown): FormValue {
  const list = Array.isArray(value) ? (value as unknown[]) : [];
  switch (field.kind) {
    case 'beslissingen':
      return list.map(text);
    case 'bijlagen':
    case 'informanten':
    case 'ondertekening':
      return list.map((row) =>
        Object.fromEntries(
          (ROW_PARTS[field.kind] ?? []).map((part) => [
            part.naam,
            text((row as Record<string, unknown>)[part.naam]),
          ]),
        ),
      );
    case 'openbaarheid': {
      const choice = (value ?? {}) as Record<string, unknown>;
      return {
        keuze: choice.openbaar === true ? 'openbaar' : choice.openbaar === false ? 'niet-openbaar' : '',
        grond: text(choice.grond),
        aanduiding: text(choice.vertrouwelijkheidaanduiding),
        toelichting: text(choice.toelichting),
      };
    }
    case 'financien': {
      const choice = (value ?? {}) as Record<string, unknown>;
      return {
        gevolgen: yesNo(choice.financieleGevolgen),
        wijziging: yesNo(choice.begrotingswijziging),
        dekking: text(choice.dekking),
      };
    }
    case 'besluitpagina': {
      const page = value as { vergaderdatum?: unknown } | undefined;
      return { aan: page !== undefined, vergaderdatum: text(page?.vergaderdatum) };
    }
    default:
      return text(value);
  }
}

const filled = (line: string): boolean => line.trim() !== '';

/**
 * The form's value as the memo holds it, or undefined when the writer left it empty: an empty field is left out (a
 * concept may lack it), never stored as an empty text, which no field accepts.
 */
export function fromForm(field: FormFieldSpec, value: FormValue): unknown {
  switch (field.kind) {
    case 'beslissingen': {
      const lines = (value as readonly string[]).filter(filled);
      return lines.length === 0 ? undefined : lines;
    }
    case 'bijlagen':
    case 'informanten':
    case 'ondertekening': {
      const rows = (value as readonly Row[])
        .map((row) => Object.fromEntries(Object.entries(row).filter(([, part]) => filled(part))))
        .filter((row) => Object.keys(row).length > 0);
      return rows.length === 0 ? undefined : rows;
    }
    case 'openbaarheid': {
      // Half a choice (not public, no ground yet) goes to the schema as it is, which says what is still missing.
      const choice = value as Row;
      if (choice.keuze === undefined || choice.keuze === '') return undefined;
      if (choice.keuze === 'openbaar') return { openbaar: true };
      return {
        openbaar: false,
        ...(filled(choice.grond ?? '') && { grond: choice.grond }),
        ...(filled(choice.aanduiding ?? '') && { vertrouwelijkheidaanduiding: choice.aanduiding }),
        ...(filled(choice.toelichting ?? '') && { toelichting: choice.toelichting }),
      };
    }
    case 'financien': {
      const choice = value as Row;
      const { gevolgen = '', wijziging = '', dekking = '' } = choice;
      if (gevolgen === '' && wijziging === '' && !filled(dekking)) return undefined;
      return {
        ...(gevolgen !== '' && { financieleGevolgen: gevolgen === 'ja' }),
        ...(wijziging !== '' && { begrotingswijziging: wijziging === 'ja' }),
        ...(filled(dekking) && { dekking }),
      };
    }
    case 'besluitpagina': {
      const page = value as { aan: boolean; vergaderdatum: string };
      if (!page.aan) return undefined;
      return filled(page.vergaderdatum) ? { vergaderdatum: page.vergaderdatum } : {};
    }
    case 'getal': {
      const typed = (value as string).trim();
      if (typed === '') return undefined;
      // A whole number is stored as one; anything else goes to the schema as typed, which says what is wrong.
      return /^-?\d+$/.test(typed) ? Number(typed) : typed;
    }
    default: {
      const typed = value as string;
      return filled(typed) ? typed : undefined;
    }
  }
}

export function emptyRow(field: FormFieldSpec): Row {
  return Object.fromEntries((ROW_PARTS[field.kind] ?? []).map((part) => [part.naam, '']));
}
