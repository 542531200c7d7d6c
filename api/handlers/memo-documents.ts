import { memoKenmerken } from '../../db/repositories/memos.js';
import { checkMemo } from '../../services/memos/check.js';
import { imagesFor } from '../../services/memos/images.js';
import { nextKenmerk } from '../../services/memos/kenmerk.js';
import { renderMemo } from '../../services/memos/render.js';
import { memoJsonSchema } from '../../services/memos/schema.js';
import { memoFrom } from '../../services/memos/source.js';
import { validateMemo } from '../../services/memos/validate.js';
import { MEDIATYPE } from '../contract/bestand.js';
import type { memoDocumentsContract } from '../contract/memo-documents.js';
import { today } from '../context.js';
import type { Handlers } from './handler.js';

export const memoDocumentsHandlers: Handlers<typeof memoDocumentsContract> = {
  'memos.render': async (input, ctx) => {
    const memo = memoFrom(input, () => ctx.db.read());
    const createdAt = input.aangemaakt === undefined ? ctx.now() : new Date(input.aangemaakt);
    const { naam, docx } = renderMemo(
      memo,
      await ctx.assets.render(),
      createdAt,
      await imagesFor(input, memo),
    );
    return { naam, mediatype: MEDIATYPE.docx, base64: Buffer.from(docx).toString('base64') };
  },
  'memos.validate': async (input, ctx) => {
    const memo = memoFrom(input, () => ctx.db.read());
    return validateMemo(memo, await ctx.assets.render(), await imagesFor(input, memo));
  },
  'memos.check': async (input, ctx) => {
    const memo = memoFrom(input, () => ctx.db.read());
    const wordList = await ctx.assets.wordList();
    const manifest = await ctx.assets.manifest(memo.type);
    return checkMemo(memo, { manifest, wordList, drempels: input.drempels });
  },
  'memos.schema': () => memoJsonSchema(),
  'memos.kenmerk': async (input, ctx) => {
    const { huisstijl } = await ctx.assets.huisstijl();
    // Asking for a kenmerk only reads: without a register it counts none, and makes none.
    const kenmerken = ctx.db.exists() ? memoKenmerken(ctx.db.read()) : undefined;
    return nextKenmerk({
      instelling: huisstijl.kenmerk,
      datum: input.datum ?? today(ctx),
      kenmerken,
      register: ctx.db.file,
    });
  },
};
