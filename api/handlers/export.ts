import { resolve } from 'node:path';
import type { exportContract } from '../contract/export.js';
import { exportPackages } from '../../services/export/package.js';
import { listProfiles } from '../../services/export/profiles.js';
import { verifyPackage } from '../../services/export/verify.js';
import type { Handlers } from './handler.js';

export const exportHandlers: Handlers<typeof exportContract> = {
  'export.profiles': async (_input, ctx) => ({
    profielen: await listProfiles(ctx.assets.exportProfilesDir),
  }),
  'export.packages': (input, ctx) => exportPackages({ ...input, uit: resolve(input.uit) }, ctx),
  'export.verify': ({ pad }) => verifyPackage({ path: resolve(pad), naam: pad }),
};
