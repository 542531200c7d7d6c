// The list of ambtelijke woorden that a functioneel beheerder keeps: validated with a message naming the entry.
import { describe, expect, it } from 'vitest';
import { compileWordList, erenForms, parseAmbtelijkeWoorden } from '../readability/word-list.js';
import { issuesOf } from './helpers/assets.js';
import { shippedWordList } from './helpers/readability.js';

describe('the shipped list', () => {
  it('is valid, with the words the issue asks for and their alternatives', () => {
    const list = parseAmbtelijkeWoorden(shippedWordList());
    const alternatives = new Map(list.woorden.map((e) => [e.woord, e.alternatieven]));
    expect(alternatives.get('inzake')).toEqual(['over']);
    expect(alternatives.get('middels')).toContain('met');
    expect(alternatives.get('ten behoeve van')).toEqual(['voor']);
    expect(alternatives.get('faciliteren')).toEqual(['helpen', 'mogelijk maken']);
    expect(alternatives.get('integraal')).toContain('samenhangend');
    expect(alternatives.get('in het kader van')).toEqual(['voor', 'bij']);
  });
});

describe('a list with mistakes', () => {
  const entries = (...woorden: unknown[]) => ({ woorden });

  it('names the entry by number and word, and the field', async () => {
    const issues = await issuesOf(() =>
      parseAmbtelijkeWoorden(
        entries({ woord: 'inzake', alternatieven: ['over'] }, { woord: 'middels', alternatieven: [] }),
        'lijst.json',
      ),
    );
    expect(issues).toEqual([
      {
        path: 'lijst.json: woorden[1] ("middels").alternatieven',
        message: 'noem ten minste één gewoner alternatief',
      },
    ]);
  });

  it('refuses a word with markup or double spaces, and an unknown field', async () => {
    const issues = await issuesOf(() =>
      parseAmbtelijkeWoorden(
        entries(
          { woord: 'in<b>zake', alternatieven: ['over'] },
          { woord: 'ten  behoeve van', alternatieven: ['voor'] },
          { woord: 'thans', alternatieven: ['nu'], synoniemen: ['nu'] },
        ),
        'lijst.json',
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'lijst.json: woorden[0] ("in<b>zake").woord',
      'lijst.json: woorden[1] ("ten  behoeve van").woord',
      'lijst.json: woorden[2] ("thans")',
    ]);
    expect(issues[2]?.message).toContain('synoniemen');
  });

  it('refuses a word that two entries claim', async () => {
    const issues = await issuesOf(() =>
      parseAmbtelijkeWoorden(
        entries(
          { woord: 'inzake', alternatieven: ['over'] },
          { woord: 'omtrent', alternatieven: ['over'], vormen: ['Inzake'] },
        ),
        'lijst.json',
      ),
    );
    expect(issues).toEqual([
      { path: 'lijst.json: woorden[1] ("omtrent")', message: '"Inzake" staat ook al bij woorden[0]' },
    ]);
  });

  it('refuses a file without a list', async () => {
    const issues = await issuesOf(() => parseAmbtelijkeWoorden({ woorden: [] }, 'lijst.json'));
    expect(issues.map((i) => i.path)).toEqual(['lijst.json: woorden']);
  });
});

describe('forms', () => {
  it('derives the forms of a werkwoord on -eren, with a diaeresis where ge- needs one', () => {
    expect(erenForms('faciliteren')).toEqual([
      'faciliteer',
      'faciliteert',
      'faciliteerde',
      'faciliteerden',
      'gefaciliteerd',
      'faciliterend',
      'faciliterende',
    ]);
    expect(erenForms('evalueren')).toContain('geëvalueerd');
    expect(erenForms('informeren')).toContain('geïnformeerd');
    expect(erenForms('verstrekken')).toEqual([]);
    expect(erenForms('leren')).toEqual([]);
  });

  it('compiles phrases by their first word, longest first', () => {
    const list = compileWordList(
      parseAmbtelijkeWoorden({
        woorden: [
          { woord: 'middels', alternatieven: ['met'] },
          { woord: 'middels welke', alternatieven: ['waarmee'] },
        ],
      }),
    );
    expect(list.get('middels')?.map((p) => p.words.join(' '))).toEqual(['middels welke', 'middels']);
  });
});
