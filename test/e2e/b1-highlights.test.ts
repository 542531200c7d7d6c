// The B1 check's findings in a real editor, in Debian's Chromium: a bare TipTap editor with B1Highlights and the live
// check with its Web Worker (test/e2e/harness/b1/), built by Vite and served by the local server with its strict CSP.
import react from '@vitejs/plugin-react';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openContext, type Context } from '../../api/context.js';
import { startServer, type RunningServer } from '../../api/server/server.js';
import { DEFAULT_CONFIG, parseAmbtelijkeWoorden, type Finding } from '../../readability/index.js';
import type { B1Settings } from '../../renderer/memos/editor/b1/protocol.js';
import type { HarnessScope, Shown } from './harness/b1/api.js';
import { NOW } from '../helpers/api.js';
import { ROOT } from '../helpers/assets.js';
import { launchChromium, openPage } from '../helpers/browser.js';
import { check, shippedWordList } from '../helpers/readability.js';
import { describeWithTools } from '../helpers/tools.js';

/** 31 words: a long sentence with a warning. */
const LONG =
  'Wij willen dat ieder kind in onze stad veilig kan zwemmen en daarom betalen wij de zwemles voor alle kinderen, ' +
  'ook als hun ouders de les zelf niet goed kunnen betalen.';

/** A section as the register stores it: a footnote in place, an entity, markup inside a finding, a list, a table. */
const STORED =
  '<p>De kinderen zwemmen &amp; spelen. Het zwembad wordt door de gemeente <strong>gerenoveerd</strong>.' +
  '<span data-type="footnote">Middels een brief aan de ouders.</span> Daarna gaan de lessen door.</p>' +
  `<p>${LONG}</p>` +
  '<ul><li><p>Wij bespreken de uitvoering van de motie.</p></li></ul>' +
  '<table><tbody><tr><td><p>De kinderopvangtoeslagregeling helpt.</p></td></tr></tbody></table>';

/** The same section as the editor holds it: tiptap-footnotes keeps the footnote's text at the end. */
const IN_EDITOR =
  '<p>De kinderen zwemmen &amp; spelen. Het zwembad wordt door de gemeente <strong>gerenoveerd</strong>.' +
  '<sup><a class="footnote-ref" data-id="fn1" data-reference-number="1">1</a></sup> Daarna gaan de lessen door.</p>' +
  `<p>${LONG}</p>` +
  '<ul><li><p>Wij bespreken de uitvoering van de motie.</p></li></ul>' +
  '<table><tbody><tr><td><p>De kinderopvangtoeslagregeling helpt.</p></td></tr></tbody></table>' +
  '<ol class="footnotes"><li data-id="fn1" id="fn:1"><p>Middels een brief aan de ouders.</p></li></ol>';

const FINDINGS: readonly Finding[] = check(STORED).findings;

const SETTINGS: B1Settings = { woorden: parseAmbtelijkeWoorden(shippedWordList()), drempels: DEFAULT_CONFIG };

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The text the page underlines for a kind of finding. */
const drawn = (page: Page, kind: string): Promise<string> =>
  page.evaluate((k) => (globalThis as unknown as HarnessScope).harness.drawn(k), kind);

describeWithTools(['chromium'], 'the B1 findings in the editor', () => {
  let dir: string;
  let ctx: Context;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'raadsnota-b1-'));
    const pages = join(dir, 'harness');
    await build({
      configFile: false,
      root: join(ROOT, 'test', 'e2e', 'harness', 'b1'),
      base: './',
      publicDir: join(ROOT, 'renderer', 'public'),
      plugins: [react()],
      logLevel: 'warn',
      build: { outDir: pages, emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 5000 },
    });
    ctx = openContext({ dbPath: join(dir, 'register.sqlite'), user: 'testgebruiker', now: () => NOW });
    server = await startServer({ ctx, staticDir: pages });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser.close();
    await server.close();
    ctx.db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function harness(
    footnotes: 'at the end' | 'inline' = 'at the end',
  ): Promise<{ page: Page; errors: string[] }> {
    const url = new URL(server.url);
    if (footnotes === 'inline') url.search = '?footnotes=inline';
    const opened = await openPage(browser, url.href);
    await opened.page.waitForFunction(() => 'harness' in globalThis);
    await opened.page.evaluate(
      (html) => {
        (globalThis as unknown as HarnessScope).harness.setContent(html);
      },
      footnotes === 'inline' ? STORED : IN_EDITOR,
    );
    return opened;
  }

  it('the findings of the kinds tested are there, one of each', () => {
    const kinds = FINDINGS.map((f) => f.kind).sort();
    expect(kinds).toEqual(['ambtelijk-woord', 'long-sentence', 'long-word', 'nominalisation', 'passive']);
  });

  it('underlines exactly the text of each finding, also across markup, in a list, a table and a footnote', async () => {
    const { page, errors } = await harness();
    await page.evaluate(
      (findings) => {
        (globalThis as unknown as HarnessScope).harness.setFindings(findings);
      },
      { html: STORED, findings: FINDINGS },
    );
    for (const finding of FINDINGS) {
      expect(await drawn(page, finding.kind), finding.kind).toBe(squeeze(finding.text));
    }
    const underlined = await page.evaluate(() =>
      (globalThis as unknown as HarnessScope).harness.underlined(),
    );
    expect(underlined.map((u) => [u.kind, squeeze(u.text)]).sort()).toEqual(
      FINDINGS.map((f) => [f.kind, squeeze(f.text)]).sort(),
    );
    // The footnote's finding is on the footnote's own text, at the end where the editor shows it.
    expect(await page.locator('ol.footnotes .b1-ambtelijk-woord').textContent()).toBe('Middels');
    // A warning and a hint are told apart by their line, not only their colour.
    const styles = await page.evaluate(() =>
      ['.b1-warning', '.b1-hint'].map((s) => (globalThis as unknown as HarnessScope).harness.lineStyle(s)),
    );
    expect(styles).toEqual(['wavy', 'dotted']);
    expect(errors).toEqual([]);
  });

  it('moves the underlines with an edit before them, and places findings that arrive after the writer typed on', async () => {
    const { page, errors } = await harness();
    // Typing at the start of the section before the findings arrive: they were found in the text before it.
    await page.evaluate(() => {
      (globalThis as unknown as HarnessScope).harness.setSelection(1);
    });
    await page.keyboard.type('Vooraf een zin. ');
    await page.evaluate(
      (findings) => {
        (globalThis as unknown as HarnessScope).harness.setFindings(findings);
      },
      { html: STORED, findings: FINDINGS },
    );
    for (const finding of FINDINGS) {
      expect(await drawn(page, finding.kind), finding.kind).toBe(squeeze(finding.text));
    }
    // And an edit after they are drawn, before all of them.
    await page.evaluate(() => {
      (globalThis as unknown as HarnessScope).harness.setSelection(1);
    });
    await page.keyboard.type('Nog een. ');
    for (const finding of FINDINGS) {
      expect(await drawn(page, finding.kind), finding.kind).toBe(squeeze(finding.text));
    }
    // An edit inside a finding's text leaves that finding out when findings of older text arrive.
    const passive = await page.locator('.b1-passive').first().boundingBox();
    expect(passive).not.toBeNull();
    await page.evaluate(
      (findings) => {
        (globalThis as unknown as HarnessScope).harness.setFindings(undefined);
        (globalThis as unknown as HarnessScope).harness.setFindings(findings);
      },
      { html: STORED, findings: FINDINGS },
    );
    const wordt = await page.evaluate(() => {
      const underline = (globalThis as unknown as HarnessScope).harness
        .underlined()
        .find((u) => u.kind === 'passive');
      return underline?.from;
    });
    expect(wordt).toBeDefined();
    await page.evaluate((pos) => {
      (globalThis as unknown as HarnessScope).harness.setSelection(pos + 2);
    }, wordt ?? 0);
    await page.keyboard.type('x');
    await page.evaluate(
      (findings) => {
        (globalThis as unknown as HarnessScope).harness.setFindings(findings);
      },
      { html: STORED, findings: FINDINGS },
    );
    const kinds = await page.evaluate(() =>
      (globalThis as unknown as HarnessScope).harness.underlined().map((u) => u.kind),
    );
    expect(kinds).not.toContain('passive');
    expect(kinds).toContain('long-word');
    expect(errors).toEqual([]);
  });

  it('marks the footnote where the editor holds a footnote as one piece in the text, and says it is in the footnote', async () => {
    const { page, errors } = await harness('inline');
    await page.evaluate(
      (findings) => {
        (globalThis as unknown as HarnessScope).harness.setFindings(findings);
      },
      { html: STORED, findings: FINDINGS },
    );
    for (const finding of FINDINGS.filter((f) => f.kind !== 'ambtelijk-woord')) {
      expect(await drawn(page, finding.kind), finding.kind).toBe(squeeze(finding.text));
    }
    const marker = page.locator('span[data-type="footnote"].b1-on-marker');
    expect(await marker.count()).toBe(1);
    expect(await marker.getAttribute('class')).toContain('b1-ambtelijk-woord');
    await marker.hover();
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('(in voetnoot 1)');
    expect(errors).toEqual([]);
  });

  it('draws nothing for findings of a text the editor never had', async () => {
    const { page, errors } = await harness();
    await page.evaluate(() => {
      (globalThis as unknown as HarnessScope).harness.setFindings({
        html: '<p>Een heel andere tekst.</p>',
        findings: [
          {
            kind: 'long-word',
            severity: 'hint',
            start: 3,
            end: 7,
            line: 1,
            column: 4,
            text: 'Een',
            label: 'lang woord',
            explanation: '',
            suggestion: null,
          },
        ],
      });
    });
    expect(await page.locator('.b1-finding').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('explains a finding on hover and where the caret is; F8 goes to the next finding', async () => {
    const { page, errors } = await harness();
    await page.evaluate(
      (findings) => {
        (globalThis as unknown as HarnessScope).harness.setFindings(findings);
      },
      { html: STORED, findings: FINDINGS },
    );
    const passive = FINDINGS.find((f) => f.kind === 'passive');
    const ambtelijk = FINDINGS.find((f) => f.kind === 'ambtelijk-woord');
    if (!passive || !ambtelijk) throw new Error('the section has a passive and an ambtelijk woord');

    await page.locator('.b1-passive').first().hover();
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain(passive.explanation);

    // From the start, F8 puts the caret at the first finding, whose explanation the live panel reads out.
    await page.evaluate(() => {
      (globalThis as unknown as HarnessScope).harness.setSelection(1);
    });
    const panel = page.getByRole('status', { includeHidden: true });
    expect(await panel.textContent()).toBe('');
    await page.keyboard.press('F8');
    await expect.poll(() => panel.textContent()).toContain(passive.explanation);
    // Shift+F8 from the first goes round to the last: the ambtelijk woord in the footnote.
    await page.keyboard.press('Shift+F8');
    await expect.poll(() => panel.textContent()).toContain('(in voetnoot 1)');
    expect(await panel.textContent()).toContain(ambtelijk.suggestion ?? ambtelijk.explanation);
    expect(await panel.getAttribute('aria-live')).toBe('polite');
    expect(errors).toEqual([]);
  });

  it('the live check answers from its worker after a pause, and never shows an older answer over a newer one', async () => {
    const { page, errors } = await harness();
    await page.evaluate((settings) => {
      (globalThis as unknown as HarnessScope).harness.setSettings(settings);
    }, SETTINGS);
    const field = page.getByLabel('Tekst');
    await field.pressSequentially('Het besluit wordt door de raad genomen.');
    await expect.poll(() => page.locator('#live-result').textContent()).toMatch(/1 bevindingen/);
    await field.pressSequentially(` ${LONG}`);
    await expect
      .poll(() => page.locator('#live-result').textContent(), { timeout: 15_000 })
      .toMatch(/2 bevindingen/);
    const shown = await page.evaluate(() => (globalThis as unknown as HarnessScope).harness.shown);
    const typed = `<p>Het besluit wordt door de raad genomen. ${LONG}</p>`;
    expect(shown.at(-1)?.html).toBe(typed);
    // Each answer shown is of a text at least as new as the one before: the text only grew.
    shown.slice(1).forEach((answer: Shown, i) => {
      expect(answer.html.replace('</p>', '').startsWith((shown[i]?.html ?? '').replace('</p>', ''))).toBe(
        true,
      );
    });
    expect(errors).toEqual([]);
  });
});
