import type { ExportPackagesRequest, ExportPackagesResult } from '../../core/model/export.js';

export async function exportPackages(
  request: ExportPackagesRequest,
  env: unknown,
): Promise<ExportPackagesResult> {
  return Promise.reject(new Error(`export.packages is not built yet: ${request.uit} ${String(env)}`));
}
