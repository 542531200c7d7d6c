import { z } from 'zod';
import { nl } from 'zod/locales';
import { quote } from '../errors.js';
import { nearest } from './nearest.js';

const dutch = nl();

/** What a field should be, as a writer of a memo file says it. */
const EXPECTED: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst [ … ]',
  object: 'een object { … }',
  record: 'een object { … }',
  date: 'een datum',
};

/** What was given instead, said the same way. */
function givenAs(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'een lijst';
  switch (typeof input) {
    case 'string':
      return `de tekst ${quote(input)}`;
    case 'number':
      return `het getal ${String(input)}`;
    case 'boolean':
      return String(input);
    case 'object':
      return 'een object';
    default:
      return typeof input;
  }
}

type Issue = z.core.$ZodRawIssue;

/** What a value that fits none of a union's forms is told, when the union says nothing better itself. */
export const NO_FORM = 'heeft geen van de vormen die hier kunnen';

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string | undefined {
  const minimum = Number(issue.minimum);
  switch (issue.origin) {
    case 'string':
      return minimum <= 1 ? 'is leeg' : `moet minstens ${String(minimum)} tekens hebben`;
    case 'array':
      return minimum <= 1
        ? 'is een lege lijst; geef er minstens één'
        : `moet minstens ${String(minimum)} onderdelen hebben`;
    case 'number':
    case 'int':
      return issue.inclusive
        ? `moet minstens ${String(minimum)} zijn`
        : `moet groter zijn dan ${String(minimum)}`;
    default:
      return undefined;
  }
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string | undefined {
  const maximum = Number(issue.maximum);
  switch (issue.origin) {
    case 'string':
      return `mag hoogstens ${String(maximum)} tekens hebben`;
    case 'array':
      return `mag hoogstens ${String(maximum)} onderdelen hebben`;
    case 'number':
    case 'int':
      return issue.inclusive
        ? `mag hoogstens ${String(maximum)} zijn`
        : `moet kleiner zijn dan ${String(maximum)}`;
    default:
      return undefined;
  }
}

const FORMATS: Readonly<Record<string, string>> = {
  date: 'is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-14',
  datetime: 'is geen tijdstip; schrijf bijvoorbeeld 2026-03-14T09:30:00Z',
  email: 'is geen e-mailadres',
  base64: 'is geen base64',
};

/** The fields of the object whose unknown keys are reported, for a suggestion. */
function knownKeys(issue: Issue): string[] {
  const shape = (issue as { inst?: { _zod?: { def?: { shape?: Record<string, unknown> } } } }).inst?._zod?.def
    ?.shape;
  return shape ? Object.keys(shape) : [];
}

/** A discriminated union's field (a memo's `type`, an item's `soort`) with a value none of its kinds has. */
function unknownKind(issue: Extract<Issue, { code: 'invalid_union' }>): string | undefined {
  const { discriminator } = issue as { discriminator?: string };
  const inst = (issue as { inst?: { _zod?: { propValues?: Record<string, Set<unknown>> } } }).inst;
  const values = discriminator === undefined ? undefined : inst?._zod?.propValues?.[discriminator];
  if (discriminator === undefined || values === undefined) return undefined;
  const options = [...values].map((v) => `"${String(v)}"`);
  const list =
    options.length <= 1 ? options.join('') : `${options.slice(0, -1).join(', ')} of ${options.at(-1) ?? ''}`;
  const input: unknown = issue.input;
  const given =
    typeof input === 'object' && input !== null
      ? (input as Record<string, unknown>)[discriminator]
      : undefined;
  return given === undefined ? `ontbreekt; kies ${list}` : `moet ${list} zijn, niet ${givenAs(given)}`;
}

function unknownKeys(issue: Extract<Issue, { code: 'unrecognized_keys' }>): string {
  const known = knownKeys(issue);
  const named = issue.keys.slice(0, 5).map((key) => {
    const meant = nearest(key, known);
    return meant === undefined ? quote(key) : `${quote(key)} (bedoelt u ${quote(meant)}?)`;
  });
  const more = issue.keys.length > 5 ? ` en nog ${String(issue.keys.length - 5)}` : '';
  return issue.keys.length === 1
    ? `onbekend veld ${named.join('')}`
    : `onbekende velden ${named.join(', ')}${more}`;
}

// The users read Dutch, and a memo's writer does not read a validation library's words ("Te kort: verwacht dat string
// >=1 tekens heeft"). Each message says what is wrong with the field in the words of the document, as the rest of a
// sentence that the field's label begins (core/model/labels.ts): "ontbreekt", "is leeg", "moet een getal zijn, niet de
// tekst "twee"". zod's Dutch locale still says what no input of ours reaches (sizes of dates, sets and files). JSON.parse turns a number too large for a double (1e400) into Infinity, which is said as
// such. An unknown field is quoted and cut short, with the known field it most likely meant.
z.config({
  localeError: (issue) => {
    switch (issue.code) {
      case 'invalid_type': {
        if (issue.input === undefined) return 'ontbreekt';
        if (issue.expected === 'number' && typeof issue.input === 'number') {
          if (issue.input === Infinity) return 'is een te groot getal';
          if (issue.input === -Infinity) return 'is een te klein getal (te ver onder nul)';
        }
        const expected = EXPECTED[issue.expected];
        return expected === undefined
          ? `kan hier niet ${givenAs(issue.input)} zijn`
          : `moet ${expected} zijn, niet ${givenAs(issue.input)}`;
      }
      case 'too_small':
        return tooSmall(issue) ?? dutch.localeError(issue);
      case 'too_big':
        return tooBig(issue) ?? dutch.localeError(issue);
      case 'invalid_value': {
        const options = issue.values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v)));
        const list =
          options.length <= 1
            ? options.join('')
            : `${options.slice(0, -1).join(', ')} of ${options.at(-1) ?? ''}`;
        return issue.input === undefined
          ? `ontbreekt; kies ${list}`
          : `moet ${list} zijn, niet ${givenAs(issue.input)}`;
      }
      case 'invalid_format':
        return FORMATS[issue.format] ?? 'heeft niet de vorm die hier hoort';
      case 'unrecognized_keys':
        return unknownKeys(issue);
      case 'invalid_union':
        return unknownKind(issue) ?? NO_FORM;
      case 'not_multiple_of':
        return `moet een veelvoud van ${String(issue.divisor)} zijn`;
      case 'invalid_key':
        return 'heeft een sleutel die hier niet kan';
      case 'invalid_element':
        return 'heeft een onderdeel dat hier niet kan';
      default:
        return dutch.localeError(issue);
    }
  },
});

export { z };
