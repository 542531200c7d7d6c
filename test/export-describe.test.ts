// The one description an export maps from, taken from a checked memo: what it answers, the meeting when the memo's
// type knows it, and a refusal rather than a guess when the memo does not say whether it is public.
import { describe, expect, it } from 'vitest';
import { ExportDescription } from '../core/model/export.js';
import { describeMemo } from '../services/export/describe.js';
import { exampleMemo } from './helpers/export-examples.js';

describe('describeMemo', () => {
  it('describes the raadsvoorstel with its meeting and agendapunt, and what it answers', () => {
    const d = ExportDescription.parse(
      describeMemo(exampleMemo('raadsvoorstel'), 'Gemeente Voorbeeld', 'Raadsvoorstel'),
    );
    expect(d).toMatchObject({
      type: 'raadsvoorstel',
      typeNaam: 'Raadsvoorstel',
      organisatie: 'Gemeente Voorbeeld',
      kenmerk: '2026-004633',
      afdeling: 'Openbare Ruimte, team Groen en Spelen',
      vergadering: { naam: 'Raadsvergadering, agendapunt 9', datum: '2026-11-26' },
      openbaarheid: { openbaar: true },
      beantwoordt: [
        {
          soort: 'motie',
          nummer: 'M-28',
          omschrijving: 'Spelen dicht bij huis',
          datum: '2025-11-06',
          vergadering: 'Begroting 2026',
        },
      ],
    });
  });

  it("takes an informatienota's meeting from its besluitpagina once it is known, and leaves it out before", () => {
    const memo = exampleMemo('informatienota');
    expect(describeMemo(memo, 'Gemeente Voorbeeld', 'Informatienota').vergadering).toBeUndefined();
    const known = describeMemo(
      { ...memo, raadsbesluit: { vergaderdatum: '2026-11-12' } },
      'Gemeente Voorbeeld',
      'Informatienota',
    );
    expect(known.vergadering).toEqual({ naam: 'Raadsvergadering', datum: '2026-11-12' });
    expect(known.bijlagen[2]).toEqual({
      titel: 'Evaluatie pilot schoolzwemmen 2025–2026',
      bestand: 'bijlagen/evaluatie-pilot-schoolzwemmen.pdf',
    });
  });

  it("takes a raadsmededeling's team as its afdeling", () => {
    expect(describeMemo(exampleMemo('raadsmededeling'), 'G', 'Raadsmededeling').afdeling).toBe(
      'Openbare Ruimte',
    );
  });

  it('refuses a memo that does not say whether it is public, rather than taking it for public', () => {
    const memo = exampleMemo('raadsmededeling');
    delete memo.openbaarheid;
    expect(() => describeMemo(memo, 'G', 'Raadsmededeling')).toThrow(/Openbaarheid ontbreekt/);
  });
});
