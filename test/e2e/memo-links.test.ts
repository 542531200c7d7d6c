// The editor's link picker in Chromium: linking moties and toezeggingen found in the register, the "kennis te nemen
// van" sentence as the engine prints it, the writer's own text checked at its field, a raadsvoorstel's decisions.
import type { Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import { composeKennisname } from '../../core/kennisname.js';
import { call } from '../helpers/api.js';
import { describeInBrowser, openPage, screenshot } from '../helpers/browser.js';
import { addMemo, addMotie, addToezegging, go, panelViolations } from '../helpers/memo-seed.js';

// Chromium, the server and the other suites share two cores: a screen may take seconds to answer under that load.
vi.setConfig({ testTimeout: 120_000, expect: { poll: { timeout: 15_000 } } });

const PANEL = 'section.rn-links';

const panel = (page: Page) => page.getByRole('region', { name: 'Wat deze nota beantwoordt' });

async function linked(page: Page): Promise<string[]> {
  return panel(page).getByRole('list', { name: 'Gekoppeld' }).getByRole('listitem').allTextContents();
}

async function search(page: Page, words: string): Promise<void> {
  await panel(page).getByLabel('Zoek een motie of toezegging in het register').fill(words);
  await expect
    .poll(() =>
      panel(page)
        .getByText(/gevonden/)
        .count(),
    )
    .toBeGreaterThan(0);
}

describeInBrowser('the link picker of the memo editor', 'per test', (ui) => {
  it('links two moties and a toezegging found by search, the sentence following each link, and unlinks one', async () => {
    const { ctx } = ui.app;
    await addMotie(ctx, 'M-12', 'Bankjes in het park');
    await addMotie(ctx, 'M-13', 'Meer bomen in de wijk');
    await addToezegging(ctx, 'T-4', 'de raad te informeren over de wachtlijst');
    const memo = await addMemo(ctx, 'informatienota', (c) => ({ ...c, onderwerp: 'Groen in de wijk' }));
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/memos/${memo.nota.id}`);
    await expect.poll(() => panel(page).count()).toBe(1);
    const sentence = panel(page).locator('#kennisname-voorbeeld');
    expect(await sentence.textContent()).toBe('kennis te nemen van de informatie over ‘Groen in de wijk’.');
    expect(await panel(page).getByText('Nog geen moties of toezeggingen gekoppeld.').count()).toBe(1);

    await search(page, 'bankjes');
    await panel(page).getByRole('button', { name: 'Koppel motie M-12' }).click();
    await expect
      .poll(() => linked(page))
      .toEqual([expect.stringContaining('motie M-12 Bankjes in het park')]);
    await search(page, 'bomen');
    await panel(page).getByRole('button', { name: 'Koppel motie M-13' }).click();
    await search(page, 'wachtlijst');
    await panel(page).getByRole('button', { name: 'Koppel toezegging T-4' }).click();
    await expect.poll(async () => (await linked(page)).length).toBe(3);
    // Found again, a linked item says so instead of offering the link twice.
    await search(page, 'wachtlijst');
    expect(await panel(page).getByRole('button', { name: 'Koppel toezegging T-4' }).count()).toBe(0);

    const stored = await call(ctx, 'memos.get', { id: memo.nota.id });
    expect(stored.moties.map((m) => m.nummer)).toEqual(['M-12', 'M-13']);
    expect(stored.toezeggingen.map((t) => t.nummer)).toEqual(['T-4']);
    expect(stored.nota.revisie).toBeGreaterThan(memo.nota.revisie);
    // The sentence shown is the engine's own, from the same items.
    const motie = (nummer: string, titel: string) => ({
      nummer,
      titel,
      vergadering: 'Raad 10 november 2026',
      datumAangenomen: '2026-11-10',
    });
    const toezegging = {
      nummer: 'T-4',
      omschrijving: 'de raad te informeren over de wachtlijst',
      gedaanOp: '2026-11-10',
      vergadering: 'Raad 10 november 2026',
      gedaanDoor: 'wethouder Bakker',
    };
    const expected = composeKennisname(
      'Groen in de wijk',
      [motie('M-12', 'Bankjes in het park'), motie('M-13', 'Meer bomen in de wijk')],
      [toezegging],
    );
    expect(expected).toContain('motie M-12 ‘Bankjes in het park’ (aangenomen op 10 november 2026');
    await expect.poll(() => sentence.textContent()).toBe(`kennis te nemen van ${expected}`);
    expect(await panelViolations(page, PANEL)).toEqual([]);
    await screenshot(page, 'memo-koppelingen');

    await panel(page).getByRole('button', { name: 'Maak motie M-13 los' }).click();
    await expect.poll(async () => (await linked(page)).length).toBe(2);
    await expect
      .poll(() => sentence.textContent())
      .toBe(
        `kennis te nemen van ${composeKennisname('Groen in de wijk', [motie('M-12', 'Bankjes in het park')], [toezegging])}`,
      );
    const after = await call(ctx, 'memos.get', { id: memo.nota.id });
    expect(after.moties.map((m) => m.nummer)).toEqual(['M-12']);
    expect(errors).toEqual([]);
  });

  it("takes the writer's own text instead, with the schema's message at the field until it is right", async () => {
    const { ctx } = ui.app;
    const memo = await addMemo(ctx, 'informatienota', (c) => ({ ...c, onderwerp: 'Evaluatie' }));
    const { page } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/memos/${memo.nota.id}`);
    await panel(page).getByLabel('een eigen tekst').check();
    const own = panel(page).getByLabel('Eigen tekst na “kennis te nemen van”');
    await own.fill('kennis te nemen van de evaluatie');
    await expect.poll(() => own.getAttribute('aria-invalid')).toBe('true');
    const message = panel(page).locator('#kennisname-eigen-fout');
    expect(await message.textContent()).toContain('Begint met "kennis te nemen van"');
    expect(await panelViolations(page, PANEL)).toEqual([]);
    await screenshot(page, 'memo-koppelingen-eigen-tekst');

    await own.fill('de evaluatie van het wijkgericht werken 2025.');
    await expect.poll(() => own.getAttribute('aria-invalid')).not.toBe('true');
    expect(await message.count()).toBe(0);
    // The editor saves it with the rest of the memo (autosave).
    await expect
      .poll(async () => (await call(ctx, 'memos.get', { id: memo.nota.id })).document.voorgesteldBesluit)
      .toBe('de evaluatie van het wijkgericht werken 2025.');
  });

  it("shows a raadsvoorstel's decisions numbered as its besluit carries them, the own text as the last", async () => {
    const { ctx } = ui.app;
    const memo = await addMemo(ctx, 'raadsvoorstel', (c) => ({
      ...c,
      onderwerp: 'Speelruimteplan',
      beslissingen: [
        'het Speelruimteplan 2027–2030 vast te stellen;',
        'een krediet van € 40.000 beschikbaar te stellen;',
      ],
      voorgesteldBesluit: 'de evaluatie van het vorige plan.',
    }));
    const { page } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/memos/${memo.nota.id}`);
    const decisions = panel(page).getByRole('list', { name: 'Voorgestelde beslissing' });
    await expect
      .poll(() => decisions.getByRole('listitem').allTextContents())
      .toEqual([
        'het Speelruimteplan 2027–2030 vast te stellen;',
        'een krediet van € 40.000 beschikbaar te stellen;',
        'kennis te nemen van de evaluatie van het vorige plan.',
      ]);
    expect(await panel(page).locator('ol[aria-labelledby="beslissingen-kop"] > li').count()).toBe(3);
    expect(await panel(page).locator('#kennisname-voorbeeld').count()).toBe(0);
    expect(await panelViolations(page, PANEL)).toEqual([]);
    await screenshot(page, 'memo-koppelingen-raadsvoorstel');
  });
});
