import type { AmbtelijkeWoorden, ReadabilityConfig, SectionResult } from '../../../../readability/index.js';

/** One section as the editor holds it: its key in the editor, its heading, its stored HTML. */
export interface B1Section {
  key: string;
  titel: string;
  inhoud: string;
}

/** What the check reads of a memo: its sections, and the names and titles it gives (b1Inputs). */
export interface B1Memo {
  sections: readonly B1Section[];
  names: readonly string[];
  titles: readonly string[];
}

/** The check's settings, as `memos.checkSettings` gives them: the ambtelijke woorden and the thresholds. */
export interface B1Settings {
  woorden: AmbtelijkeWoorden;
  drempels: ReadabilityConfig;
}

/**
 * A request to the worker. `epoch` counts the settings: the settings come with the first request of an epoch only,
 * and the worker compiles the word list once per epoch.
 */
export interface B1Request extends B1Memo {
  seq: number;
  epoch: number;
  settings?: B1Settings;
}

/** The worker's answer to request `seq`: each section's result in the order asked, or why there is none. */
export type B1Response =
  { seq: number; epoch: number; results: SectionResult[] } | { seq: number; epoch: number; error: string };
