import type { ApiError } from '../../api/contract/api-error.js';

/**
 * An operation's refusal as messages per field, for a form to show each at its field: the issue's path without the
 * form's own prefix (`nota.titel` → `titel` with prefix `nota.`). What names no field of the form goes under '',
 * for the form's summary at the top.
 */
export function fieldErrors(error: ApiError, fields: readonly string[], prefix = ''): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  const add = (field: string, message: string): void => {
    byField.set(field, [...(byField.get(field) ?? []), message]);
  };
  const issues = error.issues ?? [{ path: error.field ?? '', message: error.message }];
  for (const issue of issues) {
    const path = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    const field = fields.find((f) => path === f || path.startsWith(`${f}.`) || path.startsWith(`${f}[`));
    add(field ?? '', field ? issue.message : issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  }
  return byField;
}
