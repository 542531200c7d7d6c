import { ValidationError, type Issue } from '../core/errors.js';
import { itemLabels, memoLabels } from '../core/model/field-labels.js';
import { ItemInput, ItemUpdate } from '../core/model/register-changes.js';
import { labelIssues, nestedLabels, type Labels } from '../core/model/labels.js';
import type { z } from '../core/model/zod-nl.js';
import { RegisterRefused } from '../db/errors.js';
import { Conflict, NotFound } from '../db/repositories/errors.js';
import { UploadRefused, UploadUnavailable } from '../services/export/upload/errors.js';
import type { ApiError, ErrorCode } from './contract/api-error.js';

function withIssues(code: ErrorCode, message: string, issues: readonly Issue[]): ApiError {
  const field = issues.find((i) => i.path !== '')?.path;
  return {
    code,
    message,
    ...(field !== undefined && { field }),
    issues: issues.map(({ path, message: text }) => ({ path, message: text })),
  };
}

/**
 * The labels of an operation's input that is a document of its own: a motie or toezegging, new or edited. A memo file is checked by
 * its type in the memo services, which name its fields (parseMemo).
 */
function ownLabels(schema: z.ZodType, raw: unknown): Labels | undefined {
  return schema === ItemInput || schema === ItemUpdate ? itemLabels(raw) : undefined;
}

/**
 * Input that the operation's schema refuses, before any service runs: each problem at its path, an item given to the
 * register and the fields every memo has (under `nota`) named in the words of the document.
 */
export function invalidInput(error: z.ZodError, raw: unknown, schema: z.ZodType): ApiError {
  const nota = (raw as { nota?: unknown } | null)?.nota;
  const labels = ownLabels(schema, raw) ?? nestedLabels('De invoer', 'nota', memoLabels(nota));
  return withIssues('invalid_input', 'Ongeldige invoer:', labelIssues(error.issues, labels));
}

/**
 * The typed errors that domain code throws, as values for the user (STYLE.md, "Errors are values at the edges").
 * Anything else is a fault of Raadsnota: said in one Dutch line, without a stack trace.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ValidationError) {
    return withIssues('invalid_input', error.message.split('\n')[0] ?? '', error.issues);
  }
  if (error instanceof NotFound) return { code: 'not_found', message: error.message };
  if (error instanceof Conflict) return { code: 'conflict', message: error.message };
  if (error instanceof RegisterRefused) return { code: 'refused', message: error.message };
  if (error instanceof UploadRefused) {
    return {
      ...withIssues('invalid_input', error.message, error.issues),
      ...(error.field && { field: error.field }),
    };
  }
  if (error instanceof UploadUnavailable) return { code: 'unavailable', message: error.message };
  return {
    code: 'internal',
    message: `Onverwachte fout: ${error instanceof Error ? error.message : String(error)}`,
  };
}
