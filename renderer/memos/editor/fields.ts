import type { Manifest } from '../../../core/model/manifest.js';
import type { VeldSoort } from '../../../core/model/fields.js';

/** How the form asks for a field: the veld soorten of a type's manifest, and the common fields' own shapes. */
export type FieldKind = VeldSoort | 'kenmerk' | 'bijlagen' | 'ondertekening';

export interface FormFieldSpec {
  naam: string;
  label: string;
  kind: FieldKind;
  verplicht: boolean;
  uitleg?: string | undefined;
  opties?: readonly string[] | undefined;
  /** The fixed section whose card asks this field (openbaarheid, financiën), instead of the metadata form. */
  sectie?: string | undefined;
}

/** The fields every memo has that the writer fills in (the versienummer is the register's version, not typed). */
const COMMON_BEFORE: readonly FormFieldSpec[] = [
  { naam: 'onderwerp', label: 'Onderwerp', kind: 'tekst', verplicht: true },
  { naam: 'datum', label: 'Datum', kind: 'datum', verplicht: true },
  {
    naam: 'kenmerk',
    label: 'Kenmerk',
    kind: 'kenmerk',
    verplicht: true,
    uitleg: 'Het kenmerk of notanummer volgens het patroon van de huisstijl',
  },
  { naam: 'portefeuillehouder', label: 'Portefeuillehouder', kind: 'tekst', verplicht: true },
];

const COMMON_AFTER: readonly FormFieldSpec[] = [
  {
    naam: 'bijlagen',
    label: 'Bijlagen',
    kind: 'bijlagen',
    verplicht: false,
    uitleg:
      'De titels van de bijlagen; de nota nummert ze in deze volgorde. Het bestand (naast de nota) gaat mee in de export',
  },
  {
    naam: 'ondertekening',
    label: 'Ondertekening',
    kind: 'ondertekening',
    verplicht: false,
    uitleg: 'Zonder ondertekenaars tekenen de burgemeester en de secretaris uit de huisstijl',
  },
];

/**
 * The fields of a memo type's form: the common fields, then the type's own `velden` in the manifest's order. A veld
 * that belongs to a section (openbaarheid, financiën) is asked in that section's card, not in the metadata form.
 */
export function formFields(manifest: Manifest): FormFieldSpec[] {
  const own = manifest.velden.map((veld) => ({
    naam: veld.naam,
    label: veld.label,
    kind: veld.soort,
    verplicht: veld.verplicht,
    uitleg: veld.uitleg,
    opties: veld.opties,
    sectie: veld.sectie,
  }));
  return [...COMMON_BEFORE, ...own, ...COMMON_AFTER];
}

/** The parts of a row of a list field, in order: an informant's name, telephone and e-mail; a bijlage's file. */
export const ROW_PARTS: Partial<
  Record<FieldKind, readonly { naam: string; label: string; verplicht: boolean }[]>
> = {
  informanten: [
    { naam: 'naam', label: 'Naam', verplicht: true },
    { naam: 'telefoon', label: 'Telefoon', verplicht: false },
    { naam: 'email', label: 'E-mail', verplicht: false },
  ],
  ondertekening: [
    { naam: 'naam', label: 'Naam', verplicht: true },
    { naam: 'functie', label: 'Functie', verplicht: true },
  ],
  bijlagen: [
    { naam: 'titel', label: 'Titel', verplicht: true },
    { naam: 'bestand', label: 'Bestand', verplicht: false },
  ],
};
