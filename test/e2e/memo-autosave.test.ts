import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { afterEach, expect, it, vi } from 'vitest';
import { call } from '../helpers/api.js';
import { accessibilityViolations, describeInBrowser, openPage, screenshot } from '../helpers/browser.js';
import { freePort, startServeProcess, type ServeProcess } from '../helpers/serve-process.js';

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
}

function kernboodschap(page: Page) {
  return page.getByRole('textbox', { name: 'Kernboodschap', exact: true });
}

async function saveStatus(page: Page): Promise<string> {
  return (await page.locator('.rn-editor-bar__save').textContent()) ?? '';
}

interface Sectie {
  sleutel?: string;
  inhoud: string;
}

const kernOf = (secties: readonly Sectie[]): string | undefined =>
  secties.find((sectie) => sectie.sleutel === 'kernboodschap')?.inhoud;

/**
 * Every memos.update the page made that the server answered with success: the text of the last one is what was typed
 * before the last autosave.
 */
function watchSaves(page: Page): { kern: () => string | undefined } {
  let last: string | undefined;
  page.on('response', (response: Response) => {
    if (!response.url().endsWith('/api/memos.update') || response.status() !== 200) return;
    const body = response.request().postDataJSON() as { nota: { secties: Sectie[] } };
    last = kernOf(body.nota.secties);
  });
  return { kern: () => last };
}

const PLAIN = 'Wat er voor de laatste autosave stond. Wat er daarna nog bij kwam.';
const TYPED = `<p>${PLAIN}</p>`;

/** The memo's current version as the register file holds it, read with SQLite itself, past every server. */
function readRegister(dbPath: string): { secties: Sectie[] } {
  const db = new Database(dbPath, { readonly: true });
  try {
    const row = db
      .prepare('SELECT inhoud FROM memo_versies WHERE memo_id = 1 ORDER BY versie DESC LIMIT 1')
      .get() as { inhoud: string };
    return JSON.parse(row.inhoud) as { secties: Sectie[] };
  } finally {
    db.close();
  }
}

// Chromium, the server and the other suites share two cores: a screen may take seconds to answer under that load.
vi.setConfig({ testTimeout: 180_000, expect: { poll: { timeout: 20_000 } } });

describeInBrowser('autosave in the browser', 'per test', (ui) => {
  it('saves by itself, and a second window on the same memo gets a conflict, never a silent overwrite', async () => {
    const created = await call(ui.app.ctx, 'memos.create', { type: 'informatienota', onderwerp: 'Zwemles' });
    const id = created.nota.id;
    const first = await openPage(ui.browser, ui.app.url);
    const second = await openPage(ui.browser, ui.app.url);
    for (const { page } of [first, second]) {
      await go(page, `#/memos/${id}`);
      await kernboodschap(page).waitFor();
    }

    await kernboodschap(first.page).click();
    await first.page.keyboard.type('Tekst uit het eerste venster.');
    await expect.poll(() => saveStatus(first.page)).toMatch(/^Opgeslagen om \d\d:\d\d$/);
    expect(await first.page.getByRole('status').filter({ hasText: 'Opgeslagen om' }).count()).toBe(1);

    await kernboodschap(second.page).click();
    await second.page.keyboard.type('Tekst uit het tweede venster.');
    const alert = second.page.getByRole('alert').filter({ hasText: 'intussen ergens anders gewijzigd' });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await saveStatus(second.page)).toBe(
      'Niet opgeslagen: de nota is intussen ergens anders gewijzigd',
    );
    expect(await alert.textContent()).toMatch(/u bewerkte revisie \d+, het register heeft revisie \d+/);
    // The writer's text stays on screen and aside on this computer; the register keeps the other window's.
    expect(await kernboodschap(second.page).textContent()).toContain('Tekst uit het tweede venster.');
    const aside = await second.page.evaluate<string>(
      `localStorage.getItem('raadsnota.nota.${id}.niet-opgeslagen')`,
    );
    expect(aside).toContain('Tekst uit het tweede venster.');
    let stored = await call(ui.app.ctx, 'memos.get', { id });
    expect(kernOf(stored.document.secties)).toContain('Tekst uit het eerste venster.');
    expect(kernOf(stored.document.secties)).not.toContain('tweede');
    expect(await accessibilityViolations(second.page, ['.rn-preview__document'])).toEqual([]);
    await screenshot(second.page, 'memo-conflict');

    // Only when the writer says so does their text go over the other change.
    await alert.getByRole('button', { name: 'Mijn tekst opslaan over de andere wijziging heen' }).click();
    await expect.poll(() => saveStatus(second.page)).toMatch(/^Opgeslagen om/);
    stored = await call(ui.app.ctx, 'memos.get', { id });
    expect(kernOf(stored.document.secties)).toContain('Tekst uit het tweede venster.');
    expect(
      await second.page.evaluate(`localStorage.getItem('raadsnota.nota.${id}.niet-opgeslagen')`),
    ).toBeNull();

    // The first window, stale now, is told the same when it types on, and may drop its typing for what is stored.
    await kernboodschap(first.page).click();
    await first.page.keyboard.type(' Nog meer.');
    const firstAlert = first.page.getByRole('alert').filter({ hasText: 'intussen ergens anders gewijzigd' });
    await expect.poll(() => firstAlert.count()).toBe(1);
    await firstAlert.getByRole('button', { name: /weggooien/ }).click();
    await expect
      .poll(() => kernboodschap(first.page).textContent())
      .toContain('Tekst uit het tweede venster.');
    expect(await saveStatus(first.page)).toBe('Alles is opgeslagen');
  });

  it('in a section of thousands of words, never says "opgeslagen" while a keystroke is held back, and saves it', async () => {
    const created = await call(ui.app.ctx, 'memos.create', { type: 'informatienota' });
    const id = created.nota.id;
    const sentence =
      'De gemeente heeft het plan voor de wijk in twee jaar samen met de bewoners uitgevoerd. ';
    const long = `<p>${sentence.repeat(6).trim()}</p>`.repeat(200);
    const secties = created.document.secties.map((sectie) =>
      sectie.sleutel === 'kernboodschap' ? { ...sectie, inhoud: long } : sectie,
    );
    expect(secties.map((sectie) => sectie.inhoud)).toContain(long);
    await call(ui.app.ctx, 'memos.update', {
      id,
      revisie: created.nota.revisie,
      nota: { ...created.document, secties },
    });
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/memos/${id}`);
    await kernboodschap(page).locator('p').last().click();
    await page.keyboard.press('Control+End');
    // The first keystroke goes out at once and teaches the editor that writing this section's HTML is slow.
    await page.keyboard.type(' Klaar');
    await expect.poll(() => saveStatus(page)).toMatch(/^Opgeslagen om/);
    // From now on the editor holds each keystroke back until the writer pauses (change-writer.ts): the status may
    // say "opgeslagen" only for text the register has (on a fast machine it says at once that a save is coming).
    const kernNow = async () => kernOf((await call(ui.app.ctx, 'memos.get', { id })).document.secties);
    await page.keyboard.type('!');
    const status = await saveStatus(page);
    if (/opgeslagen om|alles is opgeslagen/i.test(status)) expect(await kernNow()).toMatch(/Klaar!<\/p>$/);
    await expect.poll(() => saveStatus(page)).toMatch(/^Opgeslagen om/);
    expect(await kernNow()).toMatch(/uitgevoerd\. Klaar!<\/p>$/);
    expect(errors).toEqual([]);
  });

  it('saves what was typed before leaving the screen, without asking', async () => {
    const created = await call(ui.app.ctx, 'memos.create', { type: 'informatienota' });
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    let asked = false;
    page.on('dialog', (dialog) => {
      asked = true;
      void dialog.dismiss();
    });
    await go(page, `#/memos/${created.nota.id}`);
    await kernboodschap(page).click();
    await page.keyboard.type('Net getypt.');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Nota's" }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe("Nota's");
    const stored = await call(ui.app.ctx, 'memos.get', { id: created.nota.id });
    expect(kernOf(stored.document.secties)).toBe('<p>Net getypt.</p>');
    expect(asked).toBe(false);
    expect(errors).toEqual([]);
  });
});

describeInBrowser('the kill test', 'per suite', (ui) => {
  let dir: string | undefined;
  let server: ServeProcess | undefined;
  afterEach(async () => {
    await server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('kills the server mid-edit: the register holds what was typed before the last autosave, and reopening shows it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'raadsnota-kill-'));
    const dbPath = join(dir, 'register.sqlite');
    const port = await freePort();
    server = await startServeProcess(dbPath, port);
    const { page } = await openPage(ui.browser, server.url);
    const saves = watchSaves(page);
    await go(page, '#/memos');
    await page.getByRole('button', { name: 'Nieuwe informatienota' }).click();
    await kernboodschap(page).click();
    await page.keyboard.type('Wat er voor de laatste autosave stond.');
    await expect.poll(() => saveStatus(page)).toMatch(/^Opgeslagen om/);
    await page.keyboard.type(' Wat er daarna nog bij kwam.');
    await server.kill();

    // The register file, read directly: exactly the text of the last save the server answered.
    const held = kernOf(readRegister(dbPath).secties);
    expect(held).toBe(saves.kern());
    expect(held).toContain('Wat er voor de laatste autosave stond.');

    // Restarted on the same register (and port: the same origin, whose storage kept the typing aside).
    server = await startServeProcess(dbPath, port);
    // The address with the new token, loaded anew; the old page goes first (what it had not saved is kept aside).
    await page.goto('about:blank');
    await page.goto(server.url);
    await go(page, '#/memos/1');
    await expect.poll(() => kernboodschap(page).textContent()).toBe((held ?? '').replace(/<[^>]+>/g, ''));
    // What the killed server never got was kept aside on this computer, and is offered back.
    const offer = page.getByRole('alert').filter({ hasText: 'nog niet was opgeslagen' });
    if (held === TYPED) {
      expect(await offer.count()).toBe(0);
    } else {
      await expect.poll(() => offer.count()).toBe(1);
      await offer.getByRole('button', { name: 'Bewaarde tekst terugzetten' }).click();
      await expect.poll(() => kernboodschap(page).textContent()).toBe(PLAIN);
      await expect.poll(() => saveStatus(page)).toMatch(/^Opgeslagen om/);
      expect(kernOf(readRegister(dbPath).secties)).toBe(TYPED);
    }
  });
});
