// The whole job of writing a memo, as a civil servant does it in the browser mode, through the screens alone: from the
// memo list to a new informatienota, its form, the moties and toezegging it answers, every section written with a
// bullet list, a table and a footnote, the missing count down to zero, a B1 hint under a long sentence, the preview,
// the DOCX saved and read back, and the memo sent with the moties afgedaan; then a raadsvoorstel whose besluit page
// carries its two decisions, and a paste from Word. The register's items are the griffie's, made beforehand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import { call } from '../helpers/api.js';
import { accessibilityViolations, describeInBrowser, openPage, screenshot } from '../helpers/browser.js';
import { readDocx, type DocxPackage } from '../helpers/docx.js';
import { addMotie, addToezegging } from '../helpers/memo-seed.js';
import { projectRoot } from '../helpers/tools.js';

// Chromium, the server and the other suites share two cores: a screen may take seconds to answer under that load.
vi.setConfig({ testTimeout: 300_000, expect: { poll: { timeout: 20_000 } } });

/** The preview's own document is docx-preview's drawing (its pictures carry no alt text); its suite checks the panel. */
const PREVIEW_DRAWING = ['.rn-preview__document'];

const SECTIONS = ['Inleiding', 'Kernboodschap', 'Financiële consequenties', 'Openbaarheid'] as const;

const LONG_SENTENCE =
  'Omdat het zwembad in de zomer langer open is kunnen er meer groepen les krijgen zodat de wachtlijst sneller ' +
  'korter wordt en ouders minder lang hoeven te wachten op een plek voor hun kind.';

const editor = (page: Page, titel: string) => page.getByRole('textbox', { name: titel, exact: true });
const toolbar = (page: Page, titel: string) => page.getByRole('toolbar', { name: `Opmaak van ${titel}` });
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const missingLine = async (page: Page) => (await page.locator('#nota-ontbreekt').textContent()) ?? '';
const saveStatus = async (page: Page) => (await page.locator('.rn-editor-bar__save').textContent()) ?? '';

/**
 * Writes a section as a writer does: a paragraph, a bullet list of two points, a footnote in a closing paragraph, and
 * a table of two columns (last, since the cursor stays in it).
 */
async function writeSection(page: Page, titel: string): Promise<void> {
  await editor(page, titel).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(`Dit is de tekst van ${titel.toLowerCase()}.`);
  await page.keyboard.press('Enter');
  await toolbar(page, titel).getByRole('button', { name: 'Opsomming', exact: true }).click();
  await page.keyboard.type(`eerste punt van ${titel.toLowerCase()}`);
  await page.keyboard.press('Enter');
  await page.keyboard.type('tweede punt');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Dit staat in een bron');
  await toolbar(page, titel).getByRole('button', { name: 'Voetnoot' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').click();
  await page.keyboard.type(`Bron bij ${titel.toLowerCase()}.`);
  await dialog.getByRole('button', { name: 'Invoegen' }).click();
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');
  await toolbar(page, titel).getByRole('button', { name: 'Tabel invoegen' }).click();
  for (const cell of ['Jaar', 'Bedrag', 'Wie', '2027', '€ 186.000', titel]) {
    await page.keyboard.type(cell);
    await page.keyboard.press('Tab');
  }
}

/** What the paste needs of the page, which the tests' types (without the DOM's) do not know. */
interface PageScope {
  DataTransfer: new () => { setData: (type: string, value: string) => void };
  ClipboardEvent: new (type: string, init: object) => object;
}
interface PageElement {
  dispatchEvent: (event: object) => boolean;
}

/** The fields every memo has, filled in as a writer does; the kenmerk as the app proposes it. */
async function fillCommonFields(page: Page, onderwerp: string): Promise<void> {
  await page.getByLabel('Onderwerp (verplicht)').fill(onderwerp);
  await page.getByLabel('Datum (verplicht)').fill('2026-12-10');
  await page.getByRole('button', { name: 'Kenmerk voorstellen' }).click();
  await expect.poll(() => page.getByLabel('Kenmerk (verplicht)').inputValue()).not.toBe('');
  await page.getByLabel('Portefeuillehouder (verplicht)').fill('Wethouder S. el Amrani');
  await page.getByLabel('Naam (informant 1)').fill('Joris Verhoeven');
}

/** The choices every memo type asks: no financial consequences (so no begrotingswijziging either), and public. */
async function chooseFinancienAndOpenbaarheid(page: Page): Promise<void> {
  await page.getByRole('group', { name: 'Financiële gevolgen?' }).getByLabel('Nee', { exact: true }).check();
  await page.getByLabel('Openbaar', { exact: true }).check();
}

/** The paragraphs under a heading of the DOCX, up to the next heading of that level. */
function underHeading(docx: DocxPackage, heading: string) {
  const start = docx.paragraphs.findIndex((p) => p.style === 'Heading1' && p.text === heading);
  const rest = docx.paragraphs.slice(start + 1);
  const end = rest.findIndex((p) => p.style === 'Heading1');
  return start < 0 ? [] : rest.slice(0, end < 0 ? undefined : end);
}

describeInBrowser('writing a memo from start to finish in the browser', 'per test', (ui) => {
  it('writes an informatienota, links what it answers, checks it, previews and saves it, and sends it', async () => {
    const { ctx } = ui.app;
    const bankjes = await addMotie(ctx, 'M-12', 'Bankjes in het park');
    const bomen = await addMotie(ctx, 'M-13', 'Meer bomen in de wijk');
    const wachtlijst = await addToezegging(ctx, 'T-4', 'de raad te informeren over de wachtlijst');
    const { page, errors } = await openPage(ui.browser, ui.app.url);

    // From the memo list to a new informatienota.
    await page.getByRole('link', { name: "Nota's" }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nieuwe informatienota' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Nieuwe informatienota');
    expect(await missingLine(page)).toMatch(/^Nog \d+ dingen te doen/);

    await fillCommonFields(page, 'Groen en spelen in de wijk');
    await page.getByLabel('Afdeling (verplicht)').fill('Openbare Ruimte');

    // The two moties and the toezegging it answers, found in the register; the sentence follows each link.
    const links = region(page, 'Wat deze nota beantwoordt');
    for (const [words, button] of [
      ['bankjes', 'Koppel motie M-12'],
      ['bomen', 'Koppel motie M-13'],
      ['wachtlijst', 'Koppel toezegging T-4'],
    ] as const) {
      await links.getByLabel('Zoek een motie of toezegging in het register').fill(words);
      await links.getByRole('button', { name: button }).click();
      await expect.poll(() => links.getByRole('button', { name: button }).count()).toBe(0);
    }
    await expect
      .poll(() => links.locator('#kennisname-voorbeeld').textContent())
      .toMatch(/motie M-12 .*motie M-13 .*toezegging T-4/);

    for (const titel of SECTIONS) await writeSection(page, titel);
    await chooseFinancienAndOpenbaarheid(page);
    await expect.poll(() => missingLine(page)).toBe('Alles wat verplicht is, is ingevuld.');

    // A long sentence gets its B1 hint, underlined at exactly that sentence once the writer pauses.
    await editor(page, 'Kernboodschap').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(LONG_SENTENCE);
    const hint = editor(page, 'Kernboodschap').locator('.b1-long-sentence');
    await expect.poll(() => hint.allTextContents()).toEqual([LONG_SENTENCE]);
    await hint.hover();
    await expect.poll(() => page.getByRole('tooltip').textContent()).toMatch(/woorden/);

    await expect.poll(() => saveStatus(page)).toMatch(/^Opgeslagen om/);
    expect(await accessibilityViolations(page, PREVIEW_DRAWING)).toEqual([]);
    await screenshot(page, 'memo-walkthrough-geschreven');

    // The preview shows the document as typed; "Opslaan als DOCX" saves it.
    const preview = region(page, 'Voorbeeld');
    await expect.poll(() => preview.getByRole('status').textContent()).toMatch(/^Voorbeeld bijgewerkt om/);
    await expect
      .poll(async () => (await preview.locator('.docx-wrapper').allTextContents()).join('\n'))
      .toContain('Bron bij kernboodschap.');
    await screenshot(page, 'memo-walkthrough-voorbeeld');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      preview.getByRole('button', { name: 'Opslaan als DOCX' }).click(),
    ]);
    const docx = readDocx(readFileSync(await download.path()));
    const body = docx.paragraphs.map((p) => p.text).join('\n');
    expect(body).toContain('Groen en spelen in de wijk');
    expect(body).toMatch(/motie M-12 ‘Bankjes in het park’.*motie M-13 ‘Meer bomen in de wijk’/s);
    expect(body).toContain('toezegging T-4 ‘de raad te informeren over de wachtlijst’');
    for (const titel of SECTIONS) {
      const own = underHeading(docx, titel);
      const lower = titel.toLowerCase();
      expect(
        own.map((p) => p.text),
        titel,
      ).toContain(`Dit is de tekst van ${lower}.`);
      const points = own.filter((p) => p.numbering !== undefined).map((p) => p.text);
      expect(points, titel).toEqual([`eerste punt van ${lower}`, 'tweede punt']);
      expect(
        // The table's third row was made by the last Tab and left empty, as in Word; the engine's typography keeps
        // "€" and its amount together with a no-break space.
        own.filter((p) => p.inTable && p.text !== '').map((p) => p.text.replace(/\u00a0/g, ' ')),
        titel,
      ).toEqual(['Jaar', 'Bedrag', 'Wie', '2027', '€ 186.000', titel]);
      const noted = own.find((p) => p.footnoteIds.length === 1);
      const footnote = docx.footnotes.find((f) => f.id === noted?.footnoteIds[0]);
      expect(footnote?.text, titel).toBe(`Bron bij ${lower}.`);
    }
    expect(underHeading(docx, 'Kernboodschap').at(-1)?.text).toBe(LONG_SENTENCE);

    // Sent, after the steps of the routing; the moties and the toezegging are then afgedaan with the memo.
    const status = region(page, 'Status en routing');
    for (const step of ['ambtelijk akkoord', 'portefeuillehouder akkoord', 'B&W-besluit', 'verzonden']) {
      await status.getByLabel('Volgende stap').selectOption(step);
      await status.getByRole('button', { name: 'Status opslaan' }).click();
      if (step === 'verzonden') await status.getByRole('button', { name: 'Ja, verzenden' }).click();
      await expect.poll(() => status.textContent()).toContain(`Status: ${step}`);
    }
    await status.getByRole('button', { name: 'Alle 3 afdoen' }).click();
    await expect.poll(() => status.getByText('Afgedaan met deze nota').count()).toBeGreaterThan(0);
    await screenshot(page, 'memo-walkthrough-verzonden');
    const memoId = Number(/#\/memos\/(\d+)/.exec(page.url())?.[1]);
    for (const item of [bankjes, bomen, wachtlijst]) {
      const stored = await call(ctx, 'register.get', { soort: item.soort, id: item.id });
      expect(stored.item).toMatchObject({ status: 'afgedaan', afdoening: { memoId, datum: '2026-12-10' } });
    }
    expect(errors).toEqual([]);
  });

  it('writes a raadsvoorstel whose besluit page carries its two decisions', async () => {
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await page.getByRole('link', { name: "Nota's" }).click();
    await page.getByRole('button', { name: 'Nieuwe raadsvoorstel' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Nieuwe raadsvoorstel');
    await fillCommonFields(page, 'Speelruimteplan 2027–2030');
    await page.getByLabel('Beslissing 1').fill('het Speelruimteplan 2027–2030 vast te stellen;');
    await page.getByRole('button', { name: 'Beslissing toevoegen' }).click();
    await page.getByLabel('Beslissing 2').fill('het college te vragen jaarlijks te rapporteren.');
    await page.getByLabel('Datum raadsvergadering (verplicht)').fill('2027-01-28');
    for (const titel of [
      'Aanleiding',
      'Argumenten',
      'Kanttekeningen',
      'Financiën',
      'Uitvoering',
      'Communicatie',
    ]) {
      await editor(page, titel).click();
      await page.keyboard.type(`Dit is de tekst over ${titel.toLowerCase()}.`);
    }
    await chooseFinancienAndOpenbaarheid(page);
    await expect.poll(() => missingLine(page)).toBe('Alles wat verplicht is, is ingevuld.');
    await expect.poll(() => saveStatus(page)).toMatch(/^Opgeslagen om/);

    const preview = region(page, 'Voorbeeld');
    await expect
      .poll(async () => (await preview.locator('.docx-wrapper').allTextContents()).join('\n'))
      .toContain('het college te vragen jaarlijks te rapporteren.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      preview.getByRole('button', { name: 'Opslaan als DOCX' }).click(),
    ]);
    const texts = readDocx(readFileSync(await download.path())).paragraphs.map((p) => p.text);
    // Under "Voorgestelde beslissing" and again on the raadsbesluit, numbered there.
    for (const decision of [
      'het Speelruimteplan 2027–2030 vast te stellen;',
      'het college te vragen jaarlijks te rapporteren.',
    ]) {
      expect(
        texts.filter((text) => text.includes(decision)),
        decision,
      ).toHaveLength(2);
    }
    const besluit = texts.findLastIndex((text) => /^besluit/i.test(text));
    expect(besluit).toBeGreaterThan(0);
    expect(texts.slice(besluit).join('\n')).toMatch(/vast te stellen;[\s\S]*jaarlijks te rapporteren\./);
    await screenshot(page, 'memo-walkthrough-raadsvoorstel');
    expect(errors).toEqual([]);
  });

  it('keeps the structure and every word of a paste from Word, and leaves its styles and comments behind', async () => {
    const created = await call(ui.app.ctx, 'memos.create', { type: 'informatienota' });
    const { page, errors } = await openPage(ui.browser, ui.app.url);
    await page.evaluate(`location.hash = '#/memos/${created.nota.id}'`);
    const inleiding = editor(page, 'Inleiding');
    await inleiding.click();
    for (const file of ['word-lijsten.html', 'word-tabel.html']) {
      const html = readFileSync(join(projectRoot, 'test', 'fixtures', 'paste', file), 'utf8');
      // A paste as the clipboard hands it over: Word's HTML, and a plain-text version the editor must not take.
      await inleiding.evaluate((element, pasted) => {
        const page = globalThis as unknown as PageScope;
        const data = new page.DataTransfer();
        data.setData('text/html', pasted);
        data.setData('text/plain', 'niet deze tekst');
        (element as unknown as PageElement).dispatchEvent(
          new page.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }, html);
    }
    await expect.poll(() => saveStatus(page)).toMatch(/^Opgeslagen om/);
    const stored = await call(ui.app.ctx, 'memos.get', { id: created.nota.id });
    const inhoud = stored.document.secties.find((s) => s.sleutel === 'inleiding')?.inhoud ?? '';
    expect(inhoud).toMatch(/<ul>.*<li>.*Ouders/s);
    expect(inhoud).toMatch(/<ol>.*Aanmelden bij de school/s);
    expect(inhoud).toMatch(/<table>/);
    expect(inhoud).toMatch(/<strong>ieder kind<\/strong>/);
    expect(inhoud).toContain('CO<sub>2</sub>');
    expect(inhoud).not.toMatch(/class=|style=|mso-|<o:p|<!--|Klopt dit nog/);
    expect(inhoud).not.toContain('niet deze tekst');
    expect(errors).toEqual([]);
  });
});
