// The UI tests: the built renderer (dist/renderer/, made by `npm run build`) served by the real local server on a
// fresh register, in Debian's Chromium driven by playwright-core. Never a downloaded browser.
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { openContext, type Context } from '../../api/context.js';
import { RENDERER_DIR } from '../../api/locations.js';
import { startServer, type RunningServer } from '../../api/server/server.js';
import { NOW } from './api.js';
import { describeWithTools, findTool, projectRoot } from './tools.js';

/** Where every screen's picture goes, committed, so that a reviewer sees the screens without running anything. */
export const SCREENSHOTS_DIR = join(projectRoot, 'docs', 'screenshots');

/** Chromium as these machines run it: headless, no sandbox as root, no GPU, and no calls to Google's servers. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = findTool('chromium');
  if (!executablePath) throw new Error('chromium not found on PATH; install the Debian package chromium');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/**
 * The pages' browser contexts, closed when the app stops: a page left open keeps connections to the server (a request
 * a test holds back, a keep-alive socket), and the server's close waits for every running request to end.
 */
const contexts = new Set<BrowserContext>();

export interface RunningApp {
  /** The address to open, with the token in its fragment, as `raadsnota serve` prints it. */
  url: string;
  server: RunningServer;
  ctx: Context;
  dir: string;
  /** Stops the server (the renderer then finds it gone), closes the register and removes the folder. */
  stop(): Promise<void>;
}

/**
 * The browser mode on a fresh register in a temporary folder, at the tests' fixed date (6 December 2026) so that
 * what is overdue is the same every run.
 */
export async function startApp(): Promise<RunningApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`${RENDERER_DIR} has no index.html: run npm run build first`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'raadsnota-ui-'));
  const ctx = openContext({ dbPath: join(dir, 'register.sqlite'), user: 'testgebruiker', now: () => NOW });
  ctx.db.write();
  const server = await startServer({ ctx, staticDir: RENDERER_DIR });
  let stopped = false;
  return {
    url: `${server.url}#token=${server.token}`,
    server,
    ctx,
    dir,
    stop: async () => {
      await Promise.all([...contexts].map((context) => context.close()));
      contexts.clear();
      if (!stopped) await server.close();
      stopped = true;
      ctx.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new page in its own context (no storage shared between tests), with the browser's own errors collected. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  contexts.add(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return { page, errors };
}

/**
 * axe-core's WCAG 2.1 A and AA rules on the page as it is: each violation with its rule and the elements. `exclude`
 * leaves out parts that are tested on their own (a selector each).
 */
export async function accessibilityViolations(
  page: Page,
  exclude: readonly string[] = [],
): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of exclude) builder = builder.exclude(selector);
  const result = await builder.analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact ?? '?'}): ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** The whole page as docs/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}

/** What a suite in the browser works with: the suite's Chromium, and the app (a fresh register) it runs against. */
export interface Ui {
  readonly browser: Browser;
  readonly app: RunningApp;
}

/**
 * A suite of UI tests: one Chromium for the suite, and the browser mode on a fresh register for the whole suite or
 * for each test (started before the suite's own beforeEach, so that one can fill it). Without Chromium it is skipped
 * with a visible line, or fails with CI=true.
 */
export function describeInBrowser(
  suite: string,
  fresh: 'per suite' | 'per test',
  fn: (ui: Ui) => void,
): void {
  describeWithTools(['chromium'], suite, () => {
    let browser: Browser | undefined;
    let app: RunningApp | undefined;
    const ui: Ui = {
      get browser() {
        if (!browser) throw new Error('Chromium is not running: use ui.browser inside a test or hook');
        return browser;
      },
      get app() {
        if (!app) throw new Error('The app is not running: use ui.app inside a test or hook');
        return app;
      },
    };
    const start = async (): Promise<void> => {
      app = await startApp();
    };
    const stop = async (): Promise<void> => {
      await app?.stop();
      app = undefined;
    };
    beforeAll(async () => {
      browser = await launchChromium();
      if (fresh === 'per suite') await start();
    });
    afterAll(async () => {
      await stop();
      await browser?.close();
    });
    if (fresh === 'per test') {
      beforeEach(start);
      afterEach(stop);
    }
    fn(ui);
  });
}
