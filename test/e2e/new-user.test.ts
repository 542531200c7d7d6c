// The "Done when" as one journey, in the words a new user sees: from an empty register, through the screens
// only, to the griffie's lists imported and an item found by a word typed without its accents and marked afgedaan. The
// example lists' one motie with accents in its words is afgedaan already; their toezegging 103 (financiële) is not.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { dispatch } from '../../api/dispatch.js';
import { EXAMPLES } from '../helpers/assets.js';
import { describeInBrowser, openPage } from '../helpers/browser.js';

const REDEN = 'Beantwoord in de raadsinformatiebrief over de sportverenigingen.';

describeInBrowser('a new user', 'per suite', (ui) => {
  it('imports the lists, finds an item by a word without its accents, and marks it afgedaan', async () => {
    const { page } = await openPage(ui.browser, ui.app.url);
    for (const list of ['moties.csv', 'toezeggingen.xlsx']) {
      await page.getByRole('link', { name: 'Lijst inlezen' }).first().click();
      await page.getByLabel('Lijst van de griffie').setInputFiles(join(EXAMPLES, 'import', list));
      await page.getByRole('button', { name: 'Controleren' }).click();
      await page.getByRole('button', { name: 'Inlezen' }).click();
      await page
        .getByRole('region', { name: 'Ingelezen' })
        .getByRole('link', { name: 'Naar het register' })
        .click();
    }
    await expect.poll(() => page.getByText('9 gevonden').count()).toBe(1);

    // "Financiële" in the register, "financiele" typed: the motie and the toezegging, nothing else.
    await page.getByLabel('Zoeken', { exact: true }).fill('financiele');
    await expect.poll(() => page.getByText('2 gevonden').count()).toBe(1);
    await page.getByRole('link', { name: 'Financiële ruimte voor het buurthuis' }).waitFor();
    await page.getByRole('link', { name: /financiële positie van de sportverenigingen/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Toezegging 103' }).waitFor();

    await page.getByLabel('Nieuwe status').selectOption('afgedaan');
    await page.getByLabel('Reden van afdoening').fill(REDEN);
    await page.getByLabel('Datum van afdoening').fill('2026-12-04');
    await page.getByRole('button', { name: 'Status opslaan' }).click();
    await page.getByRole('button', { name: 'Heropenen' }).waitFor();

    const found = await dispatch('register.search', { text: 'sportverenigingen' }, ui.app.ctx);
    if (!found.ok) throw new Error(found.error.message);
    expect(found.value.items).toHaveLength(1);
    expect(found.value.items[0]).toMatchObject({
      soort: 'toezegging',
      nummer: '103',
      status: 'afgedaan',
      afdoening: { datum: '2026-12-04', reden: REDEN },
    });
  });
});
