import { z } from '../../core/model/zod-nl.js';
import { memoSchema } from '../../core/model/memo.js';
import type { MemoTypes } from '../../templates/engine/memo-types.js';

/**
 * The JSON Schema of a memo file of every type the installation has, derived from the schemas the memos are checked
 * by, so that the two can never disagree; a type a functioneel beheerder adds is in it at once.
 */
export function memoJsonSchema(types: MemoTypes): Record<string, unknown> {
  const names = Object.keys(types.sets);
  const schemas = Object.values(types.sets).map((set) => memoSchema(set.manifest));
  const [first, ...rest] = schemas;
  if (first === undefined) throw new Error('geen memotypen geladen');
  const union = rest.length === 0 ? first : z.discriminatedUnion('type', [first, ...rest]);
  return {
    ...z.toJSONSchema(union, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://raadsnota.nl/schema/nota.json',
    title: `Raadsnota: ${names.join(', ')}`,
  };
}
