import type { Memo } from '../../core/model/memo.js';
import type { MemoImages } from '../../templates/engine/images.js';
import { renderDocx, type RenderAssets } from '../../templates/engine/render.js';
import { documentName } from './file-name.js';

export interface RenderedMemo {
  /** The name to offer the document under: the memo's subject (or kenmerk). */
  naam: string;
  docx: Uint8Array;
}

/**
 * A memo as a DOCX in the huisstijl, with the pictures its sections name (images.ts); `createdAt` goes into the
 * document, so the same time gives the same bytes.
 */
export function renderMemo(
  memo: Memo,
  assets: RenderAssets,
  createdAt: Date,
  images?: MemoImages,
): RenderedMemo {
  return {
    naam: documentName(memo, 'docx'),
    docx: renderDocx(memo, assets, { createdAt, ...(images && { images }) }),
  };
}
