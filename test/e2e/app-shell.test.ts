import { expect, it } from 'vitest';
import { accessibilityViolations, describeInBrowser, openPage, screenshot } from '../helpers/browser.js';

describeInBrowser('the app in the browser', 'per suite', (ui) => {
  it('opens on the register, with the token moved out of the address', async () => {
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('toezeggingen');
    expect(page.url()).not.toContain('token');
    expect(page.url()).toMatch(/#\/register$/);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('toezeggingen');
    expect(errors).toEqual([]);
  });

  it("shows the municipality's name and its heading colour from the huisstijl", async () => {
    const { page } = await openPage(ui.browser, ui.app.url);
    await expect.poll(() => page.getByRole('banner').textContent()).toContain('Gemeente Voorbeeld');
    // A string, run in the page: the tests' own TypeScript has no DOM.
    const colour = await page.evaluate("getComputedStyle(document.querySelector('h1')).color");
    expect(colour).toBe('rgb(31, 78, 121)');
  });

  it('names each screen in the navigation and marks where the user is', async () => {
    const { page } = await openPage(ui.browser, ui.app.url);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Instellingen' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/settings$/);
    expect(await nav.getByRole('link', { name: 'Instellingen' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Register' }).getAttribute('aria-current')).toBeNull();
  });

  it('skips to the content by keyboard without leaving the screen', async () => {
    const { page } = await openPage(ui.browser, ui.app.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/settings$/);
    await page.getByRole('link', { name: 'Naar de inhoud' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('document.activeElement.id')).toBe('inhoud');
    expect(page.url()).toMatch(/#\/settings$/);
  });

  it('refuses the page without the token with a Dutch message, and calls without it at the API', async () => {
    const { page } = await openPage(ui.browser, ui.app.server.url);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('toegangstoken');
    const answer = await page.evaluate(async () => {
      const response = await fetch('/api/register.search', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      return { status: response.status, body: (await response.json()) as { code: string; message: string } };
    });
    expect(answer.status).toBe(401);
    expect(answer.body.code).toBe('refused');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'zonder-token');
  });
});
