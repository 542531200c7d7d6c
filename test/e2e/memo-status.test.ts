// The editor's status panel in Chromium: each step recorded with who, when and why; sending asks first, freezes
// the version, and then offers to mark what the memo answers afgedaan, through the register's rules.
import type { Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import { call } from '../helpers/api.js';
import { describeInBrowser, openPage, screenshot } from '../helpers/browser.js';
import { addMemo, addMotie, addToezegging, go, panelViolations } from '../helpers/memo-seed.js';

// Chromium, the server and the other suites share two cores: a screen may take seconds to answer under that load.
vi.setConfig({ testTimeout: 120_000, expect: { poll: { timeout: 15_000 } } });

const PANEL = 'section.rn-status';

const panel = (page: Page) => page.getByRole('region', { name: 'Status en routing' });

async function routing(page: Page): Promise<string[]> {
  return panel(page).getByRole('list', { name: 'Routing' }).getByRole('listitem').allTextContents();
}

async function step(page: Page, status: string, toelichting = ''): Promise<void> {
  await panel(page).getByLabel('Volgende stap').selectOption(status);
  await panel(page)
    .getByLabel(/Toelichting voor de routing/)
    .fill(toelichting);
  await panel(page).getByRole('button', { name: 'Status opslaan' }).click();
}

describeInBrowser('the status panel of the memo editor', 'per test', (ui) => {
  it('moves a memo on with who, when and why, sends it after a confirmation and settles what it answers', async () => {
    const { ctx } = ui.app;
    const motie = await addMotie(ctx, 'M-12', 'Bankjes in het park');
    const toezegging = await addToezegging(ctx, 'T-4', 'de raad te informeren over de wachtlijst');
    const memo = await addMemo(ctx, 'informatienota', (c) => ({
      ...c,
      onderwerp: 'Bankjes',
      datum: '2026-12-01',
    }));
    const id = memo.nota.id;
    await call(ctx, 'memos.link', { id, soort: 'motie', itemId: motie.id });
    await call(ctx, 'memos.link', { id, soort: 'toezegging', itemId: toezegging.id });
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/memos/${id}`);
    await expect.poll(() => panel(page).textContent()).toContain('Status: concept · versie 1');

    await step(page, 'ambtelijk akkoord', 'akkoord van het team');
    await expect.poll(() => panel(page).textContent()).toContain('Status: ambtelijk akkoord');
    const rows = await routing(page);
    expect(rows.at(-1)).toContain('concept → ambtelijk akkoord');
    expect(rows.at(-1)).toContain('testgebruiker');
    expect(rows.at(-1)).toContain('akkoord van het team');
    expect(rows.at(-1)).toContain('6 december 2026');
    // Only the steps the rules allow: forward, or back to concept.
    const options = await panel(page).getByLabel('Volgende stap').locator('option').allTextContents();
    expect(options).toEqual([
      'Kies een status',
      'terug naar concept',
      'portefeuillehouder akkoord',
      'B&W-besluit',
      'verzonden',
    ]);

    // Sending asks first; cancelling changes nothing.
    await panel(page).getByLabel('Volgende stap').selectOption('verzonden');
    await panel(page).getByRole('button', { name: 'Status opslaan' }).click();
    const confirmation = panel(page).getByRole('alert');
    await expect.poll(() => confirmation.textContent()).toContain('versie 1 bevroren');
    expect(await panelViolations(page, PANEL)).toEqual([]);
    await screenshot(page, 'memo-status-verzenden');
    await panel(page).getByRole('button', { name: 'Annuleren' }).click();
    expect((await call(ctx, 'memos.get', { id })).nota.status).toBe('ambtelijk akkoord');

    await panel(page).getByRole('button', { name: 'Status opslaan' }).click();
    await panel(page).getByRole('button', { name: 'Ja, verzenden' }).click();
    await expect.poll(() => panel(page).textContent()).toContain('Status: verzonden');
    expect((await routing(page)).at(-1)).toContain('ambtelijk akkoord → verzonden');
    const offer = panel(page).getByRole('region', { name: 'Beantwoorde moties en toezeggingen afdoen' });
    expect(await offer.textContent()).toContain(
      '2 moties en toezeggingen die nog niet zijn afgedaan: motie M-12, toezegging T-4',
    );
    expect(await offer.textContent()).toContain('op 1 december 2026');
    expect(await panelViolations(page, PANEL)).toEqual([]);
    await screenshot(page, 'memo-status-afdoen');

    await offer.getByRole('button', { name: 'Alle 2 afdoen' }).click();
    const result = panel(page).getByText('Afgedaan met deze nota');
    await expect.poll(() => result.count()).toBe(1);
    expect(await panel(page).getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining(['motie M-12: afgedaan', 'toezegging T-4: afgedaan']),
    );
    const settled = await call(ctx, 'register.get', { soort: 'motie', id: motie.id });
    expect(settled.item).toMatchObject({
      status: 'afgedaan',
      afdoening: { datum: '2026-12-01', memoId: id },
    });
    const stored = await call(ctx, 'memos.get', { id });
    expect(stored.nota.status).toBe('verzonden');
    expect(stored.toezeggingen[0]?.status).toBe('afgedaan');
    expect(await panelViolations(page, PANEL)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
