import type { ApiError } from '../../api/contract/api-error.js';
import { formatPath } from '../../core/errors.js';
import type { z } from '../../core/model/zod-nl.js';

/**
 * A shared schema's refusal in the browser, in the shape of the server's (`invalid_input` with an issue per field,
 * paths written as the server writes them: `afdoening.reden`, `indieners[1]`), so that a form shows the checks it
 * makes before sending and the server's own in one way, with fieldErrors.
 */
export function refusalOf(error: z.ZodError): ApiError {
  const issues = error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  return {
    code: 'invalid_input',
    message: issues[0]?.message ?? error.message,
    issues,
    field: issues[0]?.path,
  };
}

/** The id of a form field's input, and of the element holding its error message, for aria-describedby. */
export function inputId(form: string, field: string): string {
  return `${form}-${field.replace(/[^a-zA-Z0-9-]/g, '-')}`;
}

export function errorId(form: string, field: string): string {
  return `${inputId(form, field)}-fout`;
}
