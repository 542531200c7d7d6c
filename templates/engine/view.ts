import type { Huisstijl } from '../../core/model/huisstijl.js';
import type { Memo, Ondertekenaar } from '../../core/model/memo.js';
import { RichRef } from './fill.js';
import { kennisnameOf } from '../../core/kennisname.js';
import type { Manifest } from '../../core/model/manifest.js';
import { nietOpenbaarMarkering, Openbaarheid } from '../../core/model/openbaarheid.js';
import type { ArrangedSection } from './sections.js';

/**
 * What a template sees. Values are plain data that Handlebars escapes; section content is a `RichRef`, which
 * only the `{{richtext}}` helper can place. The names are the ones documented in templates/README.md.
 */
export function templateView(
  memo: Memo,
  manifest: Manifest,
  huisstijl: Huisstijl,
  sections: ArrangedSection[],
) {
  const { burgemeester, secretaris, griffier } = huisstijl.ondertekening;
  const ondertekening: Ondertekenaar[] = memo.ondertekening ?? [
    { naam: burgemeester.naam, functie: 'burgemeester' },
    { naam: secretaris.naam, functie: 'secretaris' },
  ];
  const heeftVerwijzingen = memo.moties.length + memo.toezeggingen.length > 0;
  const openbaarheid = manifest.velden.find((veld) => veld.soort === 'openbaarheid');
  const keuze = openbaarheid && Openbaarheid.safeParse(memo[openbaarheid.naam]);
  return {
    memo,
    titel: manifest.titel,
    gemeente: huisstijl.gemeente,
    plaatsnaam: huisstijl.plaatsnaam,
    kennisname: kennisnameOf(memo),
    heeftVerwijzingen,
    toonKennisname: heeftVerwijzingen || memo.voorgesteldBesluit !== undefined,
    secties: sections.map((s) => ({ sleutel: s.sleutel, titel: s.titel, inhoud: new RichRef(s.blocks) })),
    ondertekening,
    voorzitter: burgemeester.naam,
    griffier: griffier?.naam,
    nietOpenbaar: keuze?.success ? nietOpenbaarMarkering(keuze.data) : undefined,
  };
}
