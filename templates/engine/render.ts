import { quote, ValidationError, type Issue } from '../../core/errors.js';
import type { Huisstijl } from '../../core/model/huisstijl.js';
import { kenmerkRule } from '../../core/model/kenmerk.js';
import type { Memo } from '../../core/model/memo.js';
import { fillTemplate, type TemplateSource } from './fill.js';
import type { MemoImages } from './images.js';
import type { Manifest } from '../../core/model/manifest.js';
import { parseTemplateMarkup } from './markup.js';
import { packDocx } from './package-fixups.js';
import { arrangeSections } from './sections.js';
import { sectionFields } from './section-fields.js';
import { toDocxDocument, type Logo } from './to-docx.js';
import type { DocumentTree } from './tree.js';
import { templateView } from './view.js';
import { templateSet, type MemoTypes } from './memo-types.js';

export interface TemplateSet {
  manifest: Manifest;
  template: TemplateSource;
}

/** Everything a render needs besides the memo, loaded once by the caller (see load.ts). */
export interface RenderAssets {
  /** The memo types of the installation (load.ts loadTemplates). */
  types: MemoTypes;
  /** The "stand van zaken moties en toezeggingen". */
  overzicht: TemplateSource;
  huisstijl: Huisstijl;
  logo: Logo;
}

/**
 * The pure half of the pipeline: memo → filled template → document tree. Every problem with the memo (a missing
 * or empty required section, markup that is not allowed, a picture missing from `images`, a kenmerk that does not fit
 * the huisstijl) is collected and thrown at once, before anything is written.
 */
export function buildDocument(memo: Memo, assets: RenderAssets, images?: MemoImages): DocumentTree {
  const issues: Issue[] = [];
  const set = templateSet(assets.types, memo.type);
  const kenmerk = kenmerkRule(assets.huisstijl.kenmerk);
  if (!kenmerk.fits(memo.kenmerk)) {
    issues.push({
      path: 'kenmerk',
      message: `${quote(memo.kenmerk)} past niet bij het kenmerkpatroon van de gemeente (bijvoorbeeld ${kenmerk.example(memo.datum)})`,
    });
  }
  const chosen = sectionFields(memo, set.manifest);
  const sections = arrangeSections(memo.secties, set.manifest, issues, images, chosen);
  if (issues.length > 0) throw new ValidationError(issues, 'nota');

  const filled = fillTemplate(
    set.template,
    templateView(memo, set.manifest, assets.huisstijl, sections),
    issues,
  );
  const tree = filled && parseTemplateMarkup(filled.markup, filled.richtext, set.template.name, issues);
  if (!tree || issues.length > 0) throw new ValidationError(issues, 'sjabloon');
  return tree;
}

export interface RenderOptions {
  /** Written into the document's properties and zip entries; the same date gives the same bytes. */
  createdAt: Date;
  /** The pictures the memo's sections name, read from its folder beforehand (services/memos/images.ts). */
  images?: MemoImages;
}

/** A document tree in the huisstijl, as DOCX bytes: the last step of every document Raadsnota writes. */
export function treeToDocx(
  tree: DocumentTree,
  assets: RenderAssets,
  title: string,
  options: RenderOptions,
): Uint8Array {
  const document = toDocxDocument({ tree, huisstijl: assets.huisstijl, logo: assets.logo, title });
  return packDocx(document, options.createdAt);
}

/** memo + templates + huisstijl → DOCX bytes. No I/O and no clock: the caller writes the file. */
export function renderDocx(memo: Memo, assets: RenderAssets, options: RenderOptions): Uint8Array {
  return treeToDocx(buildDocument(memo, assets, options.images), assets, memo.onderwerp, options);
}
