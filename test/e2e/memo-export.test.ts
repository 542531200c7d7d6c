// The export in the editor, in Chromium against `raadsnota serve`: a complete memo exported with its PDF (the steps
// shown as they come, the button held while it runs), the package downloaded and its manifest checked against its
// files; a memo that is not public marked so; an incomplete one refused with its problems, nothing written.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { PackageManifest } from '../../core/model/export.js';
import { accessibilityViolations, describeInBrowser, openPage, SCREENSHOTS_DIR } from '../helpers/browser.js';
import { addMemo, go, importExampleMemo, panelViolations, updateMemo } from '../helpers/memo-seed.js';
import { EXAMPLES } from '../helpers/assets.js';
import { describeWithTools } from '../helpers/tools.js';

// Chromium, LibreOffice, the server and the other suites share two cores: a step may take seconds under that load.
vi.setConfig({ testTimeout: 180_000, expect: { poll: { timeout: 60_000 } } });

const PANEL = 'section.rn-export';
const PREVIEW = ['.rn-preview__document'];

const panel = (page: Page) => page.getByRole('region', { name: 'Exporteren naar het BIS' });

/** Every text the panel's status line showed, recorded in the page as it changes, so that no step goes unseen. */
async function recordSteps(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__stappen = [];
    const status = document.querySelector('${PANEL} [role="status"]');
    new MutationObserver(() => {
      const text = status.textContent;
      if (text && window.__stappen.at(-1) !== text) window.__stappen.push(text);
    }).observe(status, { subtree: true, childList: true, characterData: true });
  })()`);
}

const stepsSeen = (page: Page): Promise<string[]> => page.evaluate<string[]>('window.__stappen');

/** The job folders the server made in the test's own temporary folder. */
let tmp: string;
const jobFolders = (): string[] => readdirSync(tmp).filter((name) => name.startsWith('.raadsnota-'));
const before = process.env.TMPDIR;

function useOwnTmp(dir: () => string): void {
  beforeEach(() => {
    tmp = join(dir(), 'tmp');
    mkdirSync(tmp);
    process.env.TMPDIR = tmp;
  });
  afterEach(() => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  });
}

describeWithTools(['soffice'], 'the export with its PDF', () => {
  describeInBrowser('the export panel of the memo editor, with LibreOffice', 'per test', (ui) => {
    useOwnTmp(() => ui.app.dir);

    it('exports a complete memo with its PDF, shows each step, and hands over a package whose manifest holds', async () => {
      const id = await importExampleMemo(ui.app.ctx);
      const { page, errors } = await openPage(ui.browser, ui.app.url);
      await go(page, `#/memos/${id}`);
      const button = panel(page).getByRole('button', { name: 'Exporteren' });
      await expect
        .poll(() => panel(page).getByRole('combobox', { name: 'Profiel' }).inputValue())
        .toBe('generiek');
      expect(
        await panel(page)
          .getByRole('checkbox', { name: /^PDF erbij/ })
          .isChecked(),
      ).toBe(true);
      // The example's third bijlage names a file, which the package takes from the folder given here.
      await panel(page).getByRole('textbox', { name: 'Map met de bijlagen' }).fill(EXAMPLES);
      expect(await accessibilityViolations(page, PREVIEW)).toEqual([]);

      await recordSteps(page);
      await button.click();
      const status = panel(page).getByRole('status');
      await expect.poll(() => status.textContent()).toBe('PDF maken met LibreOffice…');
      expect(await button.isDisabled()).toBe(true);
      expect(await status.getByRole('progressbar', { name: 'PDF maken met LibreOffice…' }).count()).toBe(1);

      const klaar = panel(page).getByRole('heading', { name: 'Pakket klaar' });
      await expect.poll(() => klaar.count()).toBe(1);
      const steps = await stepsSeen(page);
      expect(steps).toContain('PDF maken met LibreOffice…');
      const order = ['Document maken…', 'PDF maken met LibreOffice…', 'Pakket schrijven…'];
      expect(steps.filter((s) => order.includes(s))).toEqual(order.filter((s) => steps.includes(s)));
      expect(await button.isDisabled()).toBe(false);
      const files = panel(page).getByRole('list', { name: 'Pakket klaar' });
      const listed = await files.getByRole('listitem').allTextContents();
      for (const ending of ['.docx', '.pdf', 'metadata.json', 'diwoo.xml', 'manifest.json']) {
        expect(
          listed.some((item) => item.slice(0, item.lastIndexOf(' (')).endsWith(ending)),
          ending,
        ).toBe(true);
      }
      expect(listed.some((item) => item.startsWith('bijlagen/03 Evaluatie pilot schoolzwemmen'))).toBe(true);
      expect(await panel(page).getByText('Openbaar', { exact: true }).count()).toBe(1);
      expect(
        await panel(page)
          .getByText(/Er zit geen PDF in het pakket/)
          .count(),
      ).toBe(0);
      expect(await accessibilityViolations(page, PREVIEW)).toEqual([]);
      // The panel and the editor beside it: the full page is the whole memo, far longer than the screen.
      const box = await panel(page).boundingBox();
      if (box === null) throw new Error('the export panel is not on the page');
      const top = box.y + (await page.evaluate<number>('window.scrollY'));
      // At the top, the editor's sticky bar stays above the part shown.
      await page.evaluate('window.scrollTo(0, 0)');
      mkdirSync(SCREENSHOTS_DIR, { recursive: true });
      await page.screenshot({
        path: join(SCREENSHOTS_DIR, 'memo-export.png'),
        fullPage: true,
        clip: { x: 0, y: Math.max(0, top - 24), width: 1280, height: box.height + 48 },
      });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel(page).getByRole('button', { name: 'Downloaden' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.zip$/);
      const entries = unzipSync(new Uint8Array(readFileSync(await download.path())));
      const names = Object.keys(entries);
      const manifestName = names.find((name) => name.endsWith('manifest.json'));
      expect(manifestName).toBeDefined();
      const root = (manifestName ?? '').slice(0, -'manifest.json'.length);
      const manifest = PackageManifest.parse(
        JSON.parse(new TextDecoder().decode(entries[manifestName ?? ''])) as unknown,
      );
      expect(manifest.vertrouwelijkheidaanduiding).toBe('openbaar');
      for (const file of manifest.bestanden) {
        const bytes = entries[root + file.pad];
        expect(bytes, file.pad).toBeDefined();
        expect(
          createHash('sha256')
            .update(bytes ?? new Uint8Array())
            .digest('hex'),
          file.pad,
        ).toBe(file.sha256);
        expect(bytes?.byteLength, file.pad).toBe(file.grootte);
      }
      // Every file of the package is in the manifest, but the manifest itself.
      expect(
        names
          .filter((name) => !name.endsWith('/') && name !== manifestName)
          .map((name) => name.slice(root.length))
          .sort(),
      ).toEqual(manifest.bestanden.map((file) => file.pad).sort());
      expect(manifest.bestanden.map((file) => file.rol)).toEqual(
        expect.arrayContaining(['document', 'pdf', 'bijlage', 'metadata', 'diwoo']),
      );
      // Once taken, the job and its folder are gone.
      await expect.poll(() => jobFolders()).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

describeInBrowser('the export panel of the memo editor', 'per test', (ui) => {
  useOwnTmp(() => ui.app.dir);

  it('refuses an incomplete memo with its problems, each linked to its field, and writes nothing', async () => {
    const memo = await addMemo(ui.app.ctx, 'informatienota');
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/memos/${memo.nota.id}`);
    await expect
      .poll(() => panel(page).getByRole('combobox', { name: 'Profiel' }).inputValue())
      .toBe('generiek');
    await panel(page).getByRole('button', { name: 'Exporteren' }).click();
    const summary = panel(page).getByRole('heading', { name: 'De nota kan nog niet worden geëxporteerd' });
    await expect.poll(() => summary.count()).toBe(1);
    const onderwerp = panel(page).getByRole('link', { name: /^Onderwerp/ });
    expect(await onderwerp.count()).toBe(1);
    await onderwerp.click();
    await expect
      .poll(() => page.evaluate('document.activeElement?.id'))
      .toBe(await page.getByRole('textbox', { name: /^Onderwerp/ }).getAttribute('id'));
    expect(jobFolders()).toEqual([]);
    expect(await panelViolations(page, PANEL)).toEqual([]);
    // The browser logs the refusal's status (422); nothing else went wrong.
    expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
  });

  it('marks a package that is not public, and says why a public profile refuses it', async () => {
    const id = await importExampleMemo(ui.app.ctx);
    await updateMemo(ui.app.ctx, id, (concept) => ({
      ...concept,
      openbaarheid: { openbaar: false, grond: 'woo-5.1-2e', vertrouwelijkheidaanduiding: 'vertrouwelijk' },
    }));
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/memos/${id}`);
    const profiel = panel(page).getByRole('combobox', { name: 'Profiel' });
    await expect.poll(() => profiel.inputValue()).toBe('generiek');
    await panel(page)
      .getByRole('checkbox', { name: /^PDF erbij/ })
      .uncheck();
    await panel(page).getByRole('textbox', { name: 'Map met de bijlagen' }).fill(EXAMPLES);

    await profiel.selectOption('publicatie');
    await panel(page).getByRole('button', { name: 'Exporteren' }).click();
    // The profile refuses the memo for its openbaarheid: said at the panel, with the link to that field.
    const summary = panel(page).getByRole('heading', { name: 'De nota kan nog niet worden geëxporteerd' });
    await expect.poll(() => summary.count()).toBe(1);
    const link = panel(page).getByRole('link', { name: /^Openbaarheid/ });
    expect(await link.textContent()).toMatch(/publicatie publiceert alleen openbare nota's/);

    await profiel.selectOption('generiek');
    await panel(page).getByRole('button', { name: 'Exporteren' }).click();
    await expect.poll(() => panel(page).getByRole('heading', { name: 'Pakket klaar' }).count()).toBe(1);
    expect(await panel(page).getByText('Niet openbaar (vertrouwelijk)', { exact: true }).count()).toBe(1);
    expect(await panel(page).locator('.rn-export__name').textContent()).toMatch(/niet openbaar/i);
    // No PDF was asked for, so none is missed.
    expect(
      await panel(page)
        .getByText(/Er zit geen PDF in het pakket/)
        .count(),
    ).toBe(0);
    expect(await panelViolations(page, PANEL)).toEqual([]);
    expect(errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });

  it('says why there is no PDF when LibreOffice cannot be found, and makes the package without it', async () => {
    const id = await importExampleMemo(ui.app.ctx);
    const before = process.env.RAADSNOTA_SOFFICE;
    // The server runs in this process: a soffice that is not there is LibreOffice not installed.
    process.env.RAADSNOTA_SOFFICE = join(tmp, 'geen-soffice');
    try {
      const { page, errors } = await openPage(ui.browser, ui.app.url);
      await go(page, `#/memos/${id}`);
      await expect
        .poll(() => panel(page).getByRole('combobox', { name: 'Profiel' }).inputValue())
        .toBe('generiek');
      await panel(page).getByRole('textbox', { name: 'Map met de bijlagen' }).fill(EXAMPLES);
      await panel(page).getByRole('button', { name: 'Exporteren' }).click();
      await expect.poll(() => panel(page).getByRole('heading', { name: 'Pakket klaar' }).count()).toBe(1);
      const note = panel(page).getByText(/^Er zit geen PDF in het pakket: /);
      expect(await note.textContent()).toContain('RAADSNOTA_SOFFICE');
      const listed = await panel(page)
        .getByRole('list', { name: 'Pakket klaar' })
        .getByRole('listitem')
        .allTextContents();
      expect(listed.filter((item) => !item.startsWith('bijlagen/') && /\.pdf \(/.test(item))).toEqual([]);
      // A double click asks for the ZIP once (export.download hands it over once) and the package stays "klaar".
      const asked: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/api/export.download')) asked.push(request.url());
      });
      const downloaded = page.waitForEvent('download');
      await panel(page).getByRole('button', { name: 'Downloaden' }).dblclick();
      expect((await downloaded).suggestedFilename()).toMatch(/\.zip$/);
      expect(asked).toHaveLength(1);
      expect(await panel(page).getByRole('heading', { name: 'Pakket klaar' }).count()).toBe(1);
      await expect.poll(() => jobFolders()).toEqual([]);
      expect(await panelViolations(page, PANEL)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      if (before === undefined) delete process.env.RAADSNOTA_SOFFICE;
      else process.env.RAADSNOTA_SOFFICE = before;
    }
  });

  it('in the desktop app, offers the package for saving and then "Map openen" for the name it offered', async () => {
    const id = await importExampleMemo(ui.app.ctx);
    const context = await ui.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    try {
      // A stand-in for Electron's preload: the operation table over the local server, and "Map openen" recorded.
      await context.addInitScript(`window.raadsnota = {
        invoke: (name, input) =>
          fetch('/api/' + name, {
            method: 'POST',
            headers: { Authorization: 'Bearer ${ui.app.server.token}', 'Content-Type': 'application/json' },
            body: JSON.stringify(input),
          }).then((r) => r.json().then((body) => (r.ok ? { ok: true, value: body } : { ok: false, error: body }))),
        showSaved: (naam) => {
          window.__getoond = (window.__getoond || []).concat(naam);
          return Promise.resolve({ ok: true, value: null });
        },
      };`);
      const page = await context.newPage();
      await page.goto(`${ui.app.server.url}#/memos/${String(id)}`);
      await expect
        .poll(() => panel(page).getByRole('combobox', { name: 'Profiel' }).inputValue())
        .toBe('generiek');
      await panel(page)
        .getByRole('checkbox', { name: /^PDF erbij/ })
        .uncheck();
      await panel(page).getByRole('textbox', { name: 'Map met de bijlagen' }).fill(EXAMPLES);
      await panel(page).getByRole('button', { name: 'Exporteren' }).click();
      await expect.poll(() => panel(page).getByRole('heading', { name: 'Pakket klaar' }).count()).toBe(1);
      expect(await panel(page).getByRole('button', { name: 'Downloaden' }).count()).toBe(0);
      const open = panel(page).getByRole('button', { name: 'Map openen' });
      // Nothing saved yet, so there is no folder to open.
      expect(await open.isDisabled()).toBe(true);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel(page).getByRole('button', { name: 'Opslaan…' }).click(),
      ]);
      await open.click();
      await expect
        .poll(() => page.evaluate<string[] | undefined>('window.__getoond'))
        .toEqual([download.suggestedFilename()]);
      expect(download.suggestedFilename()).toMatch(/\.zip$/);
      expect(await panelViolations(page, PANEL)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
