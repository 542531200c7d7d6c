/**
 * `raadsnota render` killed at random moments while it replaces a good DOCX: the file is always the old one or the
 * new one, whole, and the next run in that folder leaves none of the killed runs' temporary files behind.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLI,
  CREATED_ISO,
  examplePath,
  HUISSTIJL,
  makeTempDir,
  removeTempDir,
  runCli,
} from './helpers/assets.js';
import { readDocx } from './helpers/docx.js';

const KILLS = 30;
const SEED = Number(process.env.RAADSNOTA_CRASH_SEED ?? 20261206);

/** mulberry32: a small seeded generator, so that a failing run can be repeated with the same kill moments. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * A whole, valid PNG of noise: it does not compress, so the DOCX that carries it as the logo is megabytes, and
 * writing it takes long enough for kills to land during the write.
 */
function noisePng(size: number, next: () => number): Buffer {
  const row = size * 3 + 1;
  const pixels = Buffer.alloc(row * size);
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = i % row === 0 ? 0 : Math.floor(next() * 256);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await removeTempDir(dir);
});

interface Run {
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill: () => void;
}

function startRender(args: readonly string[]): Run {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: 'ignore' });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      resolve({ code, signal });
    });
  });
  return { ended, kill: () => child.kill('SIGKILL') };
}

describe('a render killed while it replaces a DOCX', () => {
  it(
    `leaves the old file or the new one, whole, over ${KILLS} kills, and the next run clears the litter`,
    { timeout: 180_000 },
    async () => {
      const next = random(SEED);
      const huisstijl = join(dir, 'huisstijl');
      const out = join(dir, 'uit');
      await mkdir(huisstijl);
      await mkdir(out);
      await copyFile(join(HUISSTIJL, 'huisstijl.json'), join(huisstijl, 'huisstijl.json'));
      await writeFile(join(huisstijl, 'logo.png'), noisePng(900, next));
      const target = join(out, 'nota.docx');
      const render = ['render', examplePath('informatienota'), '--out', target, '--aangemaakt', CREATED_ISO];

      // The old file: the same memo with the default huisstijl. The new one: with the heavy logo.
      expect((await runCli(render)).code).toBe(0);
      const old = await readFile(target);
      const started = performance.now();
      expect((await runCli([...render, '--huisstijl', huisstijl])).code).toBe(0);
      const fullRun = performance.now() - started;
      const fresh = await readFile(target);
      expect(fresh.length).toBeGreaterThan(1_000_000);
      for (const bytes of [old, fresh]) expect(readDocx(bytes).paragraphs.length).toBeGreaterThan(10);

      const outcomes = { old: 0, new: 0, finished: 0, litter: 0, duringWrite: 0 };
      for (let kill = 0; kill < KILLS; kill += 1) {
        // Put the old file back in one step, as a user's earlier render would have left it.
        await writeFile(join(out, 'terug'), old);
        await rename(join(out, 'terug'), target);
        // Half the kills at any moment of the run, half just after the temporary file appears: during the write.
        const duringWrite = kill % 2 === 1;
        const delay = duringWrite ? next() ** 2 * 15 : next() * fullRun * 1.2;
        const run = startRender([...render, '--huisstijl', huisstijl]);
        if (duringWrite) {
          outcomes.duringWrite += 1;
          const watcher = watch(out, (_, name) => {
            // Any new name but the target's and the reset's: the temporary file.
            if (name !== null && name !== 'nota.docx' && name !== 'terug') {
              watcher.close();
              setTimeout(run.kill, delay);
            }
          });
          void run.ended.then(() => {
            watcher.close();
          });
        } else {
          setTimeout(run.kill, delay);
        }
        const { signal } = await run.ended;
        if (signal === null) outcomes.finished += 1;

        const now = await readFile(target);
        if (now.equals(old)) outcomes.old += 1;
        else if (now.equals(fresh)) outcomes.new += 1;
        else
          throw new Error(`kill ${kill}: the DOCX is neither the old nor the new file (${now.length} bytes)`);
        expect(readDocx(now).paragraphs.length).toBeGreaterThan(10);
        if ((await readdir(out)).length > 1) outcomes.litter += 1;
      }

      // The next run, not killed, clears what the killed ones left.
      expect((await runCli([...render, '--huisstijl', huisstijl])).code).toBe(0);
      expect(await readdir(out)).toEqual(['nota.docx']);
      expect((await readFile(target)).equals(fresh)).toBe(true);

      console.log(
        `render crash test (seed ${SEED}): ${KILLS} kills (${outcomes.duringWrite} timed to the write), ${outcomes.old} left the old file, ${outcomes.new} the new, ${outcomes.finished} runs finished first, ${outcomes.litter} left a temporary file for the next run to clear`,
      );
      // Kills timed to the write must sometimes catch it with the temporary file there, or this tested nothing.
      expect(outcomes.litter).toBeGreaterThan(0);
      expect(outcomes.old).toBeGreaterThan(0);
    },
  );
});
