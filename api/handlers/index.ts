import type { Operations } from '../contract/index.js';
import type { Handlers } from './handler.js';
import { backupHandlers } from './backup.js';
import { exportHandlers } from './export.js';
import { exportJobsHandlers } from './export-jobs.js';
import { exportUploadHandlers } from './export-upload.js';
import { huisstijlHandlers } from './huisstijl.js';
import { memoDocumentsHandlers } from './memo-documents.js';
import { memoEditingHandlers } from './memo-editing.js';
import { memosHandlers } from './memos.js';
import { registerHandlers } from './register.js';

/** Every operation's handler, merged from the domains' maps (after Actual Budget's handler map). */
export const handlers: Handlers<Operations> = {
  ...registerHandlers,
  ...memoDocumentsHandlers,
  ...backupHandlers,
  ...memosHandlers,
  ...huisstijlHandlers,
  ...memoEditingHandlers,
  ...exportHandlers,
  ...exportJobsHandlers,
  ...exportUploadHandlers,
};
