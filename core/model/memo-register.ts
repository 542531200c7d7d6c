import { z } from './zod-nl.js';
import { MemoFile, MemoStatus, MemoType } from './memo.js';
import { MemoConcept, MemoDocument } from './memo-concept.js';
import { ItemKind, Motie, Toezegging } from './register.js';
import { Text } from './text.js';

/**
 * The memos kept in the register: what each memo operation takes and gives (api/contract/memos.ts). Declared once
 * here, for the services, the contract and the renderer's client alike.
 */

export const MemoId = z.int().positive().describe('Het nummer van de nota in het register');

export const MemoRecord = z
  .object({
    id: MemoId,
    type: MemoType,
    onderwerp: z.string().describe('Leeg zolang de nota nog geen onderwerp heeft'),
    kenmerk: z.string().optional(),
    status: MemoStatus,
    versie: z.int().min(1).describe('De huidige versie; een verzonden versie verandert niet meer'),
    revisie: z
      .int()
      .min(1)
      .describe('Telt elke opgeslagen wijziging; een wijziging noemt de revisie die zij bewerkt'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();
export type MemoRecord = z.infer<typeof MemoRecord>;

export const MEMO_EVENTS = ['aangemaakt', 'ingelezen', 'status'] as const;

/** One step in a memo's life, with who and when: its creation or import, and every change of status. */
export const MemoHistoryEntry = z
  .object({
    gebeurtenis: z.enum(MEMO_EVENTS),
    oud: MemoStatus.optional(),
    nieuw: MemoStatus,
    versie: z.int().min(1),
    toelichting: z.string().optional(),
    door: z.string(),
    op: z.string(),
  })
  .strict();
export type MemoHistoryEntry = z.infer<typeof MemoHistoryEntry>;

export const MemoCreate = z
  .object({
    type: MemoType.describe('Het type nota; het manifest van het type geeft de verplichte secties'),
    onderwerp: Text.optional(),
  })
  .strict();
export type MemoCreate = z.infer<typeof MemoCreate>;

export const MemoUpdate = z
  .object({
    id: MemoId,
    revisie: z.int().min(1).describe('De revisie die deze wijziging bewerkt, zoals memos.get die gaf'),
    nota: MemoConcept.describe('De nieuwe inhoud; de moties en toezeggingen komen uit de koppelingen'),
  })
  .strict();
export type MemoUpdate = z.infer<typeof MemoUpdate>;

export const MemoRef = z.object({ id: MemoId }).strict();
export type MemoRef = z.infer<typeof MemoRef>;

/** A stored memo whole: its record, its current content, the register's items it answers, and its history. */
export const StoredMemo = z
  .object({
    nota: MemoRecord,
    document: MemoConcept.describe('De huidige versie, zonder de moties en toezeggingen'),
    moties: z.array(Motie).describe('De gekoppelde moties uit het register, op nummer'),
    toezeggingen: z.array(Toezegging).describe('De gekoppelde toezeggingen uit het register, op nummer'),
    historie: z.array(MemoHistoryEntry).describe('Oudste eerst'),
  })
  .strict();
export type StoredMemo = z.infer<typeof StoredMemo>;

export const MemoQuery = z
  .object({
    status: z.array(MemoStatus).min(1).optional().describe('Een of meer statussen'),
    text: z.string().optional().describe('Woorden uit onderwerp, kenmerk, portefeuillehouder of de secties'),
    limit: z.int().min(1).max(500).default(50),
    offset: z.int().min(0).default(0),
  })
  .strict();
export type MemoQuery = z.input<typeof MemoQuery>;

export const MemoPage = z
  .object({
    items: z.array(MemoRecord).describe('Eén pagina, laatst gewijzigd eerst'),
    total: z.int().min(0).describe('Hoeveel er in totaal gevonden zijn'),
  })
  .strict();
export type MemoPage = z.infer<typeof MemoPage>;

export const MemoStatusChange = z
  .object({
    id: MemoId,
    status: MemoStatus,
    toelichting: Text.optional().describe('Waarom, voor de historie'),
  })
  .strict();
export type MemoStatusChange = z.infer<typeof MemoStatusChange>;

export const MemoLink = z
  .object({
    id: MemoId,
    soort: ItemKind,
    itemId: z.int().positive().describe('Het nummer van de motie of toezegging in het register'),
  })
  .strict();
export type MemoLink = z.infer<typeof MemoLink>;

export const MemoLinkResult = z
  .object({
    nota: MemoRecord,
    veranderd: z
      .boolean()
      .describe('Onwaar als de koppeling er al was (koppelen) of er niet was (ontkoppelen)'),
  })
  .strict();
export type MemoLinkResult = z.infer<typeof MemoLinkResult>;

/** A memo file is read as it is written: the same schema as `raadsnota render` reads. */
export const MemoImport = MemoFile;

export const ImportedReference = z
  .object({
    soort: ItemKind,
    id: z.int().positive(),
    nummer: z.string(),
    nummerreeks: z.string(),
    toegevoegd: z
      .boolean()
      .describe(
        'Waar als het register de motie of toezegging nog niet had en haar uit de nota heeft opgenomen',
      ),
  })
  .strict();
export type ImportedReference = z.infer<typeof ImportedReference>;

export const MemoImported = z
  .object({
    nota: MemoRecord,
    verwijzingen: z.array(ImportedReference).describe('De moties en toezeggingen van de nota, gekoppeld'),
  })
  .strict();
export type MemoImported = z.infer<typeof MemoImported>;

export const MemoExportRequest = z
  .object({
    id: MemoId,
    versie: z.int().min(1).optional().describe('Een eerdere versie; zonder deze de huidige'),
  })
  .strict();
export type MemoExportRequest = z.infer<typeof MemoExportRequest>;

export const MemoExported = z
  .object({
    document: MemoDocument.describe(
      'De nota als notabestand, met de moties en toezeggingen uit het register',
    ),
    compleet: z.boolean().describe('Of het document een volledige nota is die render aanneemt'),
    ontbreekt: z
      .array(z.object({ path: z.string(), message: z.string() }).strict())
      .describe('Wat er nog niet in orde is, per veld'),
  })
  .strict();
export type MemoExported = z.infer<typeof MemoExported>;
