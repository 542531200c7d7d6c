import type { JSX } from 'react';
import type { MemoConcept } from '../../../core/model/memo-concept.js';

// Placeholder until s2-panels is merged: the interface of the common brief (the integrator takes S2's file).
export function PreviewPanel(p: {
  id: number;
  nota: MemoConcept;
  flush: () => Promise<boolean>;
}): JSX.Element {
  return <section aria-label="Voorbeeld" data-nota={p.id} />;
}
