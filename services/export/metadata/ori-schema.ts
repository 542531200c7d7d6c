import { ExportDescription } from '../../../core/model/export.js';
import { OpenbaarheidGrond, ZgwVertrouwelijkheidaanduiding } from '../../../core/model/openbaarheid.js';
import { z } from '../../../core/model/zod-nl.js';

/** Non-empty text: what ORI requires of a title or an author, and what the upload needs of them. */
const Gevuld = z.string().trim().min(1);

/** ORI v2's informatieobjecttypes that a memo of Raadsnota can be (openapi.yaml, components/schemas/Informatieobjecttype). */
export const OriInformatieobjecttype = z.enum(['mededeling', 'voorstel']);
export type OriInformatieobjecttype = z.infer<typeof OriInformatieobjecttype>;

/**
 * An ORI v2 InformatieObject, with the fields a memo fills (openapi.yaml, components/schemas/InformatieObject). The
 * limits (titel and auteur 200, versie 5, portefeuillehouder 100) are met by ori.ts, which shortens.
 */
export const OriInformatieObject = z.object({
  url: z.string(),
  id: z.string(),
  informatieobjecttype: OriInformatieobjecttype,
  titel: Gevuld,
  omschrijving: z.string(),
  auteur: Gevuld,
  creatiedatum: z.iso.date(),
  taal: z.literal('dut'),
  versie: z.string().optional(),
  gemeente: z.object({ gemeentecode: z.string(), gemeentenaam: z.string() }).optional(),
  portefeuillehouder: z.string().optional(),
  datumIngediend: z.iso.date().optional(),
  // ORI spells it with an s.
  vertrouwelijkheidsaanduiding: ZgwVertrouwelijkheidaanduiding,
});
export type OriInformatieObject = z.infer<typeof OriInformatieObject>;

/**
 * `metadata.json`: the InformatieObject, and beside it what ORI has no field for or holds only shortened. Written by
 * ori.ts, read back by the upload (upload/package.ts), both from this one schema.
 */
export const OriMetadata = z.object({
  formaat: z.literal('raadsnota-metadata/1'),
  aangemaakt: z.string(),
  informatieobject: OriInformatieObject,
  type: z.string(),
  typeNaam: z.string(),
  kenmerk: z.string().optional(),
  titel: z.string(),
  datum: z.iso.date(),
  versienummer: z.number().int().optional(),
  organisatie: z.string(),
  afdeling: z.string().optional(),
  portefeuillehouder: z.string().optional(),
  vergadering: z.object({ naam: z.string().optional(), datum: z.iso.date().optional() }).optional(),
  beantwoordt: ExportDescription.shape.beantwoordt,
  openbaarheid: z.object({
    openbaar: z.boolean(),
    vertrouwelijkheidaanduiding: ZgwVertrouwelijkheidaanduiding,
    grond: OpenbaarheidGrond.optional(),
    grondOmschrijving: z.string().optional(),
    toelichting: z.string().optional(),
  }),
  bijlagen: z.array(z.object({ nummer: z.int(), titel: z.string() })),
});
export type OriMetadata = z.infer<typeof OriMetadata>;
