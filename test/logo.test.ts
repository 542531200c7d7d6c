import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadHuisstijl } from '../templates/engine/load.js';
import { FIXTURES, HUISSTIJL, issuesOf, makeTempDir, removeTempDir } from './helpers/assets.js';

let dir: string;
let folder: string;

beforeEach(async () => {
  dir = await makeTempDir();
  folder = join(dir, 'huisstijl');
  await mkdir(folder);
});

afterEach(async () => {
  await removeTempDir(dir);
});

/** A copy of the shipped huisstijl whose logo is `bestand`; the caller puts the logo there. */
async function huisstijlWithLogo(bestand: string): Promise<void> {
  const json = JSON.parse(await readFile(join(HUISSTIJL, 'huisstijl.json'), 'utf8')) as { logo: object };
  await writeFile(
    join(folder, 'huisstijl.json'),
    JSON.stringify({ ...json, logo: { ...json.logo, bestand } }),
  );
}

async function logoProblem(): Promise<string> {
  const issues = await issuesOf(() => loadHuisstijl(folder));
  expect(issues).toHaveLength(1);
  expect(issues[0]?.path).toBe(`${join(folder, 'huisstijl.json')}: logo.bestand`);
  return issues[0]?.message ?? '';
}

const shippedLogo = (): Promise<Buffer> => readFile(join(HUISSTIJL, 'logo.png'));

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** A 3 × 3 greyscale PNG, 8 bits per pixel, whose inflated pixel data is `pixelBytes` long. */
function greyPng(interlaced: boolean, pixelBytes: number): Buffer {
  const header = Buffer.from([0, 0, 0, 3, 0, 0, 0, 3, 8, 0, 0, 0, interlaced ? 1 : 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(pixelBytes))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('the logo of a huisstijl', () => {
  it('the shipped logo is accepted', async () => {
    const { logo } = await loadHuisstijl(HUISSTIJL);
    expect(logo.type).toBe('png');
    expect(logo.widthPx).toBeGreaterThan(0);
  });

  it('a whole JPEG is accepted, with its size', async () => {
    await huisstijlWithLogo('logo.jpg');
    await copyFile(join(FIXTURES, 'logo.jpg'), join(folder, 'logo.jpg'));
    const { logo } = await loadHuisstijl(folder);
    expect(logo).toMatchObject({ type: 'jpg', widthPx: 48, heightPx: 20 });
  });

  it('a symlink to a file outside the folder is refused', async () => {
    await huisstijlWithLogo('logo.png');
    await writeFile(join(dir, 'geheim.png'), await shippedLogo());
    await symlink(join(dir, 'geheim.png'), join(folder, 'logo.png'));
    expect(await logoProblem()).toContain('buiten de map van de huisstijl');
  });

  it('a symlink to a file inside the folder is fine', async () => {
    await huisstijlWithLogo('logo.png');
    await mkdir(join(folder, 'beeld'));
    await writeFile(join(folder, 'beeld', 'logo-2026.png'), await shippedLogo());
    await symlink(join('beeld', 'logo-2026.png'), join(folder, 'logo.png'));
    expect((await loadHuisstijl(folder)).logo.type).toBe('png');
  });

  it.skipIf(process.platform === 'win32')(
    'a FIFO is refused at once instead of hanging the render',
    { timeout: 20_000 },
    async () => {
      await huisstijlWithLogo('logo.png');
      execFileSync('mkfifo', [join(folder, 'logo.png')]);
      expect(await logoProblem()).toBe('logo.png: is geen gewoon bestand');
    },
  );

  it('a folder is refused', async () => {
    await huisstijlWithLogo('logo.png');
    await mkdir(join(folder, 'logo.png'));
    expect(await logoProblem()).toBe('logo.png: is een map, geen bestand');
  });

  it('a file that is no image is refused', async () => {
    await huisstijlWithLogo('logo.png');
    await writeFile(join(folder, 'logo.png'), 'geen plaatje');
    expect(await logoProblem()).toBe('logo.png: het logo moet een PNG- of JPEG-bestand zijn');
  });

  it.each([
    ['with only its signature and header', (png: Buffer) => png.subarray(0, 33), 'IEND ontbreekt'],
    [
      'cut off in its pixel data',
      (png: Buffer) => png.subarray(0, png.length - 30),
      'midden in het blok IDAT',
    ],
    [
      'with a damaged byte (bad CRC)',
      (png: Buffer) =>
        Buffer.concat([png.subarray(0, 50), Buffer.from([(png[50] ?? 0) ^ 0xff]), png.subarray(51)]),
      'de controlesom klopt niet',
    ],
    ['with bytes after IEND', (png: Buffer) => Buffer.concat([png, Buffer.from('extra')]), 'na het einde'],
  ])('a PNG %s is refused', async (_what, damage, message) => {
    await huisstijlWithLogo('logo.png');
    await writeFile(join(folder, 'logo.png'), damage(await shippedLogo()));
    expect(await logoProblem()).toContain(message);
  });

  it('a PNG whose pixel data is shorter than its header says is refused, though every CRC is right', async () => {
    await huisstijlWithLogo('logo.png');
    await writeFile(join(folder, 'logo.png'), greyPng(false, 8));
    expect(await logoProblem()).toContain('onvolledig (8 van 12 bytes)');
  });

  it('an interlaced PNG is measured by its seven Adam7 passes', async () => {
    await huisstijlWithLogo('logo.png');
    // 3 × 3 interlaced: passes 1, 4, 5, 6 and 7 hold 1, 1, 2, 2 × 1 and 3 pixels: 2 + 2 + 3 + 4 + 4 bytes.
    await writeFile(join(folder, 'logo.png'), greyPng(true, 15));
    expect((await loadHuisstijl(folder)).logo).toMatchObject({ type: 'png', widthPx: 3, heightPx: 3 });
    await writeFile(join(folder, 'logo.png'), greyPng(true, 12));
    expect(await logoProblem()).toContain('onvolledig (12 van 15 bytes)');
  });

  it.each([
    ['cut off before its end', (jpg: Buffer) => jpg.subarray(0, jpg.length - 100), 'EOI ontbreekt'],
    ['cut off after its header', (jpg: Buffer) => jpg.subarray(0, 20), 'EOI ontbreekt'],
    ['with only SOI and EOI', () => Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'geen frame (SOF)'],
  ])('a JPEG %s is refused', async (_what, damage, message) => {
    await huisstijlWithLogo('logo.jpg');
    await writeFile(join(folder, 'logo.jpg'), damage(await readFile(join(FIXTURES, 'logo.jpg'))));
    expect(await logoProblem()).toContain(message);
  });
});
