import { Extension } from '@tiptap/core';
import type { Finding } from '../../../../readability/index.js';

// Placeholder until e2-b1paste is merged: the interface only (the integrator takes E2's file).
export type B1Findings = { html: string; findings: readonly Finding[] };

export const B1Highlights = Extension.create({ name: 'b1Highlights' });
