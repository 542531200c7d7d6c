// The editor reads and writes exactly the stored HTML subset (renderer/memos/editor/richtext/html.ts), in Chromium:
// every element of the subset survives a round trip (read, write without a change) as the same document for the
// engine, the editor's own output read back is byte for byte the same, and arbitrary rich text in the subset
// (test/helpers/richtext-arbitrary.ts) gives the same engine tree after the round trip.
import fc from 'fast-check';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Picture } from '../../templates/engine/tree.js';
import { launchChromium } from '../helpers/browser.js';
import {
  canonicalIn,
  changesIn,
  mountEditor,
  openEditorPage,
  startEditorHarness,
  type EditorHarness,
} from '../helpers/editor-harness.js';
import { engineReading } from '../helpers/engine-tree.js';
import { FUZZ_TIMEOUT_MS, fuzzOptions } from '../helpers/fuzz.js';
import { plainText, sectionContent, toHtml } from '../helpers/richtext-arbitrary.js';
import { describeWithTools } from '../helpers/tools.js';

const PICTURE: Picture = { data: new Uint8Array([1]), type: 'png', widthPx: 2, heightPx: 2 };
const IMAGES = new Map([
  ['organogram.png', PICTURE],
  ['kaart.jpg', { ...PICTURE, type: 'jpg' as const }],
]);

/**
 * Each element of the subset as a stored memo may hold it, and what the editor writes for it: the same, or the
 * normalisation README.md names (b → strong, i → em, a lone picture without its <p>, an item's loose text in a <p>).
 */
const ELEMENTS: readonly [string, string, string][] = [
  ['alinea', '<p>Een alinea.</p>', '<p>Een alinea.</p>'],
  [
    'vet en cursief',
    '<p><b>vet</b> en <i>cursief</i></p>',
    '<p><strong>vet</strong> en <em>cursief</em></p>',
  ],
  [
    'strong, em, u',
    '<p><strong>a</strong><em>b</em><u>c</u></p>',
    '<p><strong>a</strong><em>b</em><u>c</u></p>',
  ],
  ['sup en sub', '<p>1<sup>e</sup> helft, CO<sub>2</sub></p>', '<p>1<sup>e</sup> helft, CO<sub>2</sub></p>'],
  ['regelafbreking', '<p>regel<br>volgende</p>', '<p>regel<br>volgende</p>'],
  [
    'link',
    '<p><a href="https://voorbeeld.nl/?a=1&amp;b=2">site</a> en <a href="mailto:griffie@voorbeeld.nl">mail</a></p>',
    '<p><a href="https://voorbeeld.nl/?a=1&amp;b=2">site</a> en <a href="mailto:griffie@voorbeeld.nl">mail</a></p>',
  ],
  ['span zonder opmaak', '<p>een <span>gewone</span> tekst</p>', '<p>een gewone tekst</p>'],
  [
    'voetnoot met opmaak',
    '<p>Tekst<span data-type="footnote">Zie <i>Gemeentewet</i>, art. 169</span> verder.</p>',
    '<p>Tekst<span data-type="footnote">Zie <em>Gemeentewet</em>, art. 169</span> verder.</p>',
  ],
  ['tussenkoppen', '<h2>Kop 2</h2><h3>Kop 3</h3>', '<h2>Kop 2</h2><h3>Kop 3</h3>'],
  ['opsomming', '<ul><li>een</li><li>twee</li></ul>', '<ul><li><p>een</p></li><li><p>twee</p></li></ul>'],
  [
    'genummerd a, b, c vanaf 3',
    '<ol type="a" start="3"><li><p>c</p></li><li><p>d</p></li></ol>',
    '<ol type="a" start="3"><li><p>c</p></li><li><p>d</p></li></ol>',
  ],
  ['genummerd zonder type', '<ol><li><p>een</p></li></ol>', '<ol><li><p>een</p></li></ol>'],
  ['type I', '<ol type="I"><li><p>een</p></li></ol>', '<ol type="I"><li><p>een</p></li></ol>'],
  [
    'geneste lijst en lege punt',
    '<ol type="i"><li><p>a</p><ul><li><p>b</p></li></ul></li><li></li></ol>',
    '<ol type="i"><li><p>a</p><ul><li><p>b</p></li></ul></li><li></li></ol>',
  ],
  [
    'tabel met bijschrift, kop en spans',
    '<table><caption>Tabel 1: <b>kosten</b></caption><thead><tr><th>Post</th><th>Bedrag</th></tr></thead>' +
      '<tbody><tr><td rowspan="2">A</td><td>€ 1</td></tr><tr><td>€ 2</td></tr><tr><td colspan="2"></td></tr></tbody></table>',
    '<table><caption>Tabel 1: <strong>kosten</strong></caption><thead><tr><th><p>Post</p></th><th><p>Bedrag</p></th></tr></thead>' +
      '<tbody><tr><td rowspan="2"><p>A</p></td><td><p>€ 1</p></td></tr><tr><td><p>€ 2</p></td></tr><tr><td colspan="2"></td></tr></tbody></table>',
  ],
  [
    'tabel met lijst in een cel',
    '<table><tbody><tr><th>x</th><td><ul><li>y</li></ul></td></tr></tbody></table>',
    '<table><tbody><tr><th><p>x</p></th><td><ul><li><p>y</p></li></ul></td></tr></tbody></table>',
  ],
  [
    'afbeelding los en in een alinea',
    '<img src="organogram.png" alt="Organogram" width="400"><p><img src="kaart.jpg" alt="Kaart" height="300"></p>',
    '<img src="organogram.png" alt="Organogram" width="400"><img src="kaart.jpg" alt="Kaart" height="300">',
  ],
  [
    'figuur met bijschrift erboven en eronder',
    '<figure><figcaption>Boven</figcaption><img src="kaart.jpg" alt="Kaart"></figure>' +
      '<figure><img src="organogram.png" alt="Organogram"><figcaption>Onder <i>schuin</i></figcaption></figure>',
    '<figure><figcaption>Boven</figcaption><img src="kaart.jpg" alt="Kaart"></figure>' +
      '<figure><img src="organogram.png" alt="Organogram"><figcaption>Onder <em>schuin</em></figcaption></figure>',
  ],
  [
    'tekens en witruimte',
    '<p>R&amp;D &lt; 2 &nbsp;en&#8364; “citaat” 💶 a\u00ADb</p>',
    '<p>R&amp;D &lt; 2 &nbsp;en€ “citaat” 💶 a\u00ADb</p>',
  ],
  [
    'platte tekst',
    'Regel een\nregel twee\n\nTweede alinea & meer',
    '<p>Regel een<br>regel twee</p><p>Tweede alinea &amp; meer</p>',
  ],
  ['leeg', '', ''],
];

describeWithTools(['chromium'], 'the rich-text editor reads and writes the stored subset', () => {
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

  const canonical = (html: string): Promise<string> => canonicalIn(page, html);

  it.each(ELEMENTS)(
    '%s: written as expected, read back unchanged, the same document',
    async (_, input, output) => {
      const written = await canonical(input);
      expect(written).toBe(output);
      expect(await canonical(written)).toBe(written);
      const before = engineReading(input, IMAGES);
      expect(before.issues).toEqual([]);
      expect(engineReading(written, IMAGES)).toEqual(before);
    },
  );

  it('loaded in the editor and left alone, a section says nothing; its first change hands back the whole section', async () => {
    const [, input, output] = ELEMENTS.find(([name]) => name === 'tabel met bijschrift, kop en spans') ?? [];
    await mountEditor(page, { value: input ?? '' });
    await page.locator('#sectie-kernboodschap').click();
    await page.keyboard.press('ArrowRight');
    expect(await changesIn(page)).toEqual([]);
    await page.locator('#sectie-kernboodschap td >> text=€ 2').click();
    await page.keyboard.press('End');
    await page.keyboard.type('5');
    await expect.poll(() => changesIn(page)).toEqual([(output ?? '').replace('€ 2', '€ 25')]);
  });

  it(
    `arbitrary rich text gives the engine the same document after a round trip, and the second is byte for byte the same (seed ${fuzzOptions(1).seed})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(sectionContent, async (blocks) => {
          const input = toHtml(blocks);
          const once = await canonical(input);
          expect(await canonical(once)).toBe(once);
          const before = engineReading(input);
          fc.pre(before.issues.length === 0);
          expect(engineReading(once)).toEqual(before);
        }),
        fuzzOptions(150),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    `a section written as plain text keeps its paragraphs and line breaks (seed ${fuzzOptions(1).seed})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(plainText, async ({ text }) => {
          const once = await canonical(text);
          expect(await canonical(once)).toBe(once);
          expect(engineReading(once)).toEqual(engineReading(text));
        }),
        fuzzOptions(100),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it('causes no error or CSP violation in the page', () => {
    expect(errors).toEqual([]);
  });
});
