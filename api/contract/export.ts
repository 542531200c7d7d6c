import {
  ExportPackagesRequest,
  ExportPackagesResult,
  ExportProfileList,
  ExportVerifyRequest,
  ExportVerifyResult,
} from '../../core/model/export.js';
import { z } from '../../core/model/zod-nl.js';
import { operation } from './operation.js';

/** Memos exported as packages a BIS can take in, and a package checked against its manifest. */
export const exportContract = {
  'export.profiles': operation(
    'De exportprofielen van deze installatie: per BIS hoe de pakketten heten en welke importvelden zij krijgen',
    z.object({}).strict(),
    ExportProfileList,
  ),
  'export.packages': operation(
    "Maak van nota's pakketten voor het BIS: document, PDF, bijlagen, metadata (ORI, DiWoo) en een manifest met SHA-256",
    ExportPackagesRequest,
    ExportPackagesResult,
  ),
  'export.verify': operation(
    'Controleer een pakket tegen zijn manifest: elk bestand genoemd, met de juiste SHA-256, en niets meer',
    ExportVerifyRequest,
    ExportVerifyResult,
  ),
} as const;
