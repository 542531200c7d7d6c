import { join } from 'node:path';
import type { Huisstijl } from '../core/model/huisstijl.js';
import {
  compileWordList,
  parseAmbtelijkeWoorden,
  type AmbtelijkeWoorden,
  type CompiledWordList,
} from '../readability/index.js';
import { readJsonFile } from '../files/read-json.js';
import { loadHuisstijl, loadOverzichtTemplate, loadTemplates } from '../templates/engine/load.js';
import type { MemoTypes } from '../templates/engine/memo-types.js';
import type { RenderAssets } from '../templates/engine/render.js';
import type { Logo } from '../templates/engine/to-docx.js';

/**
 * The files a functioneel beheerder keeps (templates, huisstijl, the list of ambtelijke woorden), each read on first
 * use and then kept for the door's life. Read lazily, so that an operation needs only what it uses: the B1 check
 * runs with a huisstijl that does not load.
 */
export interface Assets {
  render(): Promise<RenderAssets>;
  huisstijl(): Promise<{ huisstijl: Huisstijl; logo: Logo }>;
  /** The installation's memo types, those refused included; templateSet() picks one by a memo's `type`. */
  types(): Promise<MemoTypes>;
  /** The list of ambtelijke woorden as the functioneel beheerder wrote it: what the renderer's B1 check is given. */
  words(): Promise<AmbtelijkeWoorden>;
  wordList(): Promise<CompiledWordList>;
  /** The folder of the export profiles (templates/export-profielen/), read when an export names one. */
  exportProfilesDir: string;
}

export interface AssetFolders {
  templatesDir: string;
  huisstijlDir: string;
  wordListFile: string;
  /** The export profiles; `export-profielen` in the templates folder when not given. */
  exportProfilesDir?: string;
}

/** Loads on first use and keeps the result; a file that failed is read again next time, once it may be mended. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    }));
}

export function assetsFrom(folders: AssetFolders): Assets {
  const types = once(() => loadTemplates(folders.templatesDir));
  const huisstijl = once(() => loadHuisstijl(folders.huisstijlDir));
  const overzicht = once(() => loadOverzichtTemplate(folders.templatesDir));
  const words = once(async () =>
    parseAmbtelijkeWoorden(await readJsonFile(folders.wordListFile), folders.wordListFile),
  );
  return {
    render: async () => {
      const [loaded, template, style] = await Promise.all([types(), overzicht(), huisstijl()]);
      return { types: loaded, overzicht: template, ...style };
    },
    huisstijl,
    types,
    words,
    wordList: once(async () => compileWordList(await words())),
    exportProfilesDir: folders.exportProfilesDir ?? join(folders.templatesDir, 'export-profielen'),
  };
}
