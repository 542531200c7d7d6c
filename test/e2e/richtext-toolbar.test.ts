// The rich-text editor as a writer uses it, in Chromium on the harness page (test/e2e/harness/): typing, each button
// of the toolbar and the HTML it stores, undo and redo, the footnote and picture dialogs, pasting, read-only, and the
// page free of errors, CSP violations and axe-core violations.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accessibilityViolations, launchChromium } from '../helpers/browser.js';
import {
  changesIn,
  lastChange,
  mountEditor,
  openEditorPage,
  pasteIn,
  PICTURE,
  reportsIn,
  startEditorHarness,
  styleIn,
  type EditorHarness,
} from '../helpers/editor-harness.js';
import { describeWithTools } from '../helpers/tools.js';

const TEXT = '#sectie-kernboodschap';

describeWithTools(['chromium'], 'the rich-text editor and its toolbar', () => {
  let harness: EditorHarness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    harness = await startEditorHarness();
    browser = await launchChromium();
    ({ page, context, errors } = await openEditorPage(browser, harness));
  });

  afterAll(async () => {
    await context.close();
    await browser.close();
    await harness.close();
  });

  const tool = (name: string) => page.getByRole('button', { name, exact: true });
  const type = async (text: string): Promise<void> => {
    await page.keyboard.type(text);
  };
  /** Selects the last `n` characters before the cursor. */
  const selectBack = async (n: number): Promise<void> => {
    for (let i = 0; i < n; i++) await page.keyboard.press('Shift+ArrowLeft');
  };

  /** A fresh editor on `value`, with the cursor at the end of its text. */
  async function start(value = '', options: { lijstnummering?: 'a'; images?: boolean } = {}): Promise<void> {
    await mountEditor(page, { value, ...options });
    await page.locator(TEXT).click();
    await page.keyboard.press('Control+End');
  }

  describe('typing', () => {
    it('hands back each change as the stored HTML, and nothing before the writer types', async () => {
      await mountEditor(page, { value: '<p>Eerste alinea.</p>' });
      expect(await changesIn(page)).toEqual([]);
      await page.locator(TEXT).click();
      await page.keyboard.press('Control+End');
      await type(' Meer.');
      await page.keyboard.press('Enter');
      await type('Tweede');
      await expect.poll(() => lastChange(page)).toBe('<p>Eerste alinea. Meer.</p><p>Tweede</p>');
    });

    it('in a section of 10,000 words, hands back every keystroke: after a pause, and at once when the writer leaves', async () => {
      const sentence =
        'De gemeente heeft het plan voor de wijk in twee jaar samen met de bewoners uitgevoerd. ';
      const paragraph = `<p>${sentence.repeat(6).trim()}</p>`;
      await mountEditor(page, { value: paragraph.repeat(120) });
      await page.locator(`${TEXT} p`).last().click();
      await page.keyboard.press('Control+End');
      await type(' Klaar');
      await expect.poll(() => lastChange(page)).toMatch(/uitgevoerd\. Klaar<\/p>$/);
      await type(' en af');
      await page.keyboard.press('Shift+Tab');
      expect(await lastChange(page)).toMatch(/uitgevoerd\. Klaar en af<\/p>$/);
      expect((await lastChange(page))?.length).toBe(paragraph.length * 120 + ' Klaar en af'.length);
    });

    it('is a Dutch, spellchecked, labelled text box', async () => {
      await mountEditor(page, { value: '', invalid: true });
      const text = page.locator(TEXT);
      expect(await text.getAttribute('lang')).toBe('nl');
      expect(await text.getAttribute('spellcheck')).toBe('true');
      expect(await text.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => page.getByRole('textbox', { name: 'Kernboodschap' }).count()).toBe(1);
      expect(await page.getByRole('toolbar', { name: 'Opmaak van Kernboodschap' }).count()).toBe(1);
    });

    it('tells when the writer leaves the text', async () => {
      await start('<p>x</p>');
      await page.keyboard.press('Shift+Tab');
      expect((await reportsIn(page)).blurs).toBe(1);
    });
  });

  describe('marks', () => {
    it.each([
      ['Vet', 'strong'],
      ['Cursief', 'em'],
      ['Superscript', 'sup'],
    ])('%s by the button marks the selection as <%s> and shows it pressed', async (name, tag) => {
      await start();
      await type('de 1e helft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await selectBack(1);
      expect(await tool(name).getAttribute('aria-pressed')).toBe('false');
      await tool(name).click();
      await expect.poll(() => lastChange(page)).toBe(`<p>de 1<${tag}>e</${tag}> helft</p>`);
      expect(await tool(name).getAttribute('aria-pressed')).toBe('true');
    });

    it('Ctrl+B and Ctrl+I do the same from the keyboard', async () => {
      await start();
      await page.keyboard.press('Control+b');
      await type('vet');
      await page.keyboard.press('Control+b');
      await page.keyboard.press('Control+i');
      await type(' schuin');
      await expect.poll(() => lastChange(page)).toBe('<p><strong>vet</strong><em> schuin</em></p>');
    });
  });

  describe('headings and lists', () => {
    it('Kop 2 and Kop 3 make a sub-heading of the paragraph', async () => {
      await start();
      await type('Aanleiding');
      await tool('Kop 2').click();
      expect(await tool('Kop 2').getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.press('Enter');
      await type('Detail');
      await tool('Kop 3').click();
      await expect.poll(() => lastChange(page)).toBe('<h2>Aanleiding</h2><h3>Detail</h3>');
    });

    it('Opsomming makes a bullet list; Enter adds an item, Tab nests it', async () => {
      await start();
      await type('een');
      await tool('Opsomming').click();
      await page.keyboard.press('Enter');
      await type('twee');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await type('half');
      await expect
        .poll(() => lastChange(page))
        .toBe('<ul><li><p>een</p></li><li><p>twee</p><ul><li><p>half</p></li></ul></li></ul>');
      expect(await tool('Opsomming').getAttribute('aria-pressed')).toBe('true');
    });

    it('Genummerde opsomming counts a, b, c when chosen', async () => {
      await start();
      await type('eerste');
      await page.getByLabel('Nummering').selectOption('a');
      await tool('Genummerde opsomming').click();
      await page.keyboard.press('Enter');
      await type('tweede');
      await expect
        .poll(() => lastChange(page))
        .toBe('<ol type="a"><li><p>eerste</p></li><li><p>tweede</p></li></ol>');
      await page.getByLabel('Nummering').selectOption('I');
      await expect
        .poll(() => lastChange(page))
        .toBe('<ol type="I"><li><p>eerste</p></li><li><p>tweede</p></li></ol>');
    });

    it("a section numbered a, b, c (lijstnummering) offers it first and leaves it to the section's numbering", async () => {
      await start('', { lijstnummering: 'a' });
      expect(await page.getByLabel('Nummering').inputValue()).toBe('a');
      await type('kanttekening');
      await tool('Genummerde opsomming').click();
      await expect.poll(() => lastChange(page)).toBe('<ol><li><p>kanttekening</p></li></ol>');
      const style = await styleIn(page, `${TEXT} ol`, 'list-style-type');
      expect(style).toBe('lower-alpha');
      await page.getByLabel('Nummering').selectOption('1');
      await expect.poll(() => lastChange(page)).toBe('<ol type="1"><li><p>kanttekening</p></li></ol>');
    });
  });

  describe('tables', () => {
    it('inserts a table with a head row, adds and removes rows and columns, and turns the head row off', async () => {
      await start('<p>Voor</p>');
      await tool('Tabel invoegen').click();
      await type('Post');
      await page.keyboard.press('Tab');
      await type('Bedrag');
      const empty = '<tr><td></td><td></td><td></td></tr>';
      await expect
        .poll(() => lastChange(page))
        .toBe(
          `<p>Voor</p><table><tbody><tr><th><p>Post</p></th><th><p>Bedrag</p></th><th></th></tr>${empty}${empty}</tbody></table>`,
        );
      expect(await tool('Koprij').getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.press('Tab');
      await tool('Kolom verwijderen').click();
      await page.locator(`${TEXT} td`).first().click();
      await type('A');
      await tool('Rij toevoegen').click();
      const head = '<tr><th><p>Post</p></th><th><p>Bedrag</p></th></tr>';
      const two = '<tr><td></td><td></td></tr>';
      await expect
        .poll(() => lastChange(page))
        .toBe(
          `<p>Voor</p><table><tbody>${head}<tr><td><p>A</p></td><td></td></tr>${two}${two}</tbody></table>`,
        );
      await tool('Rij verwijderen').click();
      await tool('Kolom toevoegen').click();
      const three = '<tr><td></td><td></td><td></td></tr>';
      await page.locator(`${TEXT} th`).first().click();
      await tool('Koprij').click();
      expect(await tool('Koprij').getAttribute('aria-pressed')).toBe('false');
      await expect
        .poll(() => lastChange(page))
        .toBe(
          `<p>Voor</p><table><tbody><tr><td><p>Post</p></td><td></td><td><p>Bedrag</p></td></tr>${three}${three}</tbody></table>`,
        );
      await tool('Tabel verwijderen').click();
      await expect.poll(() => lastChange(page)).toBe('<p>Voor</p>');
    });

    it('keeps the head in <thead> and the caption of a stored table when a cell changes', async () => {
      await start(
        '<table><caption>Kosten</caption><thead><tr><th>Post</th></tr></thead><tbody><tr><td>A</td></tr></tbody></table>',
      );
      expect(await page.locator(`${TEXT} caption`).textContent()).toBe('Kosten');
      await page.locator(`${TEXT} td`).click();
      await page.keyboard.press('End');
      await type('B');
      await expect
        .poll(() => lastChange(page))
        .toBe(
          '<table><caption>Kosten</caption><thead><tr><th><p>Post</p></th></tr></thead><tbody><tr><td><p>AB</p></td></tr></tbody></table>',
        );
    });
  });

  describe('footnotes', () => {
    it('asks for the text, refuses an empty one at the field, and places it as a marker with its text', async () => {
      await start();
      await type('Volgens de wet');
      await tool('Voetnoot').click();
      const dialog = page.getByRole('dialog', { name: 'Voetnoot invoegen' });
      await dialog.getByRole('button', { name: 'Invoegen' }).click();
      expect(await dialog.getByText('Typ de tekst van de voetnoot').count()).toBe(1);
      const field = dialog.getByRole('textbox', { name: 'Tekst van de voetnoot' });
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      await field.click();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.keyboard.type('Gemeentewet, art. 169');
      await dialog.getByRole('button', { name: 'Invoegen' }).click();
      expect(await dialog.count()).toBe(0);
      await type(' geldt dit.');
      await expect
        .poll(() => lastChange(page))
        .toBe('<p>Volgens de wet<span data-type="footnote">Gemeentewet, art. 169</span> geldt dit.</p>');
      const marker = await styleIn(page, `${TEXT} .rn-footnote`, 'content', '::before');
      expect(marker).toContain('counter(rn-voetnoot)');
    });

    it("changes a footnote's text, keeping its marks, in the dialog", async () => {
      await start('<p>Tekst<span data-type="footnote">Bron <em>Wet</em></span>.</p>');
      expect(await page.locator(`${TEXT} .rn-footnote`).getAttribute('title')).toBe('Voetnoot: Bron Wet');
      await page.locator(`${TEXT} .rn-footnote`).click();
      await tool('Voetnoot wijzigen').click();
      const dialog = page.getByRole('dialog', { name: 'Voetnoot wijzigen' });
      await dialog.getByRole('textbox', { name: 'Tekst van de voetnoot' }).press('End');
      await page.keyboard.type(' 2026');
      await dialog.getByRole('button', { name: 'Opslaan' }).click();
      await expect
        .poll(() => lastChange(page))
        .toBe('<p>Tekst<span data-type="footnote">Bron <em>Wet 2026</em></span>.</p>');
    });

    it('Escape closes the dialog without a footnote', async () => {
      await start('<p>x</p>');
      await tool('Voetnoot').click();
      await page.keyboard.press('Escape');
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await changesIn(page)).toEqual([]);
    });
  });

  describe('pictures', () => {
    it('uploads the chosen file, places it only with alt text, and shows it', async () => {
      await start('<p>Zie de kaart.</p>', { images: true });
      await tool('Afbeelding').click();
      const dialog = page.getByRole('dialog', { name: 'Afbeelding invoegen' });
      await dialog.getByRole('button', { name: 'Invoegen' }).click();
      expect(await dialog.getByText('Kies een afbeelding (PNG of JPEG)').count()).toBe(1);
      expect(
        await dialog.getByText('Beschrijf wat de afbeelding laat zien, voor wie haar niet kan zien').count(),
      ).toBe(1);
      await dialog.getByLabel('Afbeelding (PNG of JPEG)').setInputFiles({
        name: 'kaart.png',
        mimeType: 'image/png',
        buffer: PICTURE,
      });
      await dialog.getByRole('button', { name: 'Invoegen' }).click();
      expect((await reportsIn(page)).uploads).toEqual([]);
      await dialog.getByLabel('Wat laat de afbeelding zien? (alt-tekst)').fill('Kaart van de wijk');
      await dialog.getByRole('button', { name: 'Invoegen' }).click();
      expect(await dialog.count()).toBe(0);
      expect((await reportsIn(page)).uploads).toEqual(['kaart.png']);
      await expect
        .poll(() => lastChange(page))
        .toBe('<p>Zie de kaart.</p><img src="kaart.png" alt="Kaart van de wijk">');
      const shown = page.locator(`${TEXT} img`);
      expect(await shown.getAttribute('src')).toBe('/afbeeldingen/kaart.png');
      expect(await shown.getAttribute('alt')).toBe('Kaart van de wijk');
      await expect.poll(() => page.evaluate(`document.querySelector('${TEXT} img').naturalWidth`)).toBe(2);
    });

    it('changes the alt text of a placed picture', async () => {
      await mountEditor(page, { value: '<img src="kaart.png" alt="Kaart"><p>Tekst</p>', images: true });
      await page.locator(`${TEXT} .rn-image`).click();
      await tool('Alt-tekst wijzigen').click();
      const dialog = page.getByRole('dialog', { name: 'Alt-tekst van de afbeelding' });
      expect(await dialog.getByLabel('Wat laat de afbeelding zien? (alt-tekst)').inputValue()).toBe('Kaart');
      await dialog.getByLabel('Wat laat de afbeelding zien? (alt-tekst)').fill('Kaart van Noord');
      await dialog.getByRole('button', { name: 'Opslaan' }).click();
      await expect
        .poll(() => lastChange(page))
        .toBe('<img src="kaart.png" alt="Kaart van Noord"><p>Tekst</p>');
    });

    it("shows the upload's refusal at the file field and places nothing", async () => {
      await start('<p>x</p>', { images: true });
      await tool('Afbeelding').click();
      const dialog = page.getByRole('dialog', { name: 'Afbeelding invoegen' });
      await dialog.getByLabel('Afbeelding (PNG of JPEG)').setInputFiles({
        name: 'kapot.png',
        mimeType: 'image/png',
        buffer: Buffer.from('geen png'),
      });
      await dialog.getByLabel('Wat laat de afbeelding zien? (alt-tekst)').fill('Iets');
      await dialog.getByRole('button', { name: 'Invoegen' }).click();
      expect(await dialog.getByText('kapot.png is geen PNG- of JPEG-bestand').count()).toBe(1);
      expect(await dialog.getByLabel('Afbeelding (PNG of JPEG)').getAttribute('aria-invalid')).toBe('true');
      await dialog.getByRole('button', { name: 'Annuleren' }).click();
      expect(await changesIn(page)).toEqual([]);
    });

    it('names a picture whose address is not known yet', async () => {
      await mountEditor(page, { value: '<img src="organogram.png" alt="Organogram">', images: true });
      expect(await page.locator(`${TEXT} .rn-image-missing`).textContent()).toBe(
        'Afbeelding organogram.png: Organogram',
      );
    });
  });

  describe('undo and redo', () => {
    it('Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo, and so do the buttons', async () => {
      await start('<p>Begin</p>');
      await type(' erbij');
      await page.keyboard.press('Control+z');
      await expect.poll(() => lastChange(page)).toBe('<p>Begin</p>');
      await page.keyboard.press('Control+y');
      await expect.poll(() => lastChange(page)).toBe('<p>Begin erbij</p>');
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => lastChange(page)).toBe('<p>Begin erbij</p>');
      await tool('Ongedaan maken').click();
      await expect.poll(() => lastChange(page)).toBe('<p>Begin</p>');
      expect(await tool('Ongedaan maken').isDisabled()).toBe(true);
      await tool('Opnieuw').click();
      await expect.poll(() => lastChange(page)).toBe('<p>Begin erbij</p>');
    });
  });

  describe('pasting', () => {
    const paste = (data: Record<string, string>): Promise<void> => pasteIn(page, data);

    it('keeps the paragraphs and line breaks of plain text, and its characters as text', async () => {
      await start();
      await paste({ 'text/plain': 'Eerste regel\nTweede regel\n\nNieuwe alinea met <b> & meer' });
      await expect
        .poll(() => lastChange(page))
        .toBe('<p>Eerste regel<br>Tweede regel</p><p>Nieuwe alinea met &lt;b&gt; &amp; meer</p>');
    });

    it('keeps the text of what the subset does not have, without its form', async () => {
      await start();
      await paste({
        'text/html':
          '<p><s>doorgehaald</s> <code>code</code></p><blockquote>citaat</blockquote><pre>blok</pre><hr><h1>Kop</h1>',
        'text/plain': 'doorgehaald code citaat blok Kop',
      });
      const html = (await lastChange(page)) ?? '';
      for (const word of ['doorgehaald', 'code', 'citaat', 'blok', 'Kop']) expect(html).toContain(word);
      expect(html).not.toMatch(/<(s|code|blockquote|pre|hr|h1)\b/);
    });
  });

  describe('read-only', () => {
    beforeEach(async () => {
      await mountEditor(page, { value: '<p>Vastgesteld.</p>', readOnly: true });
    });

    it('shows the text without a toolbar and takes no typing', async () => {
      expect(await page.getByRole('toolbar').count()).toBe(0);
      expect(await page.locator(TEXT).getAttribute('contenteditable')).toBe('false');
      expect(await page.locator(TEXT).getAttribute('aria-readonly')).toBe('true');
      await page.locator(TEXT).click();
      await type('x');
      expect(await changesIn(page)).toEqual([]);
    });
  });

  describe('the page', () => {
    it('every button of the toolbar is reached with Tab', async () => {
      await start('<table><tbody><tr><td>x</td></tr></tbody></table>', { images: true });
      await page.locator(`${TEXT} td`).click();
      await type('y');
      await page.getByRole('button', { name: 'Vet' }).focus();
      const reached: string[] = [];
      for (let i = 0; i < 30; i++) {
        reached.push(await page.evaluate<string>("document.activeElement?.textContent ?? ''"));
        await page.keyboard.press('Tab');
      }
      for (const name of [
        'Vet',
        'Kop 3',
        'Genummerde opsomming',
        'Koprij',
        'Voetnoot',
        'Afbeelding',
        'Ongedaan maken',
      ])
        expect(reached).toContain(name);
    });

    it('has no axe-core violations with the toolbar, a table, a list, a footnote and a picture', async () => {
      await mountEditor(page, {
        value:
          '<h2>Kop</h2><p>Tekst<span data-type="footnote">Bron</span></p><ul><li>punt</li></ul>' +
          '<table><thead><tr><th>Post</th></tr></thead><tbody><tr><td>A</td></tr></tbody></table>' +
          '<img src="kaart.png" alt="Kaart">',
        images: true,
      });
      expect(await accessibilityViolations(page)).toEqual([]);
    });

    it('causes no error and no CSP violation', () => {
      expect(errors).toEqual([]);
    });
  });
});
