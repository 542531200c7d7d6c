// The fuzz harness for documents: memo files changed at random places to random (often hostile) values, and section
// rich text generated from the HTML subset, elements it does not allow and hostile text. Each input is refused with
// Dutch issues that name where, or it gives a DOCX that readers which share no code with the engine accept: libexpat
// finds every XML part well-formed and LibreOffice opens and prints it. Never an other error, never a broken file.
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../core/errors.js';
import { renderDocx } from '../templates/engine/render.js';
import {
  assets,
  CREATED,
  exampleInput,
  makeTempDir,
  removeTempDir,
  type ShippedType,
  parseShipped,
} from './helpers/assets.js';
import { wellFormednessProblems } from './helpers/docx.js';
import { fuzzOptions, FUZZ_TIMEOUT_MS, mutate, mutation, sectionHtml } from './helpers/fuzz.js';
import { expatProblems, libreOfficeTexts, writeAll } from './helpers/independent-readers.js';
import { describeWithTools, requireTool } from './helpers/tools.js';

const TYPES: readonly ShippedType[] = ['informatienota', 'raadsmededeling'];

/** What the harness accepted: the DOCX and the input that gave it, for the independent readers at the end. */
const accepted: { input: unknown; docx: Uint8Array }[] = [];
const refused = { count: 0 };

const REFERENCE = /&#(x[0-9a-fA-F]+|[0-9]+);/g;

/** Character references to code points XML 1.0 does not allow: the well-formedness check of the helpers skips them. */
function forbiddenReferences(xml: string): string[] {
  return [...xml.matchAll(REFERENCE)]
    .map((m) => {
      const ref = m[1] ?? '';
      return [m[0], ref.startsWith('x') ? parseInt(ref.slice(1), 16) : Number(ref)] as const;
    })
    .filter(([, code]) => {
      const allowed =
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      return !allowed;
    })
    .map(([text]) => text);
}

/** A quick look inside the property, so that fast-check can shrink what breaks the XML; expat has the last word. */
function xmlProblems(docx: Uint8Array): string[] {
  const parts = unzipSync(docx);
  return Object.entries(parts)
    .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
    .flatMap(([name, bytes]) => {
      const xml = strFromU8(bytes);
      return [...wellFormednessProblems(xml), ...forbiddenReferences(xml)].map((p) => `${name}: ${p}`);
    });
}

/** Runs the pipeline the CLI's render runs; returns what a user would get, or fails the property. */
async function renderOrRefuse(input: unknown): Promise<void> {
  let docx: Uint8Array;
  try {
    docx = renderDocx(parseShipped(input), await assets(), { createdAt: CREATED });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(issue.message.trim()).not.toBe('');
      // A message names the problem; it does not repeat a whole pasted text back.
      expect(issue.message.length + issue.path.length).toBeLessThan(1_000);
    }
    refused.count++;
    return;
  }
  expect(xmlProblems(docx)).toEqual([]);
  accepted.push({ input, docx });
}

describe('fuzzing memo files and section text', () => {
  let bases: Record<ShippedType, Record<string, unknown>>;

  beforeAll(async () => {
    bases = {
      informatienota: await exampleInput('informatienota'),
      raadsmededeling: await exampleInput('raadsmededeling'),
    };
  });

  it(
    'refuses a memo file changed at random places with Dutch issues, or renders a readable DOCX',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...TYPES),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          async (type, mutations) => renderOrRefuse(mutate(bases[type], mutations)),
        ),
        fuzzOptions(150),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'refuses generated section rich text by section, or renders every part of it readably',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...TYPES), fc.nat(), sectionHtml, async (type, pick, html) => {
          const memo = structuredClone(bases[type]);
          const sections = memo.secties as { inhoud: string }[];
          const section = sections[pick % sections.length];
          if (section) section.inhoud = html;
          await renderOrRefuse(memo);
        }),
        fuzzOptions(200),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it('both accepted and refused inputs occurred, so the properties tested both paths', () => {
    expect(accepted.length).toBeGreaterThan(20);
    expect(refused.count).toBeGreaterThan(20);
  });
});

describeWithTools(['python3', 'soffice', 'pdftotext'], 'independent readers of every fuzzed DOCX', () => {
  let dir: string;
  let paths: string[];

  beforeAll(async () => {
    dir = await makeTempDir();
    paths = await writeAll(
      dir,
      accepted.map((a) => a.docx),
    );
  });
  afterAll(() => removeTempDir(dir));

  it('libexpat finds every XML part of every accepted DOCX well-formed', async () => {
    expect(paths.length).toBeGreaterThan(0);
    const found = await expatProblems(requireTool('python3'), paths);
    const bad = paths.flatMap((path, i) =>
      (found.get(path) ?? ['not checked']).map(
        (p) => `${p}\n  input: ${JSON.stringify(accepted[i]?.input).slice(0, 300)}`,
      ),
    );
    expect(bad).toEqual([]);
  });

  it(
    'LibreOffice opens and prints a sample of the accepted DOCX files',
    async () => {
      const step = Math.max(1, Math.floor(paths.length / 6));
      const sample = paths.filter((_, i) => i % step === 0).slice(0, 6);
      const texts = await libreOfficeTexts(requireTool('soffice'), requireTool('pdftotext'), dir, sample);
      for (const [i, text] of texts.entries()) {
        expect(text, sample[i]).toBeDefined();
        expect(text?.trim().length, sample[i]).toBeGreaterThan(0);
      }
    },
    FUZZ_TIMEOUT_MS,
  );
});
