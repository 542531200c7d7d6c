// A package's name, whatever a memo's subject holds: one that Windows, macOS and Linux all accept, within its length,
// unique in its batch as Windows compares names; and the profile's pattern filled from the description.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PACKAGE_NAME, uniqueNames, windowsSafe } from '../services/export/file-names.js';
import { fillPattern } from '../services/export/pattern.js';
import { exampleDescription } from './helpers/export-examples.js';
import { fuzzOptions } from './helpers/fuzz.js';

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** What Windows refuses in a name (Microsoft's "Naming Files, Paths, and Namespaces"), checked here on its own terms. */
function windowsRefuses(name: string): string | undefined {
  if (name === '') return 'empty';
  if (Array.from(name).some((c) => '<>:"/\\|?*'.includes(c) || (c.codePointAt(0) ?? 0) < 32))
    return 'a refused character';
  if (/[ .]$/.test(name)) return 'a trailing dot or space';
  if (RESERVED.test(name.split('.')[0]?.trim() ?? '')) return 'a reserved name';
  return undefined;
}

// Text with what breaks names: the refused characters, dots and spaces, reserved names, long runs, astral characters.
const nameText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc
    .array(
      fc.constantFrom(
        '<',
        '>',
        ':',
        '"',
        '/',
        '\\',
        '|',
        '?',
        '*',
        '.',
        ' ',
        '\t',
        '\u0000',
        'CON',
        'nul',
        'com1',
        'LPT9',
        'a',
        'É',
        '😀',
        '.txt',
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join('')),
);

describe(`a package's file name (seed ${String(fuzzOptions(1).seed)})`, () => {
  it('is always one Windows accepts, within its limit', () => {
    fc.assert(
      fc.property(nameText, fc.integer({ min: 8, max: 120 }), (text, max) => {
        const name = windowsSafe(text, max);
        expect(windowsRefuses(name)).toBeUndefined();
        expect(Array.from(name).length).toBeLessThanOrEqual(max);
      }),
      fuzzOptions(300),
    );
  });

  it('keeps a name that is already safe as it is', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ()-]{0,40}[A-Za-z0-9]$/), (text) => {
        fc.pre(!/\s{2}/.test(text) && windowsRefuses(text) === undefined);
        expect(windowsSafe(text, MAX_PACKAGE_NAME)).toBe(text);
      }),
      fuzzOptions(100),
    );
  });

  it('is unique within a batch as Windows compares names, each still safe and within its limit', () => {
    fc.assert(
      fc.property(fc.array(nameText, { maxLength: 30 }), (texts) => {
        const names = uniqueNames(
          texts.map((t) => windowsSafe(t, MAX_PACKAGE_NAME)),
          MAX_PACKAGE_NAME,
        );
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
        for (const name of names) {
          expect(windowsRefuses(name)).toBeUndefined();
          expect(Array.from(name).length).toBeLessThanOrEqual(MAX_PACKAGE_NAME);
        }
      }),
      fuzzOptions(200),
    );
  });

  it.each([
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['Com1 . ', '_Com1'],
    ['  ...', 'nota'],
    ['Begroting 2026: wat/hoe?', 'Begroting 2026 wat hoe'],
    ['eind. . .', 'eind'],
  ])('makes %j into %j', (text, name) => {
    expect(windowsSafe(text, MAX_PACKAGE_NAME)).toBe(name);
  });

  it('numbers a second name that differs only in case', () => {
    expect(uniqueNames(['Nota', 'nota', 'NOTA'], 100)).toEqual(['Nota', 'nota (2)', 'NOTA (3)']);
  });
});

describe("a profile's pattern", () => {
  it('is filled from the description in one pass, empty placeholders leaving no double space', () => {
    const d = exampleDescription('raadsvoorstel');
    expect(fillPattern('{datum} {kenmerk} {afdeling}', d)).toBe(
      '2026-10-20 2026-004633 Openbare Ruimte, team Groen en Spelen',
    );
    expect(fillPattern('{vergadering} | {moties} | {toezeggingen}', d)).toBe(
      'Raadsvergadering, agendapunt 9 | M-28 |',
    );
    expect(fillPattern('{onderwerp}', { ...d, onderwerp: 'Over {kenmerk}' })).toBe('Over {kenmerk}');
  });
});
