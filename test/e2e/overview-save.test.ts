import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, expect, it } from 'vitest';
import { dispatch } from '../../api/dispatch.js';
import { EXAMPLES } from '../helpers/assets.js';
import { accessibilityViolations, describeInBrowser, openPage, screenshot } from '../helpers/browser.js';
import { readDocx } from '../helpers/docx.js';

describeInBrowser('the stand van zaken screen', 'per test', (ui) => {
  beforeEach(async () => {
    // The example list: M-2025-01 is afgedaan, M-2025-02 still runs.
    const bestand = {
      naam: 'moties.csv',
      mediatype: 'text/csv',
      base64: readFileSync(join(EXAMPLES, 'import', 'moties.csv')).toString('base64'),
    };
    const imported = await dispatch('register.import', { bestand }, ui.app.ctx);
    if (!imported.ok) throw new Error(imported.error.message);
  });

  /** Clicks Opslaan and gives the file the browser received, by its own name. */
  async function save(page: Page): Promise<{ naam: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Opslaan' }).click(),
    ]);
    return { naam: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  }

  it('saves the running items as DOCX for the council and all of them as CSV for Excel', async () => {
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Stand van zaken' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Stand van zaken' }).waitFor();
    expect(await page.getByLabel('DOCX, voor de raad (Word)').isChecked()).toBe(true);
    expect(await page.getByLabel('Peildatum').inputValue()).toBe('');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'stand-van-zaken');

    const docx = await save(page);
    expect(docx.naam).toMatch(/\.docx$/);
    const text = readDocx(docx.bytes).documentXml;
    expect(text).toContain('M-2025-02');
    // Lopend: the afgedane motie is not in the council's report.
    expect(text).not.toContain('M-2025-01');
    await expect.poll(() => page.getByRole('status').textContent()).toContain(docx.naam);

    await page.getByLabel('CSV, voor Excel').check();
    await page.getByLabel('Alle moties en toezeggingen').check();
    await page.getByLabel('Peildatum').fill('2025-08-01');
    const csv = await save(page);
    expect(csv.naam).toMatch(/\.csv$/);
    const rows = csv.bytes.toString('utf8');
    expect(rows).toContain('M-2025-01');
    expect(rows).toContain('Veilige schoolroutes');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
