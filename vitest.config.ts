import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A UI test waits for the page to catch up (expect.poll): on two cores shared with Chromium, the server and
    // LibreOffice, a screen may take seconds; a wait that is met returns at once.
    expect: { poll: { timeout: 15_000 } },
    // LibreOffice conversions are slow and CPU-bound; two cores run two files at a time at most.
    maxWorkers: 2,
  },
});
