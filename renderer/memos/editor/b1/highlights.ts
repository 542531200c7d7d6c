import { Extension } from '@tiptap/core';
import type { Finding } from '../../../../readability/index.js';

// Placeholder for E2's B1 highlights (branch e2-b1paste), with its interface only: the integrator takes E2's file.
export type B1Findings = { html: string; findings: readonly Finding[] };

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    b1Highlights: {
      setB1Findings: (f: B1Findings | undefined) => ReturnType;
    };
  }
}

export const B1Highlights = Extension.create({
  name: 'b1Highlights',
  addCommands() {
    return { setB1Findings: () => () => true };
  },
});
