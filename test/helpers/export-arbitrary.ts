// Arbitrary export descriptions for the properties of the export's mappings (metadata.json, diwoo.xml).
import fc from 'fast-check';
import { ExportDescription } from '../../core/model/export.js';
import { hostileText } from './fuzz.js';

// Text a writer might type or paste in any field: the fuzz harness's hostile pieces and any Unicode letters, as the
// description accepts them (trimmed, non-empty, without characters no document can hold).
const text = fc
  .oneof(hostileText(6, { writable: true }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }))
  .filter((t) => t.trim() !== '' && ExportDescription.shape.onderwerp.safeParse(t).success);
const date = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A description of a memo with arbitrary text in every field, as ExportDescription accepts it. */
export const exportDescription: fc.Arbitrary<ExportDescription> = fc
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
