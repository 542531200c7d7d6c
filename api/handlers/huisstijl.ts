import type { huisstijlContract } from '../contract/huisstijl.js';
import type { Handlers } from './handler.js';

export const huisstijlHandlers: Handlers<typeof huisstijlContract> = {
  'huisstijl.theme': async (_, ctx) => {
    const { huisstijl } = await ctx.assets.huisstijl();
    return { gemeente: huisstijl.gemeente, kleuren: huisstijl.kleuren };
  },
};
