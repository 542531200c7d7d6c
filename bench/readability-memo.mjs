// The B1 check's benchmark memo: an informatienota of 10,000 words, written for the purpose. Paragraphs are drawn
// from the sentences below with a seeded generator, so every run checks the same memo. The sentences mix what the
// check looks at: plain ones, long ones, passives, naamwoordstijl, ambtelijke woorden, long compounds, names,
// amounts, quoted motie titles, entities and inline markup; the sections also hold lists, a table and footnotes.

const SENTENCES = [
  'Ieder kind in onze gemeente moet veilig kunnen zwemmen.',
  'Wij betalen de zwemles voor kinderen uit gezinnen met een laag inkomen.',
  'Op de wachtlijst staan nu 140 kinderen; een jaar geleden waren dat er 390.',
  'De aanvraag wordt door het zwembad binnen twee weken afgehandeld.',
  'Er is besloten om de lessen op woensdagmiddag uit te breiden.',
  'De uitvoering van de motie „Iedereen zwemveilig” vraagt om een goede samenwerking met de scholen.',
  'Inzake het schoolzwemmen hebben wij met de schoolbesturen gesproken.',
  'Ten behoeve van de kinderen in de wijk Noord komt er een extra lesuur.',
  'In het kader van het armoedebestrijdingsbeleid faciliteren wij de aanmelding via de Voorbeeldpas.',
  'De kosten bedragen in 2026 € 186.000 en in 2027 naar verwachting € 210.000.',
  'Wethouder El Amrani heeft de raad toegezegd vóór de begrotingsbehandeling een stand van zaken te geven.',
  'Het realiseren van voldoende badwater is een integrale opgave voor gemeente &amp; zwembad.',
  'Ouders hoeven <strong>niets</strong> voor te schieten en melden hun kind <em>direct</em> aan.',
  'De evaluatie van de pilot laat zien dat 82,5% van de kinderen binnen een jaar een diploma haalt.',
  'Middels een brief informeren wij de ouders over de nieuwe lestijden.',
  'Omdat het zwembad in de zomer langer open is, kunnen er meer groepen les krijgen, zodat de wachtlijst sneller ' +
    'korter wordt en ouders minder lang hoeven te wachten op een plek voor hun kind in een groep die past bij hun ' +
    'werktijden en bij de schooltijden van de basisscholen in de wijk.',
  'De verbetering van de uitvoering van de regeling kost tijd.',
  'Stichting Sportief Voorbeeld en het wijkteam Zuid helpen gezinnen bij het aanvragen van de regeling.',
  'Wij verwachten dat de wachtlijst in de zomer van 2027 weg is.',
  'Zwemmen is belangrijk, want de stad ligt aan het water.',
  'De subsidie is in maart ontvangen en de eerste groepen zijn in april gestart.',
  'Tevens wordt onderzocht of de kinderopvang een rol kan spelen bij het halen en brengen.',
  'Dat is mogelijk als de buurtsportcoaches meedoen.',
  'De raad heeft op 6 november 2025 de motie ‘Zwemdiploma binnen bereik’ aangenomen.',
  'Voor de uitbreiding van het schoolzwemmen naar alle basisscholen in de wijken met de meeste kinderen zonder ' +
    'diploma is een extra bedrag nodig dat wij dekken uit het budget dat u bij de begroting beschikbaar hebt ' +
    'gesteld.',
];

const FOOTNOTE =
  '<span data-type="footnote">Bron: registratie van het zwembad, peildatum 1 oktober 2026.</span>';

/** Mulberry32: a small seeded generator, so that the memo is the same on every run. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const wordsIn = (html) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\d]/u.test(w)).length;

/**
 * An informatienota of at least `targetWords` words (whitespace-separated, markup left out) on the skeleton of
 * `example` (examples/informatienota.json), in six sections.
 */
export function readabilityMemo(example, targetWords = 10_000) {
  const random = generator(20261013);
  const pick = () => SENTENCES[Math.floor(random() * SENTENCES.length)];
  const paragraph = (sentences) => Array.from({ length: sentences }, pick).join(' ');
  const slots = [
    { sleutel: 'inleiding' },
    { sleutel: 'kernboodschap' },
    { titel: 'Wat wij hebben gedaan' },
    { titel: 'Vervolg' },
    { sleutel: 'financiele-consequenties' },
    { sleutel: 'openbaarheid' },
  ];
  const parts = slots.map(() => []);
  let words = 0;
  for (let i = 0; words < targetWords; i++) {
    const slot = i % slots.length;
    let block;
    if (i % 17 === 5) {
      block = `<ul>${Array.from({ length: 3 }, () => `<li>${pick()}</li>`).join('')}</ul>`;
    } else if (i % 29 === 11) {
      block =
        '<table><thead><tr><th>Peildatum</th><th>Kinderen op de wachtlijst</th></tr></thead><tbody>' +
        '<tr><td>1 oktober 2025</td><td>390</td></tr><tr><td>1 april 2026</td><td>255</td></tr></tbody></table>';
    } else if (i % 13 === 7) {
      block = `<h2>${pick().replace(/[.;]$/, '')}</h2><p>${paragraph(4)}${FOOTNOTE}</p>`;
    } else {
      block = `<p>${paragraph(3 + Math.floor(random() * 4))}</p>`;
    }
    parts[slot].push(block);
    words += wordsIn(block);
  }
  const secties = slots.map((slot, i) => ({ ...slot, inhoud: parts[i].join('') }));
  return { memo: { ...example, secties }, words };
}
