import type { Memo } from '../../core/model/memo.js';
import type { MemoValidity } from '../../core/model/memo-documents.js';
import { fixedSections } from '../../core/model/manifest.js';
import type { MemoImages } from '../../templates/engine/images.js';
import { buildDocument, type RenderAssets } from '../../templates/engine/render.js';
import { recognisedSections } from '../../templates/engine/sections.js';
import { templateSet } from '../../templates/engine/memo-types.js';

/**
 * Whether a memo can be rendered, without rendering it, and which sections counted as fixed ones by their title: every problem (a missing required section, markup that is
 * not allowed, a picture that cannot be used, a kenmerk that does not fit the huisstijl) is thrown at once as a
 * ValidationError.
 */
export function validateMemo(memo: Memo, assets: RenderAssets, images?: MemoImages): MemoValidity {
  buildDocument(memo, assets, images);
  const { manifest } = templateSet(assets.types, memo.type);
  const required = fixedSections(manifest).filter((s) => s.verplicht);
  return {
    type: memo.type,
    onderwerp: memo.onderwerp,
    secties: memo.secties.length,
    verplicht: required.length,
    herkend: recognisedSections(memo.secties, manifest).map(({ index, titel, sleutel, als }) => ({
      pad: `secties[${index}]`,
      titel,
      sleutel,
      als,
    })),
  };
}
