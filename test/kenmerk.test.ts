import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Huisstijl } from '../core/model/huisstijl.js';
import { kenmerkRule, KenmerkSettings } from '../core/model/kenmerk.js';
import { buildDocument } from '../templates/engine/render.js';
import { assets, baseMemo, HUISSTIJL, issuesOf } from './helpers/assets.js';

function problems(settings: unknown): [string, string][] {
  const result = KenmerkSettings.safeParse(settings);
  return (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
}

function rule(settings: unknown): ReturnType<typeof kenmerkRule> {
  return kenmerkRule(KenmerkSettings.parse(settings));
}

describe('a kenmerk pattern with placeholders', () => {
  const shipped = rule({ patroon: '{jaar}-{volgnummer:6}' });

  it('checks the whole kenmerk', () => {
    expect(shipped.fits('2026-004512')).toBe(true);
    for (const bad of ['2026-4512', '2026/004512', 'x2026-004512', '2026-0045120', '26-004512', '']) {
      expect(shipped.fits(bad), bad).toBe(false);
    }
  });

  it('proposes this year’s highest volgnummer plus one, zero-padded', () => {
    const existing = ['2026-000122', '2025-000999', '2026-000007', 'rommel', '2026-00012'];
    expect(shipped.next(existing, '2026-03-14')).toBe('2026-000123');
    expect(shipped.next(existing, '2027-01-02')).toBe('2027-000001');
    expect(shipped.next([], '2026-03-14')).toBe('2026-000001');
  });

  it('knows {jaar:2}, {maand} and {volgnummer}, and takes the rest literally', () => {
    const r = rule({ patroon: 'RN{jaar:2}.{maand}/({volgnummer})' });
    expect(r.fits('RN26.03/(11)')).toBe(true);
    expect(r.fits('RN26x03/(11)')).toBe(false);
    expect(r.fits('RN26.13/(11)')).toBe(false);
    expect(r.next(['RN26.01/(9)', 'RN26.02/(10)', 'RN25.12/(99)'], '2026-03-01')).toBe('RN26.03/(11)');
  });

  it('without a year, counts over all kenmerken', () => {
    expect(rule({ patroon: 'N{volgnummer:4}' }).next(['N0041', 'N0007'], '2030-01-01')).toBe('N0042');
  });

  it('refuses to propose a number that no longer fits, naming the kenmerk', async () => {
    const issues = await issuesOf(() => rule({ patroon: '{volgnummer:2}' }).next(['99'], '2026-01-01'));
    expect(issues).toEqual([{ path: 'kenmerk', message: expect.stringContaining('2 cijfers') as string }]);
  });

  it('gives an example derived from the pattern, or the configured one', () => {
    expect(shipped.example('2026-05-01')).toBe('2026-000001');
    expect(rule({ patroon: '{jaar}-{volgnummer:6}', voorbeeld: '2026-000123' }).example('2030-01-01')).toBe(
      '2026-000123',
    );
  });

  it.each([
    ['{jaar}-{nummer}', 'onbekende plaatshouder {nummer}'],
    ['{jaar}-{volgnummer:x}', 'onbekende plaatshouder {volgnummer:x}'],
    ['{jaar:3}-{volgnummer}', 'het jaar heeft 4 cijfers'],
    ['{jaar}-{volgnummer:40}', '1 tot 12 cijfers'],
    ['{jaar}', 'precies één {volgnummer}'],
    ['{volgnummer}-{volgnummer}', 'precies één {volgnummer}'],
    ['{jaar}-{jaar}-{volgnummer}', 'het jaar'],
    ['{jaar-{volgnummer}', 'een { of } hoort bij een plaatshouder'],
    ['{jaar}}-{volgnummer}', 'een { of } hoort bij een plaatshouder'],
  ])('refuses the pattern %s, saying why', (patroon, why) => {
    expect(problems({ patroon })).toEqual([['patroon', expect.stringContaining(why) as string]]);
  });

  it('takes ( and ) literally', () => {
    expect(rule({ patroon: '({jaar})-{volgnummer}' }).fits('(2026)-7')).toBe(true);
  });

  it('refuses a voorbeeld that does not fit the pattern', () => {
    expect(problems({ patroon: '{jaar}-{volgnummer:6}', voorbeeld: '2026-12' })).toEqual([
      ['voorbeeld', 'het voorbeeld past niet bij het patroon {jaar}-{volgnummer:6}'],
    ]);
  });

  it('wants a patroon or an expressie, not both and not neither', () => {
    expect(problems({})).toEqual([['patroon', expect.stringContaining('{jaar}-{volgnummer:6}') as string]]);
    expect(problems({ patroon: '{volgnummer}', expressie: '\\d+', voorbeeld: '1' })).toEqual([
      ['expressie', 'geef een patroon of een expressie, niet allebei'],
    ]);
  });
});

describe('a regular expression in patroon, as every huisstijl had before placeholders', () => {
  const upgrade = 'of zet de expressie onder kenmerk.expressie, met een voorbeeld van een kenmerk dat past';

  it.each([
    ['^\\d{4}-\\d{6}$', '{jaar}-{volgnummer:6}'],
    ['\\d{4}/\\d+', '{jaar}/{volgnummer}'],
    ['^(\\d{4})-(\\d{6})$', '{jaar}-{volgnummer:6}'],
    ['^[0-9]{4}\\-[0-9]{6}$', '{jaar}-{volgnummer:6}'],
    ['^Z/\\d{2}\\.\\d{2}/\\d{1,5}$', 'Z/{jaar:2}.{maand}/{volgnummer}'],
    ['^\\d{6}$', '{volgnummer:6}'],
  ])('%s is refused with the pattern that says the same: %s', (patroon, proposal) => {
    expect(problems({ patroon })).toEqual([
      [
        'patroon',
        `"${patroon}" lijkt een reguliere expressie, zoals een patroon vroeger was; een patroon heeft nu ` +
          `plaatshouders: schrijf "patroon": "${proposal}"; ${upgrade}`,
      ],
    ]);
    expect(problems({ patroon: proposal })).toEqual([]);
  });

  it('the proposal accepts the kenmerken the expression accepted', () => {
    const proposed = rule({ patroon: '{jaar}-{volgnummer:6}' });
    const old = rule({ expressie: '^\\d{4}-\\d{6}$', voorbeeld: '2026-000001' });
    for (const kenmerk of ['2026-000123', '1999-999999', '2026-12345', '2026/000123', ' 2026-000123']) {
      expect(proposed.fits(kenmerk), kenmerk).toBe(old.fits(kenmerk));
    }
  });

  it.each([
    '[A-Z]{2}-\\d+',
    '^(\\d|\\d)*-\\d{6}$',
    'RN\\d+|\\d{4}',
    '^{jaar}-{volgnummer}$',
    '\\w+-{volgnummer}',
  ])('%s, of another shape, is refused with the placeholders and the way to expressie', (patroon) => {
    const [[path, message] = []] = problems({ patroon });
    expect(path).toBe('patroon');
    expect(message).toContain('lijkt een reguliere expressie');
    expect(message).toContain('"patroon": "{jaar}-{volgnummer:6}" (een patroon kent {jaar}');
    expect(message).toContain(upgrade);
  });

  it('a huisstijl.json of before placeholders is refused naming kenmerk.patroon', async () => {
    const json = JSON.parse(await readFile(join(HUISSTIJL, 'huisstijl.json'), 'utf8')) as object;
    const old = { ...json, kenmerk: { patroon: '^\\d{4}-\\d{6}$' } };
    const issues = Huisstijl.safeParse(old).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual([
      ['kenmerk.patroon', expect.stringContaining('"{jaar}-{volgnummer:6}"') as string],
    ]);
  });
});

describe('a kenmerk expression for exotic numbering', () => {
  // Each of these backtracks without end in JavaScript's engine; on RE2 a check takes time linear in the kenmerk.
  it.each([
    ['(\\d|\\d)*-\\d{6}', '1-123456', '1'.repeat(41)],
    ['(a|aa)+b', 'ab', 'a'.repeat(41)],
    ['(\\w|\\d)+#', 'a#', '1'.repeat(41)],
  ])(
    '%s is accepted and answers a 41-character kenmerk at once',
    { timeout: 10_000 },
    (expressie, voorbeeld, kenmerk) => {
      const r = rule({ expressie, voorbeeld });
      expect(r.fits(voorbeeld)).toBe(true);
      expect(r.fits(kenmerk)).toBe(false);
      expect(r.next([voorbeeld], '2026-01-01')).toBeUndefined();
      expect(r.example('2026-01-01')).toBe(voorbeeld);
    },
  );

  it('needs a voorbeeld that fits', () => {
    expect(problems({ expressie: '[A-Z]{2}-\\d+' })).toEqual([
      ['voorbeeld', 'bij een expressie hoort een voorbeeld van een kenmerk dat past'],
    ]);
    expect(problems({ expressie: '[A-Z]{2}-\\d+', voorbeeld: 'ab-1' })).toEqual([
      ['voorbeeld', 'het voorbeeld past niet bij de expressie'],
    ]);
  });

  it('refuses what RE2 cannot run, such as lookahead and backreferences', () => {
    for (const expressie of ['(?=a)a', '(a)\\1', '(a']) {
      expect(problems({ expressie, voorbeeld: 'a' })).toEqual([
        ['expressie', expect.stringContaining('RE2') as string],
      ]);
    }
  });
});

describe('the kenmerk in a memo', () => {
  async function huisstijlWith(kenmerk: unknown): Promise<Huisstijl> {
    const json = JSON.parse(await readFile(join(HUISSTIJL, 'huisstijl.json'), 'utf8')) as object;
    return Huisstijl.parse({ ...json, kenmerk });
  }

  it('the shipped huisstijl has a pattern that the examples fit', async () => {
    const memo = await baseMemo('informatienota');
    expect(rule((await assets()).huisstijl.kenmerk).fits(memo.kenmerk)).toBe(true);
  });

  it('an expression must match the whole kenmerk, not a part of it', async () => {
    const loaded = await assets();
    const huisstijl = await huisstijlWith({ expressie: '\\d{4}', voorbeeld: '2026' });
    const memo = { ...(await baseMemo('raadsmededeling')), kenmerk: 'x2026<>' };
    const issues = await issuesOf(() => buildDocument(memo, { ...loaded, huisstijl }));
    expect(issues).toEqual([
      {
        path: 'kenmerk',
        message: '"x2026<>" past niet bij het kenmerkpatroon van de gemeente (bijvoorbeeld 2026)',
      },
    ]);
  });

  it('a kenmerk that does not fit is refused with an example of the memo’s year', async () => {
    const memo = { ...(await baseMemo('informatienota')), kenmerk: '2026/4512', datum: '2027-02-01' };
    const loaded = await assets();
    const issues = await issuesOf(() => buildDocument(memo, loaded));
    expect(issues).toEqual([
      {
        path: 'kenmerk',
        message: '"2026/4512" past niet bij het kenmerkpatroon van de gemeente (bijvoorbeeld 2027-000001)',
      },
    ]);
  });
});
