import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Huisstijl } from '../core/model/huisstijl.js';
import { readJsonFile } from '../files/read-json.js';
import { exampleInput, HUISSTIJL, issuesOf, parseShipped } from './helpers/assets.js';

describe('numbers too large for JSON', () => {
  it('"versienummer": 1e400 is refused as too large, not as "verwacht getal, ontving getal"', async () => {
    const input = await exampleInput('informatienota');
    const memo: unknown = JSON.parse(
      JSON.stringify(input).replace(/"versienummer":\s*\d+/, '"versienummer":1e400'),
    );
    expect(await issuesOf(() => parseShipped(memo))).toEqual([
      { path: 'versienummer', message: 'Versienummer is een te groot getal' },
    ]);
  });

  it('a huisstijl number below -1e308 is refused as too small', async () => {
    const json = (await readJsonFile(join(HUISSTIJL, 'huisstijl.json'))) as { logo: object };
    const text = JSON.stringify({ ...json, logo: { ...json.logo, breedteMm: 'X' } }).replace('"X"', '-1e400');
    const result = Huisstijl.safeParse(JSON.parse(text));
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['logo.breedteMm', 'is een te klein getal (te ver onder nul)'],
    ]);
  });

  it('other type errors say what the field must be and what it was', async () => {
    const input = await exampleInput('informatienota');
    const issues = await issuesOf(() => parseShipped({ ...input, versienummer: 'twee' }));
    expect(issues.map((i) => i.message)).toEqual(['Versienummer moet een getal zijn, niet de tekst "twee"']);
  });
});
