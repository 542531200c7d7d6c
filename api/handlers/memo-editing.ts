import { DEFAULT_CONFIG } from '../../readability/index.js';
import { previewMemo } from '../../services/memos/preview.js';
import { settleItems } from '../../services/memos/settle.js';
import { addImage, memoImage } from '../../services/memos/stored-images.js';
import { asBestand, bytesOf } from '../bestand.js';
import { MEDIATYPE } from '../contract/bestand.js';
import type { memoEditingContract } from '../contract/memo-editing.js';
import { change } from '../context.js';
import type { Handlers } from './handler.js';

export const memoEditingHandlers: Handlers<typeof memoEditingContract> = {
  'memos.addImage': (input, ctx) =>
    addImage(ctx.db.write(), { id: input.id, bytes: bytesOf(input.bestand) }, change(ctx)),
  'memos.image': (input, ctx) => {
    const image = memoImage(ctx.db.read(), input);
    return asBestand(image.naam, image.mediatype, image.data);
  },
  'memos.preview': async (input, ctx) => {
    const assets = await ctx.assets.render();
    const { naam, docx, ontbreekt } = previewMemo(ctx.db.read(), input, assets, ctx.now());
    return { bestand: asBestand(naam, MEDIATYPE.docx, docx), ontbreekt };
  },
  'memos.settleItems': (input, ctx) => settleItems(ctx.db.write(), input, change(ctx)),
  'memos.checkSettings': async (_input, ctx) => ({
    woorden: await ctx.assets.words(),
    drempels: DEFAULT_CONFIG,
  }),
};
