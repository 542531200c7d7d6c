import { resolve } from 'node:path';
import { zgwSecretNaam } from '../../core/model/export-upload.js';
import { UploadRefused } from '../../services/export/upload/errors.js';
import { uploadPackage } from '../../services/export/upload/upload.js';
import type { exportUploadContract } from '../contract/export-upload.js';
import type { Handlers } from './handler.js';

export const exportUploadHandlers: Handlers<typeof exportUploadContract> = {
  'export.upload': async (request, ctx) => {
    // Asked for by the API's origin: a door answers only for an API its user chose (the CLI: --api), never for an
    // address a page or a renderer names. `raadsnota serve` has no secret at all.
    const secret = await ctx.secret?.(zgwSecretNaam(request.api));
    if (secret === undefined || secret === '') {
      throw new UploadRefused(
        `Er is geen secret voor de Documenten API op ${new URL(request.api).host}: uploaden kan alleen met raadsnota upload op de opdrachtregel, met het secret in RAADSNOTA_ZGW_SECRET`,
      );
    }
    return uploadPackage(
      { ...request, pad: resolve(request.pad), naam: request.pad },
      { secret, user: ctx.user, now: ctx.now },
    );
  },
};
