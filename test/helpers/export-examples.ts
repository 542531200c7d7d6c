// The three example memos (examples/*.json) as the one description an export maps from, through the export's own
// describeMemo, with the organisation and the type names the shipped huisstijl and manifests give them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExportDescription } from '../../core/model/export.js';
import { Memo } from '../../core/model/memo.js';
import { describeMemo } from '../../services/export/describe.js';
import { projectRoot } from './tools.js';

export const EXAMPLE_TYPES = ['informatienota', 'raadsmededeling', 'raadsvoorstel'] as const;
export type ExampleType = (typeof EXAMPLE_TYPES)[number];

function readJson(...path: string[]): unknown {
  return JSON.parse(readFileSync(join(projectRoot, ...path), 'utf8'));
}

export function exampleMemo(type: ExampleType): Memo {
  return Memo.parse(readJson('examples', `${type}.json`));
}

export function exampleDescription(type: ExampleType): ExportDescription {
  const { gemeente } = readJson('templates', 'huisstijl', 'gemeente-voorbeeld', 'huisstijl.json') as {
    gemeente: string;
  };
  const { titel } = readJson('templates', `${type}.manifest.json`) as { titel: string };
  return ExportDescription.parse(describeMemo(exampleMemo(type), gemeente, titel));
}
