import { UploadRequest, Uploaded } from '../../core/model/export-upload.js';
import { operation } from './operation.js';

/** Uploading an export package to a ZGW Documenten API (a zaaksysteem's document store). */
export const exportUploadContract = {
  'export.upload': operation(
    'Zet de documenten van een exportpakket in een ZGW Documenten API, elk als informatieobject; het secret komt van de deur (de opdrachtregel: RAADSNOTA_ZGW_SECRET), alleen voor de oorsprong van de API, nooit uit de invoer',
    UploadRequest,
    Uploaded,
  ),
} as const;
