import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import { dispatch } from '../../api/dispatch.js';
import { EXAMPLES } from '../helpers/assets.js';
import { accessibilityViolations, describeInBrowser, openPage, screenshot } from '../helpers/browser.js';

describeInBrowser('the settings screen: backup and restore', 'per test', (ui) => {
  beforeEach(async () => {
    await importExample('moties.csv');
  });

  async function importExample(naam: string): Promise<void> {
    const base64 = readFileSync(join(EXAMPLES, 'import', naam)).toString('base64');
    const imported = await dispatch(
      'register.import',
      { bestand: { naam, mediatype: 'text/csv', base64 } },
      ui.app.ctx,
    );
    if (!imported.ok) throw new Error(imported.error.message);
  }

  async function total(soort: 'motie' | 'toezegging'): Promise<number> {
    const found = await dispatch('register.search', { soort }, ui.app.ctx);
    if (!found.ok) throw new Error(found.error.message);
    return found.value.total;
  }

  async function openSettings(): Promise<{ page: Page; errors: string[] }> {
    const opened = await openPage(ui.browser, ui.app.url);
    await opened.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Instellingen' })
      .click();
    await opened.page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    return opened;
  }

  it('makes a backup as a download and puts it back after asking, undoing what came after it', async () => {
    const { page, errors } = await openSettings();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'instellingen');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Reservekopie maken' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^raadsnota-reservekopie-.+\.sqlite$/);
    const backup = join(ui.app.dir, download.suggestedFilename());
    await download.saveAs(backup);
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain(download.suggestedFilename());

    // After the backup: four toezeggingen come in.
    await importExample('toezeggingen.xlsx');
    expect(await total('toezegging')).toBe(4);

    const restore = page.getByRole('region', { name: 'Reservekopie terugzetten' });
    await restore.getByLabel('Reservekopie', { exact: true }).setInputFiles(backup);
    await restore.getByRole('button', { name: 'Terugzetten…' }).click();
    // The question has the focus, and says what happens; "Nee" leaves everything as it is.
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Het hele register vervangen?');
    expect(await restore.textContent()).toContain('Het hele register wordt vervangen door de reservekopie');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'instellingen-bevestigen');
    await restore.getByRole('button', { name: 'Nee, niet terugzetten' }).click();
    expect(await restore.getByRole('button', { name: 'Ja, register vervangen' }).count()).toBe(0);
    expect(await total('toezegging')).toBe(4);

    // By keyboard this time: Tab from the question to "Ja", then Enter.
    await restore.getByRole('button', { name: 'Terugzetten…' }).click();
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Het hele register vervangen?');
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Ja, register vervangen');
    await page.keyboard.press('Enter');
    const done = restore.getByRole('heading', { name: 'Reservekopie teruggezet' });
    await done.waitFor();
    expect(await restore.textContent()).toContain(
      `Het register heeft nu de inhoud van ${download.suggestedFilename()}`,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'instellingen-teruggezet');

    expect(await total('toezegging')).toBe(0);
    expect(await total('motie')).toBe(5);
    expect(errors).toEqual([]);
  });

  it('refuses a file that is not a register in Dutch at the field, and leaves the register as it was', async () => {
    const notes = join(ui.app.dir, 'notities.sqlite');
    writeFileSync(notes, 'geen database, maar tekst die lang genoeg is om een kop te lijken'.repeat(20));
    const { page, errors } = await openSettings();
    const restore = page.getByRole('region', { name: 'Reservekopie terugzetten' });
    const input = restore.getByLabel('Reservekopie', { exact: true });
    await input.setInputFiles(notes);
    await restore.getByRole('button', { name: 'Terugzetten…' }).click();
    await restore.getByRole('button', { name: 'Ja, register vervangen' }).click();

    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    const message = await page.locator('#reservekopie-fout').textContent();
    expect(message).toMatch(/^notities\.sqlite is geen SQLite-database of is beschadigd/);
    expect(message).toContain('het register is niet veranderd');
    expect((await input.getAttribute('aria-describedby'))?.split(' ')).toContain('reservekopie-fout');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'instellingen-fout');

    expect(await total('motie')).toBe(5);
    expect(errors.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);
  });
});
