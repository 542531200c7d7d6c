import { capitalised, quote } from '../errors.js';
import type { Veld } from './fields.js';
import { FINANCIEN_LABELS } from './financien.js';
import { FIELDS, type ItemField } from './import-draft.js';
import type { Labels } from './labels.js';

// Each field of the files a user writes, in the words the document or the beheerder's manual uses for it. Declared
// once, here, beside the schemas' paths; test/messages.test.ts checks that every field of the schemas has one.

/** The fields every memo has, whatever its type. */
const MEMO_FIELDS: Readonly<Record<string, string>> = {
  type: 'Type',
  onderwerp: 'Onderwerp',
  datum: 'Datum',
  versienummer: 'Versienummer',
  kenmerk: 'Kenmerk',
  portefeuillehouder: 'Portefeuillehouder',
  bijlagen: 'Bijlagen',
  'bijlagen[].titel': 'Titel',
  'bijlagen[].bestand': 'Bestand',
  moties: 'Moties',
  'moties[].nummer': 'Nummer',
  'moties[].titel': 'Titel',
  'moties[].vergadering': 'Vergadering',
  'moties[].datumAangenomen': 'Datum aangenomen',
  toezeggingen: 'Toezeggingen',
  'toezeggingen[].nummer': 'Nummer',
  'toezeggingen[].omschrijving': 'Omschrijving',
  'toezeggingen[].gedaanOp': 'Datum',
  'toezeggingen[].vergadering': 'Vergadering',
  'toezeggingen[].gedaanDoor': 'Gedaan door',
  voorgesteldBesluit: 'Voorgesteld besluit',
  secties: 'Secties',
  'secties[].sleutel': 'Sleutel',
  'secties[].titel': 'Titel',
  'secties[].inhoud': 'Inhoud',
  ondertekening: 'Ondertekening',
  'ondertekening[].naam': 'Naam',
  'ondertekening[].functie': 'Functie',
};

/** A type's own field as its manifest declares it (`velden`): its name in the file, its label, its kind. */
type OwnField = Pick<Veld, 'naam' | 'label' | 'soort'>;

/** The labels of a type's own field, and of the parts of its kind: an informant's e-mail, a numbered decision. */
function ownFieldLabels({ naam, label, soort }: OwnField): {
  fields: Record<string, string>;
  items: Record<string, string>;
} {
  switch (soort) {
    case 'informanten':
      return {
        fields: {
          [naam]: label,
          [`${naam}[].naam`]: 'Naam',
          [`${naam}[].telefoon`]: 'Telefoon',
          [`${naam}[].email`]: 'E-mail',
        },
        items: { [naam]: 'informant' },
      };
    case 'beslissingen':
      return { fields: { [naam]: label }, items: { [naam]: 'beslissing' } };
    case 'besluitpagina':
      return { fields: { [naam]: label, [`${naam}.vergaderdatum`]: 'Datum raadsvergadering' }, items: {} };
    case 'openbaarheid':
      return {
        fields: {
          [naam]: label,
          [`${naam}.openbaar`]: 'Openbaar',
          [`${naam}.grond`]: 'Wettelijke grond',
          [`${naam}.vertrouwelijkheidaanduiding`]: 'Vertrouwelijkheidaanduiding',
          [`${naam}.toelichting`]: 'Toelichting bij de openbaarheid',
        },
        items: {},
      };
    case 'financien':
      return {
        fields: {
          [naam]: label,
          [`${naam}.financieleGevolgen`]: FINANCIEN_LABELS.financieleGevolgen,
          [`${naam}.begrotingswijziging`]: FINANCIEN_LABELS.begrotingswijziging,
          [`${naam}.dekking`]: FINANCIEN_LABELS.dekking,
        },
        items: {},
      };
    default:
      return { fields: { [naam]: label }, items: {} };
  }
}

/** A section by what the writer sees of it: its title, else its sleutel, else its place. */
function sectionName(raw: unknown, index: number): string {
  const secties = (raw as { secties?: unknown } | null)?.secties;
  const sectie: unknown = Array.isArray(secties) ? secties[index] : undefined;
  const { titel, sleutel } = (typeof sectie === 'object' && sectie !== null ? sectie : {}) as Record<
    string,
    unknown
  >;
  if (typeof titel === 'string' && titel.trim() !== '') return `sectie ${quote(titel.trim())}`;
  if (typeof sleutel === 'string' && sleutel !== '') return `sectie ${quote(sleutel)}`;
  return `sectie ${String(index + 1)}`;
}

/**
 * The labels of a memo file: the fields every memo has, and the type's own fields as its manifest names them
 * (`velden`; none when the type is not known).
 */
export function memoLabels(raw: unknown, velden: readonly OwnField[] = []): Labels {
  const fields: Record<string, string> = { ...MEMO_FIELDS };
  const items: Record<string, string | ((index: number) => string)> = {
    bijlagen: 'bijlage',
    moties: 'motie',
    toezeggingen: 'toezegging',
    ondertekening: 'ondertekenaar',
    secties: (index) => sectionName(raw, index),
  };
  for (const veld of velden) {
    const own = ownFieldLabels(veld);
    Object.assign(fields, own.fields);
    Object.assign(items, own.items);
  }
  return { whole: 'De nota', fields, items };
}

const PERSON = (who: string): Record<string, string> => ({
  [`ondertekening.${who}`]: capitalised(who),
  [`ondertekening.${who}.naam`]: `Naam van de ${who}`,
});

/** The labels of `huisstijl.json`, as the beheerder's manual names them. */
export const HUISSTIJL_LABELS: Labels = {
  whole: 'De huisstijl',
  fields: {
    gemeente: 'Gemeente',
    gemeentecode: 'Gemeentecode (CBS)',
    plaatsnaam: 'Plaatsnaam',
    logo: 'Logo',
    'logo.bestand': 'Bestand van het logo',
    'logo.breedteMm': 'Breedte van het logo (mm)',
    adres: 'Adres',
    telefoon: 'Telefoon',
    website: 'Website',
    lettertype: 'Lettertype',
    'lettertype.tekst': 'Lettertype van de tekst',
    'lettertype.koppen': 'Lettertype van de koppen',
    'lettertype.grootte': 'Lettergrootte',
    kleuren: 'Kleuren',
    'kleuren.koppen': 'Kleur van de koppen',
    'kleuren.tabelkop': 'Kleur van de tabelkop',
    ondertekening: 'Ondertekening',
    ...PERSON('burgemeester'),
    ...PERSON('secretaris'),
    ...PERSON('griffier'),
    kenmerk: 'Kenmerk',
    'kenmerk.patroon': 'Patroon van het kenmerk',
    'kenmerk.expressie': 'Expressie van het kenmerk',
    'kenmerk.voorbeeld': 'Voorbeeld van een kenmerk',
  },
  items: { adres: 'adresregel' },
};

/** The labels of a memo type's manifest (`<type>.manifest.json`). */
export const MANIFEST_LABELS: Labels = {
  whole: 'Het manifest',
  fields: {
    type: 'Type',
    titel: 'Titel van het document',
    sjabloon: 'Sjabloon',
    nummering: 'Nummering',
    secties: 'Secties',
    'secties[].sleutel': 'Sleutel',
    'secties[].titel': 'Titel',
    'secties[].verplicht': 'Verplicht',
    'secties[].aliassen': 'Aliassen',
    'secties[].vrij': 'Vrij',
    'secties[].suggesties': 'Suggesties',
    'secties[].lijstnummering': 'Lijstnummering',
    velden: 'Velden',
    'velden[].naam': 'Naam',
    'velden[].label': 'Label',
    'velden[].soort': 'Soort',
    'velden[].verplicht': 'Verplicht',
    'velden[].uitleg': 'Uitleg',
    'velden[].opties': 'Opties',
    'velden[].sectie': 'Sectie',
  },
  items: {
    secties: 'sectie',
    'secties[].aliassen': 'alias',
    'secties[].suggesties': 'suggestie',
    velden: 'veld',
    'velden[].opties': 'optie',
  },
};

/** The labels of an import's column mapping (`--kolommen`). */
export const MAPPING_LABELS: Labels = {
  whole: 'De kolomindeling',
  fields: {
    soort: 'Soort',
    'soort.kolom': 'Kolom met de soort',
    kolommen: 'Kolommen',
    ...Object.fromEntries(
      [...FIELDS.motie, ...FIELDS.toezegging].map((field) => [`kolommen.${field}`, `Kolom voor ${field}`]),
    ),
  },
};

/**
 * A motie's or toezegging's fields, as a form and a list's column header name them: each a name the import's guess
 * recognises (services/register/import/synonyms.ts), so that a message naming a missing column tells the user what
 * to write in the header.
 */
export const ITEM_FIELD_LABELS: Readonly<Record<ItemField, string>> = {
  nummer: 'Nummer',
  titel: 'Titel',
  omschrijving: 'Omschrijving',
  vergadering: 'Vergadering',
  agendapunt: 'Agendapunt',
  datumAangenomen: 'Datum aangenomen',
  indieners: 'Indieners',
  dictum: 'Dictum',
  gedaanDoor: 'Gedaan door',
  gedaanOp: 'Gedaan op',
  portefeuillehouder: 'Portefeuillehouder',
  termijn: 'Termijn',
  status: 'Status',
};

/** The labels of a motie or toezegging as a person gives it (`register.add`). */
export function itemLabels(raw: unknown): Labels {
  const soort = (raw as { soort?: unknown } | null)?.soort;
  return {
    whole: soort === 'toezegging' ? 'De toezegging' : soort === 'motie' ? 'De motie' : 'Het item',
    fields: {
      ...ITEM_FIELD_LABELS,
      soort: 'Soort',
      nummerreeks: 'Nummerreeks',
      afdoening: 'Afdoening',
      'afdoening.datum': 'Datum van afdoening',
      'afdoening.memoId': 'Nota van afdoening',
      'afdoening.reden': 'Reden van afdoening',
    },
    items: { indieners: 'indiener' },
  };
}
