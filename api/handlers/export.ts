import { resolve } from 'node:path';
import type { exportContract } from '../contract/export.js';
import { exportPackages } from '../../services/export/package.js';
import { findLibreOffice, whyNoLibreOffice } from '../../services/export/pdf/libreoffice.js';
import { listProfiles } from '../../services/export/profiles.js';
import { verifyPackage } from '../../services/export/verify.js';
import type { Handlers } from './handler.js';

export const exportHandlers: Handlers<typeof exportContract> = {
  'export.profiles': async (_input, ctx) => ({
    profielen: await listProfiles(ctx.assets.exportProfilesDir),
  }),
  'export.packages': async (input, ctx) =>
    exportPackages(
      // A relative folder counts from where Raadsnota runs, as a backup's does.
      { ...input, uit: resolve(input.uit) },
      {
        register: () => ctx.db.read(),
        assets: await ctx.assets.render(),
        profilesDir: ctx.assets.exportProfilesDir,
        aangemaakt: ctx.now(),
        progress: ctx.progress,
        findSoffice: () => {
          const soffice = findLibreOffice();
          return soffice === undefined ? { reden: whyNoLibreOffice() } : { soffice };
        },
      },
    ),
  'export.verify': ({ pad }) => verifyPackage({ path: resolve(pad), naam: pad }),
};
