import type { z } from '../../core/model/zod-nl.js';
import { backupContract } from './backup.js';
import { exportContract } from './export.js';
import { exportJobsContract } from './export-jobs.js';
import { exportUploadContract } from './export-upload.js';
import { huisstijlContract } from './huisstijl.js';
import { memoDocumentsContract } from './memo-documents.js';
import { memoEditingContract } from './memo-editing.js';
import { memosContract } from './memos.js';
import { registerContract } from './register.js';

/**
 * Every operation of Raadsnota, by name: the one list the doors (CLI, Electron, the local server) and the renderer's
 * client share. A name is the capability's folder (`register.search` ↔ services/register/search.ts). Each domain
 * declares its own part; this merges them.
 */
export const operations = {
  ...registerContract,
  ...memoDocumentsContract,
  ...backupContract,
  ...memosContract,
  ...huisstijlContract,
  ...memoEditingContract,
  ...exportContract,
  ...exportJobsContract,
  ...exportUploadContract,
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
/** What a caller may send: defaults not yet filled in. */
export type InputOf<N extends OperationName> = z.input<Operations[N]['input']>;
/** What the handler works with: the input after validation. */
export type ParsedInputOf<N extends OperationName> = z.output<Operations[N]['input']>;
export type OutputOf<N extends OperationName> = z.output<Operations[N]['output']>;

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}
