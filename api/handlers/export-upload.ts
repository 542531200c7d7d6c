import { resolve } from 'node:path';
import { ValidationError } from '../../core/errors.js';
import { uploadPackage } from '../../services/export/upload/upload.js';
import type { exportUploadContract } from '../contract/export-upload.js';
import type { Handlers } from './handler.js';

/** The name under which a door keeps the Documenten API's secret (the CLI: RAADSNOTA_ZGW_SECRET). */
export const ZGW_SECRET = 'zgw';

export const exportUploadHandlers: Handlers<typeof exportUploadContract> = {
  'export.upload': async (request, ctx) => {
    const secret = await ctx.secret?.(ZGW_SECRET);
    if (secret === undefined || secret === '') {
      throw new ValidationError([
        {
          path: 'clientId',
          message:
            'Er is geen secret voor de Documenten API: zet het in RAADSNOTA_ZGW_SECRET (opdrachtregel) of bewaar het in de app',
        },
      ]);
    }
    return uploadPackage(
      { ...request, pad: resolve(request.pad), naam: request.pad },
      { secret, user: ctx.user, now: ctx.now },
    );
  },
};
