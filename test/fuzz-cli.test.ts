// The fuzz harness for the command line, run as a user runs it: a process per input. Generated command lines (every
// command, options that belong and that do not, values that are too long, dates that do not exist, paths to
// missing folders, folders, a FIFO, another program's database, a damaged one) and generated huisstijl folders
// (fields set to hostile values, kenmerk patterns that could backtrack without end, a logo that is truncated, a
// symlink out of the folder or a FIFO). Each run ends within its time with exit 0 and readable output, or exit 2
// with a Dutch message and nothing written; never a stack trace, never exit 1, never a file of ours left behind.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, lstat, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, HUISSTIJL, makeTempDir, removeTempDir, runCli } from './helpers/assets.js';
import { wellFormednessProblems } from './helpers/docx.js';
import { fuzzOptions, FUZZ_TIMEOUT_MS, hostileText, mutate, mutation } from './helpers/fuzz.js';

const onWindows = process.platform === 'win32';

let dir: string;
let fixtures: string;
let runs = 0;
const exits = new Map<number, number>();

/** Files every run gets a fresh copy of, so that no run sees what an earlier one did. */
async function makeFixtures(): Promise<void> {
  fixtures = join(dir, 'fixtures');
  await mkdir(fixtures);
  await copyFile(join(EXAMPLES, 'informatienota.json'), join(fixtures, 'nota.json'));
  const register = join(fixtures, 'register.sqlite');
  const made = await runCli(['register', 'import', join(EXAMPLES, 'import', 'moties.csv'), '--db', register]);
  expect(made.code, made.stderr).toBe(0);
  const foreign = new Database(join(fixtures, 'vreemd.sqlite'));
  foreign.exec("CREATE TABLE notities (tekst TEXT); INSERT INTO notities VALUES ('van een ander programma')");
  foreign.close();
  const damaged = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8_000, 0x5a)]);
  await writeFile(join(fixtures, 'kapot.sqlite'), damaged);
}

interface Run {
  root: string;
  out: string;
}

async function newRun(): Promise<Run> {
  const root = join(dir, `run-${String(++runs)}`);
  const out = join(root, 'uit');
  await mkdir(out, { recursive: true });
  for (const name of await readdir(fixtures)) await copyFile(join(fixtures, name), join(root, name));
  if (!onWindows) execFileSync('mkfifo', [join(root, 'pijp')]);
  await writeFile(join(out, 'bestaand.docx'), 'een eerder document', { mode: 0o600 });
  return { root, out };
}

/** A value for a placeholder: the paths a careless user types, and values no option expects. */
const PATHS: Record<string, readonly string[]> = {
  memo: ['nota.json', 'hostile.json', 'bestaat-niet.json', 'uit', 'pijp', 'vreemd.sqlite', 'x'.repeat(300)],
  out: [
    'uit/nota.docx',
    'uit/stand.csv',
    'uit/bestaand.docx',
    'geen-map/nota.docx',
    'uit',
    'pijp',
    `uit/${'x'.repeat(250)}.docx`,
    'uit/nota.txt',
  ],
  db: [
    'register.sqlite',
    'nieuw.sqlite',
    'vreemd.sqlite',
    'kapot.sqlite',
    'nota.json',
    'uit',
    'geen-map/r.sqlite',
  ],
  list: ['nota.json', 'register.sqlite', 'pijp', 'bestaat-niet.csv'],
  huisstijl: ['huisstijl', 'uit', 'bestaat-niet'],
};

const value = (kind: keyof typeof PATHS) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(PATHS[kind] ?? [])).map((p) => `@${p}`) },
    { weight: 1, arbitrary: hostileText(3) },
    { weight: 1, arbitrary: fc.constant('y'.repeat(100_000)) },
  );

const COMMANDS: fc.Arbitrary<string[]> = fc.oneof(
  value('memo').map((m) => ['render', m]),
  value('memo').map((m) => ['validate', m]),
  value('memo').map((m) => ['check', m]),
  fc.constant<string[]>(['schema']),
  fc.constant<string[]>(['kenmerk']),
  value('list').map((l) => ['register', 'import', l]),
  fc.constant<string[]>(['register', 'list']),
  fc.constant<string[]>(['register', 'overview']),
  fc.constant<string[]>(['backup']),
  value('db').map((b) => ['restore', b]),
  fc.constantFrom<string[]>(['register'], ['onzin'], [], ['register', 'onzin']),
);

const OPTION: fc.Arbitrary<string[]> = fc.oneof(
  value('out').map((v) => ['--out', v]),
  value('db').map((v) => ['--db', v]),
  value('huisstijl').map((v) => ['--huisstijl', v]),
  fc
    .constantFrom(
      '2026-02-30',
      '2026-03-14',
      '2026-03-14T09:30:00+01:00',
      '99999-01-01',
      '1970-01-01',
      'gisteren',
    )
    .map((v) => ['--aangemaakt', v]),
  fc.constantFrom('2026-02-30', '2026-12-06', '0000-01-01').map((v) => ['--peildatum', v]),
  fc.constantFrom('2026-02-30', '2026-12-06', '99999-01-01').map((v) => ['--datum', v]),
  fc.constantFrom<string[]>(
    ['--dry-run'],
    ['--overdue'],
    ['--help'],
    ['-h'],
    ['--status', 'open'],
    ['--status', 'onzin'],
    ['--soort', 'motie'],
    ['--soort', 'x'],
    ['--format', 'json'],
    ['--format', 'xml'],
    ['--foo'],
    ['-x'],
    ['--out'],
    [`--${'z'.repeat(100_000)}`],
  ),
  hostileText(2).map((v) => ['--search', v]),
);

/** Words of English error messages (Node's, SQLite's, better-sqlite3's, zod's) that would betray an untranslated error. */
const ENGLISH =
  /\b(Cannot|cannot|Error:|Unexpected|failed|directory|denied|No such|Invalid|ENOENT|EACCES|EISDIR|SQLITE_[A-Z]+|TypeError|RangeError)\b/;

const EPOCH = fc.constantFrom(undefined, '1700000000', '99999999999999999', '-5', 'nu', '0');

/** Names, sizes and modes of what a folder holds, to compare before and after a run. */
async function snapshot(folder: string): Promise<string[]> {
  const names = (await readdir(folder)).sort();
  return Promise.all(
    names.map(async (name) => {
      const info = await lstat(join(folder, name));
      return `${name} ${info.isFile() ? 'file' : info.isFIFO() ? 'fifo' : 'other'} ${String(info.size)} ${(info.mode & 0o777).toString(8)} ${String(info.mtimeMs)}`;
    }),
  );
}

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/** The quick look at a DOCX the run wrote: every XML part well-formed. */
async function docxProblems(file: string): Promise<string[]> {
  const parts = unzipSync(new Uint8Array(await readFile(file)));
  return Object.entries(parts)
    .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
    .flatMap(([name, bytes]) => wellFormednessProblems(strFromU8(bytes)).map((p) => `${name}: ${p}`));
}

/** Runs one command line and checks the invariant. */
async function runAndCheck(run: Run, args: readonly string[], epoch: string | undefined): Promise<void> {
  const resolved = args.map((arg) => (arg.startsWith('@') ? join(run.root, arg.slice(1)) : arg));
  const before = await snapshot(run.out);
  const foreign = await sha256(join(run.root, 'vreemd.sqlite'));
  const result = await runCli(resolved, {
    cwd: run.root,
    // Without --db a command uses the user's own register; here that is one inside the run's folder.
    env: {
      XDG_CONFIG_HOME: join(run.root, 'gebruiker'),
      APPDATA: join(run.root, 'gebruiker'),
      HOME: run.root,
      ...(epoch === undefined ? {} : { SOURCE_DATE_EPOCH: epoch }),
    },
    // A run that is still busy after this long is stuck: a render takes a fraction of a second.
    timeoutMs: 30_000,
  });
  exits.set(result.code, (exits.get(result.code) ?? 0) + 1);
  const shown = `raadsnota ${args.map((a) => (a.length > 60 ? `${a.slice(0, 60)}…` : a)).join(' ')}`;

  expect([0, 2], `${shown}\n${result.stderr.slice(0, 2_000)}`).toContain(result.code);
  expect(result.stderr, shown).not.toMatch(/^\s+at /m);
  // A library's or the system's own English must not reach a Dutch user.
  expect(result.stderr, shown).not.toMatch(ENGLISH);
  expect(result.stderr.length, shown).toBeLessThan(8_000);
  expect(await sha256(join(run.root, 'vreemd.sqlite')), `${shown}: another program's database changed`).toBe(
    foreign,
  );
  if (!onWindows)
    expect((await lstat(join(run.root, 'pijp'))).isFIFO(), `${shown}: the FIFO was replaced`).toBe(true);
  const after = await snapshot(run.out);
  expect(
    after.filter((line) => /\.tmp\b|^\.raadsnota/.test(line)),
    `${shown}: temporary files left`,
  ).toEqual([]);
  if (result.code === 2) {
    expect(result.stderr.trim(), shown).not.toBe('');
    expect(after, `${shown}: exit 2, yet the output folder changed`).toEqual(before);
    return;
  }
  for (const name of await readdir(run.out)) {
    const file = join(run.out, name);
    if (
      name.endsWith('.docx') &&
      (await stat(file)).size > 100 &&
      !before.some((b) => b.startsWith(`${name} `) && after.includes(b))
    ) {
      expect(await docxProblems(file), `${shown}: ${name}`).toEqual([]);
    }
  }
}

/**
 * Kenmerk rules a beheerder might write: patterns with placeholders, an old regular expression left in `patroon`, and
 * raw expressions in `expressie`, among them ones that backtrack without end on a backtracking engine.
 */
const KENMERK_RULES: readonly Record<string, string>[] = [
  { patroon: '{jaar}-{volgnummer:6}' },
  { patroon: '{jaar}/{volgnummer}' },
  { patroon: '^\\d{4}-\\d{6}$' },
  { patroon: 'x{99999}' },
  { patroon: '(' },
  { expressie: '(\\d|\\d)*-\\d{6}', voorbeeld: '1-123456' },
  { expressie: '(a|aa)+b', voorbeeld: 'ab' },
  { expressie: '(\\w|\\d)+#', voorbeeld: 'a#' },
  { expressie: '.*.*.*.*.*.*x', voorbeeld: 'x' },
  { expressie: '(?<a>x)\\k<a>', voorbeeld: 'xx' },
  { expressie: '[', voorbeeld: '[' },
  { expressie: '\\d{4}-\\d{6}' },
];
/** What huisstijl.json itself is: the file, or something that must be refused rather than read for ever. */
type JsonKind = 'file' | 'fifo' | 'endless';
type LogoKind = 'whole' | 'header-only' | 'cut' | 'outside' | 'fifo' | 'random';

async function makeHuisstijl(
  run: Run,
  changes: Parameters<typeof mutate>[1],
  kenmerk: Record<string, string> | undefined,
  json: JsonKind,
  logo: LogoKind,
  random: Uint8Array,
): Promise<void> {
  const folder = join(run.root, 'huisstijl');
  await mkdir(folder);
  const base = JSON.parse(await readFile(join(HUISSTIJL, 'huisstijl.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  if (kenmerk !== undefined) base.kenmerk = kenmerk;
  const jsonFile = join(folder, 'huisstijl.json');
  if (json === 'file' || onWindows) await writeFile(jsonFile, JSON.stringify(mutate(base, changes)));
  else if (json === 'fifo') execFileSync('mkfifo', [jsonFile]);
  else await symlink('/dev/zero', jsonFile);
  const png = await readFile(join(HUISSTIJL, 'logo.png'));
  const target = join(folder, 'logo.png');
  switch (logo) {
    case 'whole':
      await writeFile(target, png);
      break;
    case 'header-only':
      await writeFile(target, png.subarray(0, 33));
      break;
    case 'cut':
      await writeFile(target, png.subarray(0, Math.floor(png.length / 2)));
      break;
    case 'outside':
      await writeFile(join(run.root, 'elders.png'), png);
      await symlink(join(run.root, 'elders.png'), target);
      break;
    case 'fifo':
      if (onWindows) await writeFile(target, png);
      else execFileSync('mkfifo', [target]);
      break;
    case 'random':
      await writeFile(target, random);
      break;
  }
}

describe('fuzzing the command line', () => {
  beforeAll(async () => {
    dir = await makeTempDir();
    await makeFixtures();
  });
  afterAll(() => removeTempDir(dir));

  it(
    'ends every generated command line with exit 0 and good output, or exit 2, a Dutch message and nothing written',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          COMMANDS,
          // Often no option at all, so that commands that can succeed do.
          fc.oneof(fc.constant([]), fc.array(OPTION, { minLength: 1, maxLength: 3 })),
          EPOCH,
          fc.array(mutation, { minLength: 1, maxLength: 2 }),
          async (command, options, epoch, changes) => {
            const run = await newRun();
            const memo = JSON.parse(await readFile(join(run.root, 'nota.json'), 'utf8')) as Record<
              string,
              unknown
            >;
            await writeFile(join(run.root, 'hostile.json'), JSON.stringify(mutate(memo, changes)));
            await mkdir(join(run.root, 'huisstijl'));
            await copyFile(join(HUISSTIJL, 'huisstijl.json'), join(run.root, 'huisstijl', 'huisstijl.json'));
            await copyFile(join(HUISSTIJL, 'logo.png'), join(run.root, 'huisstijl', 'logo.png'));
            await runAndCheck(run, [...command, ...options.flat()], epoch);
          },
        ),
        fuzzOptions(45),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'renders with a generated huisstijl folder and kenmerk, or refuses it by field, always within its time',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          // Each of these is good more often than not, so that renders that can succeed do.
          fc.oneof(fc.constant([]), fc.array(mutation, { minLength: 1, maxLength: 2 })),
          fc.option(fc.constantFrom(...KENMERK_RULES), { nil: undefined, freq: 1 }),
          fc.constantFrom<JsonKind>(...Array<JsonKind>(6).fill('file'), 'fifo', 'endless'),
          fc.constantFrom<LogoKind>(
            'whole',
            'whole',
            'whole',
            'whole',
            'header-only',
            'cut',
            'outside',
            'fifo',
            'random',
          ),
          fc.uint8Array({ maxLength: 64 }),
          fc.oneof(
            { weight: 3, arbitrary: fc.constant('2026-004512') },
            fc.constantFrom('1'.repeat(41), `${'a'.repeat(40)}c`, `${'1'.repeat(40)}#`),
            hostileText(2),
          ),
          async (changes, rule, json, logo, random, kenmerk) => {
            const run = await newRun();
            await makeHuisstijl(run, changes, rule, json, logo, random);
            const memo = JSON.parse(await readFile(join(run.root, 'nota.json'), 'utf8')) as Record<
              string,
              unknown
            >;
            await writeFile(join(run.root, 'hostile.json'), JSON.stringify({ ...memo, kenmerk }));
            await runAndCheck(
              run,
              ['render', '@hostile.json', '--huisstijl', '@huisstijl', '--out', '@uit/nota.docx'],
              '1700000000',
            );
          },
        ),
        fuzzOptions(40),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it('both exit codes occurred, so the properties tested both paths', () => {
    expect(exits.get(0) ?? 0).toBeGreaterThan(5);
    expect(exits.get(2) ?? 0).toBeGreaterThan(5);
  });
});
