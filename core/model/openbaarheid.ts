import { z } from './zod-nl.js';
import { Text } from './text.js';

/**
 * The legal grounds on which a memo is not public: an exception of the Wet open overheid (art. 5.1 lid 1 a–e, lid 2
 * a–i, art. 5.2), or geheimhouding under the Gemeentewet (art. 25, 55, 86). Declared once, here: the schema, the
 * form's choices and the document's sentence all come from this table.
 */
const GRONDEN = [
  {
    waarde: 'woo-5.1-1a',
    wet: 'woo',
    artikel: 'artikel 5.1, eerste lid, onder a',
    omschrijving: 'de eenheid van de Kroon',
  },
  {
    waarde: 'woo-5.1-1b',
    wet: 'woo',
    artikel: 'artikel 5.1, eerste lid, onder b',
    omschrijving: 'de veiligheid van de Staat',
  },
  {
    waarde: 'woo-5.1-1c',
    wet: 'woo',
    artikel: 'artikel 5.1, eerste lid, onder c',
    omschrijving: 'bedrijfs- en fabricagegegevens die vertrouwelijk aan de overheid zijn meegedeeld',
  },
  {
    waarde: 'woo-5.1-1d',
    wet: 'woo',
    artikel: 'artikel 5.1, eerste lid, onder d',
    omschrijving: 'bijzondere of strafrechtelijke persoonsgegevens',
  },
  {
    waarde: 'woo-5.1-1e',
    wet: 'woo',
    artikel: 'artikel 5.1, eerste lid, onder e',
    omschrijving: 'nummers die personen identificeren, zoals het burgerservicenummer',
  },
  {
    waarde: 'woo-5.1-2a',
    wet: 'woo',
    artikel: 'artikel 5.1, tweede lid, onder a',
    omschrijving:
      'de betrekkingen van Nederland met andere landen en staten en met internationale organisaties',
  },
  {
    waarde: 'woo-5.1-2b',
    wet: 'woo',
    artikel: 'artikel 5.1, tweede lid, onder b',
    omschrijving:
      'de economische of financiële belangen van de Staat, andere publiekrechtelijke lichamen of bestuursorganen',
  },
  {
    waarde: 'woo-5.1-2c',
    wet: 'woo',
    artikel: 'artikel 5.1, tweede lid, onder c',
    omschrijving: 'de opsporing en vervolging van strafbare feiten',
  },
  {
    waarde: 'woo-5.1-2d',
    wet: 'woo',
    artikel: 'artikel 5.1, tweede lid, onder d',
    omschrijving: 'de inspectie, controle en toezicht door bestuursorganen',
  },
  {
    waarde: 'woo-5.1-2e',
    wet: 'woo',
    artikel: 'artikel 5.1, tweede lid, onder e',
    omschrijving: 'de eerbiediging van de persoonlijke levenssfeer',
  },
  {
    waarde: 'woo-5.1-2f',
    wet: 'woo',
    artikel: 'artikel 5.1, tweede lid, onder f',
    omschrijving: 'de bescherming van concurrentiegevoelige bedrijfs- en fabricagegegevens',
  },
  {
    waarde: 'woo-5.1-2g',
    wet: 'woo',
    artikel: 'artikel 5.1, tweede lid, onder g',
    omschrijving: 'de bescherming van het milieu waarop de informatie betrekking heeft',
  },
  {
    waarde: 'woo-5.1-2h',
    wet: 'woo',
    artikel: 'artikel 5.1, tweede lid, onder h',
    omschrijving: 'de beveiliging van personen en bedrijven en het voorkomen van sabotage',
  },
  {
    waarde: 'woo-5.1-2i',
    wet: 'woo',
    artikel: 'artikel 5.1, tweede lid, onder i',
    omschrijving: 'het goed functioneren van de Staat, andere publiekrechtelijke lichamen of bestuursorganen',
  },
  {
    waarde: 'woo-5.2',
    wet: 'woo',
    artikel: 'artikel 5.2',
    omschrijving: 'persoonlijke beleidsopvattingen in documenten voor intern beraad',
  },
  {
    waarde: 'gemeentewet-25',
    wet: 'gemeentewet',
    artikel: 'artikel 25',
    omschrijving:
      'geheimhouding over stukken aan de raad, opgelegd door de raad of door wie ze de raad stuurt',
    door: 'Er is',
  },
  {
    waarde: 'gemeentewet-55',
    wet: 'gemeentewet',
    artikel: 'artikel 55',
    omschrijving: 'geheimhouding opgelegd door het college',
    door: 'Het college heeft',
  },
  {
    waarde: 'gemeentewet-86',
    wet: 'gemeentewet',
    artikel: 'artikel 86',
    omschrijving: 'geheimhouding opgelegd door de burgemeester',
    door: 'De burgemeester heeft',
  },
] as const;

type GrondWaarde = (typeof GRONDEN)[number]['waarde'];
const GROND_WAARDEN = GRONDEN.map((g) => g.waarde) as [GrondWaarde, ...GrondWaarde[]];

const WETTEN = { woo: 'Wet open overheid', gemeentewet: 'Gemeentewet' } as const;

/** A ground as the form offers it: its value in the memo file, the law it belongs to and a short Dutch label. */
export interface GrondKeuze {
  waarde: GrondWaarde;
  wet: (typeof WETTEN)[keyof typeof WETTEN];
  /** "Woo art. 5.1 lid 2 e: de eerbiediging van de persoonlijke levenssfeer". */
  label: string;
}

function shortArticle(artikel: string): string {
  return artikel
    .replace('artikel', 'art.')
    .replace(', eerste lid, onder ', ' lid 1 ')
    .replace(', tweede lid, onder ', ' lid 2 ');
}

/** The grounds in the order of the law, Woo first, each with its label, for the form's choice. */
export const OPENBAARHEID_GRONDEN: readonly GrondKeuze[] = GRONDEN.map((g) => ({
  waarde: g.waarde,
  wet: WETTEN[g.wet],
  label: `${g.wet === 'woo' ? 'Woo' : 'Gemeentewet'} ${shortArticle(g.artikel)}: ${g.omschrijving}`,
}));

export const OpenbaarheidGrond = z
  .enum(GROND_WAARDEN)
  .describe(
    'Waarom de nota niet openbaar is: een uitzondering van de Woo ("woo-5.1-2e" is artikel 5.1, tweede lid, onder e) ' +
      'of geheimhouding op grond van de Gemeentewet ("gemeentewet-25", "gemeentewet-55", "gemeentewet-86")',
  );
export type OpenbaarheidGrond = z.infer<typeof OpenbaarheidGrond>;

/**
 * The eight values of the ZGW Documenten API's `vertrouwelijkheidaanduiding` (VertrouwelijkheidaanduidingEnum), in
 * its order, from open to closed, with its Dutch labels.
 */
const AANDUIDINGEN = [
  { waarde: 'openbaar', label: 'Openbaar' },
  { waarde: 'beperkt_openbaar', label: 'Beperkt openbaar' },
  { waarde: 'intern', label: 'Intern' },
  { waarde: 'zaakvertrouwelijk', label: 'Zaakvertrouwelijk' },
  { waarde: 'vertrouwelijk', label: 'Vertrouwelijk' },
  { waarde: 'confidentieel', label: 'Confidentieel' },
  { waarde: 'geheim', label: 'Geheim' },
  { waarde: 'zeer_geheim', label: 'Zeer geheim' },
] as const;

type AanduidingWaarde = (typeof AANDUIDINGEN)[number]['waarde'];

/** Any of the ZGW's eight aanduidingen, "openbaar" included: what an export or an upload carries. */
export const ZgwVertrouwelijkheidaanduiding = z.enum(
  AANDUIDINGEN.map((a) => a.waarde) as [AanduidingWaarde, ...AanduidingWaarde[]],
);
export type ZgwVertrouwelijkheidaanduiding = z.infer<typeof ZgwVertrouwelijkheidaanduiding>;

/** The aanduidingen a memo that is not public may carry: all of the ZGW's but "openbaar". */
export type Vertrouwelijkheidaanduiding = Exclude<ZgwVertrouwelijkheidaanduiding, 'openbaar'>;

/** The seven aanduidingen of a memo that is not public, with their labels, for the form's choice. */
export const VERTROUWELIJKHEIDAANDUIDINGEN = AANDUIDINGEN.filter(
  (a): a is Extract<(typeof AANDUIDINGEN)[number], { waarde: Vertrouwelijkheidaanduiding }> =>
    a.waarde !== 'openbaar',
);

const AANDUIDING_WAARDEN = VERTROUWELIJKHEIDAANDUIDINGEN.map((a) => a.waarde) as [
  Vertrouwelijkheidaanduiding,
  ...Vertrouwelijkheidaanduiding[],
];

export const Vertrouwelijkheidaanduiding = z
  .enum(AANDUIDING_WAARDEN, {
    // A memo that is not public cannot be marked public: an export would publish it (see zgwAanduiding).
    error: (issue) =>
      issue.input === 'openbaar'
        ? 'kan niet "openbaar" zijn bij een nota die niet openbaar is; kies openbaar: true, of een andere aanduiding'
        : undefined,
  })
  .describe(
    'De vertrouwelijkheidaanduiding van de ZGW Documenten API: beperkt_openbaar, intern, zaakvertrouwelijk, ' +
      'vertrouwelijk, confidentieel, geheim of zeer_geheim',
  );

// A ground or aanduiding beside "openbaar: true" is a contradiction, told as such rather than as an unknown field.
const notWhenPublic = z.never({ error: 'hoort niet bij een openbare nota (openbaar: true)' }).optional();

const Openbaar = z
  .object({
    openbaar: z.literal(true).describe('De nota is openbaar'),
    grond: notWhenPublic,
    vertrouwelijkheidaanduiding: notWhenPublic,
    toelichting: notWhenPublic,
  })
  .strict();

const NietOpenbaar = z
  .object({
    openbaar: z.literal(false).describe('De nota is niet openbaar'),
    grond: OpenbaarheidGrond,
    vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding,
    toelichting: Text.optional().describe('Waarom de grond hier geldt, of tot wanneer'),
  })
  .strict();

/**
 * Whether a memo is public, and if not, on what legal ground and with what vertrouwelijkheidaanduiding. A memo that is
 * not public always names both, so that no export can mistake it for a public one.
 */
export const Openbaarheid = z
  .discriminatedUnion('openbaar', [Openbaar, NietOpenbaar])
  .describe('Of de nota openbaar is; zo niet, op welke grond en met welke vertrouwelijkheidaanduiding');
export type Openbaarheid = z.infer<typeof Openbaarheid>;

/**
 * The ZGW Documenten API's vertrouwelijkheidaanduiding of a memo: "openbaar" only for a memo that says it is. The API
 * fills a blank one in from the informatieobjecttype, which may be public; an export therefore always sends this value.
 */
export function zgwAanduiding(openbaarheid: Openbaarheid): ZgwVertrouwelijkheidaanduiding {
  return openbaarheid.openbaar ? 'openbaar' : openbaarheid.vertrouwelijkheidaanduiding;
}

/** An article as a sentence cites it: "artikel 5.1, tweede lid, onder e, van de …", with the comma after the part. */
function cited(artikel: string): string {
  return artikel.includes(', onder ') ? `${artikel},` : artikel;
}

/** What the document says of the choice, at the top of its section: one sentence per paragraph. */
export function openbaarheidZinnen(openbaarheid: Openbaarheid): string[] {
  if (openbaarheid.openbaar) return ['Deze nota is openbaar.'];
  const grond = GRONDEN.find((g) => g.waarde === openbaarheid.grond);
  const aanduiding = VERTROUWELIJKHEIDAANDUIDINGEN.find(
    (a) => a.waarde === openbaarheid.vertrouwelijkheidaanduiding,
  );
  const reden =
    grond === undefined
      ? []
      : 'door' in grond
        ? [`${grond.door} geheimhouding opgelegd op grond van ${grond.artikel} van de Gemeentewet.`]
        : [`Dit volgt uit ${cited(grond.artikel)} van de Wet open overheid: ${grond.omschrijving}.`];
  return [
    'Deze nota is niet openbaar.',
    ...reden,
    `Vertrouwelijkheid: ${(aanduiding?.label ?? openbaarheid.vertrouwelijkheidaanduiding).toLowerCase()}.`,
    ...(openbaarheid.toelichting === undefined ? [] : [openbaarheid.toelichting]),
  ];
}

/**
 * What every page of a memo that is not public says of it, beside its kenmerk: "Niet openbaar (geheim)". The Gemeentewet
 * asks that geheimhouding be stated on the documents themselves (art. 25, tweede lid), not only in a section.
 */
export function nietOpenbaarMarkering(openbaarheid: Openbaarheid): string | undefined {
  if (openbaarheid.openbaar) return undefined;
  const aanduiding = VERTROUWELIJKHEIDAANDUIDINGEN.find(
    (a) => a.waarde === openbaarheid.vertrouwelijkheidaanduiding,
  );
  return `Niet openbaar (${(aanduiding?.label ?? openbaarheid.vertrouwelijkheidaanduiding).toLowerCase()})`;
}
