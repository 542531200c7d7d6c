import type { Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import type { Context } from '../../api/context.js';
import { call } from '../helpers/api.js';
import { accessibilityViolations, describeInBrowser, openPage, screenshot } from '../helpers/browser.js';

async function addMotie(ctx: Context) {
  return call(ctx, 'register.add', {
    soort: 'motie',
    nummer: 'M-12',
    nummerreeks: '2026',
    titel: 'Bankjes in het park',
    vergadering: 'Raad 10 november 2026',
    agendapunt: '7. Openbare ruimte',
    datumAangenomen: '2026-11-10',
    portefeuillehouder: 'J. de Vries',
    indieners: ['GroenLinks', 'D66'],
    dictum: 'verzoekt het college bankjes te plaatsen',
    termijn: '2027-03-01',
    status: 'open',
  });
}

async function addToezegging(ctx: Context, nummer: string, omschrijving: string) {
  return call(ctx, 'register.add', {
    soort: 'toezegging',
    nummer,
    nummerreeks: '2026',
    omschrijving,
    vergadering: 'Raad 10 november 2026',
    gedaanDoor: 'wethouder Bakker',
    gedaanOp: '2026-11-10',
    portefeuillehouder: 'M. Bakker',
    termijn: '2026-12-01',
    status: 'open',
  });
}

/**
 * Goes to a place in the app as a link does. Playwright's goto to another fragment of the same page fires no
 * hashchange in this Chromium, so the address is set from the page.
 */
async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
}

async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
}

/** The history table's rows as text, oldest first. */
async function history(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: 'Historie' }).getByRole('row').allTextContents();
}

// Chromium, the server and the other suites share two cores: a screen may take seconds to answer under that load.
vi.setConfig({ testTimeout: 120_000, expect: { poll: { timeout: 15_000 } } });

describeInBrowser("an item's page in the browser", 'per test', (ui) => {
  it('edits a motie: an empty titel refused at its field before sending, the saved value there after a reload', async () => {
    const motie = await addMotie(ui.app.ctx);
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/register/motie/${motie.id}`);
    await expect.poll(() => heading(page)).toBe('Motie M-12');
    const titel = page.getByLabel('Titel', { exact: true });
    expect(await titel.inputValue()).toBe('Bankjes in het park');
    expect(await page.getByLabel('Indieners').inputValue()).toBe('GroenLinks\nD66');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'register-item');

    await titel.fill('   ');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const message = page.locator('#gegevens-titel-fout');
    await expect.poll(() => message.textContent()).toContain('leeg');
    expect(await titel.getAttribute('aria-invalid')).toBe('true');
    expect((await titel.getAttribute('aria-describedby')) ?? '').toContain('gegevens-titel-fout');
    const summary = page.getByRole('link', { name: /^Titel: / });
    expect(await summary.textContent()).toContain('leeg');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'register-item-fout');
    await summary.click();
    expect(await page.locator(':focus').getAttribute('id')).toBe('gegevens-titel');
    const stored = await call(ui.app.ctx, 'register.get', { soort: 'motie', id: motie.id });
    expect(stored.item).toMatchObject({ titel: 'Bankjes in het park' });

    await titel.fill('Bankjes en prullenbakken in het park');
    await page.getByLabel('Agendapunt').fill('');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => page.getByText('Opgeslagen.').count()).toBe(1);
    expect(await titel.getAttribute('aria-invalid')).not.toBe('true');
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Titel', { exact: true }).inputValue())
      .toBe('Bankjes en prullenbakken in het park');
    expect(await page.getByLabel('Agendapunt').inputValue()).toBe('');
    const saved = await call(ui.app.ctx, 'register.get', { soort: 'motie', id: motie.id });
    expect(saved.item).toMatchObject({ titel: 'Bankjes en prullenbakken in het park', status: 'open' });
    expect(saved.item).not.toHaveProperty('agendapunt');
    expect(errors).toEqual([]);
  });

  it("shows the server's refusal at its field: a nummer another motie has, a nummerreeks against the setting", async () => {
    const motie = await addMotie(ui.app.ctx);
    await call(ui.app.ctx, 'register.add', {
      soort: 'motie',
      nummer: 'M-13',
      nummerreeks: '2026',
      titel: 'Een andere motie',
      vergadering: 'Raad 10 november 2026',
      status: 'open',
    });
    const { page } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/register/motie/${motie.id}`);
    const nummer = page.getByLabel('Nummer', { exact: true });
    await nummer.fill('M-13');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => nummer.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#gegevens-nummer-fout').textContent()).toContain('M-13');
    // The nummerreeks is held to the numbering setting (per jaar: the year the motie was adopted, 2026).
    await nummer.fill('M-12');
    const reeks = page.getByLabel('Nummerreeks');
    expect(await reeks.inputValue()).toBe('2026');
    await reeks.fill('2025');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => reeks.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#gegevens-nummerreeks-fout').textContent()).toContain('2026');
    expect(await nummer.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('marks a toezegging afgedaan with a reason, and another deels afgedaan with a new termijn, each in the history', async () => {
    const eerste = await addToezegging(
      ui.app.ctx,
      'T-1',
      'De wethouder stuurt de raad een overzicht van de kosten.',
    );
    const tweede = await addToezegging(
      ui.app.ctx,
      'T-2',
      'De wethouder praat met de ondernemers op de Markt.',
    );
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/register/toezegging/${eerste.id}`);
    await expect.poll(() => heading(page)).toBe('Toezegging T-1');
    await page.getByLabel('Nieuwe status').selectOption('afgedaan');
    const reden = page.getByLabel('Reden van afdoening');
    // Without a memo linked, the written reason is the way to afdoen; sending it empty is refused at its field.
    await page.getByRole('button', { name: 'Status opslaan' }).click();
    await expect.poll(() => reden.getAttribute('aria-invalid')).toBe('true');
    await reden.fill('Het overzicht is in de raadsinformatiebrief van 1 december gestuurd.');
    await page.getByLabel('Datum van afdoening').fill('2026-12-04');
    await page.getByRole('button', { name: 'Status opslaan' }).click();
    await expect.poll(() => history(page)).toContainEqual(expect.stringContaining('Status: open → afgedaan'));
    expect((await history(page)).join('\n')).toContain('testgebruiker');
    const afgedaan = await call(ui.app.ctx, 'register.get', { soort: 'toezegging', id: eerste.id });
    expect(afgedaan.item.status).toBe('afgedaan');
    expect(afgedaan.item.afdoening).toEqual({
      datum: '2026-12-04',
      reden: 'Het overzicht is in de raadsinformatiebrief van 1 december gestuurd.',
    });
    // An afgedaan item offers to reopen it, with its reason.
    await page.getByRole('button', { name: 'Heropenen' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'register-item-afgedaan');

    await go(page, `#/register/toezegging/${tweede.id}`);
    await expect.poll(() => heading(page)).toBe('Toezegging T-2');
    await page.getByLabel('Nieuwe status').selectOption('deels afgedaan');
    // Without the new termijn the server refuses, and says so at the termijn.
    await page.getByRole('button', { name: 'Status opslaan' }).click();
    const termijn = page.getByLabel('Nieuwe termijn');
    await expect.poll(() => termijn.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#status-termijn-fout').textContent()).toContain('nieuwe termijn');
    await termijn.fill('2027-02-01');
    await page
      .getByRole('form', { name: 'Status veranderen' })
      .getByLabel('Toelichting voor de historie')
      .fill('De eerste gesprekken zijn gevoerd.');
    await page.getByRole('button', { name: 'Status opslaan' }).click();
    await expect
      .poll(() => history(page))
      .toContainEqual(expect.stringContaining('Termijn: 1 december 2026 → 1 februari 2027'));
    expect((await history(page)).join('\n')).toContain('Status: open → deels afgedaan');
    const deels = await call(ui.app.ctx, 'register.get', { soort: 'toezegging', id: tweede.id });
    expect(deels.item).toMatchObject({ status: 'deels afgedaan', termijn: '2027-02-01' });
    // The one refusal (deels afgedaan without a termijn) is an answer of 422, which the browser logs itself.
    expect(errors).toEqual([expect.stringContaining('422')]);
  });

  it('lists the memo that answers a motie, and marks the motie afgedaan with it', async () => {
    const motie = await addMotie(ui.app.ctx);
    const nota = await call(ui.app.ctx, 'memos.create', {
      type: 'informatienota',
      onderwerp: 'Bankjes in de parken van de stad',
    });
    await call(ui.app.ctx, 'memos.link', { id: nota.nota.id, soort: 'motie', itemId: motie.id });
    const { page } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/register/motie/${motie.id}`);
    const memos = page.getByRole('region', { name: "Nota's die het beantwoorden" });
    await expect.poll(() => memos.textContent()).toContain('Bankjes in de parken van de stad');
    await page.getByLabel('Nieuwe status').selectOption('afgedaan');
    expect(await page.getByLabel('de nota die het beantwoordt').isChecked()).toBe(true);
    expect(await page.getByLabel('Nota die het beantwoordt').locator('option').allTextContents()).toEqual([
      expect.stringContaining('Bankjes in de parken van de stad'),
    ]);
    await page.getByLabel('Datum van afdoening').fill('2026-12-05');
    await page.getByRole('button', { name: 'Status opslaan' }).click();
    await expect.poll(() => history(page)).toContainEqual(expect.stringContaining('Status: open → afgedaan'));
    const stored = await call(ui.app.ctx, 'register.get', { soort: 'motie', id: motie.id });
    expect(stored.item.afdoening).toEqual({ datum: '2026-12-05', memoId: nota.nota.id });
  });

  it('gives a motie another termijn, the old one kept in the history with the reason', async () => {
    const motie = await addMotie(ui.app.ctx);
    const { page } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/register/motie/${motie.id}`);
    const form = page.getByRole('form', { name: 'Termijn veranderen' });
    await form.getByLabel(/^Termijn/).fill('2027-04-01');
    await form.getByLabel('Toelichting voor de historie').fill('Uitgesteld tot na de voorjaarsnota.');
    await form.getByRole('button', { name: 'Termijn opslaan' }).click();
    await expect
      .poll(() => history(page))
      .toContainEqual(expect.stringContaining('Termijn: 1 maart 2027 → 1 april 2027'));
    expect((await history(page)).join('\n')).toContain('Uitgesteld tot na de voorjaarsnota.');
    const stored = await call(ui.app.ctx, 'register.get', { soort: 'motie', id: motie.id });
    expect(stored.item.termijn).toBe('2027-04-01');
  });

  it('asks before leaving an edited form; staying keeps the typing, leaving goes', async () => {
    const motie = await addMotie(ui.app.ctx);
    const { page } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/register/motie/${motie.id}`);
    const titel = page.getByLabel('Titel', { exact: true });
    await titel.waitFor();
    await titel.fill('Bankjes, half getypt');
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Register' }).click();
    await expect.poll(() => questions).toHaveLength(1);
    expect(questions[0]).toContain('niet zijn opgeslagen');
    expect(page.url()).toContain(`#/register/motie/${motie.id}`);
    expect(await titel.inputValue()).toBe('Bankjes, half getypt');

    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Register' }).click();
    await expect.poll(() => heading(page)).toBe('Moties en toezeggingen');
    expect(questions).toHaveLength(2);
  });

  it('says a motie that is not there is not found, with a way back', async () => {
    const { page } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/register/motie/999`);
    await expect.poll(() => heading(page)).toBe('Motie niet gevonden');
    await page.getByRole('link', { name: 'Terug naar het register' }).click();
    await expect.poll(() => heading(page)).toBe('Moties en toezeggingen');
  });
});
