/**
 * The fuzz harness's settings and generators. `npm test` runs every property with a fixed seed, so that a run in CI
 * is repeatable and a failure can be replayed; RAADSNOTA_FUZZ_RUNS=<factor> runs each property that many times
 * longer, and RAADSNOTA_FUZZ_SEED=<number> explores other inputs (fast-check prints the seed and the path of a
 * failure, which replay it).
 */
import fc from 'fast-check';

const factor = Math.max(1, Number(process.env.RAADSNOTA_FUZZ_RUNS ?? '1') || 1);
const seed = Number(process.env.RAADSNOTA_FUZZ_SEED ?? '20261206');

/** fast-check's options for a property that runs `runs` times in `npm test`. */
export function fuzzOptions(runs: number): { numRuns: number; seed: number } {
  return { numRuns: runs * factor, seed };
}

/** How many properties' worth of time the harness may take, so that a slow run says so instead of timing out. */
export const FUZZ_TIMEOUT_MS = 120_000 * factor;

/**
 * Pieces of text that have broken document generators before: characters XML cannot hold, also as character
 * references; markup and template syntax meant to stay text; spreadsheet formulas; odd white space; bidirectional
 * overrides; the longest lines a user might paste.
 */
const NASTY = [
  '&#xFFFE;',
  '&#xFFFF;',
  '&#0;',
  '&#1;',
  '&#x1F;',
  '&#xD800;',
  '&#xDFFF;',
  '&#x110000;',
  '&#99999999999;',
  '&amp;',
  '&lt;b&gt;',
  '&nbsp;',
  '&euro;',
  '&bogus;',
  '&',
  '<',
  '>',
  ']]>',
  '<![CDATA[x]]>',
  '<!-- c -->',
  '{{x}}',
  '{{{x}}}',
  '{{> p}}',
  '\u0000',
  '\u0001',
  '\u000B',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDC00',
  '\u202E',
  '\u200B',
  '\u00A0',
  '\u00AD',
  '\r\n',
  '\r',
  '\t',
  '  ',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("https://voorbeeld.nl")',
  '+1',
  '-2',
  '@SUM(A1)',
  '€',
  'ë',
  '💶',
  'Financiële',
  'x'.repeat(2_000),
];

/** A character no document can hold: the program must refuse it, so a property that wants acceptance avoids it. */
// eslint-disable-next-line no-control-regex
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;

const WORDS = ['Motie', 'wachtlijst', 'zwemles', 'de raad', '2026', ' '];

/**
 * Text a user might type or paste, hostile pieces mixed in. `writable` leaves out the raw characters no document
 * can hold (character references to them stay in: they are text to an import, markup to a section).
 */
export const hostileText = (maxPieces = 6, { writable = false } = {}): fc.Arbitrary<string> => {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
  );
  return fc
    .array(writable ? piece.filter((p) => !UNWRITABLE.test(p)) : piece, { maxLength: maxPieces })
    .map((pieces) => pieces.join(''));
};

/** Section rich text: the documented HTML subset, elements it does not allow, attributes, and hostile text. */
const ALLOWED_BLOCK = ['p', 'h2', 'h3', 'ul', 'ol', 'table'];
const ALLOWED_INLINE = ['strong', 'b', 'em', 'i', 'u', 'a', 'span', 'br'];
const OTHER = [
  'li',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'sup',
  'sub',
  'img',
  'div',
  'script',
  'style',
  'font',
  'h1',
];

const attribute = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    ' href="https://voorbeeld.nl/a?b=1&amp;c=2"',
    ' href="javascript:alert(1)"',
    ' href="mailto:griffie@voorbeeld.nl"',
    ' href="https://voorbeeld.nl/&#xFFFE;"',
    ' href="https://voorbeeld.nl/&#1;"',
    ' href=""',
    ' data-type="footnote"',
    ' type="a"',
    ' start="3"',
    ' colspan="2"',
    ' style="color:red"',
    ' onclick="x()"',
  ),
  hostileText(2).map((text) => ` title="${text.replaceAll('"', '&quot;')}"`),
);

export const sectionHtml: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText(4),
    fc
      .tuple(fc.constantFrom(...ALLOWED_BLOCK, ...ALLOWED_INLINE, ...OTHER), attribute, tie('nodes'))
      .map(([tag, attrs, inner]) => (tag === 'br' ? `<br${attrs}>` : `<${tag}${attrs}>${inner}</${tag}>`)),
    fc.constantFrom(
      '<ul><li>een</li><li>twee<ol><li>a</li></ol></li></ul>',
      '<table><tr><td>1</td><td>2</td></tr><tr><th>k</th></tr></table>',
      '<p>tekst<span data-type="footnote">voetnoot</span></p>',
      '<p>open',
      '</p>stray',
      '<b>'.repeat(150),
      '<ul><li>'.repeat(12),
    ),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((nodes) => nodes.join('')),
})).nodes;

/** A JSON value a careless user or a broken tool might put in any field. */
export const anyFieldValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText(),
  sectionHtml,
  fc.constantFrom(
    // What JSON.parse makes of 1e400 and -1e400.
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NaN,
    0,
    -1,
    1.5,
    2 ** 53,
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '',
    ' ',
    null,
    true,
    [],
    {},
    { type: 'informatienota' },
  ),
  fc.integer(),
  fc.array(hostileText(2), { maxLength: 3 }),
  fc.dictionary(hostileText(1), hostileText(2), { maxKeys: 3 }),
);

type Json = Record<string, unknown> | unknown[];

/** Every path to a value in a JSON tree, containers included, as lists of keys. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i): [number, unknown] => [i, v])
    : Object.entries(value);
  const out: (string | number)[][] = [prefix];
  for (const [key, child] of entries) {
    for (const path of pathsOf(child, [...prefix, key])) out.push(path);
  }
  return out;
}

export type Mutation =
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'add'; pick: number; key: string; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: anyFieldValue }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      pick: fc.nat(),
      key: fc.constantFrom('sleutel', 'titel', 'extra', '__proto__', 'constructor', 'inhoud'),
      value: anyFieldValue,
    }),
  },
);

/** Applies mutations to a deep copy of `base`; each picks its place among the paths the tree has at that moment. */
export function mutate(base: Json, mutations: readonly Mutation[]): Json {
  const tree = structuredClone(base);
  for (const m of mutations) {
    const paths = pathsOf(tree).filter((p) => p.length > 0);
    const path = paths[m.pick % paths.length];
    if (path === undefined) continue;
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Json)[key as never], tree);
    const key = path.at(-1) as string | number;
    if (parent === null || typeof parent !== 'object') continue;
    if (m.kind === 'set') (parent as Record<string | number, unknown>)[key] = m.value;
    else if (m.kind === 'delete') {
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else Reflect.deleteProperty(parent, key);
    } else {
      const target = (parent as Record<string | number, unknown>)[key];
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
        Object.defineProperty(target, m.key, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
  }
  return tree;
}
