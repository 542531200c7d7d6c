import type { Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import { call } from '../helpers/api.js';
import { accessibilityViolations, describeInBrowser, openPage, screenshot } from '../helpers/browser.js';
import { generatedMoties, importExamples, importList } from '../helpers/register-seed.js';

/** The links of the rows in the page now (the list is virtualised: only rows in view are there). */
async function rowTitles(page: Page): Promise<string[]> {
  return page.getByTestId('register-lijst').getByRole('link').allTextContents();
}

async function count(page: Page): Promise<string> {
  return (await page.getByRole('status').first().textContent()) ?? '';
}

// Chromium, the server and the other suites share two cores: a screen may take seconds to answer under that load.
vi.setConfig({ testTimeout: 120_000, expect: { poll: { timeout: 15_000 } } });

describeInBrowser('the register list in the browser', 'per test', (ui) => {
  it('says an empty register is empty, and links to the import', async () => {
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    const link = page.getByRole('main').getByRole('link', { name: 'Lijst inlezen' });
    await link.waitFor();
    expect(await page.getByRole('main').textContent()).toContain('Het register is nog leeg');
    expect(await link.getAttribute('href')).toBe('#/register/import');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'register-leeg');
    expect(errors).toEqual([]);
  });

  it('lists the imported moties and toezeggingen by termijn, and finds a word with or without its accents', async () => {
    await importExamples(ui.app.ctx);
    const all = await call(ui.app.ctx, 'register.search', { limit: 500 });
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await expect.poll(() => count(page)).toBe(`${all.total} gevonden`);
    const shown = await rowTitles(page);
    expect(shown[0]).toContain(all.items[0]?.nummer);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'register-lijst');

    const search = page.getByLabel('Zoeken', { exact: true });
    const financieel = await call(ui.app.ctx, 'register.search', { text: 'financiele' });
    expect(financieel.total).toBe(2);
    await search.fill('financiele');
    await expect.poll(() => count(page)).toBe('2 gevonden');
    expect(await rowTitles(page)).toContainEqual(
      expect.stringContaining('Financiële ruimte voor het buurthuis'),
    );
    expect(await rowTitles(page)).toContainEqual(expect.stringContaining('financiële positie'));
    await search.fill('financiele ruimte');
    await expect
      .poll(() => rowTitles(page))
      .toEqual([expect.stringContaining('Financiële ruimte voor het buurthuis')]);
    expect(await count(page)).toBe('1 gevonden');
    await search.fill('Financiële ruimte');
    await expect.poll(() => count(page)).toBe('1 gevonden');
    expect(await rowTitles(page)).toEqual([expect.stringContaining('Financiële ruimte voor het buurthuis')]);
    await search.fill('zonnepark buurthuis schoolroutes');
    await expect.poll(() => count(page)).toBe('0 gevonden');
    expect(await rowTitles(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('never lets a slow answer to an earlier keystroke overwrite the answer to a later one', async () => {
    await importExamples(ui.app.ctx);
    const { page } = await openPage(ui.browser, ui.app.url);
    await expect.poll(() => count(page)).toMatch(/gevonden$/);
    // The search for "financiele" alone answers two seconds late, after the one for "financiele ruimte".
    let delayed = 0;
    await page.route('**/api/register.search', async (route) => {
      const body = route.request().postDataJSON() as { text?: string };
      if (body.text === 'financiele') {
        delayed++;
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
      await route.continue();
    });
    const late = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/register.search') &&
        (response.request().postDataJSON() as { text?: string }).text === 'financiele',
    );
    const search = page.getByLabel('Zoeken', { exact: true });
    await search.fill('financiele');
    await search.fill('financiele ruimte');
    await expect.poll(() => count(page)).toBe('1 gevonden');
    // The late answer (two found) comes in; once the page has handled it, the list still shows the later search.
    await late;
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)))');
    expect(delayed).toBe(1);
    expect(await count(page)).toBe('1 gevonden');
    expect(await rowTitles(page)).toEqual([expect.stringContaining('Financiële ruimte voor het buurthuis')]);
  });

  it("shows only what is te laat on the server's date, each marked in words, and filters by soort and status", async () => {
    await importExamples(ui.app.ctx);
    const overdue = await call(ui.app.ctx, 'register.search', { overdueOn: '2026-12-06', limit: 500 });
    expect(overdue.total).toBeGreaterThan(0);
    const { page } = await openPage(ui.browser, ui.app.url);
    await page.getByRole('checkbox', { name: 'Alleen te laat' }).check();
    await expect.poll(() => count(page)).toBe(`${overdue.total} gevonden`);
    const rows = page.getByTestId('register-lijst').getByRole('listitem');
    expect(await rows.count()).toBe(overdue.total);
    for (const text of await rows.allTextContents()) expect(text).toContain('Te laat');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'register-te-laat');

    await page.getByRole('checkbox', { name: 'Alleen te laat' }).uncheck();
    await page.getByLabel('Soort').selectOption('toezegging');
    await page.getByLabel('Status').selectOption('open');
    const open = await call(ui.app.ctx, 'register.search', {
      soort: 'toezegging',
      status: ['open'],
      limit: 500,
    });
    await expect.poll(() => count(page)).toBe(`${open.total} gevonden`);
    const titles = await rowTitles(page);
    expect(titles).toHaveLength(open.total);
    open.items.forEach((item, i) => {
      expect(titles[i]).toContain(`toezegging ${item.nummer}:`);
    });
  });

  it('offers the portefeuillehouders and years the register holds as filters', async () => {
    await importExamples(ui.app.ctx);
    const { page } = await openPage(ui.browser, ui.app.url);
    const holder = page.getByLabel('Portefeuillehouder');
    await expect.poll(() => holder.locator('option').allTextContents()).toContain('J. de Vries');
    await holder.selectOption('J. de Vries');
    const found = await call(ui.app.ctx, 'register.search', {
      portefeuillehouder: 'J. de Vries',
      limit: 500,
    });
    await expect.poll(() => count(page)).toBe(`${found.total} gevonden`);
    await holder.selectOption('');
    const years = await page.getByLabel('Jaar').locator('option').allTextContents();
    expect(years).toContain('2025');
    await page.getByLabel('Jaar').selectOption('2025');
    const in2025 = await call(ui.app.ctx, 'register.search', { year: 2025, limit: 500 });
    await expect.poll(() => count(page)).toBe(`${in2025.total} gevonden`);
  });

  it('scrolls a list of 3,000 moties to its end, fetching the pages on the way', async () => {
    await importList(ui.app.ctx, 'veel.csv', generatedMoties(3000));
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await expect.poll(() => count(page)).toBe('3.000 gevonden');
    expect(await page.getByTestId('register-lijst').getByRole('listitem').count()).toBeLessThan(100);
    // The list's own scrollbar, dragged to the end (as a string: the tests' types have no DOM).
    await page.evaluate('document.querySelector("[data-testid=register-lijst]").scrollTop = 1e9');
    await expect.poll(() => rowTitles(page)).toContainEqual(expect.stringContaining('M-3000'));
    const last = page.getByTestId('register-lijst').getByRole('listitem').last();
    expect(await last.getAttribute('aria-posinset')).toBe('3000');
    expect(await last.getAttribute('aria-setsize')).toBe('3000');
    expect(errors).toEqual([]);
  });

  it('reaches a row by Tab and opens it with Enter, and Tab goes on past the list', async () => {
    await importExamples(ui.app.ctx);
    const { page } = await openPage(ui.browser, ui.app.url);
    await page.getByTestId('register-lijst').getByRole('link').first().waitFor();
    await page.getByRole('checkbox', { name: 'Alleen te laat' }).focus();
    await page.keyboard.press('Tab');
    const focused = { href: (await page.locator(':focus').getAttribute('href')) ?? '' };
    expect(focused.href).toMatch(/^#\/register\/(motie|toezegging)\/\d+$/);
    // Every row is one tab stop; after the last row in the page, Tab leaves the list.
    const stops = await page.getByTestId('register-lijst').getByRole('link').count();
    for (let i = 0; i < stops; i++) await page.keyboard.press('Tab');
    expect(await page.getByTestId('register-lijst').locator(':focus').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Alleen te laat' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(focused.href);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toMatch(/^(Motie|Toezegging) /);
  });
});
