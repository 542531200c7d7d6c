// The UI part of `npm run bench`: the register screen in Debian's Chromium, in browser mode (`raadsnota serve` on a
// copy of the 100,000-item register the register part built, a whole process as a user starts it). Three figures:
// the first screen's bundle, gzipped (what index.html loads from dist/renderer/assets); the time to interactive of
// the register screen (from navigation to the first rows' links in the page, the search box ready; median of fresh
// page loads); and the time from a keystroke in the search box to the updated list (from the keydown to the frame
// after the new search's first page is in the page, p95 over every keystroke of words typed as a user types them).
// Prints figures; asserts nothing. Its files go to `ui/` in the bench's temporary folder.
/* global document */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { RARE_WORDS } from './register-data.mjs';
import { serve } from './server.mjs';
import { median, percentile, within } from './stats.mjs';
import { printTable } from './table.mjs';

const TARGETS = { bundleKb: 600, interactiveMs: 1000, keystrokeP95Ms: 50 };
const LOADS = { warmup: 2, runs: 11 };
/** Words as a user types them, one keystroke at a time: 5 words, 50 keystrokes. */
const TYPED = ['financiele', 'school', RARE_WORDS[0], 'fietsroute veilig', 'M-2019-123'];
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

const ms = (v) => `${v.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (v) => `${(v / 1000).toFixed(1)} s`;

function findChromium() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'chromium');
    if (dir !== '' && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The files index.html loads before the first screen shows: its script and style sheets, each gzipped. */
function firstScreenBundle(root) {
  const dist = join(root, 'dist', 'renderer');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: statSync(join(dist, file)).size, gzip: gzipSync(bytes).length };
  });
}

/** From navigation start to the first row's link in the page, measured in the page at the frame it shows. */
async function timeToInteractive(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () =>
      document.querySelector('[data-testid=register-lijst] a') !== null &&
      document.querySelector('#zoek-tekst')?.disabled === false &&
      performance.now(),
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  const value = await handle.jsonValue();
  await context.close();
  return value;
}

/**
 * Types `text` into the search box one key at a time; for each key, the time from its keydown to the frame after the
 * list shows the new search (the count's aria-busy false again: the search's first page is in the page).
 */
async function typeTimed(page, text) {
  const times = [];
  for (const key of text) {
    await page.evaluate(`window.rnKeyAt = undefined`);
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    times.push(
      await page.evaluate(`new Promise((resolve) => {
        const count = document.querySelector('.rn-count');
        const finish = () => requestAnimationFrame(() => resolve(performance.now() - window.rnKeyAt));
        if (count.getAttribute('aria-busy') !== 'true') return finish();
        const watch = new MutationObserver(() => {
          if (count.getAttribute('aria-busy') === 'true') return;
          watch.disconnect();
          finish();
        });
        watch.observe(count, { attributes: true });
      })`),
    );
  }
  return times;
}

/** `register`: the 100,000-item register the register part built (`{ file, size }`), served here from a copy. */
export async function uiSearchBench({ root, scratch, progress, register: built }) {
  const started = performance.now();
  const rows = [];
  const bundle = firstScreenBundle(root);
  const gzip = bundle.reduce((sum, f) => sum + f.gzip, 0);
  rows.push([
    `first screen's bundle, gzipped (${bundle.map((f) => f.file.replace('assets/', '')).join(', ')})`,
    kb(gzip),
    `≤ ${TARGETS.bundleKb} KB`,
    within(gzip / 1024, TARGETS.bundleKb),
  ]);
  rows.push(["first screen's bundle, raw", kb(bundle.reduce((sum, f) => sum + f.raw, 0)), '', '']);

  const executablePath = findChromium();
  console.log('');
  if (executablePath === undefined) {
    console.log('UI: chromium is not installed (Debian package chromium): the browser figures are skipped');
    printTable(rows);
    return;
  }
  const dir = join(scratch, 'ui');
  mkdirSync(dir, { recursive: true });
  const db = join(dir, 'register-100k.sqlite');
  copyFileSync(built.file, db);
  progress('ui: starting raadsnota serve on a copy of the 100,000-item register, and Chromium');
  const { child, url } = await serve(root, db);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    progress(`ui: ${LOADS.warmup} + ${LOADS.runs} loads of the register screen in fresh pages`);
    const loads = [];
    for (let i = 0; i < LOADS.warmup + LOADS.runs; i++) {
      const value = await timeToInteractive(browser, url.href);
      if (i >= LOADS.warmup) loads.push(value);
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url.href);
    const search = page.locator('#zoek-tekst');
    await page.locator('[data-testid=register-lijst] a').first().waitFor();
    await page.evaluate(`document.querySelector('#zoek-tekst').addEventListener('keydown', () => {
      window.rnKeyAt = performance.now();
    }, { capture: true })`);
    const keystrokes = [];
    const typed = [];
    progress(`ui: typing ${TYPED.map((t) => `"${t}"`).join(', ')}, timing every keystroke`);
    for (const text of TYPED) {
      await search.fill('');
      await page.waitForFunction(
        () => document.querySelector('.rn-count')?.getAttribute('aria-busy') !== 'true',
      );
      await search.focus();
      const times = await typeTimed(page, text);
      keystrokes.push(...times);
      times.forEach((time, i) => typed.push([text.slice(0, i + 1), time]));
    }
    await context.close();

    rows.push([
      `register screen, time to interactive, median (n=${loads.length})`,
      ms(median(loads)),
      `≤ ${TARGETS.interactiveMs} ms`,
      within(median(loads), TARGETS.interactiveMs),
    ]);
    rows.push(['register screen, time to interactive, p95', ms(percentile(loads, 95)), '', '']);
    rows.push([`keystroke to updated list, p50 (n=${keystrokes.length})`, ms(median(keystrokes)), '', '']);
    rows.push([
      'keystroke to updated list, p95',
      ms(percentile(keystrokes, 95)),
      `≤ ${TARGETS.keystrokeP95Ms} ms`,
      within(percentile(keystrokes, 95), TARGETS.keystrokeP95Ms),
    ]);
    rows.push(['keystroke to updated list, max', ms(Math.max(...keystrokes)), '', '']);
    console.log(
      `UI: Chromium ${browser.version()} (${executablePath}), browser mode on ${built.size.toLocaleString('en-US')} items`,
    );
    const slowest = [...typed].sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`slowest keystrokes: ${slowest.map(([text, time]) => `"${text}" ${ms(time)}`).join(', ')}`);
    console.log('');
    printTable(rows);
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`UI part took ${s(performance.now() - started)}`);
}
