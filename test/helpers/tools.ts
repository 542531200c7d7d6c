// Suites that need something outside the repository: LibreOffice and poppler as independent readers of our DOCX,
// and the real public memos in ../shared as a conformance set. Without them a suite is skipped with a visible
// SKIPPED line on a developer's machine; with CI=true it fails instead, so CI can never pass by skipping.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

export const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export type Tool = 'soffice' | 'pdftotext' | 'pdfinfo' | 'pdfimages' | 'python3' | 'chromium';

const TOOLS: Record<Tool, { label: string; debianPackage: string }> = {
  soffice: { label: 'LibreOffice (soffice)', debianPackage: 'libreoffice-writer-nogui' },
  pdftotext: { label: 'poppler (pdftotext)', debianPackage: 'poppler-utils' },
  pdfinfo: { label: 'poppler (pdfinfo)', debianPackage: 'poppler-utils' },
  pdfimages: { label: 'poppler (pdfimages)', debianPackage: 'poppler-utils' },
  python3: { label: 'Python 3 (its expat reads XML)', debianPackage: 'python3' },
  chromium: { label: 'Chromium (the UI tests drive it)', debianPackage: 'chromium' },
};

/** The executable's full path if it is on PATH, else undefined. */
export function findTool(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next directory
    }
  }
  return undefined;
}

/** The tool's full path, or an error that says which package to install. For use inside a suite. */
export function requireTool(name: Tool): string {
  const found = findTool(name);
  if (found === undefined) {
    const { label, debianPackage } = TOOLS[name];
    throw new Error(`${label} not found on PATH; install ${debianPackage}`);
  }
  return found;
}

export const inCi = (): boolean => process.env.CI === 'true';

/**
 * Runs `fn` as a describe block when nothing is missing. Otherwise: outside CI the suite is skipped and a
 * SKIPPED line goes to stderr; in CI one test fails with the same message.
 */
function describeIfPresent(missing: string | undefined, suite: string, fn: () => void): void {
  if (missing === undefined) {
    describe(suite, fn);
    return;
  }
  const message = `${missing} to run ${suite}`;
  if (inCi()) {
    describe(suite, () => {
      it('has what it needs (CI=true: skipping is not allowed)', () => {
        throw new Error(`${message} (CI=true, so this suite fails instead of being skipped)`);
      });
    });
    return;
  }
  console.warn(`SKIPPED: ${message}`);
  describe.skip(suite, fn);
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** A describe block that needs external tools; see describeIfPresent for what happens when one is missing. */
export function describeWithTools(tools: readonly Tool[], suite: string, fn: () => void): void {
  const missing = tools.filter((t) => findTool(t) === undefined);
  const packages = [...new Set(missing.map((t) => TOOLS[t].debianPackage))];
  const reason =
    missing.length === 0
      ? undefined
      : `${listed(missing.map((t) => TOOLS[t].label))} not found; install ${packages.join(' ')}`;
  describeIfPresent(reason, suite, fn);
}

/** The shared folder next to the project, which holds the real public memos in domain/examples. */
export function sharedDir(): string {
  return resolve(projectRoot, '../shared');
}

export function sharedExamplesDir(): string {
  return join(sharedDir(), 'domain', 'examples');
}

/** A describe block that reads `files` in `dir`, a folder of ../shared; skipped or failed when any is absent. */
function describeWithSharedFiles(dir: string, files: readonly string[], suite: string, fn: () => void): void {
  const absent = existsSync(dir) ? files.filter((f) => !existsSync(join(dir, f))) : [dir];
  const reason =
    absent.length === 0
      ? undefined
      : `${absent.join(', ')} not found; check out the shared folder next to the project (${sharedDir()})`;
  describeIfPresent(reason, suite, fn);
}

/** A describe block that reads the real memos in ../shared/domain/examples; skipped or failed without them. */
export function describeWithSharedExamples(files: readonly string[], suite: string, fn: () => void): void {
  describeWithSharedFiles(sharedExamplesDir(), files, suite, fn);
}

/** The public specifications in ../shared/standards (ORI, DiWoo, ZGW), read at test time and never copied here. */
export function standardsDir(): string {
  return join(sharedDir(), 'standards');
}

/** A describe block that reads specifications in ../shared/standards; skipped or failed without them. */
export function describeWithStandards(files: readonly string[], suite: string, fn: () => void): void {
  describeWithSharedFiles(standardsDir(), files, suite, fn);
}
