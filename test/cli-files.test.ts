/**
 * What the CLI does to the files around the ones it writes: the temporary files it leaves when killed and clears on
 * the next run, the permissions of a file it replaces, what it refuses to replace, and how it reports a file system
 * that refuses, in Dutch, naming the path the user typed.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readlinkSync, statSync } from 'node:fs';
import { chmod, copyFile, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTempFiles } from '../files/temp-files.js';
import { examplePath, makeTempDir, removeTempDir, runCli } from './helpers/assets.js';
import { reachable, unprivilegedCli } from './helpers/unprivileged.js';
import { readDocx } from './helpers/docx.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  // A test that failed half-way must leave no mount behind, nor have a mounted folder's contents removed here.
  for (const folder of mounted) unmount(folder, ['-l']);
  await removeTempDir(dir);
});

/** The folders a test mounted something on and has not unmounted yet. */
const mounted = new Set<string>();

/** Runs mount; whether it worked. Mounting needs privileges a container or a developer's machine may not give. */
function mount(folder: string, args: readonly string[]): boolean {
  if (spawnSync('mount', [...args, folder], { stdio: 'ignore' }).status !== 0) return false;
  mounted.add(folder);
  return true;
}

function unmount(folder: string, options: readonly string[] = []): void {
  execFileSync('umount', [...options, folder]);
  mounted.delete(folder);
}

/** The id of a process that has ended: nothing of that number runs any more (until the kernel reuses it). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

const temp = (pid: number, hex = 'a1b2c3d4e5f6') => `.raadsnota-${pid}-${hex}.tmp`;

async function touch(...names: string[]): Promise<void> {
  for (const name of names) await writeFile(join(dir, name), name);
}

/** The lines of bad input the CLI writes: "  - path: message". */
function issueLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith('  - '));
}

const RENDER = ['render', examplePath('informatienota'), '--aangemaakt', '2026-01-01T00:00:00Z'];

describe('temporary files of a killed writer', () => {
  it('are removed, with their SQLite companions, while every other file stays', async () => {
    const dead = deadPid();
    const gone = [
      temp(dead),
      `${temp(dead, '00ff00ff00ff')}-wal`,
      `${temp(dead)}-shm`,
      `${temp(dead)}-journal`,
    ];
    const others = [
      'nota.docx',
      temp(process.pid),
      `.raadsnota-${dead}-a1b2c3d4e5f.tmp`,
      `.raadsnota-${dead}-a1b2c3d4e5f6.tmp.bak`,
      `raadsnota-${dead}-a1b2c3d4e5f6.tmp`,
      `.raadsnota-${dead}-A1B2C3D4E5F6.tmp`,
      `.raadsnota-${dead}-a1b2c3d4e5f6.tmp-wal2`,
      `.nota.docx.a1b2c3d4e5f6.tmp`,
    ];
    await touch(...gone, ...others);
    await removeStaleTempFiles(dir);
    expect((await readdir(dir)).sort()).toEqual([...others].sort());
  });

  it('stay while their writer runs, also when it is not this process', async () => {
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    try {
      const pid = sleeper.pid ?? 0;
      await touch(temp(pid), `${temp(pid)}-journal`);
      await removeStaleTempFiles(dir);
      expect((await readdir(dir)).sort()).toEqual([temp(pid), `${temp(pid)}-journal`]);
    } finally {
      sleeper.kill();
    }
  });

  it('are cleared by the next render in that folder, which leaves only its own file', async () => {
    const dead = deadPid();
    await touch(temp(dead), `${temp(dead)}-journal`, 'notities.txt', temp(process.pid));
    const result = await runCli([...RENDER, '--out', join(dir, 'nota.docx')]);
    expect(result.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([temp(process.pid), 'nota.docx', 'notities.txt']);
  });

  it('are cleared by the next backup and restore in the folder they write to', async () => {
    const db = join(dir, 'register', 'register.sqlite');
    const backups = join(dir, 'reserve');
    await mkdir(join(dir, 'register'));
    await mkdir(backups);
    expect((await runCli(['register', 'import', 'examples/import/moties.csv', '--db', db])).code).toBe(0);
    const dead = deadPid();
    await touch(join('reserve', temp(dead)), join('register', `${temp(dead)}-wal`));
    expect((await runCli(['backup', '--out', join(backups, 'r.sqlite'), '--db', db])).code).toBe(0);
    expect(await readdir(backups)).toEqual(['r.sqlite']);
    expect((await runCli(['restore', join(backups, 'r.sqlite'), '--db', db])).code).toBe(0);
    expect(await readdir(join(dir, 'register'))).toEqual(['register.sqlite']);
  });
});

describe('a file that is replaced keeps its permissions', () => {
  it('a rendered DOCX', async () => {
    const out = join(dir, 'nota.docx');
    await writeFile(out, 'oud', { mode: 0o600 });
    expect((await runCli([...RENDER, '--out', out])).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect((await readFile(out)).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('a backup and a restored register', async () => {
    const db = join(dir, 'register.sqlite');
    const backup = join(dir, 'reserve.sqlite');
    expect((await runCli(['register', 'import', 'examples/import/moties.csv', '--db', db])).code).toBe(0);
    await writeFile(backup, '');
    await chmod(backup, 0o640);
    await chmod(db, 0o600);
    expect((await runCli(['backup', '--out', backup, '--db', db])).code).toBe(0);
    expect(statSync(backup).mode & 0o777).toBe(0o640);
    expect((await runCli(['restore', backup, '--db', db])).code).toBe(0);
    expect(statSync(db).mode & 0o777).toBe(0o600);
  });
});

describe('what --out refuses to replace', () => {
  it('a FIFO, which stays a FIFO', async () => {
    const fifo = join(dir, 'pijp');
    execFileSync('mkfifo', [fifo]);
    const result = await runCli([...RENDER, '--out', fifo]);
    expect(result.code).toBe(2);
    expect(issueLines(result.stderr)).toEqual([
      `  - --out ${fifo}: is een pijp (FIFO), geen gewoon bestand; er is niets veranderd`,
    ]);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(await readdir(dir)).toEqual(['pijp']);
  });

  it('a device, reached through a symbolic link, which stays a link to the device', async () => {
    const link = join(dir, 'apparaat.docx');
    await symlink('/dev/null', link);
    const result = await runCli([...RENDER, '--out', link]);
    expect(result.code).toBe(2);
    expect(issueLines(result.stderr)).toEqual([
      `  - --out ${link}: is een apparaat, geen gewoon bestand; er is niets veranderd`,
    ]);
    expect(readlinkSync(link)).toBe('/dev/null');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a symbolic link to nothing', async () => {
    const link = join(dir, 'nota.docx');
    await symlink(join(dir, 'weg.docx'), link);
    const result = await runCli([...RENDER, '--out', link]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('verwijzing naar een bestand dat niet bestaat');
    expect(await readdir(dir)).toEqual(['nota.docx']);
  });

  it('but writes through a symbolic link to a regular file, which stays a link', async () => {
    await mkdir(join(dir, 'echt'));
    const real = join(dir, 'echt', 'nota.docx');
    const link = join(dir, 'nota.docx');
    await writeFile(real, 'oud');
    await symlink(real, link);
    expect((await runCli([...RENDER, '--out', link])).code).toBe(0);
    expect(readlinkSync(link)).toBe(real);
    expect(readDocx(await readFile(real)).coreXml).toContain('2026-01-01T00:00:00Z');
    expect(await readdir(join(dir, 'echt'))).toEqual(['nota.docx']);
  });
});

describe('a file system that refuses is bad input about the path the user typed', () => {
  /** Exit 2, one Dutch issue naming the path as typed, nothing about a temporary file, nothing English. */
  async function expectRefused(args: string[], issue: string): Promise<void> {
    const result = await runCli(args, { cwd: dir });
    expect(result.code).toBe(2);
    expect(issueLines(result.stderr)).toEqual([`  - ${issue}`]);
    expect(result.stderr).not.toMatch(/\.tmp|raadsnota-\d|Error|ENOENT|EISDIR/);
  }

  async function withRegister(): Promise<string> {
    const db = join(dir, 'register.sqlite');
    expect((await runCli(['register', 'import', 'examples/import/moties.csv', '--db', db])).code).toBe(0);
    return db;
  }

  it('register overview --out in a folder that does not exist', async () => {
    const db = await withRegister();
    await expectRefused(
      ['register', 'overview', '--out', 'weg/stand.docx', '--db', db],
      '--out weg/stand.docx: de map bestaat niet; er is niets veranderd',
    );
  });

  it('backup --out in a folder that does not exist: the option and the path as typed, like every write', async () => {
    const db = await withRegister();
    await expectRefused(
      ['backup', '--out', 'weg/reserve.sqlite', '--db', db],
      '--out weg/reserve.sqlite: de map bestaat niet; er is niets veranderd',
    );
  });

  it('backup --out a folder', async () => {
    const db = await withRegister();
    await mkdir(join(dir, 'map'));
    await expectRefused(
      ['backup', '--out', 'map', '--db', db],
      '--out map: is een map, geen gewoon bestand; er is niets veranderd',
    );
    expect(await readdir(join(dir, 'map'))).toEqual([]);
  });

  it('restore of a folder', async () => {
    const db = await withRegister();
    await mkdir(join(dir, 'map'));
    await expectRefused(['restore', 'map', '--db', db], 'map: is een map, geen bestand');
  });

  it('an import file that is a folder, and a mapping that is a FIFO (read without waiting for a writer)', async () => {
    await mkdir(join(dir, 'map'));
    await expectRefused(['register', 'import', 'map', '--db', 'r.sqlite'], 'map: is een map, geen bestand');
    execFileSync('mkfifo', [join(dir, 'kolommen.json')]);
    const csv = join(process.cwd(), 'examples', 'import', 'moties.csv');
    await expectRefused(
      ['register', 'import', csv, '--mapping', 'kolommen.json', '--db', 'r.sqlite'],
      '--mapping kolommen.json: is geen gewoon bestand',
    );
  });

  it('a memo that is a FIFO, for render, validate and check', async () => {
    execFileSync('mkfifo', [join(dir, 'nota.json')]);
    for (const command of [['validate'], ['check'], ['render', '--out', 'x.docx']]) {
      await expectRefused([...command, 'nota.json'], 'nota.json: is geen gewoon bestand');
    }
  });

  it('a name that is too long for the file system; one that fits with room to spare for the temporary file', async () => {
    const fits = `${'n'.repeat(250)}.docx`;
    expect((await runCli([...RENDER, '--out', fits], { cwd: dir })).code).toBe(0);
    expect(await readdir(dir)).toEqual([fits]);
    const tooLong = `${'n'.repeat(251)}.docx`;
    await expectRefused(
      [...RENDER, '--out', tooLong],
      `--out ${'n'.repeat(60)}…${'n'.repeat(54)}.docx: de naam is te lang voor het bestandssysteem; er is niets veranderd`,
    );
  });
});

describe.skipIf(process.platform === 'win32')('without permission, as an unprivileged user', () => {
  it('render to a folder it may not write, and a memo it may not read, exit 2 in Dutch', async () => {
    // As root: nobody, in a copy of the CLI that nobody can reach; mkdtemp made `dir` for its owner alone.
    reachable(dir);
    const cli = await unprivilegedCli(dir);
    await mkdir(join(dir, 'dicht'), { mode: 0o555 });
    await chmod(join(dir, 'dicht'), 0o555);
    await copyFile(examplePath('informatienota'), join(dir, 'nota.json'));
    await chmod(join(dir, 'nota.json'), 0o644);
    await copyFile(examplePath('informatienota'), join(dir, 'geheim.json'));
    await chmod(join(dir, 'geheim.json'), 0o000);
    const write = await cli(['render', 'nota.json', '--out', 'dicht/nota.docx'], dir);
    expect(write.code).toBe(2);
    expect(issueLines(write.stderr)).toEqual([
      '  - --out dicht/nota.docx: hier mag niet worden geschreven (geen toestemming); er is niets veranderd',
    ]);
    const read = await cli(['validate', 'geheim.json'], dir);
    expect(read.code).toBe(2);
    expect(issueLines(read.stderr)).toEqual(['  - geheim.json: mag niet worden gelezen (geen toestemming)']);
    expect(await readdir(join(dir, 'dicht'))).toEqual([]);
  });
});

/**
 * A read-only file system, made by mounting a folder read-only over itself: as root, permissions would not stop a
 * write, and only a mount makes the file system itself refuse. Where mounting is not allowed, the cases say so.
 */
function readOnlyMount(folder: string): boolean {
  if (!mount(folder, ['--bind', folder])) return false;
  if (mount(folder, ['-o', 'remount,ro,bind'])) return true;
  unmount(folder);
  return false;
}

const probe = await makeTempDir();
const canMount = readOnlyMount(probe);
try {
  if (canMount) unmount(probe);
} finally {
  await removeTempDir(probe);
}
// Visible, as test/helpers/tools.ts does for a missing tool; not a failure in CI, whose container may forbid mounts.
if (!canMount)
  console.warn(
    'SKIPPED: mounting is not allowed here (needs root); the read-only and full-disk cases are skipped',
  );

describe.skipIf(!canMount)('on a read-only file system', () => {
  it('render, overview and backup exit 2 naming --out, and the old files stay', async () => {
    const db = join(dir, 'register.sqlite');
    expect((await runCli(['register', 'import', 'examples/import/moties.csv', '--db', db])).code).toBe(0);
    const ro = join(dir, 'alleen-lezen');
    await mkdir(ro);
    await writeFile(join(ro, 'nota.docx'), 'oud');
    if (!readOnlyMount(ro)) throw new Error('the mount worked a moment ago');
    try {
      for (const [args, out] of [
        [[...RENDER, '--out', 'alleen-lezen/nota.docx'], 'alleen-lezen/nota.docx'],
        [['register', 'overview', '--out', 'alleen-lezen/stand.csv', '--db', db], 'alleen-lezen/stand.csv'],
        [['backup', '--out', 'alleen-lezen/r.sqlite', '--db', db], 'alleen-lezen/r.sqlite'],
      ] as const) {
        const result = await runCli(args, { cwd: dir });
        expect(result.code).toBe(2);
        expect(issueLines(result.stderr)).toEqual([
          `  - --out ${out}: de schijf is alleen-lezen; er is niets veranderd`,
        ]);
      }
      expect(await readdir(ro)).toEqual(['nota.docx']);
      expect(await readFile(join(ro, 'nota.docx'), 'utf8')).toBe('oud');
    } finally {
      unmount(ro);
    }
    expect(existsSync(join(ro, 'nota.docx'))).toBe(true);
  });
});

describe.skipIf(!canMount)('on a full disk', () => {
  it('render and backup exit 2 naming --out, and the old files stay', async () => {
    const db = join(dir, 'register.sqlite');
    expect((await runCli(['register', 'import', 'examples/import/moties.csv', '--db', db])).code).toBe(0);
    const full = join(dir, 'vol');
    await mkdir(full);
    if (!mount(full, ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs']))
      throw new Error('mounting worked a moment ago');
    try {
      await writeFile(join(full, 'nota.docx'), 'oud');
      await writeFile(join(full, 'r.sqlite'), 'oud');
      // Fills the disk to the last few kilobytes: too few for a DOCX or a register.
      await writeFile(join(full, 'vulling'), Buffer.alloc(56 * 1024));
      for (const [args, out] of [
        [[...RENDER, '--out', 'vol/nota.docx'], 'vol/nota.docx'],
        [['backup', '--out', 'vol/r.sqlite', '--db', db], 'vol/r.sqlite'],
      ] as const) {
        const result = await runCli(args, { cwd: dir });
        expect(result.code).toBe(2);
        expect(issueLines(result.stderr)).toEqual([
          `  - --out ${out}: de schijf is vol; er is niets veranderd`,
        ]);
      }
      expect((await readdir(full)).sort()).toEqual(['nota.docx', 'r.sqlite', 'vulling']);
      expect(await readFile(join(full, 'nota.docx'), 'utf8')).toBe('oud');
      expect(await readFile(join(full, 'r.sqlite'), 'utf8')).toBe('oud');
    } finally {
      unmount(full);
    }
  });
});
