import { describe, expect, it } from 'vitest';
import { guessMapping, parseMapping } from '../services/register/import/index.js';
import { issuesOf } from './helpers/assets.js';

describe('guessing the mapping from the header', () => {
  it('knows the common Dutch names of a motie list', () => {
    const header = [
      'Nr.',
      'Onderwerp',
      'Vergadering',
      'Datum aangenomen',
      'Indieners',
      'Wethouder',
      'Deadline',
    ];
    expect(guessMapping([...header, 'Stand van zaken'])).toEqual({
      soort: 'motie',
      kolommen: {
        nummer: 'Nr.',
        titel: 'Onderwerp',
        vergadering: 'Vergadering',
        datumAangenomen: 'Datum aangenomen',
        indieners: 'Indieners',
        portefeuillehouder: 'Wethouder',
        termijn: 'Deadline',
        status: 'Stand van zaken',
      },
    });
  });

  it('ignores case, accents, punctuation and a remark in parentheses', () => {
    const header = [
      'NUMMER',
      'Títel',
      ' vergadering ',
      'Datum-aangenomen:',
      'Portefeuillehouder (wethouder)',
      'STATUS',
    ];
    expect(guessMapping(header).kolommen).toEqual({
      nummer: 'NUMMER',
      titel: 'Títel',
      vergadering: ' vergadering ',
      datumAangenomen: 'Datum-aangenomen:',
      portefeuillehouder: 'Portefeuillehouder (wethouder)',
      status: 'STATUS',
    });
  });

  it('knows a toezegging list by its own names, and gives a generic "Datum" to the date a toezegging needs', () => {
    const header = ['Nr', 'Toezegging', 'Toegezegd door', 'Datum', 'Vergadering', 'Termijn', 'Status'];
    expect(guessMapping(header)).toEqual({
      soort: 'toezegging',
      kolommen: {
        nummer: 'Nr',
        vergadering: 'Vergadering',
        termijn: 'Termijn',
        status: 'Status',
        omschrijving: 'Toezegging',
        gedaanDoor: 'Toegezegd door',
        gedaanOp: 'Datum',
      },
    });
  });

  it('prefers the more telling name, and leaves the other column out', () => {
    const mapping = guessMapping(['Datum', 'Titel', 'Datum aangenomen', 'Vergadering', 'Nr.', 'Status']);
    expect(mapping.kolommen.datumAangenomen).toBe('Datum aangenomen');
    expect(Object.values(mapping.kolommen)).not.toContain('Datum');
  });

  it('maps the fields of both kinds when a column gives the soort per row', () => {
    expect(guessMapping(['Soort', 'Nr.', 'Onderwerp', 'Vergadering', 'Datum', 'Status'])).toEqual({
      soort: { kolom: 'Soort' },
      kolommen: {
        nummer: 'Nr.',
        titel: 'Onderwerp',
        vergadering: 'Vergadering',
        datumAangenomen: 'Datum',
        status: 'Status',
        omschrijving: 'Onderwerp',
        gedaanOp: 'Datum',
      },
    });
  });

  it('refuses a header that does not tell moties from toezeggingen, unless the soort is given', async () => {
    const header = ['Nr.', 'Onderwerp', 'Datum', 'Status'];
    expect(await issuesOf(() => guessMapping(header))).toEqual([
      { path: 'soort', message: expect.stringContaining('moties of toezeggingen') as string },
    ]);
    expect(guessMapping(header, 'toezegging')).toEqual({
      soort: 'toezegging',
      kolommen: { nummer: 'Nr.', status: 'Status', omschrijving: 'Onderwerp', gedaanOp: 'Datum' },
    });
  });
});

describe('a mapping file', () => {
  it('accepts a kind per row from a column', () => {
    const mapping = {
      soort: { kolom: 'Soort' },
      kolommen: { titel: 'Onderwerp', omschrijving: 'Onderwerp' },
    };
    expect(parseMapping(mapping)).toEqual(mapping);
  });

  it('is refused with a Dutch message for each wrong field', async () => {
    const issues = await issuesOf(() =>
      parseMapping({ soort: 'amendement', kolommen: { titel: '  ', kleur: 'Kleur' }, extra: true }),
    );
    expect(issues).toEqual([
      {
        path: 'soort',
        message: expect.stringMatching(
          /^Soort moet "motie" of "toezegging" zijn, of \{ "kolom": "…" \}/,
        ) as string,
      },
      { path: 'kolommen.titel', message: 'Kolom voor titel is leeg' },
      {
        path: 'kolommen.kleur',
        message: expect.stringMatching(/^onbekend veld; hier horen nummer, .*gedaanOp$/) as string,
      },
      { path: 'extra', message: 'onbekend veld; hier horen soort, kolommen' },
    ]);
  });

  it('refuses a field of the other kind when the soort is fixed', async () => {
    expect(
      await issuesOf(() => parseMapping({ soort: 'motie', kolommen: { omschrijving: 'Tekst' } })),
    ).toEqual([
      {
        path: 'kolommen.omschrijving',
        message: expect.stringContaining('hoort niet bij een motie') as string,
      },
    ]);
  });
});
