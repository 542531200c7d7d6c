import type { OutputOf } from '../api/contract/index.js';
import { invoke, withContext } from './door.js';

/** `raadsnota schema` (`memos.schema`): the JSON Schema of a memo file. */
export function schemaCommand(): Promise<OutputOf<'memos.schema'>> {
  return withContext({}, (ctx) => invoke(ctx, 'memos.schema', {}));
}
