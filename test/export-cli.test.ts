// raadsnota export and raadsnota verify as a user runs them: the Done-when command with LibreOffice, the ZIP and the
// batch forms, every bad input refused with exit 2, a Dutch message and nothing written, an export without
// LibreOffice, and an export killed while it writes.
import { spawn } from 'node:child_process';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setImmediate as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PackageManifest } from '../core/model/export.js';
import { CLI, EXAMPLES, exampleInput, makeTempDir, removeTempDir, ROOT, runCli } from './helpers/assets.js';
import { allElements, isHeading, readPdfStructure } from './helpers/pdf-structure.js';
import {
  DIWOO_LIJSTEN_XSD,
  DIWOO_XSD,
  ORI_OPENAPI,
  oriValidator,
  validateDiwoo,
} from './helpers/standards.js';
import { describeWithStandards, describeWithTools } from './helpers/tools.js';

const INFORMATIENOTA = join(EXAMPLES, 'informatienota.json');
const RAADSMEDEDELING = join(EXAMPLES, 'raadsmededeling.json');

/** An environment in which no LibreOffice is found: not on PATH, and RAADSNOTA_SOFFICE naming none. */
const WITHOUT_LIBREOFFICE = {
  PATH: dirname(process.execPath),
  RAADSNOTA_SOFFICE: '/geen/libreoffice/soffice',
};

async function onlyEntry(dir: string): Promise<string> {
  const entries = await readdir(dir);
  expect(entries).toHaveLength(1);
  return join(dir, entries[0] ?? '');
}

async function manifestIn(pakket: string): Promise<PackageManifest> {
  return PackageManifest.parse(JSON.parse(await readFile(join(pakket, 'manifest.json'), 'utf8')));
}

describeWithTools(['soffice'], 'raadsnota export examples/informatienota.json --out pkg --pdf', () => {
  let dir: string;
  let pakket: string;
  let result: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    dir = await makeTempDir();
    // As the Done-when says it, from the project folder, the example named relative to it.
    result = await runCli(['export', 'examples/informatienota.json', '--out', join(dir, 'pkg'), '--pdf'], {
      timeoutMs: 180_000,
    });
    pakket = await onlyEntry(join(dir, 'pkg'));
  }, 200_000);

  afterAll(async () => {
    await removeTempDir(dir);
  });

  it('writes one package with the document, its PDF, the bijlage, the metadata and the manifest', async () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`Pakket: ${pakket}\n`);
    expect(result.stderr).toContain('PDF        1/1');
    const manifest = await manifestIn(pakket);
    expect(manifest.bestanden.map((b) => b.rol).sort()).toEqual([
      'bijlage',
      'diwoo',
      'document',
      'metadata',
      'pdf',
    ]);
  });

  it('has a tagged PDF/A-2b in nl-NL with its headings tagged as headings', async () => {
    const pdf = (await manifestIn(pakket)).bestanden.find((b) => b.rol === 'pdf')?.pad ?? '';
    const structure = await readPdfStructure(join(pakket, pdf));
    expect(structure.marked).toBe(true);
    expect(structure.pdfa).toEqual({ part: '2', conformance: 'B' });
    expect(structure.language).toBe('nl-NL');
    expect(allElements(structure.roots).filter(isHeading).length).toBeGreaterThan(3);
  });

  it('passes raadsnota verify, and fails it once one byte of the PDF has changed', async () => {
    const ok = await runCli(['verify', pakket]);
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toBe(`In orde: ${pakket} (5 bestanden, elk met de SHA-256 uit het manifest)\n`);
    const copy = join(dir, 'kopie');
    await cp(pakket, copy, { recursive: true });
    const pdf = (await manifestIn(copy)).bestanden.find((b) => b.rol === 'pdf')?.pad ?? '';
    const bytes = await readFile(join(copy, pdf));
    const middle = bytes.length >> 1;
    bytes.writeUInt8((bytes.readUInt8(middle) ^ 1) & 0xff, middle);
    await writeFile(join(copy, pdf), bytes);
    const bad = await runCli(['verify', copy]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      new RegExp(
        `^Het pakket ${copy} klopt niet met zijn manifest:\\n  - ${pdf.replace(/[()]/g, '\\$&')}: is veranderd: SHA-256 [0-9a-f]{64}`,
      ),
    );
  });

  describeWithStandards([ORI_OPENAPI, DIWOO_XSD, DIWOO_LIJSTEN_XSD], 'its metadata', () => {
    it('validates against the ORI InformatieObject schema and the DiWoo XSD', async () => {
      const metadata = JSON.parse(await readFile(join(pakket, 'metadata.json'), 'utf8')) as {
        informatieobject: unknown;
      };
      const validate = oriValidator();
      expect(validate(metadata.informatieobject), JSON.stringify(validate.errors)).toBe(true);
      const diwoo = await validateDiwoo([
        { fileName: 'diwoo.xml', contents: await readFile(join(pakket, 'diwoo.xml'), 'utf8') },
      ]);
      expect(diwoo.errors).toEqual([]);
      expect(diwoo.valid).toBe(true);
    });
  });
});

describe('raadsnota export', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await makeTempDir();
  });

  afterEach(async () => {
    await removeTempDir(dir);
  });

  it('writes one memo to the ZIP --out names, which verify passes', async () => {
    const zip = join(dir, 'pakket.zip');
    const result = await runCli(['export', INFORMATIENOTA, '--out', zip], { env: WITHOUT_LIBREOFFICE });
    expect(result).toMatchObject({ code: 0, stdout: `Pakket: ${zip}\n` });
    expect(await readdir(dir)).toEqual(['pakket.zip']);
    expect(await runCli(['verify', zip])).toMatchObject({ code: 0 });
  });

  it('gives each memo of a batch its package in --out, telling its progress on stderr', async () => {
    const uit = join(dir, 'uit');
    const result = await runCli(['export', INFORMATIENOTA, RAADSMEDEDELING, '--out', uit, '--zip']);
    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(uit)).sort()).toEqual([
      '2026-003987 Tijdelijke verlenging van de openingstijden van de milieustraat.zip',
      // Cut before the aside it would cut in two, marked with … (services/export/file-names.ts).
      '2026-004512 Zwemles voor kinderen uit gezinnen met een laag inkomen….zip',
    ]);
    expect(result.stderr).toBe('Documenten 1/2\nDocumenten 2/2\nPakketten  1/2\nPakketten  2/2\n');
  });

  it('writes the package without PDF when LibreOffice is not there, and says why', async () => {
    const uit = join(dir, 'uit');
    const result = await runCli(['export', RAADSMEDEDELING, '--out', uit, '--pdf'], {
      env: WITHOUT_LIBREOFFICE,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'Geen PDF: RAADSNOTA_SOFFICE wijst naar "/geen/libreoffice/soffice", maar dat is geen programma dat gestart kan worden',
    );
    const manifest = await manifestIn(await onlyEntry(uit));
    expect(manifest.bestanden.map((b) => b.rol)).not.toContain('pdf');
  });

  it('names --huisstijl and what --bijlagen is for in its usage', async () => {
    const { stdout } = await runCli(['--help']);
    const lines = stdout.split('\n');
    const usage = lines.findIndex((l) => l.startsWith('  raadsnota export '));
    expect(`${lines[usage] ?? ''} ${lines[usage + 1] ?? ''}`).toContain('[--huisstijl <map>]');
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      "--bijlagen geldt alleen voor nota's uit het register (een notabestand: zijn eigen map)",
    );
  });

  it("takes a memo file's bijlagen from its own folder, whatever --bijlagen says", async () => {
    const uit = join(dir, 'uit');
    const result = await runCli(['export', INFORMATIENOTA, '--out', uit, '--bijlagen', dir], {
      env: WITHOUT_LIBREOFFICE,
    });
    expect(result.code, result.stderr).toBe(0);
    const manifest = await manifestIn(await onlyEntry(uit));
    expect(manifest.bestanden.map((b) => b.rol)).toContain('bijlage');
  });

  describe('refuses with exit 2, a Dutch message and nothing written', () => {
    async function refused(args: string[], message: string | RegExp): Promise<void> {
      const uit = join(dir, 'uit');
      const result = await runCli(['export', ...args, '--out', uit], { env: WITHOUT_LIBREOFFICE });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(await readdir(uit).catch(() => [])).toEqual([]);
    }

    async function memoFile(changes: Record<string, unknown>, name = 'nota.json'): Promise<string> {
      const file = join(dir, name);
      await writeFile(file, JSON.stringify({ ...(await exampleInput('raadsmededeling')), ...changes }));
      return file;
    }

    it('a memo failing validation', async () => {
      await refused(
        [await memoFile({ datum: '2026-02-30' })],
        /Ongeldige nota:\n {2}- Datum is geen geldige datum/,
      );
    });

    it('a missing bijlage file, naming the bijlage and the memo in a batch', async () => {
      const file = await memoFile({
        bijlagen: [{ titel: 'Kaart van de milieustraat', bestand: 'kaart.pdf' }],
      });
      await refused(
        [RAADSMEDEDELING, file],
        `  - Bijlage 1 ‘Kaart van de milieustraat’: bestand kaart.pdf niet gevonden in ${dir} (${file}: bijlagen[0].bestand)`,
      );
    });

    it('a memo that is not public, to the publication profile', async () => {
      const file = await memoFile({
        openbaarheid: { openbaar: false, grond: 'gemeentewet-25', vertrouwelijkheidaanduiding: 'geheim' },
      });
      await refused(
        [file, '--profile', 'publicatie'],
        "De nota is niet openbaar (Niet openbaar (geheim)); het profiel publicatie publiceert alleen openbare nota's",
      );
    });

    it('an unknown profile', async () => {
      await refused(
        [RAADSMEDEDELING, '--profile', 'ibabs'],
        '--profile: exportprofiel "ibabs" bestaat niet; kies uit generiek, publicatie',
      );
    });

    it('a target that exists, which stays as it was', async () => {
      const zip = join(dir, 'pakket.zip');
      await writeFile(zip, 'van iemand anders');
      const result = await runCli(['export', RAADSMEDEDELING, '--out', zip]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--out: ${zip} bestaat al; er is niets geschreven`);
      expect(await readFile(zip, 'utf8')).toBe('van iemand anders');
      expect(await readdir(dir)).toEqual(['pakket.zip']);
    });

    it('--out as one ZIP for several memos', async () => {
      const result = await runCli(['export', RAADSMEDEDELING, INFORMATIENOTA, '--out', join(dir, 'x.zip')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("Fout: bij meer nota's is --out een map");
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it('killed while it writes a batch, leaves whole packages and temporary folders only, which the next run clears', async () => {
    const uit = join(dir, 'uit');
    const memos = Array.from({ length: 40 }, () => INFORMATIENOTA);
    const child = spawn(process.execPath, [CLI, 'export', ...memos, '--out', uit], {
      cwd: ROOT,
      env: { ...process.env, ...WITHOUT_LIBREOFFICE },
      stdio: 'ignore',
    });
    const run = { exited: false };
    const ended = new Promise((resolve) => child.once('exit', resolve)).then(() => {
      run.exited = true;
    });
    // Killed as soon as a package is half written: a temporary folder with files in it.
    const halfWritten = async (): Promise<boolean> => {
      const temps = (await readdir(uit).catch(() => [])).filter((e) => e.startsWith('.raadsnota-'));
      const contents = await Promise.all(temps.map((t) => readdir(join(uit, t)).catch(() => [])));
      return contents.some((files) => files.length > 0);
    };
    while (!run.exited && !(await halfWritten())) await sleep();
    child.kill('SIGKILL');
    await ended;
    const left = await readdir(uit);
    const packages = left.filter((e) => !e.startsWith('.raadsnota-'));
    expect(packages.length).toBeLessThan(memos.length);
    for (const entry of left.filter((e) => e.startsWith('.raadsnota-'))) {
      expect(entry).toMatch(new RegExp(`^\\.raadsnota-${String(child.pid)}-[0-9a-f]{12}\\.tmp$`));
    }
    for (const pakket of packages) {
      expect(await runCli(['verify', join(uit, pakket)])).toMatchObject({ code: 0 });
    }
    // The next export into the folder clears what the killed one left; its own package is written beside the others.
    const next = await runCli(['export', RAADSMEDEDELING, '--out', uit]);
    expect(next.code, next.stderr).toBe(0);
    expect((await readdir(uit)).filter((e) => e.startsWith('.raadsnota-'))).toEqual([]);
  });
});

describe('raadsnota verify', () => {
  let dir: string;
  let pakket: string;

  beforeEach(async () => {
    dir = await makeTempDir();
    await runCli(['export', RAADSMEDEDELING, '--out', join(dir, 'uit')]);
    pakket = await onlyEntry(join(dir, 'uit'));
  });

  afterEach(async () => {
    await removeTempDir(dir);
  });

  it('names a file the manifest does not list, and one it lists that is gone', async () => {
    await writeFile(join(pakket, 'extra.txt'), 'erbij gezet');
    await cp(join(pakket, 'diwoo.xml'), join(dir, 'diwoo.xml'));
    await rm(join(pakket, 'diwoo.xml'));
    const result = await runCli(['verify', pakket]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `Het pakket ${pakket} klopt niet met zijn manifest:\n  - diwoo.xml: ontbreekt, maar staat in het manifest\n  - extra.txt: staat niet in het manifest\n`,
    );
  });

  it('refuses a path that is no package with exit 2', async () => {
    const result = await runCli(['verify', join(dir, 'bestaat-niet')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bestaat niet');
  });
});
