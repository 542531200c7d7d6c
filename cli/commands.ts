import { resolve } from 'node:path';
import type { Memo } from '../core/model/memo.js';
import { loadAssets, readJsonFile } from '../templates/engine/load.js';
import { buildDocument, parseMemo, renderDocx } from '../templates/engine/render.js';
import { fixedSections } from '../templates/engine/manifest.js';
import { writeFileAtomic } from './atomic-write.js';
import { shownName, writingTo } from './file-errors.js';
import { DEFAULT_HUISSTIJL_DIR, TEMPLATES_DIR } from '../api/locations.js';

interface Common {
  memoFile: string;
  huisstijlDir: string | undefined;
}

async function prepare({ memoFile, huisstijlDir }: Common) {
  const [raw, assets] = await Promise.all([
    readJsonFile(memoFile, shownName({ path: memoFile })),
    loadAssets(TEMPLATES_DIR, huisstijlDir ?? DEFAULT_HUISSTIJL_DIR),
  ]);
  const memo: Memo = parseMemo(raw);
  return { memo, assets };
}

export async function renderCommand(options: Common & { out: string; createdAt: Date }): Promise<string> {
  const { memo, assets } = await prepare(options);
  const bytes = renderDocx(memo, assets, { createdAt: options.createdAt });
  const out = resolve(options.out);
  await writingTo({ option: '--out', path: options.out }, () => writeFileAtomic(out, bytes));
  return out;
}

export async function validateCommand(options: Common): Promise<string> {
  const { memo, assets } = await prepare(options);
  buildDocument(memo, assets);
  const required = fixedSections(assets.templates[memo.type].manifest).filter((s) => s.verplicht).length;
  return `In orde: ${memo.type} "${memo.onderwerp}" met ${memo.secties.length} secties (waarvan ${required} verplicht).`;
}
