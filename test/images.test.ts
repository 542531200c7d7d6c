// Pictures in a memo's sections (issue 10): a PNG or JPEG from the memo's folder, with its alt text as the drawing's
// description, never wider than the text; every way an image can be wrong is refused, naming the section and the file.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Context } from '../api/context.js';
import { conceptOf } from '../core/model/memo-concept.js';
import type { Memo } from '../core/model/memo.js';
import { createMemo } from '../db/repositories/memos.js';
import { TEXT_WIDTH } from '../templates/engine/docx-styles.js';
import { MAX_FIGURE } from '../templates/engine/figure-size.js';
import type { Issue } from '../core/errors.js';
import { inspectImage } from '../templates/engine/image-check.js';
import { parseTemplateMarkup } from '../templates/engine/markup.js';
import { call, refusal, testContext } from './helpers/api.js';
import { CREATED_ISO, makeTempDir, removeTempDir, withKernboodschap } from './helpers/assets.js';
import { attr, elements, firstElement, paragraphText, readDocx, type DocxPackage } from './helpers/docx.js';
import { EMU_PER_PX, jpeg, png } from './helpers/images.js';

let dir: string;
let map: string;
let ctx: Context;

beforeEach(async () => {
  dir = await makeTempDir();
  map = join(dir, 'nota');
  await mkdir(map);
  ctx = testContext(dir);
});

afterEach(async () => {
  ctx.db.close();
  await removeTempDir(dir);
});

const KERN = 'Sectie "Kernboodschap"';

async function render(inhoud: string): Promise<DocxPackage> {
  const nota = await withKernboodschap(inhoud);
  const bestand = await call(ctx, 'memos.render', { nota, map, aangemaakt: CREATED_ISO });
  return readDocx(Buffer.from(bestand.base64, 'base64'));
}

/** What the API says of a memo whose kernboodschap is `inhoud`, rendered from the memo's folder. */
async function problems(inhoud: string, source: { map?: string } = { map }): Promise<string[]> {
  const error = await refusal(ctx, 'memos.render', { nota: await withKernboodschap(inhoud), ...source });
  expect(error.code).toBe('invalid_input');
  return (error.issues ?? []).map((i) => i.message);
}

interface Drawing {
  descr: string | undefined;
  name: string | undefined;
  widthPx: number;
  heightPx: number;
  /** The text of the paragraph the drawing stands in: none, for a picture in a paragraph of its own. */
  paragraphText: string;
}

/** The pictures of the document's body, in order, as Word reads them: wp:docPr and wp:extent of each drawing. */
function drawings(docx: DocxPackage): Drawing[] {
  return elements(docx.document, 'w:p').flatMap((p) =>
    elements(p, 'wp:inline').map((inline) => {
      const docPr = firstElement(inline, 'wp:docPr');
      const extent = firstElement(inline, 'wp:extent');
      if (!docPr || !extent) throw new Error('a drawing without wp:docPr or wp:extent');
      return {
        descr: attr(docPr, 'descr'),
        name: attr(docPr, 'name'),
        widthPx: Number(attr(extent, 'cx')) / EMU_PER_PX,
        heightPx: Number(attr(extent, 'cy')) / EMU_PER_PX,
        paragraphText: paragraphText(p),
      };
    }),
  );
}

describe('a picture in a section', () => {
  it('a PNG and a JPEG reach the document as pictures with their alt text as description', async () => {
    await writeFile(join(map, 'organogram.png'), png(40, 30));
    await writeFile(join(map, 'foto.jpg'), await jpeg());
    const docx = await render(
      '<p>Zo ziet de afdeling eruit.</p><img src="organogram.png" alt="Organogram van de afdeling Ruimte">' +
        '<p>En zo het gebouw.</p><p><img src="foto.jpg" alt="Het stadhuis aan de Markt"></p>',
    );
    expect(drawings(docx)).toEqual([
      {
        descr: 'Organogram van de afdeling Ruimte',
        name: 'organogram.png',
        widthPx: 40,
        heightPx: 30,
        paragraphText: '',
      },
      { descr: 'Het stadhuis aan de Markt', name: 'foto.jpg', widthPx: 48, heightPx: 20, paragraphText: '' },
    ]);
    expect(elements(docx.document, 'pic:pic')).toHaveLength(2);
    // Each drawing has its own id, the logo in the letterhead the first: Word calls a document with two alike damaged.
    const ids = [docx.headerParts.first, 'word/document.xml'].flatMap((part) =>
      elements(docx.dom(part ?? ''), 'wp:docPr').map((d) => attr(d, 'id')),
    );
    expect(ids).toEqual(['1', '2', '3']);
    const media = Object.keys(docx.files).filter((f) => f.startsWith('word/media/'));
    expect(media.filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(2); // the logo and the organogram
    expect(media.some((f) => f.endsWith('.jpg') || f.endsWith('.jpeg'))).toBe(true);
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts.indexOf('En zo het gebouw.')).toBeGreaterThan(texts.indexOf('Zo ziet de afdeling eruit.'));
  });

  it('a picture wider than the text is made as wide as the text, its proportions kept', async () => {
    await writeFile(join(map, 'breed.png'), png(1500, 300));
    const [drawing] = drawings(await render('<img src="breed.png" alt="Tijdlijn van het project">'));
    expect(drawing?.widthPx).toBe(MAX_FIGURE.widthPx);
    expect((drawing?.widthPx ?? 0) * 15).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(drawing?.heightPx).toBe(Math.round((MAX_FIGURE.widthPx * 300) / 1500));
  });

  it('a picture taller than the page is made as high as the page holds, its proportions kept', async () => {
    await writeFile(join(map, 'hoog.png'), png(200, 4000));
    const [drawing] = drawings(await render('<img src="hoog.png" alt="Lange lijst van stappen">'));
    expect(drawing).toMatchObject({
      widthPx: Math.round((200 * MAX_FIGURE.heightPx) / 4000),
      heightPx: MAX_FIGURE.heightPx,
    });
  });

  it('width or height as in HTML sets the size, the other following the proportions, never beyond the text', async () => {
    await writeFile(join(map, 'kaart.png'), png(400, 200));
    const docx = await render(
      '<img src="kaart.png" alt="Kaart A" width="200"><img src="kaart.png" alt="Kaart B" height="50">' +
        '<img src="kaart.png" alt="Kaart C" width="2000">',
    );
    expect(drawings(docx).map((d) => [d.widthPx, d.heightPx])).toEqual([
      [200, 100],
      [100, 50],
      [MAX_FIGURE.widthPx, Math.round(MAX_FIGURE.widthPx / 2)],
    ]);
  });

  it('a figure prints its caption below the picture in the Caption style, kept on the page with it', async () => {
    await writeFile(join(map, 'organogram.png'), png(40, 30));
    const docx = await render(
      '<figure><img src="organogram.png" alt="Organogram"><figcaption>Figuur 1. De <i>nieuwe</i> afdeling</figcaption></figure>',
    );
    const body = elements(docx.document, 'w:p');
    const at = body.findIndex((p) => elements(p, 'pic:pic').length > 0);
    const picture = body[at];
    const caption = docx.paragraphs[at + 1];
    expect(caption).toMatchObject({ style: 'Caption', text: 'Figuur 1. De nieuwe afdeling' });
    expect(picture && firstElement(picture, 'w:keepNext')).toBeDefined();
  });

  it('a caption written before the picture stands above it', async () => {
    await writeFile(join(map, 'organogram.png'), png(40, 30));
    const docx = await render(
      '<figure><figcaption>Figuur 1. Organogram</figcaption><img src="organogram.png" alt="Organogram"></figure>',
    );
    const at = elements(docx.document, 'w:p').findIndex((p) => elements(p, 'pic:pic').length > 0);
    expect(docx.paragraphs[at - 1]).toMatchObject({ style: 'Caption', text: 'Figuur 1. Organogram' });
  });

  it('a picture in a subfolder of the memo folder is found, written with / or with \\ as on Windows', async () => {
    await mkdir(join(map, 'afbeeldingen'));
    await writeFile(join(map, 'afbeeldingen', 'kaart.png'), png(10, 10));
    const docx = await render(
      '<img src="afbeeldingen/kaart.png" alt="Kaart van de wijk"><img src="afbeeldingen\\kaart.png" alt="Kaart">',
    );
    expect(drawings(docx).map((d) => d.name)).toEqual(['afbeeldingen/kaart.png', 'afbeeldingen\\kaart.png']);
  });

  it('a section that holds only a picture is not empty', async () => {
    await writeFile(join(map, 'organogram.png'), png(40, 30));
    expect(drawings(await render('<img src="organogram.png" alt="Organogram">'))).toHaveLength(1);
  });

  it('the same memo and pictures give the same bytes', async () => {
    await writeFile(join(map, 'organogram.png'), png(40, 30));
    await writeFile(join(map, 'foto.jpg'), await jpeg());
    const nota = await withKernboodschap(
      '<img src="organogram.png" alt="Organogram"><img src="foto.jpg" alt="Foto">',
    );
    const twice = await Promise.all(
      [1, 2].map(() => call(ctx, 'memos.render', { nota, map, aangemaakt: CREATED_ISO })),
    );
    expect(twice[0]?.base64).toBe(twice[1]?.base64);
  });

  it('validate accepts a memo whose pictures are there', async () => {
    await writeFile(join(map, 'organogram.png'), png(40, 30));
    const nota = await withKernboodschap('<img src="organogram.png" alt="Organogram">');
    await expect(call(ctx, 'memos.validate', { nota, map })).resolves.toMatchObject({
      type: 'informatienota',
    });
  });
});

describe('a picture that cannot be used is refused, naming the section and the file', () => {
  const ALT = 'alt="Organogram"';

  it('a missing file', async () => {
    expect(await problems(`<img src="organogram.png" ${ALT}>`)).toEqual([
      `${KERN}: afbeelding "organogram.png": het bestand bestaat niet in de map van de nota (${map})`,
    ]);
  });

  it('an absolute path', async () => {
    const [message] = await problems(`<img src="/etc/organogram.png" ${ALT}>`);
    expect(message).toMatch(new RegExp(`^${KERN}: afbeelding "/etc/organogram.png" is een volledig pad`));
  });

  it('a path leading out of the folder with ..', async () => {
    await writeFile(join(dir, 'geheim.png'), png(4, 4));
    const [message] = await problems(`<img src="../geheim.png" ${ALT}>`);
    expect(message).toMatch(new RegExp(`^${KERN}: afbeelding "../geheim.png" verwijst met .. buiten de map`));
  });

  it('a symbolic link leading out of the folder', async () => {
    await writeFile(join(dir, 'geheim.png'), png(4, 4));
    await symlink(join(dir, 'geheim.png'), join(map, 'organogram.png'));
    const [message] = await problems(`<img src="organogram.png" ${ALT}>`);
    expect(message).toContain(`${KERN}: afbeelding "organogram.png": verwijst naar`);
    expect(message).toContain('buiten de map van de nota');
  });

  it.each([
    ['https://example.org/organogram.png'],
    ['http://intranet/organogram.png'],
    ['data:image/png;base64,iVBORw0KGgo='],
    ['file:///home/anna/organogram.png'],
  ])('an address: %s', async (src) => {
    const [message] = await problems(`<img src="${src}" ${ALT}>`);
    expect(message).toContain(`${KERN}: afbeelding "`);
    expect(message).toContain('is een adres, geen bestand');
  });

  it('a folder where the file should be', async () => {
    await mkdir(join(map, 'organogram.png'));
    expect(await problems(`<img src="organogram.png" ${ALT}>`)).toEqual([
      `${KERN}: afbeelding "organogram.png": is een map, geen bestand`,
    ]);
  });

  it('a file that is no image', async () => {
    await writeFile(join(map, 'organogram.png'), 'geen afbeelding');
    expect(await problems(`<img src="organogram.png" ${ALT}>`)).toEqual([
      `${KERN}: afbeelding "organogram.png": de afbeelding moet een PNG- of JPEG-bestand zijn`,
    ]);
  });

  it('a broken image', async () => {
    const whole = png(40, 30);
    await writeFile(join(map, 'organogram.png'), whole.subarray(0, whole.length - 20));
    const [message] = await problems(`<img src="organogram.png" ${ALT}>`);
    expect(message).toMatch(new RegExp(`^${KERN}: afbeelding "organogram.png": het .*PNG-bestand`));
  });

  it.each([
    ['no alt', '<img src="organogram.png">'],
    ['an empty alt', '<img src="organogram.png" alt="">'],
    ['an alt of spaces', '<img src="organogram.png" alt="   ">'],
  ])('%s: an image without alt text is refused (accessibility)', async (_, html) => {
    await writeFile(join(map, 'organogram.png'), png(4, 4));
    const [message] = await problems(html);
    expect(message).toMatch(
      new RegExp(
        `^${KERN}: afbeelding "organogram.png" heeft geen alt-tekst: beschrijf in alt wat zij laat zien`,
      ),
    );
  });

  it('a width that is no number of pixels', async () => {
    await writeFile(join(map, 'organogram.png'), png(4, 4));
    expect(await problems(`<img src="organogram.png" ${ALT} width="50%">`)).toEqual([
      `${KERN}: afbeelding "organogram.png" met width "50%": schrijf een aantal pixels, zoals width="400", of laat width weg`,
    ]);
  });

  it('a picture amid the text of a paragraph, and one in a list or a table', async () => {
    await writeFile(join(map, 'organogram.png'), png(4, 4));
    expect(
      await problems(
        `<p>Zie <img src="organogram.png" ${ALT}> hier.</p>` +
          `<ul><li><img src="organogram.png" ${ALT}></li></ul>` +
          `<table><tr><td><p><img src="organogram.png" ${ALT}></p></td></tr></table>`,
      ),
    ).toEqual([
      `${KERN}: een afbeelding (<img> "organogram.png") staat midden in de tekst; zet haar in een eigen alinea (<p><img src="…" alt="…"></p>) of in een <figure>`,
      `${KERN}: afbeelding "organogram.png" staat in een opsomming; zet haar in een eigen alinea erboven of eronder`,
      `${KERN}: afbeelding "organogram.png" staat in een tabel; zet haar in een eigen alinea erboven of eronder`,
    ]);
  });

  it('a figure without a picture, with two, or with something else in it', async () => {
    await writeFile(join(map, 'a.png'), png(4, 4));
    expect(
      await problems(
        '<figure><figcaption>Alleen een bijschrift</figcaption></figure>' +
          '<figure><img src="a.png" alt="A"><img src="a.png" alt="B"><p>tekst</p></figure>',
      ),
    ).toEqual([
      `${KERN}: een <figure> zonder afbeelding (<img>)`,
      `${KERN}: in een <figure> staat <p> waar <img> of <figcaption> hoort`,
      `${KERN}: een <figure> bevat meer dan één <img>; geef elke afbeelding haar eigen <figure>`,
    ]);
  });

  it('text loose in a figure, and a caption outside one', async () => {
    await writeFile(join(map, 'a.png'), png(4, 4));
    expect(
      await problems('<figure><img src="a.png" alt="A">Figuur 1</figure><figcaption>Figuur 2</figcaption>'),
    ).toEqual([
      `${KERN}: tekst "Figuur 1" staat los in een <figure>, buiten het bijschrift (<figcaption>)`,
      `${KERN}: <figcaption> staat hier los; het hoort in een <figure>`,
    ]);
  });

  it('every problem of a memo at once, in every section', async () => {
    const nota = await withKernboodschap(`<img src="weg.png" ${ALT}><img src="ook-weg.png">`);
    const memo: Memo = {
      ...nota,
      secties: nota.secties.map((s) =>
        s.titel === 'Vervolg' ? { ...s, inhoud: '<img src="https://example.org/x.png" alt="X">' } : s,
      ),
    };
    const error = await refusal(ctx, 'memos.render', { nota: memo, map });
    expect((error.issues ?? []).map((i) => i.message)).toEqual([
      `${KERN}: afbeelding "weg.png": het bestand bestaat niet in de map van de nota (${map})`,
      expect.stringMatching(/^Sectie "Kernboodschap": afbeelding "ook-weg.png" heeft geen alt-tekst/),
      `${KERN}: afbeelding "ook-weg.png": het bestand bestaat niet in de map van de nota (${map})`,
      expect.stringMatching(/^Sectie "Vervolg": afbeelding "https:\/\/example.org\/x.png" is een adres/),
    ]);
  });

  it('a memo given without its folder', async () => {
    expect(await problems(`<img src="organogram.png" ${ALT}>`, {})).toEqual([
      `${KERN}: afbeelding "organogram.png": geef bij de nota de map waarin zij en de afbeelding staan (map)`,
    ]);
  });

  it('a folder that is no full path, or one given with a stored memo', async () => {
    const nota = await withKernboodschap('<p>Tekst.</p>');
    const relative = await refusal(ctx, 'memos.render', { nota, map: 'nota' });
    expect(relative.issues).toEqual([expect.objectContaining({ path: 'map' })]);
    const stored = await refusal(ctx, 'memos.validate', { id: 1, map });
    expect(stored.issues).toEqual([expect.objectContaining({ path: 'map' })]);
  });

  it('a stored memo has no folder: a picture the register does not keep with it is refused, saying so', async () => {
    const nota = await withKernboodschap(`<img src="organogram.png" ${ALT}>`);
    const { id } = createMemo(ctx.db.write(), conceptOf(nota), {
      door: 'griffie',
      op: '2026-09-01T10:00:00Z',
    });
    const error = await refusal(ctx, 'memos.render', { id });
    expect((error.issues ?? []).map((i) => i.message)).toEqual([
      `${KERN}: afbeelding "organogram.png": de nota heeft deze afbeelding niet in het register; voeg haar toe in de editor`,
    ]);
  });
});

describe('a template cannot place a picture', () => {
  it('<img> and <figure> in template markup are refused by name: a template has no folder', () => {
    const issues: Issue[] = [];
    parseTemplateMarkup(
      '<figure><img src="logo.png" alt="Logo"/></figure><img src="x.png" alt="X"/>',
      [],
      'nota.hbs',
      issues,
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^<figure> is niet toegestaan; toegestaan zijn: p, h2/),
      expect.stringMatching(/^<img> is niet toegestaan; /),
    ]);
    expect(issues[0]?.message).not.toMatch(/\bimg\b|figcaption/);
  });
});

describe('the image check speaks of the image it checks', () => {
  it('"de afbeelding" for a picture, "het logo" for the logo', () => {
    expect(inspectImage(new Uint8Array([1, 2, 3]))).toBe('de afbeelding moet een PNG- of JPEG-bestand zijn');
    expect(inspectImage(new Uint8Array([1, 2, 3]), 'het logo')).toBe(
      'het logo moet een PNG- of JPEG-bestand zijn',
    );
  });
});
