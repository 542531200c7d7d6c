import { NoInput } from '../../core/model/memo-documents.js';
import {
  MemoImageAdded,
  MemoImageRef,
  MemoPreviewRequest,
  MemoSettled,
  MissingPart,
} from '../../core/model/memo-editing.js';
import { MemoRef, MemoId } from '../../core/model/memo-register.js';
import { z } from '../../core/model/zod-nl.js';
import { AmbtelijkeWoorden, ReadabilityConfig } from '../../readability/index.js';
import { Bestand } from './bestand.js';
import { operation } from './operation.js';

export const MemoImageUpload = z
  .object({
    id: MemoId,
    bestand: Bestand.describe(
      'De afbeelding: een PNG- of JPEG-bestand van hoogstens 10 MB; de inhoud bepaalt de soort, niet de naam of het mediatype',
    ),
  })
  .strict();
export type MemoImageUpload = z.infer<typeof MemoImageUpload>;

export const MemoPreview = z
  .object({
    bestand: Bestand.describe('Het Word-document, met wat nog ontbreekt zichtbaar gemarkeerd'),
    ontbreekt: z.array(MissingPart).describe('Wat nog ontbreekt of niet in orde is, per veld'),
  })
  .strict();
export type MemoPreview = z.infer<typeof MemoPreview>;

export const CheckSettings = z
  .object({
    woorden: AmbtelijkeWoorden.describe('De lijst met ambtelijke woorden van deze installatie'),
    drempels: ReadabilityConfig.describe('De drempels waarmee de B1-check oordeelt'),
  })
  .strict();
export type CheckSettings = z.infer<typeof CheckSettings>;

/** What the memo editor needs besides the memo store: pictures, a preview at any stage, settling what was answered. */
export const memoEditingContract = {
  'memos.addImage': operation(
    'Voeg een afbeelding (PNG of JPEG) aan een nota toe; de naam die terugkomt, noemt de afbeelding in een sectie',
    MemoImageUpload,
    MemoImageAdded,
  ),
  'memos.image': operation('Een afbeelding van een nota, om te tonen', MemoImageRef, Bestand),
  'memos.preview': operation(
    'Het Word-document van een nota zoals zij nu is, ook onaf: wat nog ontbreekt staat er zichtbaar in; slaat niets op',
    MemoPreviewRequest,
    MemoPreview,
  ),
  'memos.settleItems': operation(
    'Doe de moties en toezeggingen die een verzonden nota beantwoordt af, met de nota en haar datum',
    MemoRef,
    MemoSettled,
  ),
  'memos.checkSettings': operation(
    'De woordenlijst en drempels van de B1-check, om die in de editor zelf te doen',
    NoInput,
    CheckSettings,
  ),
} as const;
