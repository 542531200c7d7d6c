import type { JSX } from 'react';

// Placeholder until s2-panels is merged: the interface of the common brief (the integrator takes S2's file).
export function VersionsScreen(p: { id: number }): JSX.Element {
  return <h1>{`Versies van nota ${p.id}`}</h1>;
}
