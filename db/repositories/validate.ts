import { formatPath, ValidationError, type Issue } from '../../core/errors.js';
import type { z } from '../../core/model/zod-nl.js';

/** The issues of a failed parse, located under `prefix` (the item's place in a list, or the field it came in). */
export function issuesOf(error: z.ZodError, prefix: readonly PropertyKey[] = []): Issue[] {
  return error.issues.map((i) => ({ path: formatPath([...prefix, ...i.path]), message: i.message }));
}

/** Parses input that crosses into the register, or throws a ValidationError that names every bad field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  what: string,
  prefix: readonly PropertyKey[] = [],
): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new ValidationError(issuesOf(result.error, prefix), what);
}
