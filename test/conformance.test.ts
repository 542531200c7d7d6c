// Conformance: the headings of real, public council memos (read at test time from ../shared/domain/examples, never
// copied into this repository) must be headings our manifests require or allow. If a real memo uses a heading the
// manifest does not know, the manifest is what needs a look.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTemplates } from '../templates/engine/load.js';
import { fixedSections, type Manifest } from '../core/model/manifest.js';
import { knownHeadings, type ShippedType } from './helpers/assets.js';
import { describeWithSharedExamples, projectRoot, sharedExamplesDir } from './helpers/tools.js';

const INFORMATIENOTA = 'zwolle-informatienota-2018.txt';
const RAADSMEDEDELING = 'deventer-collegenota-met-raadsmededeling-2018.txt';

const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl');

/**
 * Headings of a plain-text informatienota (text extracted from a PDF, so headings are only recognisable by shape).
 * Only the memo body counts: from the line after "Wij stellen u voor kennis te nemen van" up to the signature
 * "Burgemeester en Wethouders van …". A heading is a short line (at most four words) that starts with a capital,
 * has no terminal punctuation and is not a list item ("a. …", "2. …"); it stands alone: the next line is blank,
 * and the line before is blank or ends a sentence (a page break in the extraction can swallow the blank line).
 */
function informatienotaHeadings(text: string): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const start = lines.findIndex((l) => l.startsWith('Wij stellen u voor kennis te nemen van'));
  if (start < 0)
    throw new Error('no "Wij stellen u voor kennis te nemen van" line: not an informatienota body');
  const end = lines.findIndex((l, i) => i > start && /^Burgemeester en wethouders\b/i.test(l));
  if (end < 0) throw new Error('no "Burgemeester en Wethouders" signature line after the body');

  const headings: string[] = [];
  for (let i = start + 1; i < end; i++) {
    const line = lines[i] ?? '';
    const before = lines[i - 1] ?? '';
    const after = lines[i + 1] ?? '';
    const words = line.split(' ').filter((w) => w !== '');
    const looksLikeHeading =
      words.length >= 1 &&
      words.length <= 4 &&
      /^\p{Lu}/u.test(line) &&
      !/[.,:;!?]$/.test(line) &&
      !/^(?:\p{L}|\d+)[.)]\s/u.test(line);
    const standsAlone = after === '' && (i === start + 1 || before === '' || /[.!?:]$/.test(before));
    if (looksLikeHeading && standsAlone) headings.push(line);
  }
  return headings;
}

interface MarkdownHeading {
  /** The number in front of the title ("3. Kern van de boodschap" → 3), if any. */
  number: number | undefined;
  /** The title without number and bold markers, whitespace normalised; an explanatory suffix is kept. */
  title: string;
}

/**
 * Headings of the raadsmededeling inside a markdown collegenota: the "### N. Title" lines after the line
 * "## RAADSMEDEDELING", up to the next heading of level one or two (where the annex begins).
 */
function raadsmededelingHeadings(text: string): MarkdownHeading[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const start = lines.findIndex((l) => /^##\s+RAADSMEDEDELING$/.test(l));
  if (start < 0) throw new Error('no "## RAADSMEDEDELING" line');
  const headings: MarkdownHeading[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2}\s/.test(line)) break;
    const heading = /^###\s+(.*)$/.exec(line);
    if (!heading) continue;
    const bare = (heading[1] ?? '')
      .replace(/\*\*|__/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    const numbered = /^(\d+)[.)]\s*(.*)$/.exec(bare);
    headings.push(
      numbered
        ? { number: Number(numbered[1]), title: (numbered[2] ?? '').trim() }
        : { number: undefined, title: bare },
    );
  }
  return headings;
}

/**
 * The manifest heading (title, alias or suggestion) that a real heading is, compared case-insensitively after
 * normalising whitespace: first the whole heading, then the part before a colon ("Financiën: toelichting").
 */
function matchHeading(heading: string, known: readonly string[]): string | undefined {
  const byKey = new Map(known.map((k) => [normalise(k), k]));
  const colon = heading.indexOf(':');
  return (
    byKey.get(normalise(heading)) ?? (colon > 0 ? byKey.get(normalise(heading.slice(0, colon))) : undefined)
  );
}

/** The position in manifest.secties that a heading belongs to (a fixed section, or the free slot), if any. */
function manifestPosition(heading: string, manifest: Manifest): number | undefined {
  const at = manifest.secties.findIndex((slot) =>
    matchHeading(heading, 'vrij' in slot ? slot.suggesties : [slot.titel, ...slot.aliassen]),
  );
  return at < 0 ? undefined : at;
}

/** The titles and aliases of the manifest's fixed sections with these keys; fails if a key is not there. */
function section(manifest: Manifest, sleutel: string): string[] {
  const found = fixedSections(manifest).find((s) => s.sleutel === sleutel);
  if (!found) throw new Error(`manifest ${manifest.type} has no section "${sleutel}"`);
  return [found.titel, ...found.aliassen];
}

async function manifests(): Promise<Record<ShippedType, Manifest>> {
  const { sets } = await loadTemplates(join(projectRoot, 'templates'));
  const manifest = (type: ShippedType): Manifest => {
    const set = sets[type];
    if (set === undefined) throw new Error(`no memo type ${type}`);
    return set.manifest;
  };
  return { informatienota: manifest('informatienota'), raadsmededeling: manifest('raadsmededeling') };
}

// The extractors on text written for this test, so that they are known to tell headings from the rest.
describe('heading extractors', () => {
  it('finds the standalone short lines of an informatienota body and nothing else', () => {
    const text = [
      'Kop boven het besluit',
      '',
      'Wij stellen u voor kennis te nemen van:',
      '',
      'De reactie van het college op motie M-1 over de speeltuin.',
      ' Inleiding',
      '',
      'Wij schrijven u over de speeltuin aan de rand van het dorp, die al',
      'Lang gesloten',
      '',
      'Kern van de boodschap',
      '',
      'a. Eerste punt',
      '',
      'Een kop van veel te veel woorden',
      '',
      'Dit is geen kop.',
      '',
      'Vervolgstappen:',
      '',
      'ook geen kop',
      '',
      'Planning',
      '',
      'Burgemeester en Wethouders van Voorbeeld,',
      '',
      'Ondertekening',
      '',
    ].join('\n');
    expect(informatienotaHeadings(text)).toEqual(['Inleiding', 'Kern van de boodschap', 'Planning']);
    expect(() => informatienotaHeadings('Inleiding\n\nTekst.')).toThrow(/kennis te nemen van/);
  });

  it('reads the numbered ### headings of the raadsmededeling part only', () => {
    const text = [
      '## Toelichting',
      '### Inleiding',
      '## RAADSMEDEDELING',
      '<b>Onderwerp</b>\tIets',
      '### 1. Inleiding: waarom deze mededeling',
      'Tekst.',
      '### 2. **Kader**',
      '#### Detail',
      '###  3.  Kern   van de boodschap',
      '### Zonder nummer',
      '## **Bijlage bij de mededeling**',
      '### 4. Nadere toelichting',
    ].join('\n');
    expect(raadsmededelingHeadings(text)).toEqual([
      { number: 1, title: 'Inleiding: waarom deze mededeling' },
      { number: 2, title: 'Kader' },
      { number: 3, title: 'Kern van de boodschap' },
      { number: undefined, title: 'Zonder nummer' },
    ]);
  });

  it('matches a heading whole first, then by the part before a colon, ignoring case and spacing', () => {
    const known = ['Inleiding', 'Inleiding: waarom deze mededeling', 'Financiën'];
    expect(matchHeading('inleiding:  waarom deze  MEDEDELING', known)).toBe(
      'Inleiding: waarom deze mededeling',
    );
    expect(matchHeading('Financiën: dekking uit de reserve', known)).toBe('Financiën');
    expect(matchHeading('Aanpak', known)).toBeUndefined();
    expect(matchHeading('Aanpak: Inleiding', known)).toBeUndefined();
  });
});

describeWithSharedExamples(
  [INFORMATIENOTA],
  'real informatienota against the informatienota manifest',
  () => {
    let manifest: Manifest;
    let headings: string[] = [];

    beforeAll(async () => {
      manifest = (await manifests()).informatienota;
      headings = informatienotaHeadings(await readFile(join(sharedExamplesDir(), INFORMATIENOTA), 'utf8'));
    });

    it('finds the inleiding, kernboodschap and openbaarheid headings, and free sections between them', () => {
      // Not every required section: this 2018 memo has no heading of its own for the financial consequences.
      for (const sleutel of ['inleiding', 'kernboodschap', 'openbaarheid']) {
        const names = section(manifest, sleutel);
        expect(
          headings.some((h) => matchHeading(h, names) !== undefined),
          `a heading for ${sleutel} (${names.join(' / ')}) among: ${headings.join(' | ')}`,
        ).toBe(true);
      }
      const freeSlot = manifest.secties.findIndex((s) => 'vrij' in s);
      expect(headings.filter((h) => manifestPosition(h, manifest) === freeSlot).length).toBeGreaterThan(0);
    });

    it('uses only headings the manifest requires or allows', () => {
      const { required, allowed } = knownHeadings(manifest);
      const unknown = headings.filter((h) => matchHeading(h, [...required, ...allowed]) === undefined);
      expect(unknown, `headings the manifest does not know; all: ${headings.join(' | ')}`).toEqual([]);
    });

    it('has its sections in the manifest order', () => {
      const positions = headings.map((h) => manifestPosition(h, manifest) ?? -1);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    });
  },
);

describeWithSharedExamples(
  [RAADSMEDEDELING],
  'real raadsmededeling against the raadsmededeling manifest',
  () => {
    let manifest: Manifest;
    let headings: MarkdownHeading[] = [];

    beforeAll(async () => {
      manifest = (await manifests()).raadsmededeling;
      headings = raadsmededelingHeadings(await readFile(join(sharedExamplesDir(), RAADSMEDEDELING), 'utf8'));
    });

    it('finds every required section before the free slot as a numbered heading, numbered in manifest order', () => {
      // The numbered core of a raadsmededeling: the required sections that precede the writer's own sections.
      const freeSlot = manifest.secties.findIndex((s) => 'vrij' in s);
      const core = manifest.secties
        .slice(0, freeSlot < 0 ? undefined : freeSlot)
        .filter((s) => 'sleutel' in s && s.verplicht);
      expect(core.length).toBeGreaterThan(0);
      core.forEach((slot, index) => {
        const names = 'sleutel' in slot ? [slot.titel, ...slot.aliassen] : [];
        const found = headings.find((h) => matchHeading(h.title, names) !== undefined);
        expect(found, `heading for ${names.join(' / ')}`).toBeDefined();
        expect(found?.number, `number of "${found?.title ?? ''}"`).toBe(index + 1);
      });
    });

    it('uses only headings the manifest requires or allows', () => {
      const { required, allowed } = knownHeadings(manifest);
      expect(headings.length).toBeGreaterThan(0);
      const unknown = headings.filter((h) => matchHeading(h.title, [...required, ...allowed]) === undefined);
      expect(unknown).toEqual([]);
    });

    it('numbers its sections 1, 2, 3, … in the manifest order', () => {
      expect(headings.map((h) => h.number)).toEqual(headings.map((_, i) => i + 1));
      const positions = headings.map((h) => manifestPosition(h.title, manifest) ?? -1);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    });
  },
);
