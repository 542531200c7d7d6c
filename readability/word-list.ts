import { formatPath, quote, ValidationError, type Issue } from '../core/errors.js';
import { z } from '../core/model/zod-nl.js';

const Phrase = z
  .string()
  .trim()
  .min(1)
  .regex(
    /^[\p{L}.'\u2019-]+(?: [\p{L}.'\u2019-]+)*$/u,
    'alleen letters, punten, apostrofs en streepjes, woorden gescheiden door één spatie',
  );

const Entry = z
  .object({
    woord: Phrase.describe(
      'Het ambtelijke woord of de vaste uitdrukking, in kleine letters: "ten behoeve van"',
    ),
    alternatieven: z
      .array(z.string().trim().min(1))
      .min(1, 'noem ten minste één gewoner alternatief')
      .describe('Gewone woorden die de schrijver ervoor in de plaats kan zetten'),
    vormen: z
      .array(Phrase)
      .default([])
      .describe('Andere vormen die ook gemeld worden: "faciliteert", "gefaciliteerd", "integrale"'),
    toelichting: z.string().trim().min(1).optional().describe('Een korte uitleg voor de schrijver'),
  })
  .strict();
export type AmbtelijkWoord = z.infer<typeof Entry>;

/**
 * The list of ambtelijke woorden (officialese) with plainer alternatives, kept by the functioneel beheerder as
 * `templates/taal/ambtelijke-woorden.json`. A werkwoord on -eren is also found in its usual forms (faciliteer,
 * faciliteert, faciliteerde, gefaciliteerd, …) without listing them; other forms go in `vormen`.
 */
export const AmbtelijkeWoorden = z
  .object({
    uitleg: z.string().optional(),
    woorden: z.array(Entry).min(1),
  })
  .strict();
export type AmbtelijkeWoorden = z.infer<typeof AmbtelijkeWoorden>;

/** The entry a zod path points into, named for the reader: `woorden[3] ("middels")`. */
function entryName(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'woorden' || typeof path[1] !== 'number') return undefined;
  const entries = (raw as { woorden?: unknown } | null)?.woorden;
  const entry = Array.isArray(entries) ? (entries[path[1]] as { woord?: unknown } | undefined) : undefined;
  const woord = typeof entry?.woord === 'string' ? ` (${quote(entry.woord)})` : '';
  return `woorden[${path[1]}]${woord}`;
}

/**
 * Reads the list from untrusted JSON. A mistake is reported with the file, the entry (by number and word) and the
 * field; two entries for the same word are refused too, so that a finding has one suggestion.
 */
export function parseAmbtelijkeWoorden(raw: unknown, source = 'ambtelijke-woorden.json'): AmbtelijkeWoorden {
  const result = AmbtelijkeWoorden.safeParse(raw);
  const issues: Issue[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const entry = entryName(raw, issue.path);
      const rest = formatPath(entry ? issue.path.slice(2) : issue.path);
      const where = [entry, rest].filter((p) => p).join('.');
      issues.push({ path: `${source}: ${where}`, message: issue.message });
    }
    throw new ValidationError(issues, 'woordenlijst');
  }
  const seen = new Map<string, number>();
  result.data.woorden.forEach((entry, index) => {
    for (const form of [entry.woord, ...entry.vormen]) {
      const key = form.toLowerCase();
      const earlier = seen.get(key);
      if (earlier !== undefined && earlier !== index) {
        issues.push({
          path: `${source}: woorden[${index}] (${quote(entry.woord)})`,
          message: `${quote(form)} staat ook al bij woorden[${earlier}]`,
        });
      }
      seen.set(key, index);
    }
  });
  if (issues.length > 0) throw new ValidationError(issues, 'woordenlijst');
  return result.data;
}

/** One phrase to look for, as lower-case words, and the entry it belongs to. */
export interface PhrasePattern {
  words: readonly string[];
  entry: AmbtelijkWoord;
}

/** The list ready for matching: the patterns by their first word, longest first. */
export type CompiledWordList = ReadonlyMap<string, readonly PhrasePattern[]>;

const VOWEL_START_DIAERESIS: Readonly<Record<string, string>> = { e: 'ë', i: 'ï', u: 'ü' };
const EREN_VERB = /^\p{L}{3,}[^e]eren$/u;

/** The usual forms of a werkwoord on -eren: faciliteren → faciliteer, faciliteert, …, gefaciliteerd, faciliterend. */
export function erenForms(infinitive: string): string[] {
  if (!EREN_VERB.test(infinitive)) return [];
  const stem = infinitive.slice(0, -4);
  const first = stem[0] ?? '';
  // ge + a stem that starts with e, i or u takes a diaeresis: geëvalueerd, geïnformeerd.
  const participle = `ge${(VOWEL_START_DIAERESIS[first] ?? first) + stem.slice(1)}eerd`;
  return [
    `${stem}eer`,
    `${stem}eert`,
    `${stem}eerde`,
    `${stem}eerden`,
    participle,
    `${stem}erend`,
    `${stem}erende`,
  ];
}

export function compileWordList(list: AmbtelijkeWoorden): CompiledWordList {
  const byFirst = new Map<string, PhrasePattern[]>();
  for (const entry of list.woorden) {
    const forms = new Set(
      [entry.woord, ...entry.vormen, ...erenForms(entry.woord)].map((f) => f.toLowerCase()),
    );
    for (const form of forms) {
      const words = form.split(' ');
      const first = words[0] ?? '';
      const patterns = byFirst.get(first) ?? [];
      patterns.push({ words, entry });
      byFirst.set(first, patterns);
    }
  }
  for (const patterns of byFirst.values()) patterns.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}
