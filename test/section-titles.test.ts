// The manifest decides what a section is; the writer decides what it is called. A fixed section prints the writer's
// own title, and a section without `sleutel` whose title is the manifest's title or one of its aliases counts as that
// section, wherever the writer put it.
import { describe, expect, it } from 'vitest';
import type { Sectie } from '../core/model/memo.js';
import { call, testContext } from './helpers/api.js';
import {
  baseMemo,
  issuesOf,
  makeTempDir,
  removeTempDir,
  renderAndRead,
  renderBytes,
  runCli,
} from './helpers/assets.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

type Informatienota = Awaited<ReturnType<typeof baseMemo<'informatienota'>>>;

const headings = async (memo: Informatienota) =>
  (await renderAndRead(memo)).paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);

/** The example with its sections replaced one by one: `change` gets each and gives what stands there instead. */
async function withSections(change: (sectie: Sectie) => Sectie): Promise<Informatienota> {
  const memo = await baseMemo('informatienota');
  return { ...memo, secties: memo.secties.map(change) };
}

describe('section titles', () => {
  it("prints a writer's own title on a fixed section", async () => {
    const memo = await withSections((s) =>
      s.sleutel === 'inleiding'
        ? { ...s, titel: 'Aanleiding' }
        : s.sleutel === 'financiele-consequenties'
          ? { ...s, titel: 'Kosten, baten, dekking' }
          : s,
    );
    const shown = await headings(memo);
    expect(shown).toContain('Aanleiding');
    expect(shown).toContain('Kosten, baten, dekking');
    expect(shown).not.toContain('Inleiding');
    expect(shown).not.toContain('Financiële consequenties');
  });

  it('counts a section titled by an alias as that fixed section, in its place, however it is written', async () => {
    const memo = await baseMemo('informatienota');
    const inleiding = memo.secties.find((s) => s.sleutel === 'inleiding');
    const financien = memo.secties.find((s) => s.sleutel === 'financiele-consequenties');
    if (!inleiding || !financien) throw new Error('the example lacks its fixed sections');
    const rest = memo.secties.filter((s) => s !== inleiding && s !== financien);
    // Given last, without sleutel: still printed where the manifest puts them.
    const secties = [
      ...rest,
      { titel: 'aanleiding:', inhoud: inleiding.inhoud },
      { titel: 'FINANCIEN', inhoud: financien.inhoud },
    ];
    const shown = await headings({ ...memo, secties });
    expect(shown[0]).toBe('aanleiding:');
    expect(shown.indexOf('FINANCIEN')).toBe(shown.indexOf('Openbaarheid') - 1);
  });

  it('refuses an alias beside the section it stands for, naming both', async () => {
    const memo = await baseMemo('informatienota');
    const issues = await issuesOf(() =>
      renderBytes({
        ...memo,
        secties: [...memo.secties, { titel: 'Aanleiding', inhoud: '<p>Nog een keer.</p>' }],
      }),
    );
    expect(issues.map((i) => i.path)).toEqual([`secties[${memo.secties.length}].titel`]);
    expect(issues[0]?.message).toContain('"Aanleiding" geldt als "Inleiding", en die staat er al in');
  });

  it('names the section by its heading in every problem in its text', async () => {
    const memo = await withSections((s) =>
      s.titel === 'Vervolg' ? { ...s, inhoud: '<p>Zie <blink>hier</blink>.</p>' } : s,
    );
    const issues = await issuesOf(() => renderBytes(memo));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(`secties[${memo.secties.findIndex((s) => s.titel === 'Vervolg')}].inhoud`);
    expect(issues[0]?.message).toMatch(/^Sectie "Vervolg": .*<blink>/);
  });

  it("names an empty required section by the writer's title", async () => {
    const memo = await withSections((s) =>
      s.sleutel === 'kernboodschap' ? { titel: 'Kern van de boodschap', inhoud: '<p> </p>' } : s,
    );
    const issues = await issuesOf(() => renderBytes(memo));
    expect(issues.map((i) => i.message)).toEqual([
      'verplichte sectie "Kern van de boodschap" ("Kernboodschap") is leeg',
    ]);
  });

  it('says which title counted as which section, through the API and the CLI', async () => {
    const memo = await withSections((s) =>
      s.sleutel === 'inleiding' ? { titel: 'Aanleiding', inhoud: s.inhoud } : s,
    );
    const dir = await makeTempDir();
    const ctx = testContext(dir);
    try {
      const validity = await call(ctx, 'memos.validate', { nota: memo });
      expect(validity.herkend).toEqual([
        { pad: 'secties[0]', titel: 'Aanleiding', sleutel: 'inleiding', als: 'Inleiding' },
      ]);
      const file = join(dir, 'nota.json');
      await writeFile(file, JSON.stringify(memo));
      const { code, stdout } = await runCli(['validate', file]);
      expect(code).toBe(0);
      expect(stdout).toContain('Sectie "Aanleiding" (secties[0]) geldt als Inleiding.');
    } finally {
      ctx.db.close();
      await removeTempDir(dir);
    }
  });
});
