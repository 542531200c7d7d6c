import { PATROON_VELDEN, type ExportDescription, type PatroonVeld } from '../../core/model/export.js';
import { zgwAanduiding } from '../../core/model/openbaarheid.js';

/** The value of each placeholder a profile's pattern may name, from the description; empty when the memo has none. */
export function patternValues(d: ExportDescription): Record<PatroonVeld, string> {
  const numbers = (soort: 'motie' | 'toezegging'): string =>
    d.beantwoordt
      .filter((b) => b.soort === soort)
      .map((b) => b.nummer)
      .join(', ');
  return {
    kenmerk: d.kenmerk ?? '',
    onderwerp: d.onderwerp,
    datum: d.datum,
    type: d.type,
    typeNaam: d.typeNaam,
    versienummer: d.versienummer === undefined ? '' : String(d.versienummer),
    organisatie: d.organisatie,
    afdeling: d.afdeling ?? '',
    portefeuillehouder: d.portefeuillehouder ?? '',
    vergaderdatum: d.vergadering?.datum ?? '',
    vergadering: d.vergadering?.naam ?? '',
    vertrouwelijkheidaanduiding: zgwAanduiding(d.openbaarheid),
    moties: numbers('motie'),
    toezeggingen: numbers('toezegging'),
    bijlagen: d.bijlagen.map((b) => b.titel).join('; '),
  };
}

const isVeld = (name: string): name is PatroonVeld => (PATROON_VELDEN as readonly string[]).includes(name);

/**
 * A profile's pattern filled from the description in one pass (a subject that contains "{kenmerk}" stays as written),
 * white space tidied where a placeholder was empty. The profile was checked when it loaded, so every placeholder is
 * known.
 */
export function fillPattern(pattern: string, d: ExportDescription): string {
  const values = patternValues(d);
  return pattern
    .replace(/\{([^{}]*)\}/gu, (_match, name: string) => (isVeld(name) ? values[name] : ''))
    .replace(/\s+/gu, ' ')
    .trim();
}
