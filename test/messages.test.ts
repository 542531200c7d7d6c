// What a writer reads when a memo file is wrong: the field and what is wrong with it in the words of the document,
// every problem of the file at once, an unknown field beside the rest with the field it most likely meant.
import { describe, expect, it } from 'vitest';
import { nearest } from '../core/model/nearest.js';
import { typedMemo } from '../services/memos/typed.js';
import { assets, exampleInput, issuesOf, parseShipped } from './helpers/assets.js';

describe('the messages of a memo file', () => {
  it('name each wrong field, all at once, unknown ones among them', async () => {
    const input = await exampleInput('informatienota');
    const rest = Object.fromEntries(Object.entries(input).filter(([key]) => key !== 'versienummer'));
    const issues = await issuesOf(() =>
      parseShipped({
        ...rest,
        onderwerp: '',
        datum: '14-03-2026',
        informanten: [],
        onderwrp: 'Zwemles',
        aan: 'de raad',
      }),
    );
    expect(issues).toEqual([
      { path: 'onderwerp', message: 'is leeg' },
      { path: 'datum', message: 'geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-14' },
      { path: 'versienummer', message: 'ontbreekt' },
      { path: 'informanten', message: 'mag niet leeg zijn; geef er minstens één' },
      { path: '', message: 'onbekende velden "onderwrp" (bedoelt u "onderwerp"?), "aan"' },
    ]);
  });

  it('say which values a choice takes, and what was given', async () => {
    const input = await exampleInput('informatienota');
    const { types } = await assets();
    const known = Object.keys(types.sets).join(', ');
    expect(await issuesOf(() => typedMemo({ ...input, type: 'raadsbrief' }, types))).toEqual([
      {
        path: 'type',
        message: `"raadsbrief" is geen type dat deze installatie kent; de typen zijn: ${known}`,
      },
    ]);
    expect(await issuesOf(() => typedMemo({ ...input, type: 'informatienot' }, types))).toEqual([
      {
        path: 'type',
        message: `"informatienot" is geen type dat deze installatie kent; bedoelt u "informatienota"? De typen zijn: ${known}`,
      },
    ]);
    const wrongKind = await issuesOf(() => parseShipped({ ...input, bijlagen: 'geen' }));
    expect(wrongKind).toEqual([
      { path: 'bijlagen', message: 'moet een lijst [ … ] zijn, niet de tekst "geen"' },
    ]);
  });
});

describe('the field a slip meant', () => {
  it('is the closest known one, when close enough to be a slip', () => {
    expect(nearest('onderwrp', ['onderwerp', 'datum'])).toBe('onderwerp');
    expect(nearest('Datum', ['onderwerp', 'datum'])).toBe('datum');
    expect(nearest('aan', ['onderwerp', 'datum'])).toBeUndefined();
    expect(nearest('x'.repeat(100), ['x'.repeat(99)])).toBeUndefined();
  });
});
