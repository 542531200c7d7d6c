import type { exportJobsContract } from '../contract/export-jobs.js';
import { exportDownload, exportStatus, startExport } from '../jobs/export-job.js';
import type { Handlers } from './handler.js';

export const exportJobsHandlers: Handlers<typeof exportJobsContract> = {
  'export.start': async (input, ctx) => ({ taak: await startExport(input, ctx) }),
  'export.status': ({ taak }, ctx) => exportStatus(taak, ctx),
  'export.download': ({ taak }, ctx) => exportDownload(taak, ctx),
};
