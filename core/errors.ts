/** One problem in the user's input, located by a path such as `secties[2].inhoud`. */
export interface Issue {
  path: string;
  /**
   * A sentence that names the field in the document's words, with a capital ("Titel van bijlage 2 is leeg"), or what
   * is wrong, to follow the path ("onbekend veld").
   */
  message: string;
}

/**
 * Bad input: a memo, a huisstijl or a template that cannot be used. The edges translate it
 * (the CLI exits with code 2, the API returns the issues, the UI shows them at the field).
 */
export class ValidationError extends Error {
  readonly issues: readonly Issue[];

  /** `what` names the input; `article` is its Dutch article, which the adjective agrees with ("ongeldig bestand"). */
  constructor(issues: readonly Issue[], what = 'invoer', article: 'de' | 'het' = 'de') {
    const heading = `${article === 'het' ? 'Ongeldig' : 'Ongeldige'} ${what}`;
    super(`${heading}:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

/**
 * One problem as a line for the user. A message that is a sentence of its own names its field in the document's words
 * and begins with a capital: it is read first, with the field's place in the file after it for the writer who looks
 * in the JSON ("Titel van bijlage 2 is leeg (bijlagen[1].titel)"), left out where the label says it already
 * ("Versienummer ontbreekt"). Any other message follows its place ("aan: onbekend veld").
 */
export function formatIssue(issue: Issue): string {
  if (!issue.path) return issue.message;
  if (!/^\p{Lu}/u.test(issue.message)) return `${issue.path}: ${issue.message}`;
  const lead = issue.message.slice(0, issue.path.length + 1).toLowerCase();
  const named = lead === `${issue.path.toLowerCase()} ` || lead === `${issue.path.toLowerCase()}:`;
  return named ? issue.message : `${issue.message} (${issue.path})`;
}

/** Writes a zod-style path (`['secties', 2, 'inhoud']`) the way a user reads it: `secties[2].inhoud`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}

/** A message's clause as the start of a sentence: "leeg" → "Leeg". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const QUOTE_LIMIT = 80;

/** A user's value inside a message, in quotes and cut short: a message must stay readable whatever was typed. */
export function quote(value: string): string {
  const short = value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT - 1)}…` : value;
  return `"${short}"`;
}
