// Placeholder of part P's handlers (issue 13), so that the table type-checks before P's branch is merged. At merge,
// P's version of this file replaces this one.
import type { exportContract } from '../contract/export.js';
import type { Handlers } from './handler.js';

const notYet = (): never => {
  throw new Error('export is not merged yet');
};

export const exportHandlers: Handlers<typeof exportContract> = {
  'export.profiles': () => ({
    profielen: [{ naam: 'generiek', titel: 'Generiek', alleenOpenbaar: false }],
  }),
  'export.packages': notYet,
  'export.verify': notYet,
};
