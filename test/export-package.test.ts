// The export package through the operation table: what each example's package holds, checked byte for byte against
// its manifest by hashing the files on disk here; the refusals that write nothing; the profiles as configuration.
import { createHash } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../api/contract/api-error.js';
import type { Context } from '../api/context.js';
import { PackageManifest, type Voortgang } from '../core/model/export.js';
import { listProfiles, loadProfile } from '../services/export/profiles.js';
import { exportPackages } from '../services/export/package.js';
import { call, refusal, testContext, NOW } from './helpers/api.js';
import { EXAMPLES, exampleInput, makeTempDir, removeTempDir, TEMPLATES } from './helpers/assets.js';
import { exampleDescription } from './helpers/export-examples.js';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Every file under `dir`, by its path with /, read here: what a receiving system sees, not what the writer says. */
async function filesIn(dir: string, prefix = ''): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      for (const [p, b] of await filesIn(path, `${prefix}${entry.name}/`)) found.set(p, b);
    else found.set(`${prefix}${entry.name}`, await readFile(path));
  }
  return found;
}

function manifestOf(files: Map<string, Uint8Array>): PackageManifest {
  return PackageManifest.parse(JSON.parse(Buffer.from(files.get('manifest.json') ?? '').toString('utf8')));
}

/** The package's files agree with its manifest: each listed with its size and hash, nothing else there. */
function expectAgrees(files: Map<string, Uint8Array>): PackageManifest {
  const manifest = manifestOf(files);
  expect([...files.keys()].filter((p) => p !== 'manifest.json').sort()).toEqual(
    manifest.bestanden.map((b) => b.pad).sort(),
  );
  for (const file of manifest.bestanden) {
    const bytes = files.get(file.pad) ?? new Uint8Array();
    expect({ pad: file.pad, sha256: sha256(bytes), grootte: bytes.length }).toEqual({
      pad: file.pad,
      sha256: file.sha256,
      grootte: file.grootte,
    });
  }
  return manifest;
}

async function exampleNota(type: string): Promise<Record<string, unknown>> {
  return exampleInput(type);
}

const NOT_PUBLIC = {
  openbaar: false,
  grond: 'woo-5.1-2e',
  vertrouwelijkheidaanduiding: 'vertrouwelijk',
};

let dir: string;
let ctx: Context;

beforeEach(async () => {
  dir = await makeTempDir();
  ctx = testContext(dir);
});

afterEach(async () => {
  ctx.db.close();
  await removeTempDir(dir);
});

describe('export.packages', () => {
  let uit: string;

  beforeEach(() => {
    uit = join(dir, 'uit');
  });

  it.each(['informatienota', 'raadsmededeling', 'raadsvoorstel'])(
    'writes the package of the %s example with the files its manifest lists, and verify passes it',
    async (type) => {
      const result = await call(ctx, 'export.packages', {
        memos: [{ nota: await exampleNota(type), map: EXAMPLES }],
        uit,
        pdf: false,
      });
      expect(result.pdf).toEqual({ gemaakt: false });
      const [pakket] = result.pakketten;
      const description = exampleDescription(type as 'informatienota');
      // The profile's pattern {kenmerk} {onderwerp}; a long subject is cut after a whole word within 100 characters.
      const full = `${description.kenmerk ?? ''} ${description.onderwerp}`;
      const naam = pakket?.naam ?? '';
      // A name too long is cut at a word, before an aside it would cut in two, and says so with "…".
      const shortened = naam.endsWith('…') && full.startsWith(`${naam.slice(0, -1)} `);
      expect(full.length <= 100 ? naam === full : shortened && Array.from(naam).length <= 100).toBe(true);
      expect(naam).not.toMatch(/\([^)]*$/u);
      expect(await readdir(uit)).toEqual([pakket?.naam]);
      const files = await filesIn(pakket?.pad ?? '');
      const manifest = expectAgrees(files);
      expect(manifest).toMatchObject({ profiel: 'generiek', vertrouwelijkheidaanduiding: 'openbaar' });
      expect(manifest.aangemaakt).toBe(NOW.toISOString());
      expect(manifest.bestanden.map((b) => b.rol)).toContain('document');
      expect(pakket?.bestanden).toEqual(manifest.bestanden);
      expect(files.has('metadata.json') && files.has('diwoo.xml')).toBe(true);
      expect(await call(ctx, 'export.verify', { pad: pakket?.pad ?? '' })).toEqual({
        inOrde: true,
        bestanden: manifest.bestanden.length,
        fouten: [],
      });
    },
  );

  it("carries a bijlage's file byte for byte under its number and title", async () => {
    const result = await call(ctx, 'export.packages', {
      memos: [{ nota: await exampleNota('informatienota'), map: EXAMPLES }],
      uit,
      pdf: false,
    });
    const files = await filesIn(result.pakketten[0]?.pad ?? '');
    const original = await readFile(join(EXAMPLES, 'bijlagen', 'evaluatie-pilot-schoolzwemmen.pdf'));
    expect(files.get('bijlagen/03 Evaluatie pilot schoolzwemmen 2025–2026.pdf')).toEqual(original);
    expect(manifestOf(files).bestanden.find((b) => b.rol === 'bijlage')?.mediatype).toBe('application/pdf');
  });

  it('writes a ZIP that holds the same files, dated by the export, and verifies the same', async () => {
    const result = await call(ctx, 'export.packages', {
      memos: [{ nota: await exampleNota('informatienota'), map: EXAMPLES }],
      uit,
      pdf: false,
      zip: true,
      naam: 'pakket.zip',
    });
    const pad = join(uit, 'pakket.zip');
    expect(result.pakketten[0]?.pad).toBe(pad);
    const files = new Map(Object.entries(unzipSync(await readFile(pad))));
    expectAgrees(files);
    expect((await call(ctx, 'export.verify', { pad })).inOrde).toBe(true);
  });

  it('reads the bijlagen of a memo in the register from the map the caller gives', async () => {
    const imported = await call(ctx, 'memos.import', await exampleNota('informatienota'));
    const memo = { id: imported.nota.id };
    const refused = await refusal(ctx, 'export.packages', { memos: [memo], uit, pdf: false });
    expect(refused.issues?.[0]).toEqual({
      path: 'memos[0].bijlagen[2].bestand',
      message:
        'Bijlage 3 ‘Evaluatie pilot schoolzwemmen 2025–2026’: bestand bijlagen/evaluatie-pilot-schoolzwemmen.pdf niet gevonden: er is geen map gegeven waarin de bestanden van de bijlagen staan',
    });
    const result = await call(ctx, 'export.packages', {
      memos: [{ ...memo, map: EXAMPLES }],
      uit,
      pdf: false,
    });
    const files = await filesIn(result.pakketten[0]?.pad ?? '');
    expect([...files.keys()]).toContain('bijlagen/03 Evaluatie pilot schoolzwemmen 2025–2026.pdf');
  });

  it('marks a memo that is not public on the outside and in the manifest', async () => {
    const nota = { ...(await exampleNota('raadsmededeling')), openbaarheid: NOT_PUBLIC };
    const result = await call(ctx, 'export.packages', { memos: [{ nota }], uit, pdf: false });
    const [pakket] = result.pakketten;
    expect(pakket?.naam.startsWith('NIET OPENBAAR - 2026-003987 ')).toBe(true);
    expect(pakket?.vertrouwelijkheidaanduiding).toBe('vertrouwelijk');
    expect(manifestOf(await filesIn(pakket?.pad ?? '')).vertrouwelijkheidaanduiding).toBe('vertrouwelijk');
    // Also under a name the caller chose: the mark is never left off.
    const named = await call(ctx, 'export.packages', {
      memos: [{ nota }],
      uit,
      zip: true,
      naam: 'pakket.zip',
    });
    expect(named.pakketten[0]?.pad).toBe(join(uit, 'NIET OPENBAAR - pakket.zip'));
  });

  it('gives each memo of a batch its own package, names unique, progress reported per step', async () => {
    const seen: Voortgang[] = [];
    ctx = { ...ctx, progress: (v) => seen.push(v) };
    const nota = await exampleNota('raadsmededeling');
    const result = await call(ctx, 'export.packages', {
      memos: [{ nota }, { nota }, { nota: { ...nota, kenmerk: '2026-003988' } }],
      uit,
      pdf: false,
    });
    const names = result.pakketten.map((p) => p.naam);
    expect(names[1]).toBe(`${names[0] ?? ''} (2)`);
    expect((await readdir(uit)).sort()).toEqual([...names].sort());
    expect(seen.map((v) => `${v.stap} ${String(v.klaar)}/${String(v.totaal)}`)).toEqual([
      'document 1/3',
      'document 2/3',
      'document 3/3',
      'pakket 1/3',
      'pakket 2/3',
      'pakket 3/3',
    ]);
  });

  it("maps the description onto a BIS's import fields with the publication profile", async () => {
    const result = await call(ctx, 'export.packages', {
      memos: [{ nota: await exampleNota('raadsvoorstel') }],
      uit,
      pdf: false,
      profiel: 'publicatie',
    });
    const files = await filesIn(result.pakketten[0]?.pad ?? '');
    expect(JSON.parse(files.get('bis-velden.json')?.toString('utf8') ?? '')).toEqual({
      Titel: 'Speelruimteplan 2027–2030 en krediet voor het vernieuwen van speelplekken',
      Documenttype: 'Raadsvoorstel',
      Kenmerk: '2026-004633',
      Datum: '2026-10-20',
      Portefeuillehouder: 'Wethouder R. Hoekstra',
      Vergaderdatum: '2026-11-26',
      Organisatie: 'Gemeente Voorbeeld',
      Beantwoordt: 'M-28',
    });
    expect(manifestOf(files).bestanden.find((b) => b.pad === 'bis-velden.json')?.rol).toBe('profiel');
    expect(result.pakketten[0]?.naam).toBe(
      '2026-10-20 2026-004633 Speelruimteplan 2027–2030 en krediet voor het vernieuwen van speelplekken',
    );
  });

  it('lists the shipped profiles', async () => {
    const { profielen } = await call(ctx, 'export.profiles', {});
    expect(profielen.map((p) => [p.naam, p.alleenOpenbaar])).toEqual([
      ['generiek', false],
      ['publicatie', true],
    ]);
  });

  describe('refuses, writing nothing,', () => {
    async function expectNothingWritten(): Promise<void> {
      const there = await readdir(uit).catch(() => []);
      expect(there).toEqual([]);
    }

    it('a memo failing validation, with its problems', async () => {
      const nota = { ...(await exampleNota('informatienota')), datum: '2026-02-30' };
      const error = await refusal(ctx, 'export.packages', {
        memos: [{ nota, map: EXAMPLES }],
        uit,
        pdf: false,
      });
      expect(error.code).toBe('invalid_input');
      expect(error.issues?.[0]?.path).toBe('memos[0].nota.datum');
      await expectNothingWritten();
    });

    it('a missing bijlage file, naming the bijlage, in a batch whose other memo is fine', async () => {
      const nota = await exampleNota('informatienota');
      const bijlagen = [{ titel: 'Kaart', bestand: 'kaart.pdf' }];
      const error = await refusal(ctx, 'export.packages', {
        memos: [
          { nota: await exampleNota('raadsmededeling') },
          { nota: { ...nota, bijlagen }, map: EXAMPLES },
        ],
        uit,
        pdf: false,
      });
      expect(error.issues).toEqual([
        {
          path: 'memos[1].bijlagen[0].bestand',
          message: `Bijlage 1 ‘Kaart’: bestand kaart.pdf niet gevonden in ${EXAMPLES}`,
        },
      ]);
      await expectNothingWritten();
    });

    it('a bijlage file outside the memo\u2019s folder', async () => {
      const nota = {
        ...(await exampleNota('informatienota')),
        bijlagen: [{ titel: 'x', bestand: '../x.pdf' }],
      };
      const error = await refusal(ctx, 'export.packages', {
        memos: [{ nota, map: EXAMPLES }],
        uit,
        pdf: false,
      });
      expect(error.issues?.[0]?.path).toBe('memos[0].nota.bijlagen[0].bestand');
      await expectNothingWritten();
    });

    it('a memo that is not public, to the publication profile', async () => {
      const nota = { ...(await exampleNota('raadsmededeling')), openbaarheid: NOT_PUBLIC };
      const error = await refusal(ctx, 'export.packages', {
        memos: [{ nota }],
        uit,
        pdf: false,
        profiel: 'publicatie',
      });
      expect(error.issues?.[0]?.message).toMatch(
        /^De nota is niet openbaar \(Niet openbaar \(vertrouwelijk\)\); het profiel publicatie publiceert alleen openbare nota's/,
      );
      await expectNothingWritten();
    });

    it('an unknown profile, naming those there are', async () => {
      const error = await refusal(ctx, 'export.packages', {
        memos: [{ nota: await exampleNota('raadsmededeling') }],
        uit,
        pdf: false,
        profiel: 'ibabs',
      });
      expect(error.issues).toEqual([
        { path: 'profiel', message: 'exportprofiel "ibabs" bestaat niet; kies uit generiek, publicatie' },
      ]);
      await expectNothingWritten();
    });

    it.each([
      ['both a memo and an id', (nota: unknown) => ({ nota, id: 1 })],
      ['neither a memo nor an id', () => ({})],
      ['a folder that is not a full path', (nota: unknown) => ({ nota, map: 'nota' })],
    ])('%s, in the words memos.render uses for the same memo', async (_, memo) => {
      const nota = await exampleNota('raadsmededeling');
      const own = await refusal(ctx, 'export.packages', { memos: [memo(nota)], uit, pdf: false });
      const render = await refusal(ctx, 'memos.render', memo(nota));
      // The render's input is the memo itself, whose own problem is said of "de invoer"; here it is memos[0].
      const words = (error: ApiError) => error.issues?.map((i) => i.message.replace(/^De invoer: /, ''));
      expect(words(own)).toEqual(words(render));
      expect(own.issues).toHaveLength(1);
      await expectNothingWritten();
    });

    it('a target that exists, leaving it as it was', async () => {
      const nota = await exampleNota('raadsmededeling');
      const first = await call(ctx, 'export.packages', { memos: [{ nota }], uit, pdf: false });
      const before = await filesIn(uit);
      const error = await refusal(ctx, 'export.packages', { memos: [{ nota }], uit, pdf: false });
      expect(error.issues?.[0]).toEqual({
        path: 'uit',
        message: `${first.pakketten[0]?.pad ?? ''} bestaat al; er is niets geschreven. Kies een andere map, of verwijder of hernoem wat er staat`,
      });
      expect(await filesIn(uit)).toEqual(before);
    });

    it('an empty folder in the way too, which a rename would silently replace', async () => {
      const nota = await exampleNota('raadsmededeling');
      const first = await call(ctx, 'export.packages', {
        memos: [{ nota }],
        uit: join(dir, 'eerst'),
        pdf: false,
      });
      await mkdir(join(uit, first.pakketten[0]?.naam ?? ''), { recursive: true });
      const error = await refusal(ctx, 'export.packages', { memos: [{ nota }], uit, pdf: false });
      expect(error.issues?.[0]?.path).toBe('uit');
      expect(await readdir(join(uit, first.pakketten[0]?.naam ?? ''))).toEqual([]);
    });

    it.each([false, true])(
      'a batch whose second target appears after the first package is written, removing the first (zip: %s)',
      async (zip) => {
        const memos = [
          { nota: await exampleNota('raadsmededeling') },
          { nota: await exampleNota('raadsvoorstel'), map: EXAMPLES },
        ];
        const names = (
          await call(ctx, 'export.packages', { memos, uit: join(dir, 'eerst'), pdf: false, zip })
        ).pakketten.map((p) => basename(p.pad));
        const second = join(uit, names[1] ?? '');
        const refused = exportPackages(
          { memos, uit, pdf: false, zip, profiel: 'generiek' },
          {
            register: () => ctx.db.read(),
            assets: await ctx.assets.render(),
            profilesDir: ctx.assets.exportProfilesDir,
            aangemaakt: NOW,
            findSoffice: () => ({ reden: 'niet nodig' }),
            // Someone else's file lands on the second package's name just after the first package is in place.
            progress: (voortgang) => {
              if (voortgang.stap === 'pakket' && voortgang.klaar === 1)
                writeFileSync(second, 'van iemand anders');
            },
          },
        );
        await expect(refused).rejects.toMatchObject({
          issues: [
            {
              path: 'uit',
              message: `${second} bestaat al; er is niets geschreven. Kies een andere map, of verwijder of hernoem wat er staat`,
            },
          ],
        });
        expect(await readdir(uit)).toEqual([names[1]]);
        expect(await readFile(second, 'utf8')).toBe('van iemand anders');
      },
    );
  });
});

describe('an export without LibreOffice', () => {
  it('writes the packages without PDF and says why', async () => {
    const result = await exportPackages(
      {
        memos: [{ nota: await exampleNota('raadsmededeling') }],
        uit: join(dir, 'uit'),
        pdf: true,
        zip: false,
        profiel: 'generiek',
      },
      {
        register: () => ctx.db.read(),
        assets: await ctx.assets.render(),
        profilesDir: ctx.assets.exportProfilesDir,
        aangemaakt: NOW,
        findSoffice: () => ({ reden: 'LibreOffice is niet geïnstalleerd' }),
      },
    );
    expect(result.pdf).toEqual({ gemaakt: false, reden: 'LibreOffice is niet geïnstalleerd' });
    expect(result.pakketten[0]?.bestanden.map((b) => b.rol)).not.toContain('pdf');
  });
});

describe('the PDF step, with a stand-in for soffice that notes what it is given and makes no PDF', () => {
  it.skipIf(process.platform === 'win32')(
    'converts the documents in a private temporary folder, never inside the folder a BIS may watch',
    async () => {
      const uit = join(dir, 'uit');
      const args = join(dir, 'args.txt');
      const seen = join(dir, 'uit-tijdens.txt');
      const soffice = join(dir, 'soffice');
      await writeFile(
        soffice,
        `#!/bin/sh\nprintf '%s\\n' "$@" > '${args}'\nls -A '${uit}' > '${seen}'\nexit 1\n`,
      );
      await chmod(soffice, 0o755);
      const result = await exportPackages(
        {
          memos: [
            { nota: await exampleNota('raadsmededeling') },
            { nota: await exampleNota('informatienota'), map: EXAMPLES },
          ],
          uit,
          pdf: true,
          zip: false,
          profiel: 'generiek',
        },
        {
          register: () => ctx.db.read(),
          assets: await ctx.assets.render(),
          profilesDir: ctx.assets.exportProfilesDir,
          aangemaakt: NOW,
          findSoffice: () => ({ soffice }),
        },
      );
      expect(result.pdf.gemaakt).toBe(false);
      const docx = (await readFile(args, 'utf8')).split('\n').filter((a) => a.endsWith('.docx'));
      expect(docx).toHaveLength(2);
      // Each in a temporary folder of the system's own, which the run removed.
      for (const file of docx) expect(dirname(dirname(file))).toBe(tmpdir());
      await expect(stat(dirname(docx[0] ?? ''))).rejects.toMatchObject({ code: 'ENOENT' });
      expect(await readFile(seen, 'utf8')).toBe('');
      expect((await readdir(uit)).sort()).toEqual(result.pakketten.map((p) => p.naam).sort());
    },
  );
});

describe('export profiles', () => {
  it('are refused with their file and field when written wrong', async () => {
    await writeFile(
      join(dir, 'ibabs.json'),
      JSON.stringify({ naam: 'ibabs', titel: 'iBabs', velden: { Titel: '{titel}' }, alleenOpenbaar: 'ja' }),
    );
    await expect(loadProfile(dir, 'ibabs')).rejects.toMatchObject({
      issues: [
        { path: 'ibabs.json, alleenOpenbaar', message: expect.stringMatching(/boolean|waar|ja/) as unknown },
        {
          path: 'ibabs.json, velden.Titel',
          message: expect.stringMatching(/^kent \{titel\} niet; kies uit \{kenmerk\}/) as unknown,
        },
      ],
    });
  });

  it('must be named as their file', async () => {
    await writeFile(join(dir, 'notubiz.json'), JSON.stringify({ naam: 'ibabs', titel: 'Notubiz' }));
    await expect(listProfiles(dir)).rejects.toMatchObject({
      issues: [
        { path: 'notubiz.json, naam', message: 'moet "notubiz" zijn, de naam van het bestand zonder .json' },
      ],
    });
  });

  it('write their import fields as a CSV for Excel when they ask for one, a formula kept as text', async () => {
    await writeFile(
      join(dir, 'ibabs.json'),
      JSON.stringify({
        naam: 'ibabs',
        titel: 'iBabs',
        velden: { Titel: '{onderwerp}', Kenmerk: '{kenmerk}', Toezeggingen: '{toezeggingen}' },
        veldenBestand: 'ibabs.csv',
      }),
    );
    const ctx = testContext(dir);
    try {
      const nota = { ...(await exampleNota('raadsmededeling')), onderwerp: '=HYPERLINK("x";"y") en meer' };
      const result = await exportPackages(
        { memos: [{ nota }], uit: join(dir, 'uit'), pdf: false, zip: false, profiel: 'ibabs' },
        {
          register: () => ctx.db.read(),
          assets: await ctx.assets.render(),
          profilesDir: dir,
          aangemaakt: NOW,
          findSoffice: () => ({ reden: 'niet nodig' }),
        },
      );
      const csv = await readFile(join(result.pakketten[0]?.pad ?? '', 'ibabs.csv'), 'utf8');
      expect(csv).toBe(
        '\uFEFFTitel;Kenmerk;Toezeggingen\r\n"\'=HYPERLINK(""x"";""y"") en meer";2026-003987;198\r\n',
      );
      expect(result.pakketten[0]?.bestanden.find((b) => b.pad === 'ibabs.csv')?.mediatype).toBe('text/csv');
    } finally {
      ctx.db.close();
    }
  });

  it('ship a generic one with the pattern {kenmerk} {onderwerp} and no import fields', async () => {
    const generiek = await loadProfile(join(TEMPLATES, 'export-profielen'), 'generiek');
    expect(generiek).toMatchObject({ bestandsnaam: '{kenmerk} {onderwerp}', alleenOpenbaar: false });
    expect(generiek.velden).toBeUndefined();
  });
});
