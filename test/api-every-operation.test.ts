// Every operation of the table is reachable through every door the same way: tested with success through dispatch
// somewhere in the suites, and answered over a real socket by the local server exactly as dispatch answers it.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { operations, type OperationName } from '../api/contract/index.js';
import type { Context } from '../api/context.js';
import { dispatch } from '../api/dispatch.js';
import { startServer, type RunningServer } from '../api/server/server.js';
import { STATUS_OF } from '../api/server/status.js';
import { testContext } from './helpers/api.js';
import { makeTempDir, removeTempDir, ROOT } from './helpers/assets.js';

const NAMES = Object.keys(operations) as OperationName[];

/** The operations some suite calls through dispatch and expects to succeed (`call(ctx, 'name', …)`). */
function calledWithSuccess(): Set<string> {
  const dir = join(ROOT, 'test');
  const called = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.test.ts'))) {
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/\bcall\(\s*\w+,\s*'([\w.]+)'/g)) {
      if (match[1]) called.add(match[1]);
    }
  }
  return called;
}

describe('every operation', () => {
  it('has a suite that runs it with success through dispatch', () => {
    const called = calledWithSuccess();
    expect(NAMES.filter((name) => !called.has(name))).toEqual([]);
  });

  describe('through the local server', () => {
    let dir: string;
    let served: Context;
    let direct: Context;
    let server: RunningServer;

    beforeEach(async () => {
      dir = await makeTempDir();
      for (const side of ['served', 'direct']) mkdirSync(join(dir, side));
      served = testContext(join(dir, 'served'));
      direct = testContext(join(dir, 'direct'));
      // Both start from an empty register of their own, so that each answer depends on the input alone.
      served.db.write();
      direct.db.write();
      server = await startServer({ ctx: served });
    });

    afterEach(async () => {
      await server.close();
      served.db.close();
      direct.db.close();
      await removeTempDir(dir);
    });

    it.each(NAMES)('answers %s as dispatch does', async (name) => {
      // The empty object: accepted by some operations (a search, a list), refused field by field by the others.
      const response = await fetch(new URL(`api/${name}`, server.url), {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      const expected = await dispatch(name, {}, direct);
      // An answer may name its register's file, which differs between the two sides and nothing else.
      const body: unknown = JSON.parse(
        (await response.text()).replaceAll(join(dir, 'served'), join(dir, 'direct')),
      );
      if (expected.ok) {
        expect(response.status).toBe(200);
        // A backup holds when each side's register was made, which differs between the two and nothing else.
        if (name === 'backup.download')
          expect(body).toEqual({ ...expected.value, base64: expect.any(String) as unknown });
        else expect(body).toEqual(expected.value);
      } else {
        expect(response.status).toBe(STATUS_OF[expected.error.code]);
        expect(body).toEqual(expected.error);
      }
    });
  });
});
