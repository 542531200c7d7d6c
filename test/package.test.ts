import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patchCoreProperties } from '../templates/engine/package-fixups.js';
import {
  assets,
  baseMemo,
  CREATED,
  CREATED_ISO,
  examplePath,
  makeTempDir,
  removeTempDir,
  renderBytes,
  runCli,
  SHIPPED_TYPES,
} from './helpers/assets.js';
import {
  attr,
  elements,
  firstElement,
  parseXml,
  readDocx,
  textOf,
  type DocxPackage,
} from './helpers/docx.js';

function coreValues(coreXml: string, name: string): string[] {
  return elements(parseXml(coreXml), name).map(textOf);
}

interface ZipEntryInfo {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  dosTime: number;
  dosDate: number;
  data: Buffer;
}

/** Reads a zip's central directory and every entry's data straight from the bytes, checking the local headers. */
function zipEntries(bytes: Uint8Array): ZipEntryInfo[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd === -1) throw new Error('no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out: ZipEntryInfo[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`no central header at ${at}`);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const entry = {
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      method: buf.readUInt16LE(at + 10),
      dosTime: buf.readUInt16LE(at + 12),
      dosDate: buf.readUInt16LE(at + 14),
      crc: buf.readUInt32LE(at + 16),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
    };
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`no local header for ${entry.name}`);
    const localName = buf.toString('utf8', local + 30, local + 30 + buf.readUInt16LE(local + 26));
    if (localName !== entry.name) throw new Error(`local header names ${localName}, not ${entry.name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(start, start + entry.compressedSize);
    const data = entry.method === 8 ? inflateRawSync(body) : Buffer.from(body);
    out.push({ ...entry, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/** The MS-DOS time and date fields of a UTC moment. */
function dos(date: Date): { dosTime: number; dosDate: number } {
  return {
    dosTime: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    dosDate: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

describe.each(SHIPPED_TYPES)('the %s’s package', (type) => {
  let docx: DocxPackage;
  let bytes: Uint8Array;
  let onderwerp: string;

  beforeAll(async () => {
    const memo = await baseMemo(type);
    onderwerp = memo.onderwerp;
    bytes = await renderBytes(memo);
    docx = readDocx(bytes);
  });

  it('has the onderwerp as dc:title and the gemeente as dc:creator and cp:lastModifiedBy', async () => {
    const { gemeente } = (await assets()).huisstijl;
    expect(coreValues(docx.coreXml, 'dc:title')).toEqual([onderwerp]);
    expect(coreValues(docx.coreXml, 'dc:creator')).toEqual([gemeente]);
    expect(coreValues(docx.coreXml, 'cp:lastModifiedBy')).toEqual([gemeente]);
  });

  it('has dc:language nl-NL, once', () => {
    expect(coreValues(docx.coreXml, 'dc:language')).toEqual(['nl-NL']);
  });

  it('has the given creation time as dcterms:created and dcterms:modified, in W3CDTF', () => {
    const core = parseXml(docx.coreXml);
    for (const name of ['dcterms:created', 'dcterms:modified']) {
      const el = elements(core, name);
      expect(el.map(textOf), name).toEqual([CREATED_ISO]);
      expect(el[0] && attr(el[0], 'xsi:type')).toBe('dcterms:W3CDTF');
    }
  });

  it('sets Dutch as the language of the text in the styles’ docDefaults', () => {
    const defaults = firstElement(docx.dom('word/styles.xml'), 'w:docDefaults');
    const rPr = defaults && firstElement(defaults, 'w:rPrDefault');
    const lang = rPr && firstElement(rPr, 'w:lang');
    expect(lang && attr(lang, 'w:val')).toBe('nl-NL');
  });

  it('is a zip with [Content_Types].xml first, every entry stamped with the creation time', () => {
    const entries = zipEntries(bytes);
    expect(entries[0]?.name).toBe('[Content_Types].xml');
    expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
    const stamp = dos(CREATED);
    for (const entry of entries) {
      expect({ name: entry.name, dosTime: entry.dosTime, dosDate: entry.dosDate }).toEqual({
        name: entry.name,
        ...stamp,
      });
    }
  });

  it('has a correct CRC-32 and size for every zip entry, and the same content an independent unzip finds', () => {
    const entries = zipEntries(bytes);
    expect(entries.length).toBe(Object.keys(docx.files).length);
    for (const entry of entries) {
      expect(entry.data.length, entry.name).toBe(entry.size);
      expect(crc32(entry.data), entry.name).toBe(entry.crc);
      expect([0, 8], entry.name).toContain(entry.method);
      const viaFflate = docx.files[entry.name];
      expect(viaFflate && Buffer.from(viaFflate).equals(entry.data), entry.name).toBe(true);
    }
  });
});

describe('the creation time', () => {
  it('keeps whole seconds in UTC, without milliseconds', async () => {
    const memo = await baseMemo('raadsmededeling');
    const docx = readDocx(await renderBytes(memo, new Date('2026-03-14T09:30:15.123+01:00')));
    expect(coreValues(docx.coreXml, 'dcterms:created')).toEqual(['2026-03-14T08:30:15Z']);
    expect(coreValues(docx.coreXml, 'dcterms:modified')).toEqual(['2026-03-14T08:30:15Z']);
  });

  it('before 1980 still gives a readable zip (the zip format cannot go earlier)', async () => {
    const memo = await baseMemo('raadsmededeling');
    const bytes = await renderBytes(memo, new Date('1970-01-01T00:00:00Z'));
    const docx = readDocx(bytes);
    expect(coreValues(docx.coreXml, 'dcterms:created')).toEqual(['1970-01-01T00:00:00Z']);
    for (const entry of zipEntries(bytes)) expect(entry.dosDate >> 9, entry.name).toBe(0);
  });
});

describe('patchCoreProperties', () => {
  const CORE =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    '<dc:title>Parkeren bij de sporthal</dc:title>' +
    '<dcterms:created xsi:type="dcterms:W3CDTF">2019-05-01T12:34:56Z</dcterms:created>' +
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2019-05-02T01:02:03Z</dcterms:modified>' +
    '</cp:coreProperties>';
  const DATE = new Date('2027-02-03T04:05:06.789Z');

  it('adds dc:language nl-NL once, inside cp:coreProperties', () => {
    const patched = parseXml(patchCoreProperties(CORE, DATE));
    expect(elements(patched, 'dc:language').map(textOf)).toEqual(['nl-NL']);
    const root = firstElement(patched, 'cp:coreProperties');
    expect(root && elements(root, 'dc:language')).toHaveLength(1);
  });

  it('replaces both timestamps with the given time, to the second', () => {
    const patched = patchCoreProperties(CORE, DATE);
    expect(coreValues(patched, 'dcterms:created')).toEqual(['2027-02-03T04:05:06Z']);
    expect(coreValues(patched, 'dcterms:modified')).toEqual(['2027-02-03T04:05:06Z']);
    expect(patched).not.toContain('2019-');
    expect(coreValues(patched, 'dc:title')).toEqual(['Parkeren bij de sporthal']);
  });

  it('is idempotent, and a second patch with another time leaves only that time', () => {
    const once = patchCoreProperties(CORE, DATE);
    expect(patchCoreProperties(once, DATE)).toBe(once);
    const later = new Date('2028-01-01T00:00:00Z');
    expect(patchCoreProperties(once, later)).toBe(patchCoreProperties(CORE, later));
  });

  it('replaces a language that is already there instead of adding a second one', () => {
    const withEnglish = CORE.replace(
      '</cp:coreProperties>',
      '<dc:language>en-US</dc:language></cp:coreProperties>',
    );
    expect(coreValues(patchCoreProperties(withEnglish, DATE), 'dc:language')).toEqual(['nl-NL']);
  });
});

describe('determinism', () => {
  it('the same memo and createdAt give byte-identical output', async () => {
    const memo = await baseMemo('informatienota');
    const first = await renderBytes(memo);
    const second = await renderBytes(memo);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('rendering another memo in between does not change the bytes (no process-wide counters leak in)', async () => {
    const memo = await baseMemo('informatienota');
    const first = await renderBytes(memo);
    await renderBytes(await baseMemo('raadsmededeling'));
    const withFootnotes = await baseMemo('informatienota');
    withFootnotes.secties.push({
      titel: 'Extra',
      inhoud: '<p>Tekst<span data-type="footnote">Een extra voetnoot.</span></p><ol><li>een</li></ol>',
    });
    await renderBytes(withFootnotes);
    const again = await renderBytes(memo);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it('a memo with links gives the same bytes each time, with every link still pointing at its address', async () => {
    const memo = await baseMemo('raadsmededeling');
    const first = memo.secties[0];
    if (!first) throw new Error('the example has no sections');
    first.inhoud =
      '<p>Zie <a href="https://voorbeeld.nl/afval">de website</a> en <a href="mailto:afval@voorbeeld.nl">mail ons</a>.</p>';
    const a = await renderBytes(memo);
    const b = await renderBytes(memo);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const files = readDocx(a).files;
    const rels = Buffer.from(files['word/_rels/document.xml.rels'] ?? new Uint8Array()).toString('utf8');
    const document = Buffer.from(files['word/document.xml'] ?? new Uint8Array()).toString('utf8');
    for (const target of ['https://voorbeeld.nl/afval', 'mailto:afval@voorbeeld.nl']) {
      const id = new RegExp(`Id="([^"]+)"[^>]*Target="${target}"`).exec(rels)?.[1];
      expect(id).toMatch(/^rId\w+$/);
      expect(document).toContain(`r:id="${id ?? ''}"`);
    }
  });

  it('a different createdAt gives different bytes, differing only in core.xml and the zip timestamps', async () => {
    const memo = await baseMemo('raadsmededeling');
    const a = await renderBytes(memo);
    const b = await renderBytes(memo, new Date('2026-06-30T15:45:00Z'));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    const fa = readDocx(a).files;
    const fb = readDocx(b).files;
    expect(Object.keys(fb)).toEqual(Object.keys(fa));
    const differing = Object.keys(fa).filter((name) => {
      const x = fa[name];
      const y = fb[name];
      return !x || !y || !Buffer.from(x).equals(Buffer.from(y));
    });
    expect(differing).toEqual(['docProps/core.xml']);
  });

  describe('across CLI processes', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await makeTempDir();
    });
    afterAll(async () => {
      await removeTempDir(dir);
    });

    it('two runs with the same --aangemaakt write identical files, the same bytes as in-process', async () => {
      const outs = [join(dir, 'een.docx'), join(dir, 'twee.docx')];
      const results = await Promise.all(
        outs.map((out) =>
          runCli(['render', examplePath('informatienota'), '--out', out, '--aangemaakt', CREATED_ISO]),
        ),
      );
      expect(results.map((r) => r.code)).toEqual([0, 0]);
      const [one, two] = await Promise.all(outs.map((out) => readFile(out)));
      expect(one?.equals(two ?? Buffer.alloc(0))).toBe(true);
      const inProcess = await renderBytes(await baseMemo('informatienota'));
      expect(one?.equals(Buffer.from(inProcess))).toBe(true);
    });

    it('SOURCE_DATE_EPOCH gives the same bytes as the equivalent --aangemaakt', async () => {
      const viaOption = join(dir, 'optie.docx');
      const viaEpoch = join(dir, 'epoch.docx');
      const [a, b] = await Promise.all([
        runCli(['render', examplePath('raadsmededeling'), '--out', viaOption, '--aangemaakt', CREATED_ISO]),
        runCli(['render', examplePath('raadsmededeling'), '--out', viaEpoch], {
          env: { SOURCE_DATE_EPOCH: String(CREATED.getTime() / 1000) },
        }),
      ]);
      expect([a.code, b.code]).toEqual([0, 0]);
      const [x, y] = await Promise.all([readFile(viaOption), readFile(viaEpoch)]);
      expect(x.equals(y)).toBe(true);
    });

    it('a different --aangemaakt gives different bytes', async () => {
      const early = join(dir, 'vroeg.docx');
      const late = join(dir, 'laat.docx');
      const results = await Promise.all([
        runCli([
          'render',
          examplePath('raadsmededeling'),
          '--out',
          early,
          '--aangemaakt',
          '2026-02-01T08:00:00Z',
        ]),
        runCli([
          'render',
          examplePath('raadsmededeling'),
          '--out',
          late,
          '--aangemaakt',
          '2026-02-01T09:00:00Z',
        ]),
      ]);
      expect(results.map((r) => r.code)).toEqual([0, 0]);
      const [x, y] = await Promise.all([readFile(early), readFile(late)]);
      expect(x.equals(y)).toBe(false);
      expect(coreValues(readDocx(y).coreXml, 'dcterms:created')).toEqual(['2026-02-01T09:00:00Z']);
    });
  });
});
