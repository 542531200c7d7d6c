import type { MotieField, ToezeggingField } from '../../../core/model/import-draft.js';

/**
 * Column names registers use for each field, as `normalizeName` writes them, the most telling first: when two
 * columns could fill a field, the one with the more telling name does ("Datum aangenomen" before "Datum").
 */
const SHARED = {
  vergadering: ['vergadering', 'raadsvergadering', 'commissievergadering', 'commissie', 'gremium'],
  portefeuillehouder: [
    'portefeuillehouder',
    'wethouder',
    'verantwoordelijkwethouder',
    'bestuurder',
    'portefeuille',
  ],
  termijn: [
    'termijn',
    'deadline',
    'afdoeningstermijn',
    'streefdatum',
    'uiterlijk',
    'datumgereed',
    'planning',
  ],
  status: ['status', 'standvanzaken', 'stand'],
};

export const SYNONYMS: {
  motie: Record<MotieField, readonly string[]>;
  toezegging: Record<ToezeggingField, readonly string[]>;
} = {
  motie: {
    ...SHARED,
    nummer: ['nummer', 'nr', 'motienummer', 'motienr', 'volgnummer', 'no'],
    titel: ['titel', 'titelmotie', 'motie', 'onderwerp', 'naam'],
    agendapunt: ['agendapunt', 'agendaonderwerp', 'raadsvoorstel', 'voorstel'],
    datumAangenomen: [
      'datumaangenomen',
      'aangenomenop',
      'datumbesluit',
      'datumraad',
      'datumvergadering',
      'datum',
    ],
    indieners: ['indieners', 'indiener', 'ingediendoor', 'fracties', 'fractie', 'partijen', 'partij'],
    dictum: ['dictum', 'verzoekthetcollege', 'verzoek', 'strekking', 'tekst', 'inhoud', 'omschrijving'],
  },
  toezegging: {
    ...SHARED,
    nummer: ['nummer', 'nr', 'toezeggingnummer', 'toezeggingsnummer', 'toezeggingnr', 'volgnummer', 'no'],
    omschrijving: ['omschrijving', 'toezegging', 'inhoudtoezegging', 'tekst', 'inhoud', 'onderwerp'],
    gedaanDoor: ['gedaandoor', 'toegezegddoor', 'toezegger', 'door'],
    gedaanOp: ['gedaanop', 'toegezegdop', 'datumtoezegging', 'datumvergadering', 'vergaderdatum', 'datum'],
  },
};

/** A column that says per row whether it is a motie or a toezegging. */
export const SOORT_NAMES: readonly string[] = [
  'soort',
  'type',
  'motieoftoezegging',
  'motietoezegging',
  'categorie',
];
