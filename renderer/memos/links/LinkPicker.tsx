import type { JSX } from 'react';
import type { StoredMemo } from '../../../core/model/memo-register.js';

// Placeholder until s2-panels is merged: the interface of the common brief (the integrator takes S2's file).
export function LinkPicker(p: {
  memo: StoredMemo;
  readOnly: boolean;
  onChanged: (memo: StoredMemo) => void;
  voorgesteldBesluit: string | undefined;
  onVoorgesteldBesluit: (text: string | undefined) => void;
}): JSX.Element {
  return <section aria-label="Beantwoordt" data-nota={p.memo.nota.id} />;
}
