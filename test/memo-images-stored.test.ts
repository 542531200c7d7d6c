// A memo written in the app keeps its pictures in the register (migration 0008): every door that renders or checks
// the stored memo finds them there, the command line's `render --id` and `validate`'s operation alike, and a
// backup carries them.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Context } from '../api/context.js';
import type { InputOf } from '../api/contract/index.js';
import { call, testContext } from './helpers/api.js';
import { makeTempDir, removeTempDir, runCli } from './helpers/assets.js';
import { readDocx } from './helpers/docx.js';
import { EMU_PER_PX, jpeg, png } from './helpers/images.js';

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

type Concept = InputOf<'memos.update'>['nota'];

const nota = (kern: string): Concept => ({
  type: 'informatienota',
  onderwerp: 'Het nieuwe team',
  datum: '2026-12-01',
  versienummer: 1,
  kenmerk: '2026-000124',
  portefeuillehouder: 'Wethouder S. el Amrani',
  afdeling: 'Dienstverlening',
  informanten: [{ naam: 'J. de Boer' }],
  financien: { financieleGevolgen: false, begrotingswijziging: false },
  openbaarheid: { openbaar: true },
  secties: [
    { sleutel: 'inleiding', inhoud: '<p>Het team is opnieuw ingericht.</p>' },
    { sleutel: 'kernboodschap', inhoud: kern },
    { sleutel: 'financiele-consequenties', inhoud: '<p>Geen.</p>' },
    { sleutel: 'openbaarheid', inhoud: '<p>Openbaar.</p>' },
  ],
});

const bestand = (bytes: Uint8Array) => ({
  naam: 'plaatje',
  mediatype: 'application/octet-stream',
  base64: Buffer.from(bytes).toString('base64'),
});

/** A stored memo whose kernboodschap shows a PNG and a JPEG added through memos.addImage; gives its id and bytes. */
async function memoWithPictures(): Promise<{ id: number; picture: Buffer; photo: Buffer }> {
  const made = await call(ctx, 'memos.create', { type: 'informatienota' });
  const { id } = made.nota;
  const picture = png(120, 60);
  const photo = await jpeg();
  const first = await call(ctx, 'memos.addImage', { id, bestand: bestand(picture) });
  const second = await call(ctx, 'memos.addImage', { id, bestand: bestand(photo) });
  await call(ctx, 'memos.update', {
    id,
    revisie: made.nota.revisie,
    nota: nota(
      `<p>Zo is het team opgebouwd.</p><img src="${first.naam}" alt="Organogram" width="60">` +
        `<figure><img src="${second.naam}" alt="Logo van het team"><figcaption>Het logo</figcaption></figure>`,
    ),
  });
  return { id, picture, photo };
}

/** The drawings of the document's body, each with the bytes of its picture and its size in pixels. */
function drawings(bytes: Uint8Array) {
  const docx = readDocx(bytes);
  const rels = docx.relationships('word/document.xml');
  const blips = [...docx.documentXml.matchAll(/<a:blip r:embed="([^"]+)"/g)].map((m) => rels[m[1] ?? '']);
  const sizes = [...docx.documentXml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"/g)].map((m) => ({
    breedte: Number(m[1]) / EMU_PER_PX,
    hoogte: Number(m[2]) / EMU_PER_PX,
  }));
  return { docx, pictures: blips.map((path) => Buffer.from(docx.files[path ?? ''] ?? [])), sizes };
}

describe('a stored memo with pictures', () => {
  it('renders through the API with each picture from the register, at the size the section asks', async () => {
    const { id, picture, photo } = await memoWithPictures();
    const rendered = await call(ctx, 'memos.render', { id, aangemaakt: '2026-12-06T10:00:00+01:00' });
    const { docx, pictures, sizes } = drawings(Buffer.from(rendered.base64, 'base64'));
    // The huisstijl's logo first, in the header; the body holds the memo's two pictures in their order.
    expect(pictures.slice(-2).map((p) => p.equals(picture))).toEqual([true, false]);
    expect(pictures.at(-1)?.equals(photo)).toBe(true);
    expect(sizes.slice(-2)[0]).toEqual({ breedte: 60, hoogte: 30 });
    expect(docx.paragraphs.map((p) => p.text)).toContain('Het logo');
  });

  it('renders with raadsnota render --id, from the register the API wrote', async () => {
    const { id, picture } = await memoWithPictures();
    ctx.db.close();
    const out = join(dir, 'team.docx');
    const result = await runCli([
      'render',
      '--id',
      String(id),
      '--db',
      join(dir, 'register.sqlite'),
      '--out',
      out,
      '--aangemaakt',
      '2026-12-06',
    ]);
    expect(result).toEqual({ code: 0, stdout: `Geschreven: ${out}\n`, stderr: '' });
    const { pictures } = drawings(await readFile(out));
    expect(pictures.some((p) => p.equals(picture))).toBe(true);
  });

  it('comes back with its pictures from a backup put back into another register', async () => {
    const { id, picture } = await memoWithPictures();
    const backup = await call(ctx, 'backup.download', {});
    ctx.db.close();
    const elsewhere = join(dir, 'elders');
    await mkdir(elsewhere);
    ctx = testContext(elsewhere);
    await call(ctx, 'backup.upload', { bestand: backup });
    const back = await call(ctx, 'memos.image', { id, naam: 'afbeelding-1.png' });
    expect(Buffer.from(back.base64, 'base64').equals(picture)).toBe(true);
  });
});
