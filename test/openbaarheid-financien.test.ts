// Openbaarheid and financiën as choices, not free text: the schemas refuse what cannot be true, in the words of the
// document; the manifest checks where they are printed; the document prints them at the top of their section.
import { describe, expect, it } from 'vitest';
import { Manifest } from '../core/model/manifest.js';
import { parseMemo } from '../core/model/memo.js';
import {
  OPENBAARHEID_GRONDEN,
  VERTROUWELIJKHEIDAANDUIDINGEN,
  openbaarheidZinnen,
  zgwAanduiding,
  Openbaarheid,
} from '../core/model/openbaarheid.js';
import { Financien, financienZinnen } from '../core/model/financien.js';
import type { Veld } from '../core/model/fields.js';
import { exampleInput, issuesOf, shippedManifest } from './helpers/assets.js';

const velden: Veld[] = [
  {
    naam: 'openbaarheid',
    label: 'Openbaarheid',
    soort: 'openbaarheid',
    verplicht: true,
    sectie: 'openbaarheid',
  },
  {
    naam: 'financien',
    label: 'Financiële consequenties',
    soort: 'financien',
    verplicht: false,
    sectie: 'financiele-consequenties',
  },
];

/**
 * The problems of the informatienota example with its own fields replaced (a field given as undefined left out),
 * checked against a type that has the two fields, each as "path: message".
 */
async function issuesWith(fields: Record<string, unknown>): Promise<string[]> {
  const given: Record<string, unknown> = {
    ...(await exampleInput('informatienota')),
    openbaarheid: { openbaar: true },
    ...fields,
  };
  const input = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  const own = shippedManifest('informatienota').velden.filter((v) => !velden.some((w) => w.naam === v.naam));
  const issues = await issuesOf(() =>
    parseMemo(input, { type: 'informatienota', velden: [...own, ...velden] }),
  );
  return issues.map((i) => `${i.path}: ${i.message}`);
}

describe('the openbaarheid of a memo', () => {
  it('is public, or not public with its ground and one of the seven ZGW aanduidingen but "openbaar"', () => {
    expect(Openbaarheid.parse({ openbaar: true })).toEqual({ openbaar: true });
    const geheim = { openbaar: false, grond: 'gemeentewet-25', vertrouwelijkheidaanduiding: 'geheim' };
    expect(Openbaarheid.parse(geheim)).toEqual(geheim);
    expect(VERTROUWELIJKHEIDAANDUIDINGEN.map((a) => a.waarde)).toEqual([
      'beperkt_openbaar',
      'intern',
      'zaakvertrouwelijk',
      'vertrouwelijk',
      'confidentieel',
      'geheim',
      'zeer_geheim',
    ]);
    // Woo 5.1 lid 1 a–e, lid 2 a–i, 5.2, and the three articles of the Gemeentewet.
    expect(OPENBAARHEID_GRONDEN).toHaveLength(5 + 9 + 1 + 3);
    expect(OPENBAARHEID_GRONDEN.find((g) => g.waarde === 'woo-5.1-2e')?.label).toBe(
      'Woo art. 5.1 lid 2 e: de eerbiediging van de persoonlijke levenssfeer',
    );
  });

  it('never maps a memo that is not public onto the public aanduiding', () => {
    expect(zgwAanduiding({ openbaar: true })).toBe('openbaar');
    for (const { waarde } of VERTROUWELIJKHEIDAANDUIDINGEN) {
      expect(
        zgwAanduiding({ openbaar: false, grond: 'woo-5.1-2e', vertrouwelijkheidaanduiding: waarde }),
      ).not.toBe('openbaar');
    }
  });

  it('refuses a memo that is not public but marked "openbaar", or lacks its ground, naming the field', async () => {
    expect(
      await issuesWith({
        openbaarheid: { openbaar: false, grond: 'woo-5.1-2e', vertrouwelijkheidaanduiding: 'openbaar' },
      }),
    ).toEqual([
      'openbaarheid.vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding kan niet "openbaar" zijn bij een nota ' +
        'die niet openbaar is; kies openbaar: true, of een andere aanduiding',
    ]);
    const [grond, aanduiding, ...rest] = await issuesWith({ openbaarheid: { openbaar: false } });
    expect(grond).toMatch(/^openbaarheid\.grond: Wettelijke grond ontbreekt; kies "woo-5\.1-1a", /);
    expect(aanduiding).toMatch(
      /^openbaarheid\.vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding ontbreekt; kies "beperkt_openbaar", /,
    );
    expect(rest).toEqual([]);
  });

  it('refuses a public memo with a ground, an unknown ground, and a missing choice', async () => {
    expect(await issuesWith({ openbaarheid: { openbaar: true, grond: 'woo-5.2' } })).toEqual([
      'openbaarheid.grond: Wettelijke grond hoort niet bij een openbare nota (openbaar: true)',
    ]);
    const unknown = await issuesWith({
      openbaarheid: { openbaar: false, grond: 'woo-5.1-3', vertrouwelijkheidaanduiding: 'geheim' },
    });
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatch(
      /^openbaarheid\.grond: Wettelijke grond moet .* zijn, niet de tekst "woo-5\.1-3"$/,
    );
    expect(await issuesWith({ openbaarheid: undefined })).toEqual(['openbaarheid: Openbaarheid ontbreekt']);
    const text = await issuesWith({ openbaarheid: 'openbaar' });
    expect(text).toHaveLength(1);
    expect(text[0]).toMatch(/^openbaarheid: Openbaarheid moet een object/);
  });

  it('reads as Dutch sentences: public, or not public with the ground and the aanduiding', () => {
    expect(openbaarheidZinnen({ openbaar: true })).toEqual(['Deze nota is openbaar.']);
    expect(
      openbaarheidZinnen({ openbaar: false, grond: 'gemeentewet-55', vertrouwelijkheidaanduiding: 'geheim' }),
    ).toEqual([
      'Deze nota is niet openbaar.',
      'Het college heeft geheimhouding opgelegd op grond van artikel 55 van de Gemeentewet.',
      'Vertrouwelijkheid: geheim.',
    ]);
    expect(
      openbaarheidZinnen({
        openbaar: false,
        grond: 'woo-5.1-2e',
        vertrouwelijkheidaanduiding: 'beperkt_openbaar',
        toelichting: 'De bijlage noemt de namen van omwonenden.',
      }),
    ).toEqual([
      'Deze nota is niet openbaar.',
      'Dit volgt uit artikel 5.1, tweede lid, onder e, van de Wet open overheid: de eerbiediging van de persoonlijke levenssfeer.',
      'Vertrouwelijkheid: beperkt openbaar.',
      'De bijlage noemt de namen van omwonenden.',
    ]);
  });
});

describe('the financiën of a memo', () => {
  it('refuse a begrotingswijziging or a dekking without financial consequences, naming the field', async () => {
    expect(
      await issuesWith({
        financien: { financieleGevolgen: false, begrotingswijziging: true, dekking: 'Uit de reserve' },
      }),
    ).toEqual([
      'financien.begrotingswijziging: Begrotingswijziging: kan niet true zijn als de nota geen financiële gevolgen ' +
        'heeft (financieleGevolgen: false)',
      'financien.dekking: Dekking: hoort alleen bij een nota met financiële gevolgen (financieleGevolgen: true)',
    ]);
    expect(await issuesWith({ financien: { financieleGevolgen: 'ja', dekking: '' } })).toEqual([
      'financien.financieleGevolgen: Financiële gevolgen moet true of false zijn, niet de tekst "ja"',
      'financien.begrotingswijziging: Begrotingswijziging ontbreekt',
      'financien.dekking: Dekking is leeg',
    ]);
  });

  it('read as one line per answer', () => {
    expect(Financien.parse({ financieleGevolgen: false, begrotingswijziging: false })).toBeDefined();
    expect(
      financienZinnen({
        financieleGevolgen: true,
        begrotingswijziging: false,
        dekking: 'Uit het budget Wijkaanpak.',
      }),
    ).toEqual([
      'Financiële gevolgen: ja.',
      'Begrotingswijziging: nee.',
      'Dekking: Uit het budget Wijkaanpak.',
    ]);
  });
});

describe('a veld printed in a section', () => {
  const base = {
    type: 'proef',
    titel: 'Proef',
    sjabloon: 'proef.hbs',
    secties: [
      { sleutel: 'inleiding', titel: 'Inleiding', verplicht: true },
      { sleutel: 'openbaarheid', titel: 'Openbaarheid', verplicht: true },
    ],
  };

  it('names a section of the manifest, one veld per section, and only for the kinds that print there', () => {
    expect(Manifest.safeParse({ ...base, velden: [velden[0]] }).success).toBe(true);
    const result = Manifest.safeParse({
      ...base,
      velden: [
        velden[0],
        { ...velden[0], naam: 'nogmaals' },
        { ...velden[1], sectie: 'financien' },
        { naam: 'team', label: 'Team', soort: 'tekst', sectie: 'inleiding' },
      ],
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['velden.3.sectie', 'alleen een veld van soort "openbaarheid" of "financien" staat in een sectie'],
      [
        'velden.1.sectie',
        'in sectie "openbaarheid" staat al veld "openbaarheid"; een sectie heeft hooguit één veld',
      ],
      [
        'velden.2.sectie',
        'sectie "financien" staat niet in de secties van dit manifest; kies uit: inleiding, openbaarheid',
      ],
    ]);
  });
});
