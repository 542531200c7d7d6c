// The benchmark's memo: an informatienota of about 1,500 words on the skeleton of examples/informatienota.json,
// written once as blocks and emitted twice, as the memo JSON (HTML subset) for raadsnota and as Markdown for pandoc.
// Inline markup in the strings: **vet**, *cursief*, and [^1] for the footnote.
import { readFileSync } from 'node:fs';

const FOOTNOTES = {
  1:
    'Bron: monitor Jeugd en Gezondheid 2025, gemeente Voorbeeld, tabel 4.2. Het gaat om kinderen die in het ' +
    'schooljaar 2024–2025 twaalf jaar werden.',
};

/** Sections in manifest order; `sleutel` sections take their heading from the manifest (`kop` is for Markdown). */
const SECTIONS = [
  {
    sleutel: 'inleiding',
    kop: 'Inleiding',
    blocks: [
      {
        p:
          'Ieder kind in Voorbeeld moet veilig kunnen zwemmen. Onze gemeente ligt aan het water: de rivier, de ' +
          'havens, de vaarten door de nieuwe wijken en de recreatieplassen aan de rand van de stad. Toch heeft ' +
          'ongeveer één op de zes kinderen van twaalf jaar nog geen zwemdiploma. Bij kinderen uit gezinnen met ' +
          'een laag inkomen is dat zelfs één op de drie.[^1] Dat verschil is de afgelopen vijf jaar groter ' +
          'geworden, vooral doordat de prijs van een zwemlescursus sterk is gestegen.',
      },
      {
        p:
          'Met de motie *Iedereen zwemveilig* (M-23), aangenomen bij de behandeling van de Begroting 2026, ' +
          'vroeg u het college om zwemles bereikbaar te maken voor alle kinderen, ongeacht het inkomen van hun ' +
          'ouders. Met de motie *Zwemdiploma binnen bereik* (M-07), aangenomen bij de Voorjaarsnota 2026, vroeg ' +
          'u daarnaast om een plan voor de kinderen die al lange tijd op een wachtlijst staan. In de commissie ' +
          'Samenleving van 18 juni 2026 heeft wethouder El Amrani toegezegd u vóór de begrotingsbehandeling te ' +
          'informeren over die wachtlijsten (toezegging 211).',
      },
      {
        p:
          'In deze nota leest u wat wij sindsdien hebben gedaan, wat dat heeft opgeleverd en wat wij nog gaan ' +
          'doen. Wij baseren ons op de registratie van het zwembad, de aanmeldingen via de Voorbeeldpas en de ' +
          'evaluatie van de pilot schoolzwemmen, die als bijlage bij deze nota is gevoegd. Ook hebben wij ' +
          'gesproken met ouders, leerkrachten en zweminstructeurs.',
      },
    ],
  },
  {
    sleutel: 'kernboodschap',
    kop: 'Kernboodschap',
    blocks: [
      {
        p:
          'Sinds januari 2026 krijgen kinderen uit gezinnen met een laag inkomen **gratis zwemles tot en met ' +
          'hun A-diploma**. Ouders met een Voorbeeldpas melden hun kind rechtstreeks aan bij het zwembad en ' +
          'hoeven niets voor te schieten. Het aantal kinderen op de wachtlijst is in een jaar gedaald van 390 ' +
          'naar 140, en de gemiddelde wachttijd van elf naar vijf maanden.',
      },
      {
        p:
          'Wij verwachten dat de wachtlijst in de zomer van 2027 is verdwenen. Daarvoor is het nodig dat het ' +
          'schoolzwemmen, dat nu als pilot op zes basisscholen loopt, wordt uitgebreid naar de wijken waar de ' +
          'meeste kinderen nog geen diploma hebben. De kosten passen binnen het budget voor armoedebestrijding ' +
          'dat u al beschikbaar hebt gesteld.',
      },
      {
        p:
          'Wij vinden daarmee dat de moties M-23 en M-07 en toezegging 211 zijn uitgevoerd, en stellen voor ze ' +
          'van de lijst met openstaande moties en toezeggingen af te voeren. Over de resultaten van het ' +
          'schoolzwemmen informeren wij u **vóór de zomer van 2027** opnieuw.',
      },
    ],
  },
  {
    titel: 'Wat wij hebben gedaan',
    blocks: [
      {
        p:
          'Na de aanname van motie M-23 hebben wij met het zwembad, de stichting Sportief Voorbeeld, de ' +
          'schoolbesturen en het wijkteam onderzocht waarom kinderen geen diploma halen. Uit gesprekken met ' +
          'ouders bleek dat geld de belangrijkste drempel is, maar niet de enige. Ouders noemden ook de lange ' +
          'wachttijd, lesuren die niet passen bij hun werktijden en het gevoel dat zwemles ‘niet voor hen’ ' +
          'bedoeld is. Op basis daarvan hebben wij vier maatregelen genomen:',
      },
      {
        ol: [
          '**Gratis zwemles met de Voorbeeldpas.** Ouders met een Voorbeeldpas melden hun kind direct aan bij ' +
            'het zwembad. De gemeente betaalt de lessen rechtstreeks aan het zwembad, zodat ouders niets hoeven ' +
            'voor te schieten of te declareren.',
          '**Extra lesuren.** Het zwembad biedt sinds februari 2026 vier extra groepen op woensdagmiddag en ' +
            'twee op zaterdagochtend. Daarvoor zijn drie zweminstructeurs aangenomen, van wie twee via een ' +
            'leerwerktraject.',
          '**Schoolzwemmen als pilot.** Groep 5 van zes basisscholen in Noord en het Havenkwartier krijgt sinds ' +
            'maart 2026 een uur zwemles per week onder schooltijd. De gemeente regelt het vervoer naar het ' +
            'zwembad.',
          '**Persoonlijke benadering.** Het wijkteam en de schoolmaatschappelijk werkers wijzen ouders op de ' +
            'regeling en helpen bij de aanmelding. Waar dat nodig is, gebeurt dat in de eigen taal van de ouders.',
        ],
      },
      {
        p:
          'Bij de uitvoering hebben wij bewust gekozen voor een eenvoudige aanmelding. Ouders hoeven geen ' +
          'inkomensgegevens opnieuw aan te leveren: de Voorbeeldpas is voldoende. Dat scheelt niet alleen werk ' +
          'voor ouders, maar ook voor onze eigen medewerkers, die in de oude regeling elke aanvraag afzonderlijk ' +
          'moesten beoordelen. De doorlooptijd van een aanmelding is daardoor teruggebracht van gemiddeld zes ' +
          'weken naar enkele dagen.',
      },
    ],
  },
  {
    titel: 'Resultaten',
    blocks: [
      {
        p:
          'De wachtlijst is in het afgelopen jaar sterk teruggelopen. De tabel hieronder laat zien hoeveel ' +
          'kinderen op drie peildata op de wachtlijst stonden, hoe lang zij gemiddeld wachtten en hoeveel ' +
          'A-diploma’s in het voorafgaande halfjaar werden behaald. Wij blijven deze cijfers elk halfjaar volgen.',
      },
      {
        table: {
          head: ['Peildatum', 'Kinderen op de wachtlijst', 'Gemiddelde wachttijd', 'Behaalde A-diploma’s'],
          rows: [
            ['1 oktober 2025', '390', '11 maanden', '118'],
            ['1 april 2026', '255', '8 maanden', '164'],
            ['1 oktober 2026', '140', '5 maanden', '207'],
          ],
        },
      },
      {
        p:
          'Van de kinderen die sinds januari een diploma haalden, had ruim de helft een Voorbeeldpas. Dat is ' +
          'meer dan wij vooraf hadden verwacht. Het schoolzwemmen draagt daar nog maar beperkt aan bij, omdat ' +
          'de eerste groepen pas in maart begonnen. De evaluatie van de pilot laat wel zien dat kinderen die ' +
          'onder schooltijd zwemmen minder lessen missen: de opkomst ligt boven de 95 procent, tegen ongeveer ' +
          '80 procent bij de gewone lessen.',
      },
      {
        p:
          'Niet alles gaat goed. Een deel van de ouders vindt de weg naar de regeling nog niet, vooral gezinnen ' +
          'die kort in Nederland wonen. Ook is het aantal instructeurs krap: bij ziekte vallen lessen uit, omdat ' +
          'er geen vervanging beschikbaar is. Wij bespreken met het zwembad hoe het die kwetsbaarheid kan ' +
          'verkleinen, bijvoorbeeld door afspraken met zwembaden in de buurgemeenten over het uitwisselen van ' +
          'instructeurs.',
      },
    ],
  },
  {
    titel: 'Ervaringen',
    blocks: [
      {
        p:
          'In het voorjaar van 2026 hebben wij met dertig ouders en twaalf leerkrachten gesproken over hun ' +
          'ervaringen met de nieuwe regeling. De meeste ouders zijn positief. Zij noemen vooral het gemak van ' +
          'de aanmelding en het feit dat zij niets hoeven voor te schieten. Een moeder uit het Havenkwartier ' +
          'vertelde dat zij haar twee kinderen eerder niet kon aanmelden, omdat de cursus per kind meer dan ' +
          'vierhonderd euro kostte.',
      },
      {
        p:
          'Leerkrachten zien dat kinderen met meer zelfvertrouwen op schoolreisje of kamp gaan. Zij merken ook ' +
          'dat het schoolzwemmen tijd kost: het vervoer en het omkleden nemen samen bijna een uur in beslag. ' +
          'Scholen vragen daarom om vaste tijden die zo goed mogelijk aansluiten bij het lesrooster. Het ' +
          'zwembad heeft toegezegd daar bij de indeling van het nieuwe seizoen rekening mee te houden. Ook de ' +
          'instructeurs zijn tevreden: de groepen zijn kleiner dan voorheen, en kinderen die extra aandacht ' +
          'nodig hebben, krijgen die nu ook.',
      },
    ],
  },
  {
    titel: 'Vervolg',
    blocks: [
      {
        p:
          'Om de wachtlijst in 2027 helemaal weg te werken, zetten wij de ingeslagen weg voort en breiden wij ' +
          'het schoolzwemmen uit. Wij richten ons daarbij op de wijken waar het aandeel kinderen zonder diploma ' +
          'het hoogst is. De planning ziet er als volgt uit:',
      },
      {
        ul: [
          'januari 2027: afspraken met de schoolbesturen over de deelname van twaalf extra scholen;',
          'februari 2027: werving van twee extra zweminstructeurs, opnieuw via een leerwerktraject;',
          'april 2027: start van de nieuwe groepen voor schoolzwemmen;',
          'juni 2027: tussentijdse rapportage aan de raad over de wachtlijst en de opkomst;',
          'december 2027: eindevaluatie en een voorstel over de voortzetting na 2027.',
        ],
      },
      {
        p:
          'Daarnaast vragen wij de stichting Sportief Voorbeeld om samen met het wijkteam voorlichting te geven ' +
          'aan ouders die de regeling nog niet kennen. Wij denken aan bijeenkomsten op scholen, in buurthuizen ' +
          'en bij taalcursussen. Ook onderzoeken wij of kinderen na hun A-diploma kunnen doorstromen naar een ' +
          'zwemvereniging, zodat zij blijven zwemmen en hun vaardigheid niet verliezen. Wij betrekken daarbij ' +
          'de ervaringen van andere gemeenten die al langer met schoolzwemmen werken.',
      },
    ],
  },
  {
    titel: 'Communicatie',
    blocks: [
      {
        p:
          'Wij informeren ouders via de scholen, het wijkteam, de website van de gemeente en de nieuwsbrief van ' +
          'de Voorbeeldpas. In het voorjaar van 2027 volgt een gerichte campagne in Noord en het Havenkwartier. ' +
          'Het zwembad hangt in de hal een overzicht op van de lestijden en de manier van aanmelden. Met de ' +
          'schoolbesturen maken wij afspraken over de informatie die scholen aan ouders meegeven, zodat ouders ' +
          'op één plek alles kunnen vinden wat zij nodig hebben. Voor ouders die het Nederlands nog niet goed ' +
          'beheersen, maken wij een korte uitleg in beeld en in de vijf meest gesproken talen in Voorbeeld. Die ' +
          'uitleg toetsen wij vooraf bij een groep ouders uit de doelgroep.',
      },
    ],
  },
  {
    sleutel: 'financiele-consequenties',
    kop: 'Financiële consequenties',
    blocks: [
      {
        p:
          'De gratis zwemles kost in 2026 naar verwachting € 186.000. Dat bedrag bestaat uit de lesgelden voor ' +
          'kinderen met een Voorbeeldpas (€ 132.000), het vervoer voor het schoolzwemmen (€ 31.000) en de inzet ' +
          'van extra instructeurs (€ 23.000). Wij betalen dit uit het budget voor armoedebestrijding dat u bij ' +
          'de Begroting 2026 beschikbaar stelde. Het zwembad ontvangt per kind een vast bedrag per les; de ' +
          'gemeente controleert elk kwartaal de facturen aan de hand van de presentielijsten.',
      },
      {
        p:
          'Voor 2027 is € 210.000 nodig, vooral door de uitbreiding van het schoolzwemmen naar twaalf extra ' +
          'scholen. Ook dat bedrag past binnen het bestaande budget, omdat de uitgaven aan andere regelingen ' +
          'voor kinderen lager uitvallen dan begroot. Deze nota vraagt daarom **geen extra middelen**. Mocht de ' +
          'wachtlijst minder snel dalen dan verwacht, dan komen wij bij de Voorjaarsnota 2027 met een voorstel.',
      },
    ],
  },
  {
    sleutel: 'openbaarheid',
    kop: 'Openbaarheid',
    blocks: [
      {
        p:
          'Deze informatienota en de bijlagen zijn openbaar. De evaluatie van de pilot schoolzwemmen bevat geen ' +
          'gegevens die tot individuele kinderen of scholen te herleiden zijn. Wij plaatsen de nota met de ' +
          'bijlagen op de website van de gemeente en in het raadsinformatiesysteem.',
      },
    ],
  },
];

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function inlineHtml(text) {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(.+?)\*/g, '<em>$1</em>')
    .replace(/\[\^(\d+)\]/g, (_m, n) => `<span data-type="footnote">${escapeHtml(FOOTNOTES[n])}</span>`);
}

const cells = (tag, row) => `<tr>${row.map((c) => `<${tag}>${inlineHtml(c)}</${tag}>`).join('')}</tr>`;

function blockHtml(block) {
  if (block.p !== undefined) return `<p>${inlineHtml(block.p)}</p>`;
  if (block.ul) return `<ul>${block.ul.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</ul>`;
  if (block.ol) return `<ol>${block.ol.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</ol>`;
  const { head, rows } = block.table;
  return `<table><thead>${cells('th', head)}</thead><tbody>${rows.map((r) => cells('td', r)).join('')}</tbody></table>`;
}

function blockMarkdown(block) {
  if (block.p !== undefined) return block.p;
  if (block.ul) return block.ul.map((i) => `- ${i}`).join('\n');
  if (block.ol) return block.ol.map((i, n) => `${n + 1}. ${i}`).join('\n');
  const { head, rows } = block.table;
  const line = (row) => `| ${row.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Words as a reader counts them: every run of characters between spaces that holds a letter or digit. */
function countWords(text) {
  const plain = text.replace(/\*\*|\*|\[\^\d+\]/g, '');
  return plain.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function blockText(block) {
  if (block.p !== undefined) return block.p;
  if (block.ul) return block.ul.join(' ');
  if (block.ol) return block.ol.join(' ');
  return [block.table.head, ...block.table.rows].flat().join(' ');
}

/**
 * The memo as raadsnota's JSON (the skeleton's metadata with these sections) and as Markdown with the same title,
 * headings, text, lists, table and footnote, plus the word count of the body.
 */
export function benchMemo(skeletonFile) {
  const skeleton = JSON.parse(readFileSync(skeletonFile, 'utf8'));
  const secties = SECTIONS.map((s) => ({
    ...(s.sleutel ? { sleutel: s.sleutel } : { titel: s.titel }),
    inhoud: s.blocks.map(blockHtml).join(''),
  }));
  const memo = { ...skeleton, secties };

  const yamlString = (text) => JSON.stringify(text);
  const markdown = [
    '---',
    `title: ${yamlString(skeleton.onderwerp)}`,
    'subtitle: "Informatienota voor de raad"',
    `date: ${yamlString(skeleton.datum)}`,
    '---',
    '',
    ...SECTIONS.flatMap((s) => [
      `# ${s.kop ?? s.titel}`,
      '',
      ...s.blocks.flatMap((b) => [blockMarkdown(b), '']),
    ]),
    ...Object.entries(FOOTNOTES).map(([n, text]) => `[^${n}]: ${text}`),
    '',
  ].join('\n');

  const allBlocks = SECTIONS.flatMap((s) => s.blocks);
  const words =
    SECTIONS.reduce((sum, s) => sum + countWords(s.kop ?? s.titel), 0) +
    allBlocks.reduce((sum, b) => sum + countWords(blockText(b)), 0) +
    Object.values(FOOTNOTES).reduce((sum, t) => sum + countWords(t), 0);
  const shape = {
    sections: SECTIONS.length,
    lists: allBlocks.filter((b) => b.ul || b.ol).length,
    tables: allBlocks.filter((b) => b.table).length,
    footnotes: Object.keys(FOOTNOTES).length,
  };
  return { memo, markdown, words, shape };
}
