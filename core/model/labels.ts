import { capitalised, formatPath, type Issue } from '../errors.js';
import { nearest } from './nearest.js';
import { NO_FORM, type z } from './zod-nl.js';

/**
 * How a document names its fields, so that a message names the field as the writer knows it ("Versienummer
 * ontbreekt", "Titel van bijlage 2 is leeg") rather than as a path in the JSON (`bijlagen[1].titel`).
 */
export interface Labels {
  /** The input as a whole, for a problem with all of it: "De nota". */
  whole: string;
  /**
   * Each field by its path, every list index written `[]` (`raadsbesluit.vergaderdatum`, `bijlagen[].titel`). A field
   * of a list's item is named after its item: `bijlagen[].titel` "Titel" reads "Titel van bijlage 2". The fields
   * listed under one path are also the ones an unknown field there is compared with.
   */
  fields: Readonly<Record<string, string>>;
  /** One item of a list, by the list's path: "bijlage" reads "bijlage 2"; a function names it itself. */
  items?: Readonly<Record<string, string | ((index: number) => string)>>;
  /** Paths whose fields are not all listed (an operation's input around a memo): no field is suggested there. */
  unlisted?: readonly string[];
}

/** A path as the labels are keyed: every list index written `[]`. */
function pattern(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

function inSentence(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The words of the document for a field, or undefined when the labels do not know it. */
export function labelOf(path: readonly PropertyKey[], labels: Labels): string | undefined {
  if (path.length === 0) return labels.whole;
  const last = path.at(-1);
  const parent = path.slice(0, -1);
  let own: string | undefined;
  let ownerPath = parent;
  if (typeof last === 'number') {
    const item = labels.items?.[pattern(parent)];
    own =
      item === undefined ? undefined : typeof item === 'string' ? `${item} ${String(last + 1)}` : item(last);
    // A list inside a list's item (a manifest section's aliassen) belongs to that item.
    ownerPath = parent.slice(0, -1);
  } else {
    own = labels.fields[pattern(path)];
  }
  if (own === undefined || typeof ownerPath.at(-1) !== 'number') return own && capitalised(own);
  const owner = labelOf(ownerPath, labels);
  return owner === undefined ? undefined : `${capitalised(own)} van ${inSentence(owner)}`;
}

/** The fields the labels know beside an unknown one: those listed under the same path. */
function knownBeside(path: readonly PropertyKey[], labels: Labels): string[] {
  const under = pattern(path);
  if (labels.unlisted?.includes(under)) return [];
  return Object.keys(labels.fields).flatMap((key) => {
    const cut = key.lastIndexOf('.');
    const parent = cut < 0 ? '' : key.slice(0, cut);
    return parent === under ? [key.slice(cut + 1)] : [];
  });
}

// A short list of what fits is a help (the fields of a huisstijl, of a manifest, the columns an import fills); the
// fifteen of a memo would bury the message.
const MAX_LISTED = 13;
// A key is the user's text: one pasted by mistake must not flood the message with its path.
const MAX_KEY = 64;

function unknownField(key: string, known: readonly string[]): string {
  // A field the labels know may still not belong here (a memo's moties, which a stored concept takes from its links).
  const meant = nearest(key, known);
  if (meant !== undefined && meant !== key) return `onbekend veld; bedoelt u "${meant}"?`;
  return known.length > 0 && known.length <= MAX_LISTED
    ? `onbekend veld; hier horen ${known.join(', ')}`
    : 'onbekend veld';
}

/**
 * A value that fits none of a union's forms (a manifest's section, fixed or the free slot) is told what it lacks for
 * the form it comes closest to, the one with the fewest problems, rather than that it fits none; a union that says
 * something better itself keeps its message.
 */
function closestForm(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.message !== NO_FORM) return [issue];
  const [closest] = [...issue.errors].sort((a, b) => a.length - b.length);
  if (closest === undefined || closest.length === 0) return [issue];
  return closest.flatMap((inner) => closestForm({ ...inner, path: [...issue.path, ...inner.path] }));
}

/**
 * zod still runs a field's checks after its type is wrong, so a list given for a text is also "een lege lijst": the
 * type says what is wrong, and the checks of the same field are left out.
 */
function withoutEchoes(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const mistyped = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => formatPath(i.path)));
  return issues.filter((i) => i.code === 'invalid_type' || !mistyped.has(formatPath(i.path)));
}

/**
 * zod's issues as the user's: each names its field in the document's words (the message begins with the label, with a
 * capital: see formatIssue), keeps the field's place in the file as its path, and an unknown field is a problem of its
 * own at its own path ("aan: onbekend veld"), listed with the rest. The locale's messages follow the label as
 * one sentence ("Versienummer ontbreekt"); a schema's own message follows a colon, since it was written to stand alone.
 */
export function labelIssues(issues: readonly z.core.$ZodIssue[], labels: Labels): Issue[] {
  return withoutEchoes(issues.flatMap(closestForm)).flatMap((issue): Issue[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownBeside(issue.path, labels);
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key.length > MAX_KEY ? `${key.slice(0, MAX_KEY - 1)}…` : key]),
        message: unknownField(key, known),
      }));
    }
    const path = formatPath(issue.path);
    const label = labelOf(issue.path, labels);
    if (label === undefined) return [{ path, message: issue.message }];
    const joint = issue.code === 'custom' ? ': ' : ' ';
    return [{ path, message: `${label}${joint}${issue.message}` }];
  });
}

/** Labels of an input nested under `field` of a larger one (a memo under `nota` in an operation's input). */
export function nestedLabels(whole: string, field: string, inner: Labels): Labels {
  const under = (record: Readonly<Record<string, unknown>>) =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [`${field}.${key}`, value]));
  return {
    whole,
    fields: { [field]: inner.whole, ...(under(inner.fields) as Record<string, string>) },
    items: under(inner.items ?? {}) as Labels['items'],
    unlisted: [''],
  };
}
