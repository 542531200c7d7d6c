import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Manifest } from '../core/model/manifest.js';
import type { MemoConcept } from '../core/model/memo-concept.js';
import { buildConcept, draftOf } from '../renderer/memos/editor/draft.js';
import { missingOf } from '../renderer/memos/editor/missing.js';
import { insertionIndex, moved } from '../renderer/memos/editor/order.js';
import { projectRoot } from './helpers/tools.js';

const manifest = Manifest.parse(
  JSON.parse(readFileSync(join(projectRoot, 'templates', 'informatienota.manifest.json'), 'utf8')),
);

const stored: MemoConcept = {
  type: 'informatienota',
  onderwerp: 'Zwemles',
  informanten: [{ naam: 'Joris Verhoeven', email: 'j.verhoeven@voorbeeld.nl' }],
  secties: [
    { sleutel: 'inleiding', inhoud: '<p>Ieder kind.</p>' },
    { sleutel: 'kernboodschap', inhoud: '' },
    { titel: 'Planning', inhoud: '<p>In 2027.</p>' },
    { sleutel: 'financiele-consequenties', inhoud: '' },
    { sleutel: 'openbaarheid', inhoud: '' },
  ],
};

describe("the editor's draft as the concept it stores", () => {
  it('gives back the stored concept unchanged when nothing was typed (with the register’s versienummer)', () => {
    const { concept, problems } = buildConcept(draftOf(stored, manifest), manifest, stored, 1);
    expect(concept).toEqual({ ...stored, versienummer: 1 });
    expect(problems.size).toBe(0);
  });

  it('leaves an emptied field out, and keeps the stored value of one its schema refuses, saying why', () => {
    const draft = draftOf(stored, manifest);
    const typed = {
      ...draft,
      values: {
        ...draft.values,
        onderwerp: '   ',
        informanten: [{ naam: 'Joris Verhoeven', telefoon: '', email: 'j.verhoeven@' }],
      },
    };
    const { concept, problems } = buildConcept(typed, manifest, stored, 1);
    expect(concept).not.toHaveProperty('onderwerp');
    expect(concept.informanten).toEqual(stored.informanten);
    expect(problems.get('informanten')).toMatch(/regel 1, email/);
  });

  it('keeps the file a bijlage names with its row, whatever else is typed, until the writer clears it', () => {
    const withFiles: MemoConcept = {
      ...stored,
      bijlagen: [{ titel: 'Kaart' }, { titel: 'Evaluatie', bestand: 'bijlagen/evaluatie.pdf' }],
    };
    const draft = draftOf(withFiles, manifest);
    const typed = { ...draft, values: { ...draft.values, onderwerp: 'Zwemles voor alle kinderen' } };
    expect(buildConcept(typed, manifest, withFiles, 1).concept.bijlagen).toEqual(withFiles.bijlagen);
    const renamed = {
      ...draft,
      values: {
        ...draft.values,
        bijlagen: [
          { titel: 'Kaart', bestand: '' },
          { titel: 'Evaluatie 2026', bestand: 'bijlagen/evaluatie.pdf' },
        ],
      },
    };
    expect(buildConcept(renamed, manifest, withFiles, 1).concept.bijlagen).toEqual([
      { titel: 'Kaart' },
      { titel: 'Evaluatie 2026', bestand: 'bijlagen/evaluatie.pdf' },
    ]);
    const cleared = {
      ...draft,
      values: {
        ...draft.values,
        bijlagen: [
          { titel: 'Kaart', bestand: '' },
          { titel: 'Evaluatie', bestand: '' },
        ],
      },
    };
    expect(buildConcept(cleared, manifest, withFiles, 1).concept.bijlagen).toEqual([
      { titel: 'Kaart' },
      { titel: 'Evaluatie' },
    ]);
  });

  it('counts what is missing: required fields, empty required sections, the choices their sections need', () => {
    const draft = draftOf(stored, manifest);
    const built = buildConcept(draft, manifest, stored, 1);
    const texts = missingOf(built, draft.sections, manifest).map((missing) => missing.text);
    expect(texts).toContain('Datum ontbreekt');
    expect(texts).toContain('Kernboodschap is nog leeg');
    expect(texts).not.toContain('Inleiding is nog leeg');
    expect(texts).not.toContain('Onderwerp ontbreekt');
  });

  it('puts a free section in the free slot and moves it only among free sections', () => {
    const { sections } = draftOf(stored, manifest);
    expect(insertionIndex(sections, manifest, {})).toBe(3);
    expect(insertionIndex(sections, manifest, { sleutel: 'openbaarheid' })).toBe(5);
    const planning = sections[2]?.key ?? '';
    expect(moved(sections, planning, -1)).toBe(sections);
    expect(moved(sections, planning, 1)).toBe(sections);
  });
});
