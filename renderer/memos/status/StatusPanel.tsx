import type { JSX } from 'react';
import type { StoredMemo } from '../../../core/model/memo-register.js';

// Placeholder until s2-panels is merged: the interface of the common brief (the integrator takes S2's file).
export function StatusPanel(p: {
  memo: StoredMemo;
  flush: () => Promise<boolean>;
  onChanged: (memo: StoredMemo) => void;
}): JSX.Element {
  return <section aria-label="Status" data-nota={p.memo.nota.id} />;
}
