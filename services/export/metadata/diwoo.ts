import type { ExportDescription } from '../../../core/model/export.js';
import { OPENBAARHEID_GRONDEN, zgwAanduiding } from '../../../core/model/openbaarheid.js';
import { documentUrn } from './identity.js';
import { soortVan } from './soort.js';
import {
  HANDELING_VASTSTELLING,
  NEDERLANDS,
  RELATIE,
  tooiGemeente,
  VERGADERSTUKKEN_DECENTRALE_OVERHEDEN,
  type TooiWaarde,
} from './tooi.js';
import { element, xmlDocument, type XmlElement } from './xml.js';

export const DIWOO_NAMESPACE = 'https://standaarden.overheid.nl/diwoo/metadata/';

const el = (name: string, content: XmlElement['content'], resource?: string): XmlElement =>
  element(`diwoo:${name}`, content, resource === undefined ? undefined : { resource });

const tooi = (name: string, waarde: TooiWaarde): XmlElement => el(name, waarde.label, waarde.resource);

/** The label of a diwoo:relation "is reactie op": what the memo answers, as the raad knows it. */
export function reactieOpLabel(b: ExportDescription['beantwoordt'][number]): string {
  const soort = b.soort === 'motie' ? 'Motie' : 'Toezegging';
  const datum = b.datum === undefined ? '' : ` (${b.soort === 'motie' ? 'aangenomen' : 'gedaan'} ${b.datum})`;
  return `${soort} ${b.nummer}${datum}: ${b.omschrijving}`;
}

/**
 * The municipality as DiWoo's organisatieType: always its name; with its TOOI URI when the huisstijl names its CBS
 * code. The XSD allows the label alone (the resource attribute is optional), and a URI that is not in TOOI's list of
 * municipalities would make the file invalid, so no URI is guessed from the name.
 */
function organisatie(name: string, d: ExportDescription): XmlElement {
  return el(name, d.organisatie, d.gemeentecode === undefined ? undefined : tooiGemeente(d.gemeentecode));
}

function veld(key: string, value: string | undefined): XmlElement[] {
  return value === undefined
    ? []
    : [el('extraMetadataveld', [el('key', key), el('values', [el('value', value)])])];
}

/**
 * What DiWoo has no element for, as its extraMetadata: above all the openbaarheid, so that a memo that is not public
 * says so in its publication metadata too, with its ZGW vertrouwelijkheidaanduiding and its legal ground.
 */
function extraMetadata(d: ExportDescription, aangemaakt: Date): XmlElement {
  const o = d.openbaarheid;
  const grond = o.openbaar ? undefined : OPENBAARHEID_GRONDEN.find((g) => g.waarde === o.grond);
  return el('extraMetadata', [
    el('extraMetadatavelden', [
      ...veld('openbaar', o.openbaar ? 'ja' : 'nee'),
      ...veld('vertrouwelijkheidaanduiding', zgwAanduiding(o)),
      ...veld('openbaarheidGrond', grond?.label),
      ...veld('openbaarheidToelichting', o.openbaar ? undefined : o.toelichting),
      ...veld('documenttype', d.typeNaam),
      ...veld('versienummer', d.versienummer?.toString()),
      ...veld('portefeuillehouder', d.portefeuillehouder),
      ...veld('vergadering', d.vergadering?.naam),
      ...veld('vergaderdatum', d.vergadering?.datum),
      ...veld('aangemaakt', aangemaakt.toISOString()),
    ]),
  ]);
}

function documentrelaties(d: ExportDescription): XmlElement[] {
  const relaties = [
    ...d.beantwoordt.map((b) =>
      el('documentrelatie', [tooi('role', RELATIE.isReactieOp), el('relation', reactieOpLabel(b))]),
    ),
    ...d.bijlagen.map((b) =>
      el('documentrelatie', [tooi('role', RELATIE.heeftBijlage), el('relation', b.titel)]),
    ),
  ];
  return relaties.length === 0 ? [] : [el('documentrelaties', relaties)];
}

/**
 * `diwoo.xml` of a memo's package: a diwoo:Document per DiWoo 0.9.8 (diwoo-metadata.xsd), the metadata under which a
 * municipality publishes the memo under the Woo. The memo's own date is its creatiedatum and the date of its
 * vaststelling by the college (the hour is unknown, so the dateTime has no time zone to claim one); `aangemaakt`, the
 * moment of the export, goes into the extraMetadata.
 */
export function diwooXml(d: ExportDescription, options: { aangemaakt: Date }): string {
  const { documentsoort } = soortVan(d.type);
  const diwoo = el('DiWoo', [
    el('identifiers', [
      el('identifier', documentUrn(d)),
      ...(d.kenmerk === undefined ? [] : [el('identifier', d.kenmerk)]),
    ]),
    organisatie('publisher', d),
    organisatie('verantwoordelijke', d),
    organisatie('opsteller', d),
    ...(d.afdeling === undefined ? [] : [el('naamOpsteller', d.afdeling)]),
    el('titelcollectie', [el('officieleTitel', d.onderwerp)]),
    el('omschrijvingen', [el('omschrijving', `${d.typeNaam}: ${d.onderwerp}`)]),
    el('classificatiecollectie', [
      el('informatiecategorieen', [tooi('informatiecategorie', VERGADERSTUKKEN_DECENTRALE_OVERHEDEN)]),
      el('documentsoorten', [tooi('documentsoort', documentsoort)]),
    ]),
    el('creatiedatum', d.datum),
    tooi('language', NEDERLANDS),
    el('documenthandelingen', [
      el('documenthandeling', [
        tooi('soortHandeling', HANDELING_VASTSTELLING),
        el('atTime', `${d.datum}T00:00:00`),
        organisatie('wasAssociatedWith', d),
      ]),
    ]),
    ...documentrelaties(d),
  ]);
  return xmlDocument(
    element('diwoo:Document', [diwoo, extraMetadata(d, options.aangemaakt)], {
      'xmlns:diwoo': DIWOO_NAMESPACE,
    }),
  );
}
