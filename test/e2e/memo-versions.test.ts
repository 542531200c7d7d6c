// The versions screen in Chromium: a sent version opened read-only, and two versions compared per section, word by
// word, in text (<ins>/<del> with words for a screen reader) and not by colour alone.
import { expect, it, vi } from 'vitest';
import { call } from '../helpers/api.js';
import { accessibilityViolations, describeInBrowser, openPage, screenshot } from '../helpers/browser.js';
import { addMemo, go, updateMemo } from '../helpers/memo-seed.js';

// Chromium, the server and the other suites share two cores: a screen may take seconds to answer under that load.
vi.setConfig({ testTimeout: 120_000, expect: { poll: { timeout: 15_000 } } });

describeInBrowser('the versions of a memo', 'per suite', (ui) => {
  it('opens a sent version read-only and compares it with the next, per section and per field', async () => {
    const { ctx } = ui.app;
    const memo = await addMemo(ctx, 'informatienota', (c) => ({
      ...c,
      onderwerp: 'Bankjes in het park',
      secties: c.secties.map((s) =>
        s.sleutel === 'kernboodschap'
          ? { ...s, inhoud: '<p>Wij plaatsen tien bankjes in het park.</p>' }
          : s.sleutel === 'inleiding'
            ? { ...s, inhoud: '<p>De raad vroeg om bankjes.</p>' }
            : s,
      ),
    }));
    const id = memo.nota.id;
    await call(ctx, 'memos.setStatus', { id, status: 'verzonden' });
    await updateMemo(ctx, id, (c) => ({
      ...c,
      onderwerp: 'Bankjes en bomen in het park',
      secties: [
        ...c.secties.map((s) =>
          s.sleutel === 'kernboodschap'
            ? { ...s, inhoud: '<p>Wij plaatsen twaalf bankjes in het park.</p>' }
            : s,
        ),
        { titel: 'Vervolg', inhoud: '<p>In 2027 volgen bomen.</p>' },
      ],
    }));
    expect((await call(ctx, 'memos.get', { id })).nota.versie).toBe(2);

    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/memos/${id}/versies`);
    const rows = page.getByRole('table', { name: 'Versies' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(1).textContent()).toContain('verzonden op 6 december 2026');
    expect(await rows.nth(1).textContent()).toContain('testgebruiker');
    expect(await rows.nth(2).textContent()).toContain('huidige versie (concept)');

    await page.getByRole('button', { name: 'Open versie 1' }).click();
    const version = page.getByRole('region', { name: 'Versie 1 (alleen lezen)' });
    await expect.poll(() => version.count()).toBe(1);
    expect(await version.textContent()).toContain('Wij plaatsen tien bankjes in het park.');
    expect(await version.textContent()).toContain('Bankjes in het park');
    expect(await version.locator('[contenteditable="true"], input, textarea').count()).toBe(0);
    const section = version.getByRole('textbox', { name: 'Kernboodschap (versie 1)' });
    expect(await section.getAttribute('aria-readonly')).toBe('true');

    expect(await page.getByLabel('Van versie').inputValue()).toBe('1');
    expect(await page.getByLabel('Naar versie').inputValue()).toBe('2');
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    const comparison = page.getByRole('region', { name: 'Wat veranderde van versie 1 naar versie 2' });
    await expect.poll(() => comparison.count()).toBe(1);
    expect(await comparison.locator('del').allTextContents()).toEqual(['verwijderd: tien']);
    expect(await comparison.locator('ins').allTextContents()).toEqual(['toegevoegd: twaalf']);
    // Marked by more than colour: underlined and struck through.
    expect(
      await page.evaluate("getComputedStyle(document.querySelector('.rn-diff ins')).textDecorationLine"),
    ).toBe('underline');
    expect(
      await page.evaluate("getComputedStyle(document.querySelector('.rn-diff del')).textDecorationLine"),
    ).toBe('line-through');
    expect(await comparison.textContent()).toContain('Vervolg (sectie toegevoegd)');
    expect(await comparison.textContent()).toContain('Ongewijzigd: Inleiding');
    const fields = await comparison.getByRole('row').allTextContents();
    expect(fields).toContainEqual('OnderwerpBankjes in het parkBankjes en bomen in het park');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'memo-versies');
    expect(errors).toEqual([]);
  });
});
