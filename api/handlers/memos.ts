import { createMemo } from '../../services/memos/create.js';
import { exportMemo } from '../../services/memos/export.js';
import { getStoredMemo } from '../../services/memos/get.js';
import { importMemo } from '../../services/memos/import.js';
import { linkMemoItem, unlinkMemoItem } from '../../services/memos/link.js';
import { listMemos } from '../../services/memos/list.js';
import { setMemoStatus } from '../../services/memos/status.js';
import { updateMemo } from '../../services/memos/update.js';
import type { memosContract } from '../contract/memos.js';
import { change } from '../context.js';
import type { Handlers } from './handler.js';
import { templateSet } from '../../templates/engine/memo-types.js';
import { typedConcept, typedMemo } from '../../services/memos/typed.js';

export const memosHandlers: Handlers<typeof memosContract> = {
  'memos.create': async (input, ctx) => {
    // The manifest first: a template that does not load must not leave a new register behind.
    const { manifest } = templateSet(await ctx.assets.types(), input.type);
    return createMemo(ctx.db.write(), input, manifest, change(ctx));
  },
  'memos.update': async (input, ctx) => {
    const nota = typedConcept(input.nota, await ctx.assets.types());
    return updateMemo(ctx.db.write(), { ...input, nota }, change(ctx));
  },
  'memos.get': (input, ctx) => getStoredMemo(ctx.db.read(), input),
  'memos.list': (query, ctx) => listMemos(ctx.db.read(), query),
  'memos.setStatus': (input, ctx) => setMemoStatus(ctx.db.write(), input, change(ctx)),
  'memos.link': (input, ctx) => linkMemoItem(ctx.db.write(), input, change(ctx)),
  'memos.unlink': (input, ctx) => unlinkMemoItem(ctx.db.write(), input, change(ctx)),
  'memos.import': async (raw, ctx) => {
    // Checked before the register is opened: a memo file that is refused must not leave a new register behind.
    const memo = typedMemo(raw, await ctx.assets.types());
    return importMemo(ctx.db.write(), memo, change(ctx));
  },
  'memos.export': async (input, ctx) => exportMemo(ctx.db.read(), input, await ctx.assets.types()),
};
