import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contrastRatio } from '../core/contrast.js';
import { call, refusal, testContext } from './helpers/api.js';

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'raadsnota-thema-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('huisstijl.theme', () => {
  it("gives the screens the municipality's name and colours from the shipped huisstijl", async () => {
    const ctx = testContext(scratch());
    expect(await call(ctx, 'huisstijl.theme', {})).toEqual({
      gemeente: 'Gemeente Voorbeeld',
      kleuren: { koppen: '1F4E79', tabelkop: 'DCE6F1' },
    });
    ctx.db.close();
  });

  it('names the broken field of a huisstijl it cannot use', async () => {
    const dir = scratch();
    const huisstijlDir = join(dir, 'huisstijl');
    mkdirSync(huisstijlDir);
    writeFileSync(join(huisstijlDir, 'huisstijl.json'), JSON.stringify({ gemeente: 'Gemeente X' }));
    const ctx = testContext(dir, { huisstijlDir });
    const error = await refusal(ctx, 'huisstijl.theme', {});
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/huisstijl/i);
    ctx.db.close();
  });
});

describe('contrastRatio', () => {
  it('gives WCAG ratios: 21 for black on white, 1 for a colour on itself, 4.5 near AA grey', () => {
    expect(contrastRatio('000000', 'FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('1F4E79', '1F4E79')).toBe(1);
    expect(contrastRatio('767676', 'FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('FFFFFF', '777777')).toBeLessThan(4.5);
  });
});
