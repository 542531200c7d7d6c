import {
  JsonSchemaDocument,
  KenmerkProposal,
  KenmerkQuery,
  memoSourceFields,
  MemoHeading,
  MemoSource,
  MemoValidity,
  NoInput,
  oneMemoSource,
  RenderMemoInput,
} from '../../core/model/memo-documents.js';
import { MemoTypeList } from '../../core/model/memo-types.js';
import { z } from '../../core/model/zod-nl.js';
import { MemoResult, ReadabilityConfig } from '../../readability/index.js';
import { Bestand } from './bestand.js';
import { operation } from './operation.js';

export const CheckMemoInput = z
  .object({
    ...memoSourceFields,
    drempels: ReadabilityConfig.optional().describe(
      'Drempels die afwijken van de standaard, zoals in een drempelbestand; wat ontbreekt houdt zijn standaard',
    ),
  })
  .strict()
  .superRefine(oneMemoSource);

/** The B1 check's result for a memo, with the memo it is about and the thresholds it was judged by. */
export const MemoCheck = MemoResult.extend({
  nota: MemoHeading,
  drempels: ReadabilityConfig.describe('De drempels waarmee is geoordeeld'),
});
export type MemoCheck = z.infer<typeof MemoCheck>;

/** A memo as a document: a memo file's content or a memo stored in the register, rendered, validated or checked. */
export const memoDocumentsContract = {
  'memos.render': operation(
    'Maak van een nota (of een nota in het register) een Word-document in de huisstijl',
    RenderMemoInput,
    Bestand,
  ),
  'memos.validate': operation(
    'Controleer of een nota volledig is en in het sjabloon en de huisstijl past, zonder een document te maken',
    MemoSource,
    MemoValidity,
  ),
  'memos.check': operation(
    'De B1-check van een nota: per sectie het oordeel, de cijfers en de bevindingen',
    CheckMemoInput,
    MemoCheck,
  ),
  'memos.schema': operation('Het JSON Schema van een notabestand', NoInput, JsonSchemaDocument),
  'memos.types': operation(
    'De typen nota van deze installatie, elk met zijn velden en secties, en de typen die niet laden met hun probleem',
    NoInput,
    MemoTypeList,
  ),
  'memos.kenmerk': operation(
    'Het volgende kenmerk volgens het patroon van de huisstijl, geteld over de nota’s in het register',
    KenmerkQuery,
    KenmerkProposal,
  ),
} as const;
