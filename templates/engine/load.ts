import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { formatPath, ValidationError } from '../../core/errors.js';
import { Huisstijl } from '../../core/model/huisstijl.js';
import { MEMO_TYPES, type MemoType } from '../../core/model/memo.js';
import { inspectImage } from './image-check.js';
import { Manifest } from './manifest.js';
import { readFileInFolder } from '../../files/folder-file.js';
import { readInputText } from '../../files/read-file.js';
import { readJsonFile } from '../../files/read-json.js';
import type { TemplateSource } from './fill.js';
import type { RenderAssets, TemplateSet } from './render.js';
import type { Logo } from './to-docx.js';

function parseOrThrow<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
  file: string,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((i) => ({ path: `${file}: ${formatPath(i.path)}`, message: i.message })),
    what,
  );
}

/** The manifest of a memo type, read and checked: what the B1 check needs of the templates, without them. */
export async function loadManifest(dir: string, type: MemoType): Promise<Manifest> {
  const manifestFile = join(dir, `${type}.manifest.json`);
  const manifest = parseOrThrow(Manifest, await readJsonFile(manifestFile), manifestFile, 'manifest');
  if (manifest.type !== type) {
    throw new ValidationError(
      [{ path: manifestFile, message: `type is "${manifest.type}", verwacht "${type}"` }],
      'manifest',
    );
  }
  return manifest;
}

async function loadTemplateSet(
  dir: string,
  type: MemoType,
  partials: Record<string, string>,
): Promise<TemplateSet> {
  const manifest = await loadManifest(dir, type);
  const file = join(dir, manifest.sjabloon);
  return { manifest, template: { name: basename(file), source: await readInputText(file), partials } };
}

const OVERZICHT_TEMPLATE = 'stand-van-zaken.hbs';

async function loadPartials(dir: string): Promise<Record<string, string>> {
  const partialDir = join(dir, 'partials');
  const partials: Record<string, string> = {};
  for (const name of (await readdir(partialDir)).sort()) {
    if (name.endsWith('.hbs')) partials[name.slice(0, -4)] = await readInputText(join(partialDir, name));
  }
  return partials;
}

export async function loadTemplates(dir: string): Promise<Record<MemoType, TemplateSet>> {
  const partials = await loadPartials(dir);
  const sets = await Promise.all(MEMO_TYPES.map((type) => loadTemplateSet(dir, type, partials)));
  return Object.fromEntries(MEMO_TYPES.map((type, i) => [type, sets[i]])) as Record<MemoType, TemplateSet>;
}

export async function loadOverzichtTemplate(dir: string): Promise<TemplateSource> {
  const [partials, source] = await Promise.all([
    loadPartials(dir),
    readInputText(join(dir, OVERZICHT_TEMPLATE)),
  ]);
  return { name: OVERZICHT_TEMPLATE, source, partials };
}

export async function loadHuisstijl(dir: string): Promise<{ huisstijl: Huisstijl; logo: Logo }> {
  const file = join(dir, 'huisstijl.json');
  const huisstijl = parseOrThrow(Huisstijl, await readJsonFile(file), file, 'huisstijl');
  const refuse = (message: string): ValidationError =>
    new ValidationError([{ path: `${file}: logo.bestand`, message }], 'huisstijl');
  const data = await readLogo(dir, huisstijl.logo.bestand);
  if (typeof data === 'string') throw refuse(data);
  const image = inspectImage(data, 'het logo');
  if (typeof image === 'string') throw refuse(`${huisstijl.logo.bestand}: ${image}`);
  return { huisstijl, logo: { data, ...image } };
}

// Far above any logo; a larger file is a mistake, and reading it whole would only cost memory.
const MAX_LOGO_BYTES = 20 * 1024 * 1024;

/**
 * The logo's bytes, or why they cannot be used. Whatever a symlink says, the file must lie inside the huisstijl
 * folder, so that a huisstijl cannot carry another file of the computer into every memo.
 */
async function readLogo(dir: string, bestand: string): Promise<Uint8Array | string> {
  const read = await readFileInFolder(dir, bestand, MAX_LOGO_BYTES);
  if ('missing' in read) return `logo ${join(dir, bestand)} bestaat niet`;
  if ('outside' in read)
    return `${bestand} verwijst naar ${read.outside}, buiten de map van de huisstijl; zet het logo zelf in die map`;
  if ('unreadable' in read) return `${bestand}: ${read.unreadable}`;
  return read.bytes;
}

export async function loadAssets(templatesDir: string, huisstijlDir: string): Promise<RenderAssets> {
  const [templates, overzicht, style] = await Promise.all([
    loadTemplates(templatesDir),
    loadOverzichtTemplate(templatesDir),
    loadHuisstijl(huisstijlDir),
  ]);
  return { templates, overzicht, ...style };
}
