import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import type { Context } from '../../api/context.js';
import { call } from '../helpers/api.js';
import { accessibilityViolations, describeInBrowser, openPage, screenshot } from '../helpers/browser.js';
import { projectRoot } from '../helpers/tools.js';

const EXAMPLE = join(projectRoot, 'examples', 'informatienota.json');

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
}

async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
}

/** A section's editor, by the section's title (its accessible name). */
function editor(page: Page, titel: string) {
  return page.getByRole('textbox', { name: titel, exact: true });
}

async function typeIn(page: Page, titel: string, text: string): Promise<void> {
  await editor(page, titel).click();
  await page.keyboard.type(text);
}

/** The save status in the editor's bar. */
async function saveStatus(page: Page): Promise<string> {
  return (await page.locator('.rn-editor-bar__save').textContent()) ?? '';
}

async function missingLine(page: Page): Promise<string> {
  return (await page.locator('#nota-ontbreekt').textContent()) ?? '';
}

/** The example informatienota in the register, with one change to its file first. */
async function importExample(
  ctx: Context,
  change: (memo: Record<string, unknown>) => void = () => undefined,
) {
  const memo = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
  change(memo);
  return call(ctx, 'memos.import', memo);
}

/**
 * The preview's rendered document is the DOCX as docx-preview draws it (its pictures without alt text: docx-preview
 * does not carry a picture's description over); the preview panel's own suite checks it. The editor around it is
 * checked whole.
 */
const PANELS_OWN = ['.rn-preview__document'];

// Chromium, the server and the other suites share two cores: a screen may take seconds to answer under that load.
vi.setConfig({ testTimeout: 180_000, expect: { poll: { timeout: 20_000 } } });

describeInBrowser('the memo editor in the browser', 'per test', (ui) => {
  it('writes a new informatienota: the form from its fields, required marks, the missing count down to zero, free sections', async () => {
    const created = await call(ui.app.ctx, 'memos.create', { type: 'informatienota' });
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/memos/${created.nota.id}`);
    await expect.poll(() => heading(page)).toBe('Nieuwe informatienota');
    expect(await page.getByRole('heading', { name: 'Kernboodschap (verplicht)' }).count()).toBe(1);
    expect(await page.getByLabel('Afdeling (verplicht)').count()).toBe(1);
    const before = await missingLine(page);
    expect(before).toMatch(/^Nog \d+ dingen te doen: Onderwerp ontbreekt$/);
    expect(await accessibilityViolations(page, PANELS_OWN)).toEqual([]);
    await screenshot(page, 'memo-editor-nieuw');

    // The missing count's link goes to the first thing missing.
    await page.locator('#nota-ontbreekt a').click();
    expect(await page.evaluate('document.activeElement.id')).toBe('nota-onderwerp');

    await page.getByLabel('Onderwerp (verplicht)').fill('Zwemles voor alle kinderen');
    await page.getByLabel('Datum (verplicht)').fill('2026-12-10');
    await page.getByRole('button', { name: 'Kenmerk voorstellen' }).click();
    await expect.poll(() => page.getByLabel('Kenmerk (verplicht)').inputValue()).not.toBe('');
    await page.getByLabel('Portefeuillehouder (verplicht)').fill('Wethouder S. el Amrani');
    await page.getByLabel('Naam (informant 1)').fill('Joris Verhoeven');
    await page.getByLabel('E-mail (informant 1)').fill('j.verhoeven@');
    await expect
      .poll(() => page.locator('#nota-informanten-fout').textContent())
      .toContain('Nog niet opgeslagen');
    await page.getByLabel('E-mail (informant 1)').fill('j.verhoeven@voorbeeld.nl');
    await page.getByLabel('Afdeling (verplicht)').fill('Sport en Bewegen');
    await typeIn(page, 'Inleiding', 'Ieder kind moet veilig kunnen zwemmen.');
    await typeIn(page, 'Kernboodschap', 'Wij betalen de zwemles voor kinderen uit gezinnen met weinig geld.');
    await typeIn(page, 'Financiële consequenties', 'De kosten passen in het budget.');
    await typeIn(page, 'Openbaarheid', 'Toelichting bij de geheimhouding.');
    await expect.poll(() => missingLine(page)).toMatch(/Financiële consequenties ontbreekt$/);

    // Openbaarheid and financiën are choices in their sections' cards, not free text.
    await page.getByRole('group', { name: 'Financiële gevolgen?' }).getByLabel('Ja', { exact: true }).check();
    await page
      .getByRole('group', { name: 'Begrotingswijziging?' })
      .getByLabel('Nee', { exact: true })
      .check();
    await page.getByLabel('Dekking (niet verplicht)').fill('uit het budget Sport 2027');
    await page.getByLabel('Niet openbaar', { exact: true }).check();
    await page.getByLabel('Grond', { exact: true }).selectOption('gemeentewet-55');
    await expect.poll(() => missingLine(page)).toContain('Openbaarheid is nog niet goed');
    await page.getByLabel('Vertrouwelijkheidaanduiding', { exact: true }).selectOption('geheim');
    await expect.poll(() => missingLine(page)).toBe('Alles wat verplicht is, is ingevuld.');

    // Free sections in the manifest's free slot: added from the suggestions, renamed, moved, removed.
    await page.getByRole('button', { name: '+ Toelichting' }).click();
    await page.getByRole('button', { name: '+ Planning' }).click();
    await typeIn(page, 'Toelichting', 'Dit is de toelichting.');
    await typeIn(page, 'Planning', 'In 2027 beginnen wij.');
    await page.getByRole('button', { name: 'Planning omhoog' }).click();
    const titles = async (): Promise<string[]> => page.locator('.rn-section-card h2').allTextContents();
    expect(await titles()).toEqual([
      'Inleiding (verplicht)',
      'Kernboodschap (verplicht)',
      'Planning',
      'Toelichting',
      'Financiële consequenties (verplicht)',
      'Openbaarheid (verplicht)',
    ]);
    await page.locator('#nota-ontbreekt').scrollIntoViewIfNeeded();
    await page.getByLabel('Titel van de sectie').first().fill('Planning en vervolg');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Sectie Toelichting verwijderen' }).click();
    await expect.poll(() => titles()).toContain('Planning en vervolg');
    expect(await titles()).not.toContain('Toelichting');

    await expect.poll(() => saveStatus(page)).toMatch(/^Opgeslagen om \d\d:\d\d$/);
    const stored = await call(ui.app.ctx, 'memos.get', { id: created.nota.id });
    expect(stored.document).toMatchObject({
      onderwerp: 'Zwemles voor alle kinderen',
      datum: '2026-12-10',
      portefeuillehouder: 'Wethouder S. el Amrani',
      informanten: [{ naam: 'Joris Verhoeven', email: 'j.verhoeven@voorbeeld.nl' }],
      afdeling: 'Sport en Bewegen',
      financien: {
        financieleGevolgen: true,
        begrotingswijziging: false,
        dekking: 'uit het budget Sport 2027',
      },
      openbaarheid: { openbaar: false, grond: 'gemeentewet-55', vertrouwelijkheidaanduiding: 'geheim' },
    });
    expect(stored.document.kenmerk).toMatch(/\d/);
    expect(stored.document.secties.map((s) => s.sleutel ?? s.titel)).toEqual([
      'inleiding',
      'kernboodschap',
      'Planning en vervolg',
      'financiele-consequenties',
      'openbaarheid',
    ]);
    expect(stored.document.secties[1]?.inhoud).toContain('Wij betalen de zwemles');
    expect(stored.document.secties[2]?.inhoud).toContain('In 2027 beginnen wij.');
    const validity = await call(ui.app.ctx, 'memos.validate', { id: created.nota.id });
    expect(validity.onderwerp).toBe('Zwemles voor alle kinderen');
    expect(await accessibilityViolations(page, PANELS_OWN)).toEqual([]);
    await screenshot(page, 'memo-editor-gevuld');

    // Reopening shows what was saved.
    await page.reload();
    await expect.poll(() => heading(page)).toBe('informatienota: Zwemles voor alle kinderen');
    expect(await editor(page, 'Kernboodschap').textContent()).toContain('Wij betalen de zwemles');
    expect(await page.getByLabel('Afdeling (verplicht)').inputValue()).toBe('Sport en Bewegen');
    expect(errors).toEqual([]);
  });

  it("shows the register's refusal of an empty kernboodschap at the section and in the summary", async () => {
    const imported = await importExample(ui.app.ctx, (memo) => {
      const secties = memo.secties as { sleutel?: string; inhoud: string }[];
      for (const sectie of secties) if (sectie.sleutel === 'kernboodschap') sectie.inhoud = '';
    });
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/memos/${imported.nota.id}`);
    await expect.poll(() => heading(page)).toContain('Zwemles voor kinderen');
    expect(await missingLine(page)).toContain('Kernboodschap is nog leeg');
    await page.getByRole('button', { name: 'Controleren' }).click();
    const link = page.getByRole('link', { name: /^Kernboodschap: / });
    await expect.poll(() => link.textContent()).toContain('is leeg');
    const kern = editor(page, 'Kernboodschap');
    expect(await kern.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await kern.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy}`).textContent()).toContain('is leeg');
    expect(await accessibilityViolations(page, PANELS_OWN)).toEqual([]);
    await screenshot(page, 'memo-editor-fout');
    await link.click();
    expect(await page.evaluate('document.activeElement.getAttribute("aria-label")')).toBe('Kernboodschap');

    await page.keyboard.type('Alle kinderen leren zwemmen.');
    await page.getByRole('button', { name: 'Controleren' }).click();
    await expect.poll(() => page.getByText('De nota is compleet').count()).toBe(1);
    expect(await page.getByRole('link', { name: /^Kernboodschap: / }).count()).toBe(0);
    // The one refusal (422) is the check's answer, which Chromium logs as a failed request.
    expect(errors.filter((error) => !error.includes('status of 422'))).toEqual([]);
  });

  it('shows a sent memo read-only; writing on starts its next version as a concept', async () => {
    const imported = await importExample(ui.app.ctx);
    const id = imported.nota.id;
    for (const status of [
      'ambtelijk akkoord',
      'portefeuillehouder akkoord',
      'B&W-besluit',
      'verzonden',
    ] as const) {
      await call(ui.app.ctx, 'memos.setStatus', { id, status });
    }
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/memos/${id}`);
    await expect.poll(() => page.getByText('Versie 1 is verzonden en staat vast').count()).toBe(1);
    expect(await editor(page, 'Kernboodschap').getAttribute('contenteditable')).toBe('false');
    expect(await page.getByLabel('Onderwerp (verplicht)').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: 'Controleren' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Verder schrijven in versie 2' }).click();
    await typeIn(page, 'Kernboodschap', ' Er komt een vervolg.');
    await expect.poll(() => saveStatus(page)).toMatch(/^Opgeslagen om/);
    const stored = await call(ui.app.ctx, 'memos.get', { id });
    expect(stored.nota).toMatchObject({ versie: 2, status: 'concept' });
    expect(stored.document.versienummer).toBe(2);
    expect(JSON.stringify(stored.document.secties)).toContain('Er komt een vervolg.');
    expect(errors).toEqual([]);
  });

  it('a raadsvoorstel takes its numbered decisions in the form, as its besluit carries them', async () => {
    const created = await call(ui.app.ctx, 'memos.create', { type: 'raadsvoorstel' });
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await go(page, `#/memos/${created.nota.id}`);
    await expect.poll(() => heading(page)).toBe('Nieuwe raadsvoorstel');
    await page.getByLabel('Beslissing 1').fill('het Speelruimteplan 2027–2030 vast te stellen;');
    await page.getByRole('button', { name: 'Beslissing toevoegen' }).click();
    await page.getByLabel('Beslissing 2').fill('het college te vragen jaarlijks te rapporteren.');
    await page.getByLabel('Datum raadsvergadering (verplicht)').fill('2027-01-28');
    await expect.poll(() => saveStatus(page)).toMatch(/^Opgeslagen om/);
    const stored = await call(ui.app.ctx, 'memos.get', { id: created.nota.id });
    expect(stored.document).toMatchObject({
      beslissingen: [
        'het Speelruimteplan 2027–2030 vast te stellen;',
        'het college te vragen jaarlijks te rapporteren.',
      ],
      datumRaadsvergadering: '2027-01-28',
    });
    expect(await accessibilityViolations(page, PANELS_OWN)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
