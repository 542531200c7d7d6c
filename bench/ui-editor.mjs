// The editor part of `npm run bench`: the memo editor in Debian's Chromium, in browser mode (`raadsnota serve` on a new
// register, a whole process as a user starts it), on two stored memos: the shipped example informatienota (about
// 1,500 words) and the B1 check's 10,000-word informatienota (readability-memo.mjs). Four figures, each beside a peer
// measured in the same run:
// - opening a memo: from setting its address to the frame in which every section's editor is in the page (median of
//   fresh pages), the 10,000-word memo against the example;
// - typing: from each keydown to the frame after it (the key's work and the paint it causes), typing at the end of the
//   10,000-word memo's longest section, against the same keys in the onderwerp's plain input on the same screen;
// - the B1 underlines: from the moment the pause in typing is over (the checker's `rn-b1-check` mark) to the frame in
//   which a long sentence just typed is underlined, on the 10,000-word memo, against the same analysis in Node;
// - the preview: from the keydown of an edit to the frame in which the preview shows it (its pause included), on the
//   example and on the 10,000-word memo, against `memos.preview` over HTTP alone for the same memo.
// Prints figures; asserts nothing. Its files go to `editor/` in the bench's temporary folder.
/* global document, requestAnimationFrame, window, location */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';
import { bundleReadability } from './readability-bundle.mjs';
import { readabilityMemo } from './readability-memo.mjs';
import { serve } from './server.mjs';
import { median, percentile, within } from './stats.mjs';
import { printTable } from './table.mjs';

const TARGETS = { typingP95Ms: 16, previewMs: 500, underlineMs: 100, openMs: 1000 };
const RUNS = { opens: 7, keys: 80, underlines: 7, previews: 7 };
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const ms = (v) => `${v.toFixed(1)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

function findChromium() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'chromium');
    if (dir !== '' && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** One operation over HTTP, as the renderer's transport sends it. */
function client(url) {
  const token = url.hash.slice('#token='.length);
  return async (name, input) => {
    const response = await fetch(`${url.origin}/api/${name}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(`${name} gave ${response.status}: ${body.message}`);
    return body;
  };
}

/** A page of the app with its token taken in, on the memo list; the memo is opened from there as a link does. */
async function appPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(url.href);
  await page.waitForFunction(() => document.querySelector('main h1') !== null);
  return { context, page };
}

/** From setting the memo's address to the frame in which all `sections` editors are in the page. */
async function openTimed(page, id, sections) {
  return page.evaluate(
    ({ id, sections }) =>
      new Promise((resolve) => {
        const start = performance.now();
        location.hash = `#/memos/${id}`;
        const poll = () => {
          if (document.querySelectorAll('[role=textbox][contenteditable=true]').length >= sections) {
            resolve(performance.now() - start);
          } else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    { id, sections },
  );
}

/** Each key of `text` pressed in the focused element: from its keydown to just after the next frame. */
async function typeTimed(page, text) {
  await page.evaluate(() => {
    if (window.rnKeys) return;
    window.rnKeys = true;
    document.addEventListener('keydown', () => (window.rnKeyAt = performance.now()), { capture: true });
  });
  const times = [];
  for (const key of text) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    times.push(
      await page.evaluate(
        () =>
          new Promise((resolve) =>
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - window.rnKeyAt))),
          ),
      ),
    );
  }
  return times;
}

/** Waits for the frame in which `test()` holds, and gives the time from `since` (a performance.now() value). */
function frameWhen(page, test, arg) {
  return page.evaluate(
    ({ test, arg }) =>
      new Promise((resolve) => {
        const holds = new Function('arg', `return (${test})(arg)`);
        const poll = () => (holds(arg) ? resolve(performance.now()) : requestAnimationFrame(poll));
        poll();
      }),
    { test: test.toString(), arg },
  );
}

async function lastMark(page, name) {
  return page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.startTime, name);
}

/** The editor of the section with the most text, focused at its end. */
async function focusLongest(page) {
  const index = await page.evaluate(() => {
    const editors = [...document.querySelectorAll('[role=textbox][contenteditable=true]')];
    const lengths = editors.map((e) => e.textContent.length);
    return lengths.indexOf(Math.max(...lengths));
  });
  const editor = page.locator('[role=textbox][contenteditable=true]').nth(index);
  await editor.click();
  await page.keyboard.press('Control+End');
  return editor;
}

/** Types a new word at the end of the focused editor and times the keydown of its last key to the preview showing it. */
async function previewTimed(page, word) {
  await page.keyboard.type(` ${word.slice(0, -1)}`);
  await page.evaluate(() => {
    document.addEventListener('keydown', () => (window.rnLastKey = performance.now()), {
      capture: true,
      once: true,
    });
  });
  await page.keyboard.press(word.at(-1));
  const shown = await frameWhen(
    page,
    (w) => (document.querySelector('.rn-preview__document')?.shadowRoot?.textContent ?? '').includes(w),
    word,
  );
  return shown - (await page.evaluate(() => window.rnLastKey));
}

export async function uiEditorBench({ root, scratch, progress }) {
  const started = performance.now();
  const executablePath = findChromium();
  console.log('');
  if (executablePath === undefined) {
    console.log(
      'Editor: chromium is not installed (Debian package chromium): the editor figures are skipped',
    );
    return;
  }
  const dir = join(scratch, 'editor');
  mkdirSync(dir, { recursive: true });
  const example = JSON.parse(readFileSync(join(root, 'examples', 'informatienota.json'), 'utf8'));
  const { memo: big, words } = readabilityMemo(example);
  progress('editor: starting raadsnota serve on a new register, and Chromium');
  const { child, url } = await serve(root, join(dir, 'register.sqlite'));
  const call = client(url);
  const small = (await call('memos.import', example)).nota.id;
  const large = (await call('memos.import', big)).nota.id;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const rows = [];
  try {
    progress(
      `editor: opening the example and the ${words}-word memo, ${RUNS.opens} times each, in fresh pages`,
    );
    const opens = { small: [], large: [] };
    for (let i = 0; i < RUNS.opens + 1; i++) {
      for (const [key, id, memo] of [
        ['small', small, example],
        ['large', large, big],
      ]) {
        const { context, page } = await appPage(browser, url);
        const time = await openTimed(page, id, memo.secties.length);
        if (i > 0) opens[key].push(time);
        await context.close();
      }
    }

    progress(
      `editor: typing ${RUNS.keys} keys at the end of the longest section, and in the onderwerp's input`,
    );
    const { context, page } = await appPage(browser, url);
    await openTimed(page, large, big.secties.length);
    const typed =
      'Wij zetten de zwemles voort in het nieuwe jaar en houden u op de hoogte van de wachtlijst. ';
    const text = typed.repeat(Math.ceil(RUNS.keys / typed.length)).slice(0, RUNS.keys);
    await focusLongest(page);
    await typeTimed(page, 'Warm ');
    const inEditor = await typeTimed(page, text);
    await page.locator('#nota-onderwerp').click();
    await page.keyboard.press('End');
    await typeTimed(page, ' warm');
    const inInput = await typeTimed(page, text);

    progress(`editor: ${RUNS.underlines} long sentences typed, timing the pause's end to their underline`);
    const underlines = [];
    await focusLongest(page);
    for (let i = 0; i < RUNS.underlines; i++) {
      const marker = `Bankmarker${i}`;
      await page.keyboard.type(
        ` ${marker} zegt dat de ouders die hun kind willen aanmelden voor de zwemles in de zomer een formulier ` +
          'invullen dat zij bij de balie van het zwembad kunnen ophalen of kunnen downloaden.',
      );
      const shown = await frameWhen(
        page,
        (m) => [...document.querySelectorAll('.b1-long-sentence')].some((e) => e.textContent.includes(m)),
        marker,
      );
      underlines.push(shown - (await lastMark(page, 'rn-b1-check')));
    }

    progress('editor: timing the B1 check of the same memo in Node, as its peer');
    const check = await import(await bundleReadability(root, dir));
    const manifest = check.Manifest.parse(
      JSON.parse(readFileSync(join(root, 'templates', 'informatienota.manifest.json'), 'utf8')),
    );
    const parsed = check.parseMemo(big, manifest);
    const wordList = check.compileWordList(
      check.parseAmbtelijkeWoorden(
        JSON.parse(readFileSync(join(root, 'templates', 'taal', 'ambtelijke-woorden.json'), 'utf8')),
      ),
    );
    const options = { wordList, names: check.namesIn(parsed, manifest), titles: check.titlesIn(parsed) };
    const inNode = [];
    for (let i = 0; i < 12; i++) {
      const start = performance.now();
      check.analyzeSections(check.sectionsToCheck(parsed, manifest), options);
      if (i >= 2) inNode.push(performance.now() - start);
    }

    progress(`editor: ${RUNS.previews} edits per memo, timing each to the refreshed preview`);
    const previews = { small: [], large: [] };
    const served = { small: [], large: [] };
    for (const [key, id, memo] of [
      ['large', large, big],
      ['small', small, example],
    ]) {
      if (key === 'small') await openTimed(page, id, memo.secties.length);
      await focusLongest(page);
      await frameWhen(page, () => document.querySelector('.rn-preview__document')?.shadowRoot?.textContent);
      for (let i = 0; i < RUNS.previews; i++) {
        previews[key].push(await previewTimed(page, `Voorbeeldwoord${key}${i}x`));
        const start = performance.now();
        await call('memos.preview', { id });
        served[key].push(performance.now() - start);
      }
    }
    await context.close();

    const p95 = (values) => percentile(values, 95);
    rows.push(
      [
        `open the ${words}-word memo, median (n=${opens.large.length})`,
        ms(median(opens.large)),
        `≤ ${TARGETS.openMs} ms`,
        within(median(opens.large), TARGETS.openMs),
      ],
      [
        `  peer: open the example memo, median; ratio`,
        `${ms(median(opens.small))}; ${ratio(median(opens.large), median(opens.small))}`,
        '',
        '',
      ],
      [
        `typing in the ${words}-word memo, keydown to next frame, median / p95 (n=${inEditor.length})`,
        `${ms(median(inEditor))} / ${ms(p95(inEditor))}`,
        `p95 ≤ ${TARGETS.typingP95Ms} ms`,
        within(p95(inEditor), TARGETS.typingP95Ms),
      ],
      [
        `  peer: the same keys in the onderwerp's input, median / p95; ratio of p95`,
        `${ms(median(inInput))} / ${ms(p95(inInput))}; ${ratio(p95(inEditor), p95(inInput))}`,
        '',
        '',
      ],
      [
        `pause in typing to B1 underlines, ${words}-word memo, median / p95 (n=${underlines.length})`,
        `${ms(median(underlines))} / ${ms(p95(underlines))}`,
        `≤ ${TARGETS.underlineMs} ms`,
        within(median(underlines), TARGETS.underlineMs),
      ],
      [
        `  peer: analyzeSections of the same memo in Node, median; ratio`,
        `${ms(median(inNode))}; ${ratio(median(underlines), median(inNode))}`,
        '',
        '',
      ],
      [
        `edit to refreshed preview, example memo, median / p95 (n=${previews.small.length})`,
        `${ms(median(previews.small))} / ${ms(p95(previews.small))}`,
        `≤ ${TARGETS.previewMs} ms`,
        within(median(previews.small), TARGETS.previewMs),
      ],
      [
        `  peer: memos.preview over HTTP alone, example memo, median; ratio`,
        `${ms(median(served.small))}; ${ratio(median(previews.small), median(served.small))}`,
        '',
        '',
      ],
      [
        `edit to refreshed preview, ${words}-word memo, median / p95 (n=${previews.large.length})`,
        `${ms(median(previews.large))} / ${ms(p95(previews.large))}`,
        `≤ ${TARGETS.previewMs} ms`,
        within(median(previews.large), TARGETS.previewMs),
      ],
      [
        `  peer: memos.preview over HTTP alone, ${words}-word memo, median; ratio`,
        `${ms(median(served.large))}; ${ratio(median(previews.large), median(served.large))}`,
        '',
        '',
      ],
    );
  } finally {
    await browser.close();
    child.kill();
  }
  console.log(`Editor (${((performance.now() - started) / 1000).toFixed(1)} s):`);
  printTable(rows);
}
