import { Financien, financienZinnen } from '../../core/model/financien.js';
import { sectionVelden, type Manifest } from '../../core/model/manifest.js';
import { Openbaarheid, openbaarheidZinnen } from '../../core/model/openbaarheid.js';
import type { Veld } from '../../core/model/fields.js';
import { NO_MARKS, type Block } from './tree.js';

function sentences(veld: Veld, value: unknown): string[] {
  switch (veld.soort) {
    case 'openbaarheid': {
      const parsed = Openbaarheid.safeParse(value);
      return parsed.success ? openbaarheidZinnen(parsed.data) : [];
    }
    case 'financien': {
      const parsed = Financien.safeParse(value);
      return parsed.success ? financienZinnen(parsed.data) : [];
    }
    default:
      return [];
  }
}

/**
 * The choices a memo made in the velden its manifest prints in a section (a veld's `sectie`: openbaarheid,
 * financiën), by the section's sleutel, each as the paragraphs the document prints at the top of that section. A
 * veld that is given counts, even when its value is still wrong (its own check says what is wrong), so that its
 * section is not also reported empty; such a value prints nothing, and is never rendered.
 */
export function sectionFields(
  memo: Readonly<Record<string, unknown>>,
  manifest: Manifest,
): Map<string, Block[]> {
  const chosen = new Map<string, Block[]>();
  for (const [sleutel, veld] of sectionVelden(manifest)) {
    const value = memo[veld.naam];
    if (value === undefined) continue;
    chosen.set(
      sleutel,
      sentences(veld, value).map((text) => ({
        kind: 'paragraph',
        content: [{ kind: 'text', text, marks: NO_MARKS }],
      })),
    );
  }
  return chosen;
}
