import type { ExportVerifyResult } from '../../core/model/export.js';

export async function verifyPackage(pad: { path: string; naam: string }): Promise<ExportVerifyResult> {
  return Promise.reject(new Error(`export.verify is not built yet: ${pad.naam}`));
}
