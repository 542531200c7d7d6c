import type { Huisstijl } from '../core/model/huisstijl.js';
import type { MemoType } from '../core/model/memo.js';
import { compileWordList, parseAmbtelijkeWoorden, type CompiledWordList } from '../readability/index.js';
import { readJsonFile } from '../files/read-json.js';
import { loadAssets, loadHuisstijl, loadManifest } from '../templates/engine/load.js';
import type { Manifest } from '../templates/engine/manifest.js';
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
  manifest(type: MemoType): Promise<Manifest>;
  wordList(): Promise<CompiledWordList>;
}

export interface AssetFolders {
  templatesDir: string;
  huisstijlDir: string;
  wordListFile: string;
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
  const manifests = new Map<MemoType, () => Promise<Manifest>>();
  return {
    render: once(() => loadAssets(folders.templatesDir, folders.huisstijlDir)),
    huisstijl: once(() => loadHuisstijl(folders.huisstijlDir)),
    manifest: (type) => {
      const load = manifests.get(type) ?? once(() => loadManifest(folders.templatesDir, type));
      manifests.set(type, load);
      return load();
    },
    wordList: once(async () =>
      compileWordList(parseAmbtelijkeWoorden(await readJsonFile(folders.wordListFile), folders.wordListFile)),
    ),
  };
}
