import { z } from '../core/model/zod-nl.js';
import { Figures } from './figures.js';
import { FindingKind, Severity } from './finding.js';
import { Verdict } from './verdict.js';

/**
 * What the B1 check gives back, declared once as zod schemas: the check's own types are inferred from them, and the
 * API's contract uses the same schemas to promise and check its output.
 */

/** A finding, located in the section's stored text. */
export const Finding = z.object({
  kind: FindingKind,
  severity: Severity,
  start: z
    .int()
    .min(0)
    .describe('Begin van de plek in de opgeslagen tekst (UTF-16-posities, halfopen [start, end))'),
  end: z.int().min(0).describe('Einde van de plek in de opgeslagen tekst'),
  line: z.int().min(1).describe('Regel van start in de opgeslagen tekst, vanaf 1'),
  column: z.int().min(1).describe('Kolom van start in de opgeslagen tekst, vanaf 1'),
  text: z.string().describe('De tekst zoals de lezer die ziet (entiteiten omgezet, tags weggelaten)'),
  label: z.string().describe('Korte aanduiding met het kerngetal: "lange zin (34 woorden)"'),
  explanation: z.string().describe('Wat dit moeilijk maakt'),
  suggestion: z
    .string()
    .nullable()
    .describe('Wat de schrijver kan doen, als daar iets bijzonders over te zeggen is'),
});
export type Finding = z.infer<typeof Finding>;

export const SectionResult = z.object({
  path: z.string().describe('Waar de tekst staat: secties[2].inhoud'),
  title: z.string(),
  verdict: Verdict,
  tooShortToScore: z
    .boolean()
    .describe(
      'Minder woorden dan oordeel.minimumWoorden: het oordeel volgt alleen de zinnen, niet de cijfers',
    ),
  figures: Figures,
  findings: z.array(Finding),
});
export type SectionResult = z.infer<typeof SectionResult>;

export const MemoResult = z.object({
  formula: z.string(),
  verdict: Verdict,
  figures: Figures,
  sections: z.array(SectionResult),
});
export type MemoResult = z.infer<typeof MemoResult>;
