import { memoKenmerken } from '../../db/repositories/memos.js';
import { checkMemo } from '../../services/memos/check.js';
import { imagesFor } from '../../services/memos/images.js';
import { nextKenmerk } from '../../services/memos/kenmerk.js';
import { renderMemo } from '../../services/memos/render.js';
import { memoJsonSchema } from '../../services/memos/schema.js';
import { memoTypeList } from '../../services/memos/types.js';
import { memoFrom } from '../../services/memos/source.js';
import { validateMemo } from '../../services/memos/validate.js';
import { MEDIATYPE } from '../contract/bestand.js';
import type { memoDocumentsContract } from '../contract/memo-documents.js';
import { today } from '../context.js';
import type { Handlers } from './handler.js';
import { templateSet } from '../../templates/engine/memo-types.js';

export const memoDocumentsHandlers: Handlers<typeof memoDocumentsContract> = {
  'memos.render': async (input, ctx) => {
    const assets = await ctx.assets.render();
    const memo = memoFrom(input, () => ctx.db.read(), assets.types);
    const createdAt = input.aangemaakt === undefined ? ctx.now() : new Date(input.aangemaakt);
    const { naam, docx } = renderMemo(
      memo,
      assets,
      createdAt,
      await imagesFor(input, memo, () => ctx.db.read()),
    );
    return { naam, mediatype: MEDIATYPE.docx, base64: Buffer.from(docx).toString('base64') };
  },
  'memos.validate': async (input, ctx) => {
    const assets = await ctx.assets.render();
    const memo = memoFrom(input, () => ctx.db.read(), assets.types);
    return validateMemo(memo, assets, await imagesFor(input, memo, () => ctx.db.read()));
  },
  'memos.check': async (input, ctx) => {
    const types = await ctx.assets.types();
    const memo = memoFrom(input, () => ctx.db.read(), types);
    const wordList = await ctx.assets.wordList();
    const { manifest } = templateSet(types, memo.type);
    return checkMemo(memo, { manifest, wordList, drempels: input.drempels });
  },
  'memos.types': async (_input, ctx) => memoTypeList(await ctx.assets.types()),
  'memos.schema': async (_input, ctx) => memoJsonSchema(await ctx.assets.types()),
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
