// diwoo.xml against the real DiWoo 0.9.8 XSD (../shared/standards/diwoo, with a local stand-in for the MDTO schema it
// imports over the internet), validated by xmllint (libxml2 in WebAssembly), and read back with saxes, an XML parser
// that shares no code with the writer: every example validates, a wrong value does not, and arbitrary text in every
// field both validates and reads back as it was.
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { ExportDescription } from '../core/model/export.js';
import { DIWOO_NAMESPACE, diwooXml, reactieOpLabel } from '../services/export/metadata/diwoo.js';
import { documentUrn } from '../services/export/metadata/identity.js';
import { EXAMPLE_TYPES, exampleDescription, exampleMemo } from './helpers/export-examples.js';
import { fuzzOptions, FUZZ_TIMEOUT_MS, hostileText } from './helpers/fuzz.js';
import { DIWOO_LIJSTEN_XSD, DIWOO_XSD, validateDiwoo } from './helpers/standards.js';
import { describeWithStandards } from './helpers/tools.js';

const aangemaakt = new Date('2026-12-07T03:00:00Z');
const KERN = 'https://identifier.overheid.nl/tooi/def/thes/kern/';

interface Node {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Node[];
}

/** The document as a tree of diwoo elements, local names only; anything outside DiWoo's namespace fails the read. */
function parse(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const root: Node = { name: '', attributes: {}, text: '', children: [] };
  const stack = [root];
  parser.on('opentag', (tag) => {
    if (tag.uri !== DIWOO_NAMESPACE) throw new Error(`element ${tag.name} outside DiWoo's namespace`);
    const attributes = Object.fromEntries(
      Object.values(tag.attributes)
        .filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns')
        .map((a) => [a.local, a.value]),
    );
    const node: Node = { name: tag.local, attributes, text: '', children: [] };
    stack.at(-1)?.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => {
    const node = stack.at(-1);
    if (node) node.text += text;
  });
  parser.on('closetag', () => stack.pop());
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  const [document] = root.children;
  if (document === undefined) throw new Error('no root element');
  return document;
}

function all(node: Node, name: string): Node[] {
  const found: Node[] = [];
  const walk = (n: Node): void => {
    for (const child of n.children) {
      if (child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(node);
  return found;
}

function one(node: Node, name: string): Node {
  const found = all(node, name);
  if (found.length !== 1) throw new Error(`${found.length} × ${name}`);
  return found[0] as Node;
}

/** What a reader of diwoo.xml finds in it, in the terms of the description. */
function readBack(xml: string) {
  const doc = parse(xml);
  const label = (name: string) => ({
    label: one(doc, name).text,
    resource: one(doc, name).attributes.resource,
  });
  const relaties = all(doc, 'documentrelatie').map((r) => ({
    role: one(r, 'role').attributes.resource,
    relation: one(r, 'relation').text,
  }));
  return {
    identifiers: all(doc, 'identifier').map((n) => n.text),
    publisher: label('publisher'),
    verantwoordelijke: label('verantwoordelijke'),
    opsteller: label('opsteller'),
    wasAssociatedWith: label('wasAssociatedWith'),
    naamOpsteller: all(doc, 'naamOpsteller').map((n) => n.text),
    officieleTitel: one(doc, 'officieleTitel').text,
    omschrijving: one(doc, 'omschrijving').text,
    informatiecategorie: label('informatiecategorie'),
    documentsoort: one(doc, 'documentsoort').attributes.resource,
    creatiedatum: one(doc, 'creatiedatum').text,
    handeling: { soort: label('soortHandeling').resource, atTime: one(doc, 'atTime').text },
    language: label('language').resource,
    reactieOp: relaties.filter((r) => r.role === `${KERN}c_07748060`).map((r) => r.relation),
    bijlagen: relaties.filter((r) => r.role === `${KERN}c_05f4a5f3`).map((r) => r.relation),
    extra: Object.fromEntries(
      all(doc, 'extraMetadataveld').map((v) => [one(v, 'key').text, one(v, 'value').text]),
    ) as Record<string, string>,
  };
}

/** What diwoo.xml must say of a description: its text exactly as given, in the elements DiWoo has for it. */
function expected(d: ExportDescription) {
  const organisatie = { label: d.organisatie, resource: undefined };
  return {
    identifiers: [documentUrn(d), ...(d.kenmerk === undefined ? [] : [d.kenmerk])],
    publisher: organisatie,
    verantwoordelijke: organisatie,
    opsteller: organisatie,
    wasAssociatedWith: organisatie,
    naamOpsteller: d.afdeling === undefined ? [] : [d.afdeling],
    officieleTitel: d.onderwerp,
    omschrijving: `${d.typeNaam}: ${d.onderwerp}`,
    creatiedatum: d.datum,
    reactieOp: d.beantwoordt.map(reactieOpLabel),
    bijlagen: d.bijlagen.map((b) => b.titel),
    extra: {
      openbaar: d.openbaarheid.openbaar ? 'ja' : 'nee',
      vertrouwelijkheidaanduiding: d.openbaarheid.openbaar
        ? 'openbaar'
        : d.openbaarheid.vertrouwelijkheidaanduiding,
      documenttype: d.typeNaam,
      aangemaakt: aangemaakt.toISOString(),
      ...(d.openbaarheid.openbaar || d.openbaarheid.toelichting === undefined
        ? {}
        : { openbaarheidToelichting: d.openbaarheid.toelichting }),
      ...(d.versienummer === undefined ? {} : { versienummer: String(d.versienummer) }),
      ...(d.portefeuillehouder === undefined ? {} : { portefeuillehouder: d.portefeuillehouder }),
      ...(d.vergadering?.naam === undefined ? {} : { vergadering: d.vergadering.naam }),
      ...(d.vergadering?.datum === undefined ? {} : { vergaderdatum: d.vergadering.datum }),
    },
  };
}

const HOSTILE = '<b>&amp; "citaat" \'enkel\' ]]> &lt; Ελληνικά 日本語 العربية 🏊\r\nregel\ttab';

/** Every text field of the description filled with markup, quotes, line ends and letters from other scripts. */
function hostileDescription(): ExportDescription {
  return ExportDescription.parse({
    type: 'raadsvoorstel',
    typeNaam: `Raadsvoorstel ${HOSTILE}`,
    kenmerk: `2026/<001> & "x"`,
    onderwerp: `Onderwerp ${HOSTILE}`,
    datum: '2026-10-20',
    versienummer: 3,
    organisatie: `Gemeente ${HOSTILE}`,
    afdeling: `Afdeling ${HOSTILE}`,
    portefeuillehouder: `Wethouder ${HOSTILE}`,
    vergadering: { naam: `Raad ${HOSTILE}`, datum: '2026-11-26' },
    openbaarheid: {
      openbaar: false,
      grond: 'woo-5.1-2e',
      vertrouwelijkheidaanduiding: 'vertrouwelijk',
      toelichting: `Toelichting ${HOSTILE}`,
    },
    beantwoordt: [
      { soort: 'motie', nummer: `M-<1>`, omschrijving: `Motie ${HOSTILE}`, datum: '2025-11-06' },
      { soort: 'toezegging', nummer: `T&2`, omschrijving: `Toezegging ${HOSTILE}` },
    ],
    bijlagen: [{ titel: `Bijlage ${HOSTILE}` }],
  });
}

function errorsOf(result: { errors: readonly { rawMessage: string }[] }): string {
  return result.errors.map((e) => e.rawMessage).join('\n');
}

describeWithStandards([DIWOO_XSD, DIWOO_LIJSTEN_XSD], 'diwoo.xml against the DiWoo XSD', () => {
  it('validates for each example', async () => {
    const files = EXAMPLE_TYPES.map((type) => ({
      fileName: `${type}.xml`,
      contents: diwooXml(exampleDescription(type), { aangemaakt }),
    }));
    const result = await validateDiwoo(files);
    expect(errorsOf(result)).toBe('');
    expect(result.valid).toBe(true);
  });

  it('says what each example is: a meeting document, its soort, its date, what it answers', () => {
    for (const type of EXAMPLE_TYPES) {
      const memo = exampleMemo(type);
      const read = readBack(diwooXml(exampleDescription(type), { aangemaakt }));
      expect(read.informatiecategorie).toEqual({
        label: 'vergaderstukken decentrale overheden',
        resource: `${KERN}c_db4862c3`,
      });
      expect(read.documentsoort).toBe(`${KERN}${type === 'raadsvoorstel' ? 'c_7f9dffa7' : 'c_7652d853'}`);
      expect(read.officieleTitel).toBe(memo.onderwerp);
      expect(read.creatiedatum).toBe(memo.datum);
      expect(read.handeling).toEqual({ soort: `${KERN}c_641ecd76`, atTime: `${memo.datum}T00:00:00` });
      expect(read.language).toBe('http://publications.europa.eu/resource/authority/language/NLD');
      expect(read.publisher.label).toBe('Gemeente Voorbeeld');
      expect(read.identifiers).toContain(memo.kenmerk);
      expect(read.reactieOp).toHaveLength(memo.moties.length + memo.toezeggingen.length);
      for (const m of memo.moties) expect(read.reactieOp.join('\n')).toContain(`Motie ${m.nummer}`);
      expect(read.bijlagen).toEqual(memo.bijlagen.map((b) => b.titel));
    }
  });

  it('fails validation with a category, a soort or a relation that DiWoo does not know', async () => {
    const xml = diwooXml(exampleDescription('informatienota'), { aangemaakt });
    const wrong = [
      ['category', 'c_db4862c3', 'c_00000000'],
      ['soort', 'c_7652d853', 'c_11111111'],
      ['relation', 'c_07748060', 'c_22222222'],
    ] as const;
    const result = await validateDiwoo(
      wrong.map(([name, from, to]) => ({ fileName: `${name}.xml`, contents: xml.replace(from, to) })),
    );
    expect(result.valid).toBe(false);
    for (const [name, , to] of wrong) {
      expect(result.errors.some((e) => e.loc?.fileName === `${name}.xml` && e.message.includes(to))).toBe(
        true,
      );
    }
  });

  it('fails validation without the publisher DiWoo requires', async () => {
    const xml = diwooXml(exampleDescription('raadsmededeling'), { aangemaakt });
    const result = await validateDiwoo([
      { fileName: 'zonder.xml', contents: xml.replace(/\s*<diwoo:publisher>[^<]*<\/diwoo:publisher>/, '') },
    ]);
    expect(result.valid).toBe(false);
    expect(errorsOf(result)).toContain('publisher');
  });

  it('names the municipality by its TOOI URI when the CBS code is known, and that code is checked', async () => {
    const d = { ...exampleDescription('informatienota'), gemeentecode: '0363' };
    const xml = diwooXml(d, { aangemaakt });
    expect(readBack(xml).publisher).toEqual({
      label: 'Gemeente Voorbeeld',
      resource: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363',
    });
    const unknown = diwooXml({ ...d, gemeentecode: '9999' }, { aangemaakt });
    const result = await validateDiwoo([
      { fileName: 'amsterdam.xml', contents: xml },
      { fileName: 'onbekend.xml', contents: unknown },
    ]);
    expect(result.errors.filter((e) => e.loc?.fileName === 'amsterdam.xml')).toEqual([]);
    expect(
      result.errors.some((e) => e.loc?.fileName === 'onbekend.xml' && e.message.includes('gm9999')),
    ).toBe(true);
  });

  it('escapes markup, quotes, line ends and other scripts in every field, and reads them back unchanged', async () => {
    const d = hostileDescription();
    const xml = diwooXml(d, { aangemaakt });
    expect(xml).not.toContain('<b>');
    const result = await validateDiwoo([{ fileName: 'vijandig.xml', contents: xml }]);
    expect(errorsOf(result)).toBe('');
    expect(readBack(xml)).toMatchObject(expected(d));
    expect(readBack(xml).extra.openbaarheidGrond).toContain('persoonlijke levenssfeer');
  });

  it('says that a memo that is not public is not, with its vertrouwelijkheidaanduiding', () => {
    const read = readBack(diwooXml(hostileDescription(), { aangemaakt }));
    expect(read.extra.openbaar).toBe('nee');
    expect(read.extra.vertrouwelijkheidaanduiding).toBe('vertrouwelijk');
  });
});

// Text a writer might type or paste in any field: the fuzz harness's hostile pieces and any Unicode letters, as the
// description accepts them (trimmed, non-empty, without characters no document can hold).
const text = fc
  .oneof(hostileText(6, { writable: true }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }))
  .filter((t) => t.trim() !== '' && ExportDescription.shape.onderwerp.safeParse(t).success);
const date = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const description: fc.Arbitrary<ExportDescription> = fc
  .record(
    {
      type: fc.constantFrom('informatienota', 'raadsmededeling', 'raadsvoorstel', 'eigen-type'),
      typeNaam: text,
      kenmerk: fc.option(text, { nil: undefined }),
      onderwerp: text,
      datum: date,
      versienummer: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined }),
      organisatie: text,
      afdeling: fc.option(text, { nil: undefined }),
      portefeuillehouder: fc.option(text, { nil: undefined }),
      vergadering: fc.option(
        fc.record({ naam: fc.option(text, { nil: undefined }), datum: fc.option(date, { nil: undefined }) }),
        { nil: undefined },
      ),
      openbaarheid: fc.oneof(
        fc.constant({ openbaar: true }),
        fc.record({
          openbaar: fc.constant(false),
          grond: fc.constantFrom('woo-5.1-2e', 'woo-5.2', 'gemeentewet-55'),
          vertrouwelijkheidaanduiding: fc.constantFrom('beperkt_openbaar', 'geheim', 'zeer_geheim'),
          toelichting: fc.option(text, { nil: undefined }),
        }),
      ),
      beantwoordt: fc.array(
        fc.record({
          soort: fc.constantFrom('motie', 'toezegging'),
          nummer: text,
          omschrijving: text,
          datum: fc.option(date, { nil: undefined }),
          vergadering: fc.option(text, { nil: undefined }),
        }),
        { maxLength: 3 },
      ),
      bijlagen: fc.array(fc.record({ titel: text }), { maxLength: 3 }),
    },
    {
      requiredKeys: [
        'type',
        'typeNaam',
        'onderwerp',
        'datum',
        'organisatie',
        'openbaarheid',
        'beantwoordt',
        'bijlagen',
      ],
    },
  )
  .map((raw) => ExportDescription.parse(JSON.parse(JSON.stringify(raw))));

describe(`diwoo.xml of arbitrary text (seed ${fuzzOptions(1).seed})`, () => {
  it(
    'reads back every field as it was',
    () => {
      fc.assert(
        fc.property(description, (d) => {
          expect(readBack(diwooXml(d, { aangemaakt }))).toMatchObject(expected(d));
        }),
        fuzzOptions(300),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describeWithStandards([DIWOO_XSD, DIWOO_LIJSTEN_XSD], 'diwoo.xml of arbitrary text against the XSD', () => {
  it(
    'validates',
    async () => {
      // One xmllint run for the whole sample: each run starts a worker and reads the XSD's value lists.
      const { numRuns, seed } = fuzzOptions(40);
      const files = fc
        .sample(description, { numRuns, seed })
        .map((d, i) => ({ fileName: `willekeurig-${i}.xml`, contents: diwooXml(d, { aangemaakt }) }));
      const result = await validateDiwoo(files);
      expect(errorsOf(result)).toBe('');
      expect(result.valid).toBe(true);
    },
    FUZZ_TIMEOUT_MS,
  );
});
