import type { ExportDescription } from '../../../core/model/export.js';
import { OPENBAARHEID_GRONDEN, zgwAanduiding } from '../../../core/model/openbaarheid.js';
import { documentUrn, documentUuid } from './identity.js';
import type { OriInformatieObject, OriMetadata } from './ori-schema.js';
import { codePoints, shorten } from './shorten.js';
import { soortVan } from './soort.js';

// The limits of ORI v2's InformatieObject (openapi.yaml, components/schemas/InformatieObject).
const TITEL_MAX = 200;
const AUTEUR_MAX = 200;
const VERSIE_MAX = 5;
const PORTEFEUILLEHOUDER_MAX = 100;

/** `{ key: value }` when the value is there, else nothing: optional fields stay out rather than being null. */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function within(text: string | undefined, max: number): string | undefined {
  return text !== undefined && codePoints(text) <= max ? text : undefined;
}

function informatieobject(d: ExportDescription): OriInformatieObject {
  const { ori } = soortVan(d.type);
  const auteur = d.afdeling === undefined ? d.organisatie : `${d.organisatie}, ${d.afdeling}`;
  return {
    url: documentUrn(d),
    id: documentUuid(d),
    informatieobjecttype: ori,
    // ORI allows 200 characters; a longer onderwerp is shortened with "…" here, never cut silently: the whole title
    // is in the omschrijving and in metadata.json's own `titel`. Refusing would make the writer change the memo's
    // official title for one metadata field; DiWoo's officieleTitel has no limit and carries it whole.
    titel: shorten(d.onderwerp, TITEL_MAX),
    omschrijving: `${d.typeNaam}: ${d.onderwerp}`,
    auteur: shorten(auteur, AUTEUR_MAX),
    creatiedatum: d.datum,
    taal: 'dut',
    ...optional('versie', within(d.versienummer?.toString(), VERSIE_MAX)),
    ...optional(
      'gemeente',
      d.gemeentecode === undefined
        ? undefined
        : { gemeentecode: d.gemeentecode, gemeentenaam: d.organisatie },
    ),
    ...optional('portefeuillehouder', within(d.portefeuillehouder, PORTEFEUILLEHOUDER_MAX)),
    // The date the college offered the proposal to the raad: ORI's field for a besluitvormingsstuk.
    ...optional('datumIngediend', ori === 'voorstel' ? d.datum : undefined),
    vertrouwelijkheidsaanduiding: zgwAanduiding(d.openbaarheid),
  };
}

function openbaarheid(d: ExportDescription): OriMetadata['openbaarheid'] {
  const o = d.openbaarheid;
  const aanduiding = zgwAanduiding(o);
  if (o.openbaar) return { openbaar: true, vertrouwelijkheidaanduiding: aanduiding };
  return {
    openbaar: false,
    vertrouwelijkheidaanduiding: aanduiding,
    grond: o.grond,
    ...optional('grondOmschrijving', OPENBAARHEID_GRONDEN.find((g) => g.waarde === o.grond)?.label),
    ...optional('toelichting', o.toelichting),
  };
}

/**
 * `metadata.json` of a memo's package: an ORI v2 InformatieObject, and beside it, in Raadsnota's own words, what ORI
 * has no field for (the answered moties and toezeggingen, the meeting, the openbaarheid's ground, the bijlagen) or
 * holds only within a limit (the whole title, the portefeuillehouder). `aangemaakt` is the moment of the export.
 */
export function oriMetadata(d: ExportDescription, options: { aangemaakt: Date }): OriMetadata {
  return {
    formaat: 'raadsnota-metadata/1',
    aangemaakt: options.aangemaakt.toISOString(),
    informatieobject: informatieobject(d),
    type: d.type,
    typeNaam: d.typeNaam,
    ...optional('kenmerk', d.kenmerk),
    titel: d.onderwerp,
    datum: d.datum,
    ...optional('versienummer', d.versienummer),
    organisatie: d.organisatie,
    ...optional('afdeling', d.afdeling),
    ...optional('portefeuillehouder', d.portefeuillehouder),
    ...optional('vergadering', d.vergadering),
    beantwoordt: d.beantwoordt,
    openbaarheid: openbaarheid(d),
    bijlagen: d.bijlagen.map((b, i) => ({ nummer: i + 1, titel: b.titel })),
  };
}
