// export.verify as an auditor uses it on a package that has been handled since: every change to what the manifest
// promises is named by file, in a folder and in a ZIP alike; a manifest that is gone or wrong says so.
import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Context } from '../api/context.js';
import { OriMetadata } from '../services/export/metadata/ori-schema.js';
import { call, refusal, testContext } from './helpers/api.js';
import { exampleInput, makeTempDir, removeTempDir } from './helpers/assets.js';

/** A ZIP whose directory declares each file `declared` bytes unpacked, whatever it holds: a ZIP bomb's first trick. */
function declaring(files: Record<string, Uint8Array>, declared: number): Uint8Array {
  const zip = zipSync(files, { level: 9 });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let patched = 0;
  for (let at = 0; at + 46 <= zip.length; at++) {
    // A central directory header; its uncompressed size is at offset 24.
    if (view.getUint32(at, true) === 0x02014b50) {
      view.setUint32(at + 24, declared, true);
      patched++;
    }
  }
  expect(patched).toBe(Object.keys(files).length);
  return zip;
}

describe('export.verify', () => {
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

  async function exported(zip: boolean): Promise<string> {
    const result = await call(ctx, 'export.packages', {
      memos: [{ nota: await exampleInput('raadsmededeling') }],
      uit: join(dir, 'uit'),
      zip,
    });
    return result.pakketten[0]?.pad ?? '';
  }

  const verify = (pad: string) => call(ctx, 'export.verify', { pad });

  it('finds metadata.json as written to be what its one schema (read by the upload too) says, field for field', async () => {
    const pakket = await exported(false);
    const written = JSON.parse(await readFile(join(pakket, 'metadata.json'), 'utf8')) as unknown;
    // Parsing drops every field the schema does not name, at every level: equal means nothing was left out.
    expect(OriMetadata.parse(written)).toEqual(written);
  });

  it('names a changed byte, a file added and a file gone in a folder', async () => {
    const pakket = await exported(false);
    const metadata = await readFile(join(pakket, 'metadata.json'));
    metadata.writeUInt8(metadata.readUInt8(10) ^ 1, 10);
    await writeFile(join(pakket, 'metadata.json'), metadata);
    await writeFile(join(pakket, 'bijlagen.txt'), 'later toegevoegd');
    await rm(join(pakket, 'diwoo.xml'));
    const result = await verify(pakket);
    expect(result.inOrde).toBe(false);
    expect(result.fouten.map((f) => [f.pad, f.melding.split(':')[0]])).toEqual([
      ['metadata.json', 'is veranderd'],
      ['diwoo.xml', 'ontbreekt, maar staat in het manifest'],
      ['bijlagen.txt', 'staat niet in het manifest'],
    ]);
  });

  it('names a changed byte in a ZIP, and passes the ZIP as written', async () => {
    const zip = await exported(true);
    expect(await verify(zip)).toMatchObject({ inOrde: true, fouten: [] });
    const entries = unzipSync(await readFile(zip));
    const docx = Object.keys(entries).find((p) => p.endsWith('.docx')) ?? '';
    const bytes = entries[docx] ?? new Uint8Array();
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await writeFile(zip, zipSync(entries));
    const result = await verify(zip);
    expect(result.fouten).toEqual([
      { pad: docx, melding: expect.stringMatching(/^is veranderd: SHA-256/) as unknown },
    ]);
  });

  it('refuses a link in the package, which could make it say what a file elsewhere holds', async () => {
    const pakket = await exported(false);
    await symlink('/etc/hostname', join(pakket, 'link.txt'));
    const result = await verify(pakket);
    expect(result.fouten).toEqual([
      { pad: 'link.txt', melding: expect.stringMatching(/^is geen gewoon bestand/) as unknown },
    ]);
  });

  it('says so when the manifest is gone or not a manifest', async () => {
    const pakket = await exported(false);
    await writeFile(join(pakket, 'manifest.json'), JSON.stringify({ formaat: 'iets anders', bestanden: [] }));
    const wrong = await verify(pakket);
    expect(wrong.inOrde).toBe(false);
    expect(wrong.fouten[0]?.pad).toBe('manifest.json');
    await rm(join(pakket, 'manifest.json'));
    expect((await verify(pakket)).fouten).toContainEqual({
      pad: 'manifest.json',
      melding: 'ontbreekt; zonder manifest is het pakket niet te controleren',
    });
  });

  it('refuses what is not a package: a path that is not there, a file that is no ZIP', async () => {
    expect((await refusal(ctx, 'export.verify', { pad: join(dir, 'nergens') })).issues).toEqual([
      { path: join(dir, 'nergens'), message: 'bestaat niet' },
    ]);
    await writeFile(join(dir, 'tekst.zip'), 'geen zip');
    expect((await refusal(ctx, 'export.verify', { pad: join(dir, 'tekst.zip') })).issues).toEqual([
      { path: join(dir, 'tekst.zip'), message: 'is geen geldig ZIP-bestand en geen map' },
    ]);
  });

  it('refuses a ZIP that unpacks beyond 1 GB, in one file or in many, before unpacking it', async () => {
    const tekst = new TextEncoder().encode('een bijlage\n'.repeat(100));
    const bomb = join(dir, 'bom.zip');
    const expected = [
      { path: bomb, message: 'pakt uit tot meer dan 1024 MB; zo groot is geen pakket van Raadsnota' },
    ];
    await writeFile(bomb, declaring({ 'Raadsmededeling.docx': tekst }, 0xffffffff));
    expect((await refusal(ctx, 'export.verify', { pad: bomb })).issues).toEqual(expected);

    const many = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`bijlagen/0${i} kaart.pdf`, tekst]));
    await writeFile(bomb, declaring(many, 300 * 1024 * 1024));
    expect((await refusal(ctx, 'export.verify', { pad: bomb })).issues).toEqual(expected);
  });
});
