import { findItems } from '../../services/register/search.js';
import type { registerContract } from '../contract/register.js';
import { today } from '../context.js';
import type { Handlers } from './handler.js';

export const registerHandlers: Handlers<typeof registerContract> = {
  'register.search': (query, ctx) => findItems(ctx.db.read(), query, today(ctx)),
};
