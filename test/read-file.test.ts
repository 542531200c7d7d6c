/**
 * Every file a person maintains or names is read one way (files/read-file.ts): opened without blocking
 * and checked on that handle, so that a FIFO or a device in its place is refused in Dutch at once instead of
 * hanging the program or reading without end.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTemplates } from '../templates/engine/load.js';
import { readRegularFile, UnreadableFile } from '../files/read-file.js';
import {
  examplePath,
  HUISSTIJL,
  issuesOf,
  makeTempDir,
  removeTempDir,
  runCli,
  TEMPLATES,
} from './helpers/assets.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

const fifo = (path: string): void => {
  execFileSync('mkfifo', [path]);
};

/** The lines of bad input the CLI writes: "  - path: message". */
const issueLines = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('  - '));

// A hang before the fix ends at runCli's timeout, well inside the test's.
const HANG = { timeout: 40_000 };
const CLI_LIMIT = { timeoutMs: 20_000 };

describe.skipIf(process.platform === 'win32')('a FIFO or a device where a file is read', () => {
  it('a huisstijl.json that is a FIFO: render refuses it, exit 2 in Dutch', HANG, async () => {
    const huisstijl = join(dir, 'huisstijl');
    await cp(HUISSTIJL, huisstijl, { recursive: true });
    const file = join(huisstijl, 'huisstijl.json');
    await rm(file);
    fifo(file);
    const result = await runCli(
      ['render', examplePath('informatienota'), '--out', join(dir, 'nota.docx'), '--huisstijl', huisstijl],
      { ...CLI_LIMIT, cwd: dir },
    );
    expect(result.code).toBe(2);
    expect(issueLines(result.stderr)).toEqual([`  - ${file}: is geen gewoon bestand`]);
  });

  it('thresholds (--drempels) that are a FIFO: check refuses them, naming the option', HANG, async () => {
    fifo(join(dir, 'drempels.json'));
    const result = await runCli(['check', examplePath('informatienota'), '--drempels', 'drempels.json'], {
      ...CLI_LIMIT,
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(issueLines(result.stderr)).toEqual(['  - --drempels drempels.json: is geen gewoon bestand']);
  });

  it('a memo that is a symbolic link to /dev/zero is refused, not read without end', HANG, async () => {
    await symlink('/dev/zero', join(dir, 'nota.json'));
    for (const command of [['validate'], ['check'], ['render', '--out', 'x.docx']]) {
      const result = await runCli([...command, 'nota.json'], { ...CLI_LIMIT, cwd: dir });
      expect(result.code).toBe(2);
      expect(issueLines(result.stderr)).toEqual(['  - nota.json: is geen gewoon bestand']);
    }
  });

  it(
    'a manifest and a template in a templates folder, as a FIFO: refused, naming the file',
    HANG,
    async () => {
      const templates = join(dir, 'templates');
      await cp(TEMPLATES, templates, { recursive: true, filter: (from) => !from.includes('engine') });
      const manifest = join(templates, 'informatienota.manifest.json');
      await rm(manifest);
      fifo(manifest);
      expect((await loadTemplates(templates)).refused).toEqual([
        {
          type: 'informatienota',
          file: manifest,
          problems: [{ path: manifest, message: 'is geen gewoon bestand' }],
        },
      ]);
      await rm(manifest);
      await cp(join(TEMPLATES, 'informatienota.manifest.json'), manifest);
      const partial = join(templates, 'partials', 'pijp.hbs');
      fifo(partial);
      expect(await issuesOf(() => loadTemplates(templates))).toEqual([
        { path: partial, message: 'is geen gewoon bestand' },
      ]);
    },
  );

  it('the reader itself: a folder, a device, a file above the limit, and a regular file', async () => {
    await mkdir(join(dir, 'map'));
    await writeFile(join(dir, 'groot'), Buffer.alloc(2 * 1024 * 1024));
    await writeFile(join(dir, 'klein'), 'inhoud');
    const reason = (path: string, max?: number) =>
      readRegularFile(path, max).then(
        () => 'gelezen',
        (error: unknown) => (error instanceof UnreadableFile ? error.reason : String(error)),
      );
    expect(await reason(join(dir, 'map'))).toBe('is een map, geen bestand');
    expect(await reason('/dev/zero')).toBe('is geen gewoon bestand');
    expect(await reason(join(dir, 'groot'), 1024 * 1024)).toBe('is groter dan 1 MB');
    expect(await reason(join(dir, 'weg'))).toBe('bestand bestaat niet');
    expect(Buffer.from(await readRegularFile(join(dir, 'klein'))).toString()).toBe('inhoud');
  });
});
