// metadata.json against the real ORI v2 specification: its InformatieObject is validated with ajv against the schema
// taken from ../shared/standards/open-raadsinformatie/openapi.yaml at test time, for each example memo.
import { describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { ExportDescription } from '../core/model/export.js';
import { oriMetadata } from '../services/export/metadata/ori.js';
import { documentUuid, uuidV5 } from '../services/export/metadata/identity.js';
import { EXAMPLE_TYPES, exampleDescription, exampleMemo } from './helpers/export-examples.js';
import { ORI_OPENAPI, oriValidator } from './helpers/standards.js';
import { describeWithStandards } from './helpers/tools.js';

const aangemaakt = new Date('2026-12-07T03:00:00Z');

function errorsOf(validate: ValidateFunction): string {
  return JSON.stringify(validate.errors, null, 1);
}

describe('the identifier of a memo version', () => {
  it('is a name-based UUID as RFC 9562 computes it', () => {
    // RFC 9562, appendix A.4: "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('is the same on every export of a version, and differs for another version', () => {
    const d = exampleDescription('informatienota');
    expect(documentUuid(d)).toBe(documentUuid(exampleDescription('informatienota')));
    expect(oriMetadata(d, { aangemaakt }).informatieobject.id).toBe(
      oriMetadata(d, { aangemaakt: new Date('2027-01-01T00:00:00Z') }).informatieobject.id,
    );
    expect(documentUuid({ ...d, versienummer: (d.versienummer ?? 1) + 1 })).not.toBe(documentUuid(d));
  });
});

describeWithStandards([ORI_OPENAPI], 'metadata.json against the ORI v2 InformatieObject schema', () => {
  const validate = oriValidator();

  it.each(EXAMPLE_TYPES)('the %s example validates', (type) => {
    const { informatieobject } = oriMetadata(exampleDescription(type), { aangemaakt });
    expect(validate(informatieobject), errorsOf(validate)).toBe(true);
  });

  it('maps the informatienota and the raadsmededeling to mededeling, the raadsvoorstel to voorstel', () => {
    const typeOf = (type: (typeof EXAMPLE_TYPES)[number]) =>
      oriMetadata(exampleDescription(type), { aangemaakt }).informatieobject.informatieobjecttype;
    expect(EXAMPLE_TYPES.map(typeOf)).toEqual(['mededeling', 'mededeling', 'voorstel']);
  });

  it('carries the memo itself, and beside it what ORI has no field for', () => {
    const memo = exampleMemo('informatienota');
    const metadata = oriMetadata(exampleDescription('informatienota'), { aangemaakt });
    expect(metadata.informatieobject).toMatchObject({
      titel: memo.onderwerp,
      creatiedatum: memo.datum,
      taal: 'dut',
      versie: String(memo.versienummer),
      auteur: 'Gemeente Voorbeeld, Sociaal Domein, team Sport en Bewegen',
      vertrouwelijkheidsaanduiding: 'openbaar',
    });
    expect(metadata.informatieobject.url).toBe(`urn:uuid:${metadata.informatieobject.id}`);
    expect(metadata).toMatchObject({
      aangemaakt: '2026-12-07T03:00:00.000Z',
      kenmerk: memo.kenmerk,
      portefeuillehouder: memo.portefeuillehouder,
      openbaarheid: { openbaar: true, vertrouwelijkheidaanduiding: 'openbaar' },
      bijlagen: memo.bijlagen.map((b, i) => ({ nummer: i + 1, titel: b.titel })),
    });
    expect(metadata.beantwoordt).toEqual([
      ...memo.moties.map((m) => ({
        soort: 'motie',
        nummer: m.nummer,
        omschrijving: m.titel,
        datum: m.datumAangenomen,
        vergadering: m.vergadering,
      })),
      ...memo.toezeggingen.map((t) => ({
        soort: 'toezegging',
        nummer: t.nummer,
        omschrijving: t.omschrijving,
        datum: t.gedaanOp,
        vergadering: t.vergadering,
      })),
    ]);
  });

  it('names the raadsvoorstel’s meeting and the date the college offered it', () => {
    const metadata = oriMetadata(exampleDescription('raadsvoorstel'), { aangemaakt });
    expect(metadata.vergadering).toEqual({ naam: 'Raadsvergadering, agendapunt 9', datum: '2026-11-26' });
    expect(metadata.informatieobject.datumIngediend).toBe('2026-10-20');
    expect(validate(metadata.informatieobject), errorsOf(validate)).toBe(true);
  });

  it('catches a wrong informatieobjecttype, an over-long title and an identifier that is no URI', () => {
    const { informatieobject } = oriMetadata(exampleDescription('informatienota'), { aangemaakt });
    expect(validate({ ...informatieobject, informatieobjecttype: 'informatienota' })).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/informatieobjecttype');
    expect(validate({ ...informatieobject, titel: 'x'.repeat(201) })).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toContain('/titel maxLength');
    expect(validate({ ...informatieobject, url: 'geen uri' })).toBe(false);
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toContain('/url format');
  });

  it('takes nullable and references from the OpenAPI document: gemeente may be null, not a number', () => {
    const { informatieobject } = oriMetadata(exampleDescription('informatienota'), { aangemaakt });
    expect(validate({ ...informatieobject, gemeente: null }), errorsOf(validate)).toBe(true);
    expect(validate({ ...informatieobject, gemeente: 363 })).toBe(false);
    expect(validate({ ...informatieobject, gemeente: { gemeentecode: '03630' } })).toBe(false);
  });

  it('shortens a title over 200 characters with "…" and keeps it whole beside and in the omschrijving', () => {
    const onderwerp = `${'Zwemles voor kinderen uit gezinnen met een laag inkomen '.repeat(5)}en de wachtlijsten`;
    const d = { ...exampleDescription('informatienota'), onderwerp };
    const metadata = oriMetadata(d, { aangemaakt });
    const { titel, omschrijving } = metadata.informatieobject;
    expect(Array.from(titel).length).toBeLessThanOrEqual(200);
    expect(titel.endsWith('…')).toBe(true);
    expect(onderwerp.startsWith(titel.slice(0, -1))).toBe(true);
    // Cut between words, not inside one.
    expect(onderwerp[titel.length - 1]).toBe(' ');
    expect(metadata.titel).toBe(onderwerp);
    expect(omschrijving).toBe(`${d.typeNaam}: ${onderwerp}`);
    expect(validate(metadata.informatieobject), errorsOf(validate)).toBe(true);
  });

  it('counts characters as the schema does: 200 emoji are 200 characters, not shortened', () => {
    const onderwerp = '🏊'.repeat(200);
    const metadata = oriMetadata({ ...exampleDescription('informatienota'), onderwerp }, { aangemaakt });
    expect(metadata.informatieobject.titel).toBe(onderwerp);
    expect(validate(metadata.informatieobject), errorsOf(validate)).toBe(true);
  });

  it('never calls a memo that is not public openbaar, and names its ground', () => {
    const d = ExportDescription.parse({
      ...exampleDescription('raadsmededeling'),
      openbaarheid: {
        openbaar: false,
        grond: 'gemeentewet-25',
        vertrouwelijkheidaanduiding: 'geheim',
        toelichting: 'Tot de aanbesteding is gegund.',
      },
    });
    const metadata = oriMetadata(d, { aangemaakt });
    expect(metadata.informatieobject.vertrouwelijkheidsaanduiding).toBe('geheim');
    expect(metadata.openbaarheid).toEqual({
      openbaar: false,
      vertrouwelijkheidaanduiding: 'geheim',
      grond: 'gemeentewet-25',
      grondOmschrijving: expect.stringContaining('Gemeentewet art. 25') as unknown,
      toelichting: 'Tot de aanbesteding is gegund.',
    });
    expect(validate(metadata.informatieobject), errorsOf(validate)).toBe(true);
  });

  it('names the municipality with its code when the description has one', () => {
    const d = { ...exampleDescription('informatienota'), gemeentecode: '0363' };
    const { informatieobject } = oriMetadata(d, { aangemaakt });
    expect(informatieobject.gemeente).toEqual({ gemeentecode: '0363', gemeentenaam: 'Gemeente Voorbeeld' });
    expect(validate(informatieobject), errorsOf(validate)).toBe(true);
  });

  it('keeps what is over ORI’s limits out of the InformatieObject and whole beside it', () => {
    const portefeuillehouder = `Wethouder ${'A.'.repeat(60)} Jansen`;
    const d = { ...exampleDescription('informatienota'), portefeuillehouder, versienummer: 123_456 };
    const metadata = oriMetadata(d, { aangemaakt });
    expect(metadata.informatieobject.portefeuillehouder).toBeUndefined();
    expect(metadata.informatieobject.versie).toBeUndefined();
    expect(metadata.portefeuillehouder).toBe(portefeuillehouder);
    expect(metadata.versienummer).toBe(123_456);
    expect(validate(metadata.informatieobject), errorsOf(validate)).toBe(true);
  });
});
