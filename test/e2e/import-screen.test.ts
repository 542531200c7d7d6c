import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { dispatch } from '../../api/dispatch.js';
import { EXAMPLES } from '../helpers/assets.js';
import { accessibilityViolations, describeInBrowser, openPage, screenshot } from '../helpers/browser.js';

/** The browser's own errors, without its log line for each answer with an error status (a refused preview). */
const pageErrors = (errors: readonly string[]): string[] =>
  errors.filter((error) => !error.startsWith('Failed to load resource'));

describeInBrowser('the import screen', 'per test', (ui) => {
  async function openImport(): Promise<{ page: Page; errors: string[] }> {
    const opened = await openPage(ui.browser, ui.app.url);
    await opened.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Lijst inlezen' })
      .click();
    await opened.page.getByRole('heading', { level: 1, name: 'Lijst inlezen' }).waitFor();
    return opened;
  }

  async function chooseFile(page: Page, file: string): Promise<void> {
    await page.getByLabel('Lijst van de griffie').setInputFiles(file);
    await page.getByRole('heading', { name: 'Kolomindeling' }).waitFor();
  }

  const search = async (soort: 'motie' | 'toezegging') => {
    const found = await dispatch('register.search', { soort, limit: 50 }, ui.app.ctx);
    if (!found.ok) throw new Error(found.error.message);
    return found.value;
  };

  it('imports moties.csv with a changed kolomindeling, after its preview, with progress while it runs', async () => {
    const { page, errors } = await openImport();
    await chooseFile(page, join(EXAMPLES, 'import', 'moties.csv'));

    // The guess, as a form: each field with the file's column that fills it.
    expect(await page.getByLabel('Elke rij is een motie').isChecked()).toBe(true);
    expect(await page.getByLabel('Nummer', { exact: true }).inputValue()).toBe('Nr.');
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('Stand van zaken');
    expect(await page.getByLabel('Portefeuillehouder').inputValue()).toBe('Portefeuillehouder');
    expect(await page.getByText('moties.csv: 5 rijen').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-kolommen');

    // The user leaves the portefeuillehouder out: the preview and the import read the list that way.
    await page.getByLabel('Portefeuillehouder').selectOption({ label: 'niet inlezen' });
    await page.getByRole('button', { name: 'Controleren' }).click();
    const preview = page.getByRole('region', { name: 'Voorbeeld: wat inlezen doet' });
    await preview.waitFor();
    // The focus lands on what the step brought, for a keyboard or screen reader user.
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Voorbeeld: wat inlezen doet');
    const previewText = (await preview.textContent()) ?? '';
    expect(previewText).toContain('5 nieuw, worden toegevoegd');
    expect(previewText).toContain('0 al in het register');
    expect(previewText).toMatch(/Niet ingelezen kolommen: .*Portefeuillehouder/);
    expect(previewText).toMatch(/Niet ingelezen kolommen: .*Opmerkingen/);
    expect((await search('motie')).total).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-voorbeeld');

    // The import's answer is held until the progress has been seen: no timing involved.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/register.import', async (route) => {
      await held;
      await route.continue();
    });
    await preview.getByRole('button', { name: 'Inlezen' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Bezig met inlezen van 5 rijen…');
    expect(await page.locator('progress').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Inlezen' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Controleren' }).isDisabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    release();

    const done = page.getByRole('region', { name: 'Ingelezen' });
    await done.waitFor();
    expect(await done.textContent()).toContain('5 toegevoegd');
    expect(await page.locator('progress').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-klaar');

    const moties = await search('motie');
    expect(moties.total).toBe(5);
    expect(moties.items.map((item) => item.nummer)).toContain('M-2025-02');
    const schoolroutes = moties.items.find((item) => item.nummer === 'M-2025-02');
    expect(schoolroutes?.soort === 'motie' && schoolroutes.titel).toBe('Veilige schoolroutes');
    expect(moties.items.filter((item) => item.portefeuillehouder !== undefined)).toEqual([]);

    await done.getByRole('link', { name: 'Naar het register' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/register$/);
    expect(pageErrors(errors)).toEqual([]);
  });

  it('imports toezeggingen.xlsx as toezeggingen', async () => {
    const { page, errors } = await openImport();
    await chooseFile(page, join(EXAMPLES, 'import', 'toezeggingen.xlsx'));
    expect(await page.getByLabel('Elke rij is een toezegging').isChecked()).toBe(true);
    expect(await page.getByLabel('Omschrijving').inputValue()).not.toBe('');
    // A toezegging has no titel: the form offers only a toezegging's fields.
    expect(await page.getByLabel('Titel', { exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'Controleren' }).click();
    const preview = page.getByRole('region', { name: 'Voorbeeld: wat inlezen doet' });
    await preview.waitFor();
    expect(await preview.textContent()).toContain('4 nieuw, worden toegevoegd');
    await preview.getByRole('button', { name: 'Inlezen' }).click();
    const done = page.getByRole('region', { name: 'Ingelezen' });
    await done.waitFor();
    expect(await done.textContent()).toContain('4 toegevoegd');

    const toezeggingen = await search('toezegging');
    expect(toezeggingen.total).toBe(4);
    expect((await search('motie')).total).toBe(0);
    expect(pageErrors(errors)).toEqual([]);
  });

  it('shows every row error of a bad list with its row and column, and a missing column at its field', async () => {
    const file = join(ui.app.dir, 'fouten.csv');
    writeFileSync(
      file,
      'Nr.;Titel;Vergadering;Datum aangenomen;Termijn;Stand van zaken\n' +
        'M-1;Buurthuis;Raad;01-01-2026;morgen;open\n' +
        'M-2;Schoolroutes;Raad;32-01-2026;01-02-2026;gek\n' +
        'M-1;Bomen;Raad;01-01-2026;;open\n',
    );
    const { page, errors } = await openImport();
    await chooseFile(page, file);
    await page.getByRole('button', { name: 'Controleren' }).click();
    const refused = page.getByRole('region', { name: 'De lijst kan zo niet worden ingelezen' });
    await refused.waitFor();

    const table = refused.getByRole('table');
    expect(await table.locator('caption').textContent()).toContain('4 fouten');
    const rows = await Promise.all(
      (await table.locator('tbody tr').all()).map((tr) => tr.locator('td').allTextContents()),
    );
    expect(rows.map(([rij, kolom]) => `${rij ?? ''}/${kolom ?? ''}`)).toEqual([
      '2/Termijn',
      '3/Datum aangenomen',
      '3/Stand van zaken',
      '4/Nr.',
    ]);
    expect(rows[0]?.[2]).toContain('"morgen" is geen datum');
    expect(rows[2]?.[2]).toContain('"gek" is geen status');
    expect(await refused.textContent()).toContain('Ongeldig importbestand; er is niets ingelezen.');
    expect(await page.getByRole('button', { name: 'Inlezen' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-fouten');

    // Without a column for the titel, the refusal stands at the Titel field.
    await page.getByLabel('Titel', { exact: true }).selectOption({ label: 'niet inlezen' });
    await page.getByRole('button', { name: 'Controleren' }).click();
    const titel = page.getByLabel('Titel', { exact: true });
    await expect.poll(() => titel.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await titel.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy}`).textContent()).toContain('Er is geen kolom Titel');
    expect(await accessibilityViolations(page)).toEqual([]);

    expect((await search('motie')).total).toBe(0);
    expect(pageErrors(errors)).toEqual([]);
  });
  it('asks the kind of a list whose header does not tell it, and reads its columns as that kind', async () => {
    const file = join(ui.app.dir, 'lijst.csv');
    writeFileSync(
      file,
      'Nummer;Onderwerp;Vergadering;Datum;Status\nT-1;Brief over het zwembad;Raad;01-02-2026;open\n',
    );
    const { page, errors } = await openImport();
    await page.getByLabel('Lijst van de griffie').setInputFiles(file);
    const question = page.getByRole('group', { name: 'Wat staat er in deze lijst?' });
    await question.waitFor();
    expect(await page.getByRole('button', { name: 'Kolommen lezen' }).isDisabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-soort');

    await question.getByLabel('Toezeggingen').check();
    await page.getByRole('button', { name: 'Kolommen lezen' }).click();
    await page.getByRole('heading', { name: 'Kolomindeling' }).waitFor();
    expect(await page.getByLabel('Elke rij is een toezegging').isChecked()).toBe(true);
    expect(await page.getByLabel('Omschrijving').inputValue()).toBe('Onderwerp');
    await page.getByRole('button', { name: 'Controleren' }).click();
    const preview = page.getByRole('region', { name: 'Voorbeeld: wat inlezen doet' });
    await preview.waitFor();
    expect(await preview.textContent()).toContain('1 nieuw, worden toegevoegd');
    expect(pageErrors(errors)).toEqual([]);
  });

  it('asks before a changed kolomindeling is left behind, and keeps it when the user stays', async () => {
    const { page, errors } = await openImport();
    await chooseFile(page, join(EXAMPLES, 'import', 'moties.csv'));
    await page.getByLabel('Termijn').selectOption({ label: 'niet inlezen' });
    const questions: string[] = [];
    page.on('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Register' }).click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain('wijzigingen die nog niet zijn opgeslagen');
    expect(page.url()).toMatch(/#\/register\/import$/);
    expect(await page.getByLabel('Termijn').inputValue()).toBe('');
    expect(pageErrors(errors)).toEqual([]);
  });
});
