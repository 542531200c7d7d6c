import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { quote, ValidationError } from '../../core/errors.js';
import { HUISSTIJL_LABELS, MANIFEST_LABELS } from '../../core/model/field-labels.js';
import { labelIssues, type Labels } from '../../core/model/labels.js';
import type { z } from '../../core/model/zod-nl.js';
import { Huisstijl } from '../../core/model/huisstijl.js';
import { inspectImage } from './image-check.js';
import { templateProblems } from './template-check.js';
import { Manifest } from '../../core/model/manifest.js';
import { readFileInFolder } from '../../files/folder-file.js';
import { readInputText, UnreadableFile } from '../../files/read-file.js';
import { readJsonFile } from '../../files/read-json.js';
import type { TemplateSource } from './fill.js';
import type { MemoTypes, RefusedType } from './memo-types.js';
import type { RenderAssets, TemplateSet } from './render.js';
import type { Logo } from './to-docx.js';

function parseOrThrow<T>(
  schema: z.ZodType<T>,
  value: unknown,
  file: string,
  what: string,
  labels: Labels,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    labelIssues(result.error.issues, labels).map((i) => ({
      ...i,
      path: i.path ? `${file}: ${i.path}` : file,
    })),
    what,
  );
}

const MANIFEST = '.manifest.json';

/**
 * One memo type: its manifest, read and checked, and its template, checked before any memo is filled into it. A
 * problem is the type's alone: it is refused with the file and the problem, and the other types still load.
 */
async function loadType(
  dir: string,
  file: string,
  partials: Record<string, string>,
): Promise<TemplateSet | RefusedType> {
  const type = file.slice(0, -MANIFEST.length);
  const manifestFile = join(dir, file);
  try {
    const manifest = parseOrThrow(
      Manifest,
      await readJsonFile(manifestFile),
      manifestFile,
      'manifest',
      MANIFEST_LABELS,
    );
    if (manifest.type !== type) {
      throw new ValidationError(
        [
          {
            path: `${manifestFile}: type`,
            message: `is ${quote(manifest.type)}, maar het bestand heet ${file}; noem het ${manifest.type}${MANIFEST} of maak type ${quote(type)}`,
          },
        ],
        'manifest',
      );
    }
    const templateFile = join(dir, manifest.sjabloon);
    const source = await readInputText(templateFile);
    const problems = templateProblems(source, templateFile, new Set(Object.keys(partials)));
    if (problems.length > 0) throw new ValidationError(problems, 'sjabloon', 'het');
    return { manifest, template: { name: basename(templateFile), source, partials } };
  } catch (error) {
    if (error instanceof ValidationError) return { type, file: manifestFile, problems: [...error.issues] };
    if (error instanceof UnreadableFile)
      return { type, file: manifestFile, problems: [{ path: error.path, message: error.reason }] };
    throw error;
  }
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

/** Every memo type in the templates folder; a folder without one usable type is no templates folder. */
export async function loadTemplates(dir: string): Promise<MemoTypes> {
  const partials = await loadPartials(dir);
  const files = (await readdir(dir)).filter((name) => name.endsWith(MANIFEST)).sort();
  const loaded = await Promise.all(files.map((file) => loadType(dir, file, partials)));
  const sets: Record<string, TemplateSet> = {};
  const refused: RefusedType[] = [];
  for (const result of loaded) {
    if ('manifest' in result) sets[result.manifest.type] = result;
    else refused.push(result);
  }
  if (files.length === 0) {
    throw new ValidationError(
      [{ path: dir, message: `hier staat geen enkel memotype (geen bestand <type>${MANIFEST})` }],
      'map met sjablonen',
    );
  }
  return { sets, refused };
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
  const huisstijl = parseOrThrow(Huisstijl, await readJsonFile(file), file, 'huisstijl', HUISSTIJL_LABELS);
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
  return { types: templates, overzicht, ...style };
}
