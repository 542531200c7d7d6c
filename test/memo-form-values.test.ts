// The editor's form holds each field as its inputs show it; what it gives back to the memo must be what the memo held,
// so that opening and saving a memo never drops a part the form does not show as a separate field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Manifest } from '../core/model/manifest.js';
import { formFields } from '../renderer/memos/editor/fields.js';
import { fromForm, toForm } from '../renderer/memos/editor/form-values.js';
import { projectRoot } from './helpers/tools.js';

const manifest = Manifest.parse(
  JSON.parse(readFileSync(join(projectRoot, 'templates', 'informatienota.manifest.json'), 'utf8')),
);

describe('the memo form round trip', () => {
  const fields = formFields(manifest);
  const field = (naam: string) => {
    const found = fields.find((f) => f.naam === naam);
    if (found === undefined) throw new Error(`no field ${naam}`);
    return found;
  };

  it("keeps a bijlage's file beside its title", () => {
    const bijlagen = [{ titel: 'Evaluatie', bestand: 'bijlagen/evaluatie.pdf' }, { titel: 'Kaart' }];
    expect(fromForm(field('bijlagen'), toForm(field('bijlagen'), bijlagen))).toEqual(bijlagen);
  });

  it('keeps informanten and ondertekenaars with every part they have', () => {
    const informanten = [
      { naam: 'A. de Vries', email: 'a@voorbeeld.nl' },
      { naam: 'B. Bakker', telefoon: '14 0123' },
    ];
    expect(fromForm(field('informanten'), toForm(field('informanten'), informanten))).toEqual(informanten);
    const ondertekening = [{ naam: 'mr. J. de Boer', functie: 'burgemeester' }];
    expect(fromForm(field('ondertekening'), toForm(field('ondertekening'), ondertekening))).toEqual(
      ondertekening,
    );
  });
});
