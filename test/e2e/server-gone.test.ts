import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { EXAMPLES } from '../helpers/assets.js';
import { accessibilityViolations, describeInBrowser, openPage, screenshot } from '../helpers/browser.js';

// Chromium, the server and the other suites share two cores: a screen may take seconds to answer under that load.
vi.setConfig({ testTimeout: 180_000 });

describeInBrowser('the app when its server is gone', 'per suite', (ui) => {
  it('says so in Dutch above the screen, and keeps what the user chose', async () => {
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Lijst inlezen' })
      .click();
    await page.getByLabel('Lijst van de griffie').setInputFiles(join(EXAMPLES, 'import', 'moties.csv'));
    await page.getByRole('heading', { name: 'Kolomindeling' }).waitFor();
    await page.getByLabel('Portefeuillehouder').selectOption({ label: 'niet inlezen' });
    await page.getByLabel('Termijn').selectOption({ label: 'Datum aangenomen' });
    expect(await page.getByRole('alert').count()).toBe(0);

    await ui.app.server.close();
    await page.getByRole('button', { name: 'Controleren' }).click();

    const banner = page.getByRole('alert').filter({ hasText: 'Raadsnota is niet bereikbaar' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Wat u in een formulier hebt getypt, staat er nog.');
    expect(await page.getByRole('region', { name: 'Dat is niet gelukt' }).textContent()).toContain(
      'De server van Raadsnota antwoordt niet',
    );
    // Nothing the user chose is lost: the file, the kolomindeling as changed, and the buttons work again.
    expect(await page.getByLabel('Portefeuillehouder').inputValue()).toBe('');
    expect(await page.getByLabel('Termijn').inputValue()).toBe('Datum aangenomen');
    expect(await page.getByText('moties.csv: 5 rijen').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Controleren' }).isEnabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'server-weg');
    // The browser logs the refused connection itself; the page raised nothing of its own.
    expect(errors.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);
  });
});
