// The editor's preview in Chromium: the engine's DOCX rendered by docx-preview under the app's strict CSP, refreshed
// after an edit, with what is still missing listed; and "Opslaan als DOCX", whose file reads back with what was typed.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import { describeInBrowser, openPage, screenshot } from '../helpers/browser.js';
import { readDocx } from '../helpers/docx.js';
import { addMemo, go, importExampleMemo, panelViolations } from '../helpers/memo-seed.js';

// Chromium, the server and the other suites share two cores: a screen may take seconds to answer under that load.
vi.setConfig({ testTimeout: 120_000, expect: { poll: { timeout: 20_000 } } });

const PANEL = 'section.rn-preview';

const panel = (page: Page) => page.getByRole('region', { name: 'Voorbeeld', exact: true });
/** The rendered document: Playwright's locators reach into its (open) shadow root, where docx-preview wrote it. */
const documentOf = (page: Page) => panel(page).getByRole('document', { name: 'Voorbeeld van de nota' });
const textOf = async (page: Page): Promise<string> =>
  (await documentOf(page).locator('.docx-wrapper').allTextContents()).join('\n');

describeInBrowser('the preview of the memo editor', 'per test', (ui) => {
  it('renders the DOCX without a CSP violation, refreshes it after an edit, and saves a DOCX with what was typed', async () => {
    const id = await importExampleMemo(ui.app.ctx);
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/memos/${id}`);
    const status = panel(page).getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^Voorbeeld bijgewerkt om \d{1,2}:\d{2}:\d{2}$/);
    const rendered = documentOf(page);
    expect(await textOf(page)).toContain('Zwemles voor kinderen uit gezinnen met een laag inkomen');
    // docx-preview's CSS reached the document as constructed stylesheets, and its pictures (the logo) show.
    expect(
      await page.evaluate(
        "document.querySelector('.rn-preview__document').shadowRoot.adoptedStyleSheets.length",
      ),
    ).toBeGreaterThan(0);
    expect(await rendered.locator('img').count()).toBeGreaterThan(0);
    expect(
      await panel(page)
        .getByText(/Nog niet compleet/)
        .count(),
    ).toBe(0);
    expect(await panelViolations(page, PANEL)).toEqual([]);
    await screenshot(page, 'memo-voorbeeld');

    await page.getByRole('textbox', { name: /^Onderwerp/ }).fill('Zwemles voor alle kinderen in Voorbeeld');
    await expect.poll(() => textOf(page)).toContain('Zwemles voor alle kinderen in Voorbeeld');
    const kernboodschap = page.getByRole('textbox', { name: 'Kernboodschap' });
    await kernboodschap.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Dit is de zin die de test typte.');
    await expect.poll(() => textOf(page)).toContain('Dit is de zin die de test typte.');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel(page).getByRole('button', { name: 'Opslaan als DOCX' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const docx = readDocx(readFileSync(await download.path()));
    const text = docx.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('Zwemles voor alle kinderen in Voorbeeld');
    expect(text).toContain('Dit is de zin die de test typte.');
    expect(text).toContain('Kernboodschap');
    // No <style> element or style attribute was refused: the console would say so.
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows a new memo at once, with what is still missing listed beside it', async () => {
    const memo = await addMemo(ui.app.ctx, 'informatienota');
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/memos/${memo.nota.id}`);
    await expect
      .poll(() => panel(page).getByRole('status').textContent())
      .toMatch(/^Voorbeeld bijgewerkt om/);
    const missing = panel(page).getByRole('list', { name: /^Nog niet compleet/ });
    await expect.poll(() => missing.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await missing.textContent()).toContain('Onderwerp');
    expect(await textOf(page)).toContain('Informatienota');
    expect(await panelViolations(page, PANEL)).toEqual([]);
    await screenshot(page, 'memo-voorbeeld-onvolledig');

    // Saving refuses an incomplete memo, saying what is missing at the button.
    await panel(page).getByRole('button', { name: 'Opslaan als DOCX' }).click();
    const refusal = panel(page).getByRole('alert');
    await expect.poll(() => refusal.textContent()).toContain('Het document kan nog niet worden gemaakt');
    expect(await refusal.textContent()).toContain('Onderwerp');
    // The browser logs the refusal's status (422); nothing else went wrong.
    expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
  });
});
