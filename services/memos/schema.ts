import { z } from '../../core/model/zod-nl.js';
import { Memo } from '../../core/model/memo.js';

/** The JSON Schema of a memo file, derived from the zod schema so that the two can never disagree. */
export function memoJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Memo, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://raadsnota.nl/schema/nota.json',
    title: 'Raadsnota: informatienota of raadsmededeling',
  };
}
