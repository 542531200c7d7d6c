import type { z } from '../../core/model/zod-nl.js';

/**
 * What an operation promises every door: its Dutch summary (the OpenAPI document's), the input it accepts and the
 * output it gives, as zod schemas. Browser-safe, so that the renderer's client is typed from the same declaration.
 */
export interface OperationContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  input: I;
  output: O;
}

export function operation<I extends z.ZodType, O extends z.ZodType>(
  summary: string,
  input: I,
  output: O,
): OperationContract<I, O> {
  return { summary, input, output };
}
