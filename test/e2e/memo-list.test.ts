import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import { call } from '../helpers/api.js';
import { accessibilityViolations, describeInBrowser, openPage, screenshot } from '../helpers/browser.js';
import { projectRoot } from '../helpers/tools.js';

const EXAMPLE = join(projectRoot, 'examples', 'informatienota.json');

/** Goes to a place in the app as a link does (Playwright's goto to another fragment fires no hashchange here). */
async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
}

async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
}

/** The list's rows as text, latest change first. */
async function rows(page: Page): Promise<string[]> {
  return page.locator('.rn-memo-table tbody tr').allTextContents();
}

// Chromium, the server and the other suites share two cores: a screen may take seconds to answer under that load.
vi.setConfig({ testTimeout: 120_000, expect: { poll: { timeout: 15_000 } } });

describeInBrowser('the memo list in the browser', 'per test', (ui) => {
  it('offers "Nieuwe …" for every installed memo type and opens the new concept in the editor', async () => {
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Nota's" }).click();
    await expect.poll(() => heading(page)).toBe("Nota's");
    const types = await call(ui.app.ctx, 'memos.types', {});
    for (const { type } of types.types) {
      // The buttons come with the answer of memos.types, which may arrive after the heading on a loaded machine.
      await expect.poll(() => page.getByRole('button', { name: `Nieuwe ${type}` }).count()).toBe(1);
    }
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('nog geen nota');
    await page.getByRole('button', { name: 'Nieuwe raadsvoorstel' }).click();
    await expect.poll(() => heading(page)).toBe('Nieuwe raadsvoorstel');
    expect(page.url()).toMatch(/#\/memos\/1$/);
    const stored = await call(ui.app.ctx, 'memos.get', { id: 1 });
    expect(stored.nota).toMatchObject({ type: 'raadsvoorstel', status: 'concept' });
    expect(errors).toEqual([]);
  });

  it('lists memos with type, kenmerk, status and what they answer; searches and filters by status', async () => {
    const imported = await call(
      ui.app.ctx,
      'memos.import',
      JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>,
    );
    const created = await call(ui.app.ctx, 'memos.create', {
      type: 'raadsmededeling',
      onderwerp: 'Stand van de bibliotheek',
    });
    await call(ui.app.ctx, 'memos.setStatus', { id: created.nota.id, status: 'ambtelijk akkoord' });
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await go(page, '#/memos');
    await expect.poll(() => rows(page).then((found) => found.length)).toBe(2);
    const [first, second] = await rows(page);
    expect(first).toContain('Stand van de bibliotheek');
    expect(first).toContain('raadsmededeling');
    expect(first).toContain('ambtelijk akkoord');
    expect(second).toContain('Zwemles voor kinderen');
    expect(second).toContain('2026-004512');
    await expect
      .poll(() => rows(page).then((found) => found[1]))
      .toContain('motie M-23, motie M-07, toezegging 211');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'memo-list');

    await page.getByLabel('Zoeken', { exact: true }).fill('zwemles');
    await expect.poll(() => rows(page)).toHaveLength(1);
    expect((await rows(page))[0]).toContain('Zwemles');
    await page.getByLabel('Zoeken', { exact: true }).fill('');
    await page.getByLabel('Status').selectOption('ambtelijk akkoord');
    await expect
      .poll(() => rows(page).then((found) => found.length === 1 && found[0]?.includes('bibliotheek')))
      .toBe(true);
    await page.getByLabel('Status').selectOption('verzonden');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('0 gevonden');

    await page.getByLabel('Status').selectOption('');
    await page.getByRole('link', { name: /Zwemles voor kinderen/ }).click();
    await expect.poll(() => heading(page)).toContain('Zwemles voor kinderen');
    expect(page.url()).toMatch(new RegExp(`#/memos/${imported.nota.id}$`));
    expect(errors).toEqual([]);
  });

  it('exports a memo file that reads back in as the same memo', async () => {
    const imported = await call(
      ui.app.ctx,
      'memos.import',
      JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>,
    );
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await go(page, '#/memos');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Exporteren: Zwemles/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^zwemles-voor-kinderen.*\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
    const exported = await call(ui.app.ctx, 'memos.export', { id: imported.nota.id });
    expect(file).toEqual(exported.document);

    // The file read in again through "Nota inlezen" is a second memo with the same content, opened in the editor.
    const path = join(ui.app.dir, 'terug.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, JSON.stringify(file));
    await page.getByLabel('Nota inlezen').setInputFiles(path);
    await expect.poll(() => page.url()).toMatch(/#\/memos\/2$/);
    const again = await call(ui.app.ctx, 'memos.export', { id: 2 });
    expect(again.document).toEqual(exported.document);
    expect(errors).toEqual([]);
  });

  it('refuses a file that is not a memo file, naming what is wrong, and adds nothing', async () => {
    const { page } = await openPage(ui.browser, ui.app.url);
    await go(page, '#/memos');
    const { writeFileSync } = await import('node:fs');
    const broken = join(ui.app.dir, 'kapot.json');
    writeFileSync(broken, '{ "type": "informatienota", ');
    await page.getByLabel('Nota inlezen').setInputFiles(broken);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('kapot.json is geen notabestand');
    const wrong = join(ui.app.dir, 'fout.json');
    writeFileSync(
      wrong,
      JSON.stringify({ type: 'informatienota', onderwerp: 'Fout', datum: 'gisteren', secties: [] }),
    );
    await page.getByLabel('Nota inlezen').setInputFiles(wrong);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Datum/);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect((await call(ui.app.ctx, 'memos.list', {})).total).toBe(0);
  });
});
