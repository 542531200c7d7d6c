import { z } from '../core/model/zod-nl.js';
import type { TextBlock } from './text-block.js';

export const FindingKind = z.enum([
  'long-sentence',
  'long-word',
  'passive',
  'nominalisation',
  'ambtelijk-woord',
]);
export type FindingKind = z.infer<typeof FindingKind>;
export const Severity = z.enum(['hint', 'warning']);
export type Severity = z.infer<typeof Severity>;

/** What a check found, in the plain text of one block; the analyzer maps it back to the source. */
export interface BlockFinding {
  kind: FindingKind;
  severity: Severity;
  block: TextBlock;
  /** Half-open range in the block's plain text. */
  start: number;
  end: number;
  /** Short Dutch label with the key figure: "lange zin (34 woorden)". */
  label: string;
  /** A short Dutch explanation of what makes this hard. */
  explanation: string;
  /** What the writer could do instead, if there is something specific to say. */
  suggestion: string | null;
}

/** Text as the reader sees it: soft hyphens (U+00AD, `&shy;`) left out, white space and line breaks as one space. */
export const visibleText = (text: string): string => text.replace(/\u00ad/gu, '').replace(/\s+/gu, ' ');

/** Dutch quotation for a word or phrase inside a message. */
export const cite = (text: string): string => `‘${text}’`;

/** "a", "a of b", "a, b of c". */
export function orList(items: readonly string[]): string {
  const quoted = items.map(cite);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} of ${quoted.at(-1) ?? ''}`;
}
