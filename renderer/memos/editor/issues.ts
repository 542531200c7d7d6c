import type { ApiError } from '../../../api/contract/api-error.js';
import type { Manifest } from '../../../core/model/manifest.js';
import type { DraftSection } from './draft.js';
import { formFields } from './fields.js';
import { sectionTitle } from './missing.js';

export interface Found {
  /** Per field name or section key: the messages to show there. */
  at: ReadonlyMap<string, string>;
  /** For the summary: per field of the form ('' for what names none, `sectie-<key>` for a section). */
  summary: ReadonlyMap<string, string[]>;
  labels: Readonly<Record<string, string>>;
}

/**
 * The register's refusal of the whole memo (`memos.validate`) at the fields and sections it names: `secties[2].inhoud`
 * is the third section on screen (the memo was saved from the screen just before), `informanten[0].email` the
 * informanten field.
 */
export function issuesOf(error: ApiError, sections: readonly DraftSection[], manifest: Manifest): Found {
  const names = new Set(formFields(manifest).map((field) => field.naam));
  const at = new Map<string, string>();
  const summary = new Map<string, string[]>();
  const labels: Record<string, string> = Object.fromEntries(
    formFields(manifest).map((field) => [field.naam, field.label]),
  );
  const add = (key: string | undefined, field: string, message: string): void => {
    if (key !== undefined) at.set(key, at.has(key) ? `${at.get(key) ?? ''} ${message}` : message);
    summary.set(field, (summary.get(field) ?? []).concat(message));
  };
  for (const issue of error.issues ?? [{ path: error.field ?? '', message: error.message }]) {
    const section = /^secties\[(\d+)\]/.exec(issue.path);
    const top = /^[a-zA-Z]+/.exec(issue.path)?.[0];
    if (section) {
      const found = sections[Number(section[1])];
      if (found === undefined) {
        add(undefined, '', issue.message);
        continue;
      }
      labels[`sectie-${found.key}`] = sectionTitle(found, manifest) || 'Sectie zonder titel';
      add(found.key, `sectie-${found.key}`, issue.message);
    } else if (top !== undefined && names.has(top)) {
      add(top, top, issue.message);
    } else {
      add(undefined, '', issue.path === '' ? issue.message : `${issue.message} (${issue.path})`);
    }
  }
  return { at, summary, labels };
}
