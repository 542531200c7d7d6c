// The B1 check where it was wrong on real memos (issue 10, item 7): each case in sentences written for this test.
import { describe, expect, it } from 'vitest';
import { htmlTextBlocks } from '../readability/html-text.js';
import { plainTextBlocks } from '../readability/plain-text.js';
import { sentencesOf } from '../readability/segment.js';
import { Syllables } from '../readability/syllables.js';
import { check, findingsOf, flagged } from './helpers/readability.js';

const sentences = (html: string): string[] =>
  htmlTextBlocks(html).flatMap((block) => sentencesOf(block).map((s) => block.text.slice(s.start, s.end)));

describe('a full stop after an ordinary word ends the sentence', () => {
  it('after a separable particle that a parser takes for a Latin abbreviation (“op.” for opere)', () => {
    expect(sentences('<p>Wij lossen dit samen met de partners op. Daarna kijken wij verder.</p>')).toEqual([
      'Wij lossen dit samen met de partners op.',
      'Daarna kijken wij verder.',
    ]);
  });

  it.each(['op', 'af', 'aan', 'uit', 'mee', 'door', 'over', 'in', 'toe', 'bij', 'na', 'om', 'terug'])(
    'after “%s.” before a capital, and at the end of the paragraph',
    (particle) => {
      expect(
        sentences(`<p>Wij pakken het ${particle}. De raad hoort het. Wij pakken het ${particle}.</p>`),
      ).toEqual([`Wij pakken het ${particle}.`, 'De raad hoort het.', `Wij pakken het ${particle}.`]);
    },
  );

  it('after a Dutch word such as “cent”', () => {
    expect(sentences('<p>Het kost vijftig cent. Dat is weinig.</p>')).toEqual([
      'Het kost vijftig cent.',
      'Dat is weinig.',
    ]);
  });

  it('after “v.v.” (vice versa), an abbreviation that closes a sentence', () => {
    expect(sentences('<p>De school helpt de ouders en v.v. De gemeente betaalt.</p>')).toEqual([
      'De school helpt de ouders en v.v.',
      'De gemeente betaalt.',
    ]);
  });

  it('but not after a real abbreviation before a capital', () => {
    expect(
      sentences('<p>Wij spraken o.a. Deventer, bijv. Zwolle, mr. De Vries en zie art. Drie van de wet.</p>'),
    ).toHaveLength(1);
  });
});

describe('a word that only looks like a participle is no passive', () => {
  it.each([
    '<p>Er is een globaal beeld van de kosten.</p>',
    '<p>Op dit moment is het beeld positief.</p>',
    '<p>Daarna is de beurt aan de raad.</p>',
    '<p>Het beeld wordt beter.</p>',
    // The stem of a strong verb, a noun: its participle ends in -en (behouden, verboden).
    '<p>Deze uren zijn voor het behoud van de buurthuizen.</p>',
    '<p>In de hal is een verbod op roken.</p>',
  ])('%s', (html) => {
    expect(flagged(html, 'passive')).toEqual([]);
  });

  it('while a participle with be- or ge- before a vowel still is one', () => {
    expect(flagged('<p>Het project wordt beëindigd.</p>', 'passive')).toEqual(['wordt beëindigd']);
    expect(flagged('<p>De raad wordt geïnformeerd.</p>', 'passive')).toEqual(['wordt geïnformeerd']);
    expect(flagged('<p>Het plan wordt beoordeeld.</p>', 'passive')).toEqual(['wordt beoordeeld']);
    expect(flagged('<p>De weegschaal wordt geijkt.</p>', 'passive')).toEqual(['wordt geijkt']);
    expect(flagged('<p>De buurthuizen worden behouden.</p>', 'passive')).toEqual(['worden behouden']);
    expect(flagged('<p>Het roken wordt verboden.</p>', 'passive')).toEqual(['wordt verboden']);
  });
});

describe('a word with a part in brackets', () => {
  it('is one word', () => {
    // Nine words: "(dorps)participatie" and "bewoner(s)" are one each.
    const { figures } = check('<p>De (dorps)participatie van de bewoner(s) gaat ons allen aan.</p>');
    expect(figures.words).toBe(9);
    expect(figures.sentences).toBe(1);
  });

  it('shows the syllables it counts', () => {
    const [finding] = findingsOf('<p>Wij willen meer (dorps)participatie.</p>', 'long-word');
    expect(finding).toMatchObject({ text: '(dorps)participatie', label: 'lang woord (6 lettergrepen)' });
    expect(finding?.explanation).toMatch(/^\(dorps\)par-ti-ci-pa-tie heeft 6 lettergrepen/u);
  });
});

describe('the syllables shown are the syllables counted', () => {
  const syllables = new Syllables();
  it.each([
    'dorps',
    'dorpsparticipatie',
    'over',
    'radio',
    'idee',
    'overleg',
    'armoedebestrijding',
    'portefeuillehouder',
    'sociaal-maatschappelijk',
    "agenda's",
    'a'.repeat(60) + 'b'.repeat(60),
  ])('%s', (word) => {
    const shown = syllables.hyphenated(word);
    expect(shown.split(/[^\p{L}]+/u).filter((s) => s !== '').length).toBeGreaterThan(0);
    const pieces = shown.split(/[-'\u2019]/u).filter((s) => /[aeiouyëïéèöü]/u.test(s));
    expect(pieces.length).toBe(syllables.of(word));
  });

  it('splits off a lone vowel where a part of a compound starts, as at the start of a word', () => {
    expect(syllables.hyphenated('bewonersinitiatieven')).toBe('be-wo-ners-i-ni-ti-a-tie-ven');
    expect(syllables.of('bewonersinitiatieven')).toBe(9);
    expect(syllables.hyphenated('hierover')).toBe('hier-o-ver');
    expect(syllables.of('hierover')).toBe(3);
  });

  it('splits off no consonant as a syllable of its own', () => {
    expect(syllables.hyphenated('dorps')).toBe('dorps');
    expect(syllables.hyphenated('over')).toBe('o-ver');
  });
});

describe('ambtelijke woorden from real memos', () => {
  it.each([
    ['<p>Dat is echter niet genoeg.</p>', 'echter'],
    ['<p>Wij leggen het plan ter besluitvorming voor.</p>', 'ter besluitvorming'],
    ['<p>In beginsel betalen wij de zwemles.</p>', 'In beginsel'],
    ['<p>Wij spraken o.a. met scholen.</p>', 'o.a.'],
    ['<p>Wij spraken met bijv. scholen.</p>', 'bijv.'],
    ['<p>Wij kopen boeken, schriften e.d. voor de school.</p>', 'e.d.'],
    ['<p>Wij kopen boeken, schriften etc. voor de school.</p>', 'etc.'],
    ['<p>Wij kopen boeken, schriften etc.</p>', 'etc.'],
    ['<p>Wij kopen boeken, schriften e.d. Ouders betalen niets.</p>', 'e.d.'],
  ])('%s', (html, word) => {
    expect(flagged(html, 'ambtelijk-woord')).toEqual([word]);
  });
});

describe('a list typed as lines in plain text', () => {
  const plainSentences = (text: string): string[] =>
    plainTextBlocks(text).flatMap((block) => sentencesOf(block).map((s) => block.text.slice(s.start, s.end)));

  it('is a list of items, each its own block without its mark, not one long sentence', () => {
    const text =
      'Wij doen drie dingen:\n- wij betalen de zwemles\n- wij helpen de scholen\n• wij praten met ouders\n\n' +
      'Wij besluiten:\n1. de nota vast te stellen;\n2) de raad te informeren.';
    expect(plainSentences(text)).toEqual([
      'Wij doen drie dingen:',
      'wij betalen de zwemles',
      'wij helpen de scholen',
      'wij praten met ouders',
      'Wij besluiten:',
      'de nota vast te stellen;',
      'de raad te informeren.',
    ]);
    expect(plainTextBlocks(text).map((b) => b.kind)).toEqual([
      'paragraph',
      'list-item',
      'list-item',
      'list-item',
      'paragraph',
      'list-item',
      'list-item',
    ]);
  });

  it('but a wrapped line that starts with a number or a minus sign goes on', () => {
    expect(plainSentences('Het kost ons dit jaar\n-2% en volgend jaar\n3.000 euro meer.')).toEqual([
      'Het kost ons dit jaar\n-2% en volgend jaar\n3.000 euro meer.',
    ]);
  });
});
