// The rich-text editor's harness page (test/e2e/harness/richtext/main.tsx), bundled by esbuild into a temporary folder
// and served with the app's own security headers (its CSP above all), so that what the editor does against the CSP
// shows as it would in the app. One build per test file; the server and folder go when the suite ends.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { secure } from '../../api/server/headers.js';
import type { MountOptions, RichTextHarness } from '../e2e/harness/richtext/api.js';
import { projectRoot } from './tools.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** A 2×2 PNG, the picture every "uploaded" file shows as. */
export const PICTURE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

export interface EditorHarness {
  url: string;
  close(): Promise<void>;
}

export async function startEditorHarness(): Promise<EditorHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'raadsnota-editor-'));
  await build({
    entryPoints: { index: join(projectRoot, 'test/e2e/harness/richtext/main.tsx') },
    bundle: true,
    format: 'esm',
    outdir: dir,
    jsx: 'automatic',
    loader: { '.svg': 'file', '.woff2': 'file', '.png': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Editor</title>' +
      '<link rel="stylesheet" href="index.css"></head><body><div id="root"></div>' +
      '<script type="module" src="index.js"></script></body></html>',
  );
  const server: Server = createServer((req, res) => {
    secure(res);
    const path = new URL(req.url ?? '/', 'http://harness').pathname;
    if (path === '/favicon.ico') {
      res.statusCode = 204;
      res.end();
      return;
    }
    if (path.startsWith('/afbeeldingen/')) {
      res.setHeader('Content-Type', 'image/png');
      res.end(PICTURE);
      return;
    }
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = readFileSync(file);
      res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The harness in a fresh page, with the browser's errors (a CSP violation among them) collected. */
export async function openEditorPage(
  browser: Browser,
  harness: EditorHarness,
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(harness.url);
  await page.waitForFunction(() => 'harness' in globalThis);
  return { page, context, errors };
}

type WithHarness = typeof globalThis & { harness: RichTextHarness };

/** The editor's canonical HTML of `html`, from the page. */
export function canonicalIn(page: Page, html: string): Promise<string> {
  return page.evaluate((value) => (globalThis as WithHarness).harness.canonicalHtml(value), html);
}

/** Mounts the editor afresh with these props; what it hands back starts empty. */
export async function mountEditor(page: Page, options: MountOptions): Promise<void> {
  await page.evaluate((o) => {
    (globalThis as WithHarness).harness.mount(o);
  }, options);
  await page.locator('#sectie-kernboodschap').waitFor();
}

/** Each html the editor's onChange gave since it was mounted, in order. */
export function changesIn(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as WithHarness).harness.changes);
}

/** The last html onChange gave, or undefined. */
export async function lastChange(page: Page): Promise<string | undefined> {
  return (await changesIn(page)).at(-1);
}

/** How often onBlur was called, and the files uploaded, since the editor was mounted. */
export function reportsIn(page: Page): Promise<{ blurs: number; uploads: string[] }> {
  return page.evaluate(() => {
    const { blurs, uploads } = (globalThis as WithHarness).harness;
    return { blurs, uploads };
  });
}

/** Pastes into the editor, with the clipboard's data by type ("text/html", "text/plain"). */
export async function pasteIn(page: Page, data: Record<string, string>): Promise<void> {
  await page.evaluate((d) => {
    (globalThis as WithHarness).harness.paste(d);
  }, data);
}

/** A computed style of the first element `selector` finds (with `pseudo`, of its ::before or ::after). */
export function styleIn(page: Page, selector: string, property: string, pseudo = ''): Promise<string> {
  return page.evaluate(
    `getComputedStyle(document.querySelector(${JSON.stringify(selector)}), ${JSON.stringify(pseudo || null)})` +
      `.getPropertyValue(${JSON.stringify(property)})`,
  );
}
