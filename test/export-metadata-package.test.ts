// The metadata of real packages, as `export.packages` writes them for each example memo, against the specifications
// in ../shared/standards: metadata.json's InformatieObject with ajv, diwoo.xml with xmllint. What the mappings' own
// suites show of a description holds for the files a receiving system gets.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from '../api/context.js';
import { call, NOW, testContext } from './helpers/api.js';
import { makeTempDir, removeTempDir } from './helpers/assets.js';
import { EXAMPLE_TYPES, exampleDescription } from './helpers/export-examples.js';
import {
  DIWOO_LIJSTEN_XSD,
  DIWOO_XSD,
  ORI_OPENAPI,
  oriValidator,
  validateDiwoo,
} from './helpers/standards.js';
import { describeWithStandards, projectRoot } from './helpers/tools.js';
import { oriMetadata } from '../services/export/metadata/ori.js';

const examplesDir = join(projectRoot, 'examples');

async function readExample(type: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(examplesDir, `${type}.json`), 'utf8')) as Record<string, unknown>;
}

describeWithStandards(
  [ORI_OPENAPI, DIWOO_XSD, DIWOO_LIJSTEN_XSD],
  'the metadata files of exported packages',
  () => {
    let dir: string;
    let ctx: Context;
    const packages = new Map<string, string>();

    beforeAll(async () => {
      dir = await makeTempDir();
      ctx = testContext(dir);
      const secret = {
        ...(await readExample('raadsmededeling')),
        kenmerk: '2026-009999',
        openbaarheid: { openbaar: false, grond: 'woo-5.1-2e', vertrouwelijkheidaanduiding: 'geheim' },
      };
      const { pakketten } = await call(ctx, 'export.packages', {
        memos: [
          ...(await Promise.all(
            EXAMPLE_TYPES.map(async (type) => ({ nota: await readExample(type), map: examplesDir })),
          )),
          { nota: secret, map: examplesDir },
        ],
        profiel: 'generiek',
        pdf: false,
        uit: join(dir, 'pakketten'),
        zip: false,
      });
      for (const [i, p] of pakketten.entries()) packages.set([...EXAMPLE_TYPES, 'geheim'][i] ?? '', p.pad);
    }, 120_000);

    afterAll(async () => {
      ctx.db.close();
      await removeTempDir(dir);
    });

    const readPackageFile = (type: string, file: string): Promise<string> =>
      readFile(join(packages.get(type) ?? '', file), 'utf8');

    it('metadata.json of each example is the mapping of its description, and its InformatieObject is valid ORI', async () => {
      const validate = oriValidator();
      for (const type of EXAMPLE_TYPES) {
        const metadata = JSON.parse(await readPackageFile(type, 'metadata.json')) as Record<string, unknown>;
        expect(metadata).toEqual(oriMetadata(exampleDescription(type), { aangemaakt: NOW }));
        expect(validate(metadata.informatieobject), `${type}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    });

    it('diwoo.xml of each example validates against the DiWoo XSD', async () => {
      const files = await Promise.all(
        EXAMPLE_TYPES.map(async (type) => ({
          fileName: `${type}.xml`,
          contents: await readPackageFile(type, 'diwoo.xml'),
        })),
      );
      const result = await validateDiwoo(files);
      expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
      expect(result.valid).toBe(true);
    });

    it('a memo that is not public says so in both files, and they still validate', async () => {
      const metadata = JSON.parse(await readPackageFile('geheim', 'metadata.json')) as {
        informatieobject: Record<string, unknown>;
        openbaarheid: Record<string, unknown>;
      };
      expect(metadata.informatieobject.vertrouwelijkheidsaanduiding).toBe('geheim');
      expect(metadata.openbaarheid).toMatchObject({ openbaar: false, vertrouwelijkheidaanduiding: 'geheim' });
      const validate = oriValidator();
      expect(validate(metadata.informatieobject), JSON.stringify(validate.errors)).toBe(true);
      const xml = await readPackageFile('geheim', 'diwoo.xml');
      expect(xml).toMatch(
        /<diwoo:key>openbaar<\/diwoo:key>\s*<diwoo:values>\s*<diwoo:value>nee<\/diwoo:value>/,
      );
      expect((await validateDiwoo([{ fileName: 'geheim.xml', contents: xml }])).valid).toBe(true);
    });
  },
);
