// The packing check: electron-builder packs the app as for a laptop (`--dir --linux`, offline, with a stand-in for
// Electron's program, since the real one cannot be downloaded here), and the result is read back: the archive holds
// the shell and the renderer and nothing from the sources or the tests, the templates lie outside it where the main
// process points the register host, the migrations travel inside the host's bundle, and the fuses are flipped.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shellPaths } from '../electron/main/paths.js';
import { makeTempDir, removeTempDir, ROOT } from './helpers/assets.js';

/** @electron/fuses finds the fuses after this sentinel: a version byte, the wire's length, then one byte per fuse. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own defaults, in @electron/fuses' order: RunAsNode, cookie encryption, NODE_OPTIONS, --inspect,
 * embedded asar integrity, only app.asar, browser V8 snapshot, file:// privileges. '1' is on, '0' off. */
const DEFAULT_WIRE = '10110001';

let dir: string;
let unpacked: string;
let archive: string[];

beforeAll(async () => {
  // `npm test` builds first; a lone `vitest run` may need to.
  if (!existsSync(join(ROOT, 'dist', 'electron', 'register-host.cjs')))
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  dir = await makeTempDir();

  // A copy of the project as a release build has it, so that a renderer can be put in place without touching dist/.
  const project = join(dir, 'project');
  await mkdir(join(project, 'dist'), { recursive: true });
  for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml'])
    await cp(join(ROOT, file), join(project, file));
  await cp(join(ROOT, 'dist', 'electron'), join(project, 'dist', 'electron'), { recursive: true });
  await cp(join(ROOT, 'templates'), join(project, 'templates'), { recursive: true });
  if (existsSync(join(ROOT, 'dist', 'renderer', 'index.html'))) {
    await cp(join(ROOT, 'dist', 'renderer'), join(project, 'dist', 'renderer'), { recursive: true });
  } else {
    await mkdir(join(project, 'dist', 'renderer', 'assets'), { recursive: true });
    await writeFile(
      join(project, 'dist', 'renderer', 'index.html'),
      '<!doctype html><title>Raadsnota</title>',
    );
    await writeFile(join(project, 'dist', 'renderer', 'assets', 'index.js'), '');
  }
  // Files that must not travel, put where a careless pattern would pick them up.
  await writeFile(join(project, 'dist', 'electron', 'main.cjs.map'), '{}');
  await writeFile(join(project, 'dist', 'renderer', 'assets', 'index.js.map'), '{}');
  await cp(join(ROOT, 'dist', 'cli.cjs'), join(project, 'dist', 'cli.cjs'));
  await mkdir(join(project, 'test'));
  await writeFile(join(project, 'test', 'geheim.test.ts'), '');
  // electron-builder walks the dependencies in the project's own node_modules; through a symlink it loses the
  // transitive ones. A copy of hard links costs seconds and no space; across file systems it must be a real copy.
  try {
    execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(project, 'node_modules')], {
      stdio: 'ignore',
    });
  } catch {
    await rm(join(project, 'node_modules'), { recursive: true, force: true });
    execFileSync('cp', ['-a', join(ROOT, 'node_modules'), join(project, 'node_modules')]);
  }

  const electronDist = join(dir, 'electron-dist');
  await mkdir(electronDist);
  const program = join(electronDist, 'electron');
  await writeFile(
    program,
    `#!/bin/sh\n# stand-in for Electron\nexit 0\n# ${SENTINEL}\x01\x08${DEFAULT_WIRE}\n`,
  );
  await chmod(program, 0o755);

  const run = spawnSync(
    process.execPath,
    [
      '--require',
      join(ROOT, 'test', 'helpers', 'no-network.cjs'),
      join(ROOT, 'node_modules', 'electron-builder', 'cli.js'),
      '--dir',
      '--linux',
      '--x64',
      '--projectDir',
      project,
      `-c.electronDist=${electronDist}`,
      '-c.npmRebuild=false',
      `-c.directories.output=${join(dir, 'out')}`,
    ],
    { cwd: project, encoding: 'utf8' },
  );
  if (run.status !== 0)
    throw new Error(`electron-builder failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  unpacked = join(dir, 'out', 'linux-unpacked');
  archive = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((entry) =>
    entry.replaceAll('\\', '/'),
  );
}, 300_000);

afterAll(async () => {
  await removeTempDir(dir);
});

describe('the packed app', () => {
  it('holds the main process, the preload, the register host and the renderer in app.asar', () => {
    for (const file of [
      '/package.json',
      '/dist/electron/main.cjs',
      '/dist/electron/preload.cjs',
      '/dist/electron/register-host.cjs',
      '/dist/renderer/index.html',
    ])
      expect(archive, file).toContain(file);
  });

  it('holds nothing from the tests or the sources, no source maps and no CLI bundle', () => {
    const own = archive.filter((entry) => !entry.startsWith('/node_modules/'));
    expect(
      own.filter((entry) => /^\/(test|electron|api|core|services|templates|db|scripts)(\/|$)/.test(entry)),
    ).toEqual([]);
    expect(own.filter((entry) => /\.(ts|map)$/.test(entry) || entry.startsWith('/dist/cli'))).toEqual([]);
    expect(archive.filter((entry) => entry.endsWith('.map'))).toEqual([]);
    expect(archive.filter((entry) => /^\/node_modules\/better-sqlite3\/(deps|src)\//.test(entry))).toEqual(
      [],
    );
  });

  it('has a preload that requires only electron, as the sandbox allows, and a main process that needs no package', () => {
    const requires = (file: string) => {
      const code = extractFile(
        join(unpacked, 'resources', 'app.asar'),
        join('dist', 'electron', file),
      ).toString('utf8');
      return [
        ...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1] ?? '')),
      ].sort();
    };
    const builtin = (name: string) => name.startsWith('node:') || builtinModules.includes(name);
    expect(requires('preload.cjs')).toEqual(['electron']);
    expect(requires('main.cjs').filter((name) => name !== 'electron' && !builtin(name))).toEqual([]);
    expect(requires('register-host.cjs').filter((name) => !builtin(name))).toEqual(['better-sqlite3']);
  });

  it('starts the main process the package names', async () => {
    const manifest = JSON.parse(await readFile(join(dir, 'project', 'package.json'), 'utf8')) as {
      main: string;
    };
    expect(archive).toContain(`/${manifest.main}`);
  });

  it('packs no package but better-sqlite3 and the two that find its native module', () => {
    const packages = new Set(
      archive.filter((entry) => entry.startsWith('/node_modules/')).map((entry) => entry.split('/')[2]),
    );
    expect([...packages].sort()).toEqual(['better-sqlite3', 'bindings', 'file-uri-to-path']);
  });

  it('keeps better-sqlite3’s native module outside the archive, where it can be loaded', () => {
    const release = join(
      unpacked,
      'resources',
      'app.asar.unpacked',
      'node_modules',
      'better-sqlite3',
      'build',
      'Release',
    );
    expect(readdirSync(release).filter((file) => file.endsWith('.node'))).toEqual(['better_sqlite3.node']);
  });

  it('puts the templates, the huisstijl and the word list in resources/templates, outside the archive, where the host is pointed', () => {
    const { templates } = shellPaths({
      isPackaged: true,
      appPath: join(unpacked, 'resources', 'app.asar'),
      resourcesPath: join(unpacked, 'resources'),
      appData: dir,
    });
    expect(templates).toBe(join(unpacked, 'resources', 'templates'));
    for (const file of [
      'informatienota.manifest.json',
      'informatienota.hbs',
      'raadsmededeling.hbs',
      'raadsvoorstel.hbs',
      'stand-van-zaken.hbs',
      join('partials', 'metadata.hbs'),
      join('huisstijl', 'gemeente-voorbeeld', 'huisstijl.json'),
      join('huisstijl', 'gemeente-voorbeeld', 'logo.png'),
      join('taal', 'ambtelijke-woorden.json'),
    ])
      expect(existsSync(join(templates, file)), file).toBe(true);
    expect(existsSync(join(templates, 'engine')), 'the template engine’s sources').toBe(false);
  });

  it('carries the register’s migrations inside the host’s bundle, since no db/ folder is packed', async () => {
    expect(archive.filter((entry) => entry.startsWith('/db'))).toEqual([]);
    const host = extractFile(
      join(unpacked, 'resources', 'app.asar'),
      join('dist', 'electron', 'register-host.cjs'),
    ).toString('utf8');
    const migrations = readdirSync(join(ROOT, 'db', 'migrations')).filter((file) => file.endsWith('.sql'));
    expect(migrations.length).toBeGreaterThan(0);
    // The minifier may rewrite the quotes around each migration's text, not its lines.
    for (const file of migrations) {
      const sql = await readFile(join(ROOT, 'db', 'migrations', file), 'utf8');
      const statements = sql
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('--'));
      for (const line of statements) expect(host, `${file}: ${line}`).toContain(line);
    }
  });

  it('has its fuses flipped: no RunAsNode, NODE_OPTIONS or --inspect; cookie encryption, asar only, asar integrity', async () => {
    const program = await readFile(join(unpacked, 'raadsnota'));
    const at = program.indexOf(SENTINEL) + SENTINEL.length;
    const wire = program.subarray(at + 2, at + 2 + 8).toString('latin1');
    expect({
      runAsNode: wire[0],
      cookieEncryption: wire[1],
      nodeOptions: wire[2],
      inspectArguments: wire[3],
      embeddedAsarIntegrity: wire[4],
      onlyLoadAppFromAsar: wire[5],
      fileProtocolPrivileges: wire[7],
    }).toEqual({
      runAsNode: '0',
      cookieEncryption: '1',
      nodeOptions: '0',
      inspectArguments: '0',
      embeddedAsarIntegrity: '1',
      onlyLoadAppFromAsar: '1',
      fileProtocolPrivileges: '0',
    });
  });
});
