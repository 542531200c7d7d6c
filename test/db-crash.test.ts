import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegister } from '../db/connection.js';
import { integrityProblems } from '../files/sqlite-files.js';
import { bundleWriter, MIGRATIONS, startWriter, writtenState } from './helpers/crash-harness.js';
import { makeTempDir, removeTempDir } from './helpers/assets.js';

const KILLS = 60;
/** Each writer numbers its transactions from its own multiple of this, so that ids never repeat. */
const ID_BLOCK = 1_000_000;

let dir: string;
let bundle: string;
beforeAll(async () => {
  dir = await makeTempDir();
  bundle = await bundleWriter(dir);
});
afterAll(async () => {
  await removeTempDir(dir);
});

describe('a register whose writer is killed', () => {
  // About 25 s alone on two cores; the margin is for a machine that also runs the other suites.
  it(
    `keeps every reported transaction whole and no partial one, over ${KILLS} kills`,
    { timeout: 120_000 },
    async () => {
      const file = join(dir, 'register.sqlite');
      const started = performance.now();
      let present = 0;
      let reported = 0;
      for (let kill = 0; kill < KILLS; kill += 1) {
        const firstId = (kill + 1) * ID_BLOCK;
        const writer = startWriter(bundle, file, firstId);
        // From the moment the register is open rather than from the start of the process: starting Node takes about
        // 100 ms, and a kill before the first write tests nothing.
        await writer.open;
        await sleep(20 + Math.random() * 180);
        writer.child.kill('SIGKILL');
        // A writer that died of something else would end with an exit code instead.
        expect(await writer.ended).toEqual({ code: null, signal: 'SIGKILL' });

        // Opened as the app opens it after a crash, which recovers the write-ahead log.
        const db = openRegister(file, MIGRATIONS, { create: true });
        try {
          expect(integrityProblems(db)).toEqual([]);
          const state = writtenState(db);
          expect(state.partial).toEqual([]);
          expect(state.orphans).toBe(0);
          expect(state.counted).toBe(state.ids.length);
          // This writer's transactions: an unbroken run from its first id, holding every one it reported and at most
          // one more (killed during its commit or before its report), and everything earlier writers left still there.
          const own = state.ids.filter((id) => id >= firstId);
          expect(own).toEqual(Array.from({ length: own.length }, (_, i) => firstId + i));
          expect(writer.committed).toEqual(own.slice(0, writer.committed.length));
          expect(own.length - writer.committed.length).toBeLessThanOrEqual(1);
          expect(state.ids.length - own.length).toBe(present);
          present = state.ids.length;
          reported += writer.committed.length;
        } finally {
          db.close();
        }
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `crash test: ${KILLS} kills in ${seconds} s, ${reported} transactions reported committed, ${present} present and whole, ${present - reported} more present, killed during or just after their commit`,
      );
      expect(reported).toBeGreaterThan(0);
    },
  );
});
