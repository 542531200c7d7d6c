import { RE2JS } from 're2js';
import { quote, ValidationError } from '../errors.js';
import { z } from './zod-nl.js';
import { Text } from './text.js';

/**
 * How the municipality numbers its memos. A functioneel beheerder writes a pattern with placeholders, such as
 * `{jaar}-{volgnummer:6}`, rather than a regular expression: the same pattern checks a kenmerk and proposes the next
 * one. For numbering no pattern can describe, a regular expression stays possible; it runs on RE2 (re2js), whose
 * time is linear in the kenmerk, so that no expression can hang a writer's check.
 */
export interface KenmerkRule {
  /** Whether the kenmerk fits as a whole. */
  fits(kenmerk: string): boolean;
  /**
   * The next kenmerk for a memo dated `datum` (JJJJ-MM-DD): the highest volgnummer among the existing kenmerken of
   * that year (of all of them when the pattern has no year) plus one, zero-padded. Undefined for a regular
   * expression, which knows no volgnummer.
   */
  next(existing: readonly string[], datum: string): string | undefined;
  /** A kenmerk that fits, for messages: the configured voorbeeld, else the first kenmerk of the date's year. */
  example(datum: string): string;
}

const PLACEHOLDERS_HELP =
  'een patroon kent {jaar}, {jaar:2}, {maand}, {volgnummer} en {volgnummer:N} (N cijfers, met voorloopnullen)';

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'jaar'; digits: 2 | 4 }
  | { kind: 'maand' }
  | { kind: 'volgnummer'; digits: number | undefined };

const PLACEHOLDER = /\{([^{}]*)\}/g;
const MAX_DIGITS = 12;

/** Reads a pattern with placeholders, or says what is wrong with it (in Dutch). */
function parsePatroon(source: string): Part[] | string {
  if (looksLikeExpressie(source)) return expressieInPatroon(source);
  const parts: Part[] = [];
  let at = 0;
  for (const match of source.matchAll(PLACEHOLDER)) {
    const literal = source.slice(at, match.index);
    if (/[{}]/.test(literal)) return 'een { of } hoort bij een plaatshouder, zoals {jaar}';
    if (literal) parts.push({ kind: 'text', text: literal });
    const part = placeholder(match[1] ?? '');
    if (typeof part === 'string') return part;
    parts.push(part);
    at = match.index + match[0].length;
  }
  const rest = source.slice(at);
  if (/[{}]/.test(rest)) return 'een { of } hoort bij een plaatshouder, zoals {jaar}';
  if (rest) parts.push({ kind: 'text', text: rest });

  const count = (kind: Part['kind']): number => parts.filter((p) => p.kind === kind).length;
  if (count('volgnummer') !== 1)
    return 'een patroon heeft precies één {volgnummer} of {volgnummer:N}, zodat elk kenmerk een eigen nummer krijgt';
  if (count('jaar') > 1) return 'een patroon heeft het jaar hoogstens één keer';
  if (count('maand') > 1) return 'een patroon heeft de maand hoogstens één keer';
  return parts;
}

/**
 * Before placeholders, `patroon` held a regular expression, and every huisstijl of that time still does. Such a value
 * is told apart by what no kenmerk holds literally: anchors, escapes, classes, alternatives and quantifiers. A `(`
 * alone is not among them, since a kenmerk may well hold one; an expression with groups gives itself away otherwise.
 */
function looksLikeExpressie(source: string): boolean {
  return /[\\^$[|*+?]|\{[0-9]+(,[0-9]*)?\}/.test(source);
}

function expressieInPatroon(source: string): string {
  const proposal = patroonFor(source);
  const how = proposal
    ? `schrijf "patroon": "${proposal}"`
    : `schrijf het patroon met plaatshouders, bijvoorbeeld "patroon": "{jaar}-{volgnummer:6}" (${PLACEHOLDERS_HELP})`;
  return (
    `${quote(source)} lijkt een reguliere expressie, zoals een patroon vroeger was; een patroon heeft nu plaatshouders: ` +
    `${how}; of zet de expressie onder kenmerk.expressie, met een voorbeeld van een kenmerk dat past`
  );
}

// The tokens of the expressions municipalities wrote: a run of digits, an escaped or harmless literal, a group.
const DIGITS = /^(?:\\d|\[0-9\])(?:\{([0-9]+)\}|\{1,([0-9]+)\}|(\+))/;
const LITERAL = /^(?:\\([^A-Za-z0-9{}])|([A-Za-z0-9 _\-/:#,]))/;
const GROUP = /^(?:\(\?:|\(|\)(?![*+?{]))/;

/**
 * The pattern with placeholders that accepts what a common expression accepted (`^\d{4}-\d{6}$` becomes
 * `{jaar}-{volgnummer:6}`), or undefined for an expression of another shape. The last run of digits is the
 * volgnummer; a run of four before it the year, a run of two the year or, after a year, the month.
 */
function patroonFor(expressie: string): string | undefined {
  let rest = expressie.replace(/^\^/, '').replace(/(?<!\\)\$$/, '');
  const tokens: ({ digits: number | undefined } | string)[] = [];
  while (rest) {
    const group = GROUP.exec(rest);
    const digits = DIGITS.exec(rest);
    const literal = LITERAL.exec(rest);
    const match = group ?? digits ?? literal;
    if (!match) return undefined;
    if (digits) tokens.push({ digits: digits[1] === undefined ? undefined : Number(digits[1]) });
    else if (literal) tokens.push(literal[1] ?? literal[2] ?? '');
    rest = rest.slice(match[0].length);
  }
  const runs = tokens.filter((t) => typeof t !== 'string');
  const last = runs.at(-1);
  if (last === undefined || runs.length > 3) return undefined;
  let jaar = false;
  let maand = false;
  const names = new Map<object, string>();
  for (const run of runs.slice(0, -1)) {
    if (run.digits === 4 && !jaar) names.set(run, '{jaar}');
    else if (run.digits === 2 && !jaar) names.set(run, '{jaar:2}');
    else if (run.digits === 2 && !maand) {
      names.set(run, '{maand}');
      maand = true;
    } else return undefined;
    jaar = true;
  }
  const width = last.digits;
  if (width !== undefined && (width < 1 || width > MAX_DIGITS)) return undefined;
  names.set(last, width === undefined ? '{volgnummer}' : `{volgnummer:${width}}`);
  return tokens.map((t) => (typeof t === 'string' ? t : names.get(t))).join('');
}

function placeholder(inner: string): Part | string {
  const [name = '', width, ...extra] = inner.split(':');
  const digits = width === undefined ? undefined : Number(width);
  const unknown = `onbekende plaatshouder {${inner}}; ${PLACEHOLDERS_HELP}; een reguliere expressie hoort in kenmerk.expressie`;
  if (extra.length > 0 || (width !== undefined && !/^[0-9]+$/.test(width))) return unknown;
  switch (name) {
    case 'jaar':
      if (digits === undefined || digits === 4) return { kind: 'jaar', digits: 4 };
      if (digits === 2) return { kind: 'jaar', digits: 2 };
      return 'het jaar heeft 4 cijfers ({jaar}) of 2 ({jaar:2})';
    case 'maand':
      return digits === undefined ? { kind: 'maand' } : unknown;
    case 'volgnummer':
      if (digits !== undefined && (digits < 1 || digits > MAX_DIGITS))
        return `een volgnummer heeft 1 tot ${MAX_DIGITS} cijfers`;
      return { kind: 'volgnummer', digits };
    default:
      return unknown;
  }
}

const PART_EXPRESSION: { [K in Part['kind']]: (part: Extract<Part, { kind: K }>) => string } = {
  text: (part) => RE2JS.quote(part.text),
  jaar: (part) => `([0-9]{${part.digits}})`,
  maand: () => '(0[1-9]|1[0-2])',
  volgnummer: (part) => `([0-9]{${part.digits ?? `1,${MAX_DIGITS}`}})`,
};

function expressionOf(part: Part): string {
  return (PART_EXPRESSION[part.kind] as (p: Part) => string)(part);
}

function patternRule(parts: Part[], voorbeeld: string | undefined): KenmerkRule {
  const regex = RE2JS.compile(parts.map(expressionOf).join(''));
  const groups = parts.filter((p) => p.kind !== 'text');
  const group = (kind: Part['kind']): number => groups.findIndex((p) => p.kind === kind) + 1;
  const jaar = parts.find((p) => p.kind === 'jaar');
  const volgnummer = parts.find((p) => p.kind === 'volgnummer');
  const yearText = (datum: string): string => (jaar?.digits === 2 ? datum.slice(2, 4) : datum.slice(0, 4));

  const next = (existing: readonly string[], datum: string): string => {
    let highest = 0;
    for (const kenmerk of existing) {
      const matcher = regex.matcher(kenmerk);
      if (!matcher.matches()) continue;
      if (jaar && matcher.group(group('jaar')) !== yearText(datum)) continue;
      highest = Math.max(highest, Number(matcher.group(group('volgnummer'))));
    }
    const number = String(highest + 1).padStart(volgnummer?.digits ?? 1, '0');
    if (volgnummer?.digits !== undefined && number.length > volgnummer.digits) {
      throw new ValidationError(
        [
          {
            path: 'kenmerk',
            message: `de volgnummers zijn op: het kenmerkpatroon heeft plaats voor ${volgnummer.digits} cijfers`,
          },
        ],
        'nota',
      );
    }
    return parts
      .map((part) => {
        if (part.kind === 'text') return part.text;
        if (part.kind === 'jaar') return yearText(datum);
        if (part.kind === 'maand') return datum.slice(5, 7);
        return number;
      })
      .join('');
  };
  return {
    fits: (kenmerk) => regex.matches(kenmerk),
    next,
    example: (datum) => voorbeeld ?? next([], datum),
  };
}

/** Compiles a regular expression for RE2, or says in Dutch why it cannot be one. */
function compileExpressie(source: string): RE2JS | string {
  try {
    return RE2JS.compile(source);
  } catch {
    return 'geen geldige reguliere expressie in de RE2-schrijfwijze (zonder vooruitkijken en terugverwijzingen)';
  }
}

/** `kenmerk` in huisstijl.json: a pattern with placeholders, or a regular expression with an example. */
export const KenmerkSettings = z
  .object({
    patroon: Text.optional().describe(
      'Hoe een kenmerk eruitziet, met plaatshouders: {jaar}, {jaar:2}, {maand}, {volgnummer} of {volgnummer:N}, ' +
        'en letterlijke tekst; bijvoorbeeld "{jaar}-{volgnummer:6}" voor 2026-000123',
    ),
    expressie: Text.optional().describe(
      'In plaats van een patroon: een reguliere expressie (RE2) waaraan het hele kenmerk moet voldoen',
    ),
    voorbeeld: Text.optional().describe(
      'Een kenmerk dat past, voor in foutmeldingen; nodig bij een expressie, bij een patroon afgeleid',
    ),
  })
  .strict()
  .superRefine((kenmerk, ctx) => {
    const problem = settingsProblem(kenmerk);
    if (problem) ctx.addIssue({ code: 'custom', ...problem });
  });
export type KenmerkSettings = z.infer<typeof KenmerkSettings>;

function settingsProblem(kenmerk: KenmerkSettings): { path: string[]; message: string } | undefined {
  const { patroon, expressie, voorbeeld } = kenmerk;
  if (patroon === undefined && expressie === undefined)
    return { path: ['patroon'], message: 'geef een patroon, bijvoorbeeld "{jaar}-{volgnummer:6}"' };
  if (patroon !== undefined && expressie !== undefined)
    return { path: ['expressie'], message: 'geef een patroon of een expressie, niet allebei' };
  if (patroon !== undefined) {
    const parts = parsePatroon(patroon);
    if (typeof parts === 'string') return { path: ['patroon'], message: parts };
  } else {
    const regex = compileExpressie(expressie ?? '');
    if (typeof regex === 'string') return { path: ['expressie'], message: regex };
    if (voorbeeld === undefined)
      return {
        path: ['voorbeeld'],
        message: 'bij een expressie hoort een voorbeeld van een kenmerk dat past',
      };
  }
  if (voorbeeld !== undefined && !kenmerkRule(kenmerk).fits(voorbeeld)) {
    const what = patroon === undefined ? 'de expressie' : `het patroon ${patroon}`;
    return { path: ['voorbeeld'], message: `het voorbeeld past niet bij ${what}` };
  }
  return undefined;
}

// A huisstijl is loaded once and serves many renders; compiling its rule costs more than a check.
const compiled = new WeakMap<KenmerkSettings, KenmerkRule>();

/** The rule of a huisstijl's kenmerk settings, which KenmerkSettings has already checked. */
export function kenmerkRule(kenmerk: KenmerkSettings): KenmerkRule {
  let rule = compiled.get(kenmerk);
  if (rule === undefined) {
    rule = compileRule(kenmerk);
    compiled.set(kenmerk, rule);
  }
  return rule;
}

function compileRule(kenmerk: KenmerkSettings): KenmerkRule {
  if (kenmerk.patroon !== undefined) {
    const parts = parsePatroon(kenmerk.patroon);
    if (typeof parts === 'string') throw new Error(`kenmerk.patroon: ${parts}`);
    return patternRule(parts, kenmerk.voorbeeld);
  }
  const regex = compileExpressie(kenmerk.expressie ?? '');
  if (typeof regex === 'string') throw new Error(`kenmerk.expressie: ${regex}`);
  return {
    fits: (value) => regex.matches(value),
    next: () => undefined,
    example: () => kenmerk.voorbeeld ?? '',
  };
}
