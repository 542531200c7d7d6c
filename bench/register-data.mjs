// The register benchmark's data: moties and toezeggingen with Dutch titles, dicta and omschrijvingen made from the
// word lists below, spread over 2015 to `today`, and a griffie's CSV list (the header of examples/import/moties.csv)
// that adds new moties and discharges some that the register holds. Everything comes from a seeded generator, so
// every run measures the same register.

export const FIRST_YEAR = 2015;

const PORTEFEUILLEHOUDERS = [
  'J. de Vries',
  'A. Özdemir',
  'M. Bakker',
  'S. Jansen',
  'K. van den Berg',
  'L. El Amrani',
  'P. Visser',
  'R. Hoekstra',
];

const FRACTIES = [
  'GroenLinks',
  'D66',
  'CDA',
  'VVD',
  'PvdA',
  'Lokaal Belang',
  'Partij voor de Dieren',
  'ChristenUnie',
  'SP',
  'Leefbaar Stad',
];

const COMMISSIES = ['Commissie Ruimte', 'Commissie Samenleving', 'Commissie Bestuur en Middelen'];

/** Whole titles, as moties are often named. */
const ONDERWERPEN = [
  'Groen schoolplein',
  'Veilige fietsroute',
  'Veilige schoolroutes',
  'Meer groen op het Stationsplein',
  'Terrassen in het centrum',
  'Geen zonnepark in de uiterwaarden',
  'Betaalbare huurwoningen',
  'Laadpalen in elke wijk',
  'Ideeën van inwoners serieus nemen',
  'Coördinatie van de jeugdzorg',
  'Schuldhulpverlening dichtbij',
  'Zwembad open houden',
  'Bomen in plaats van parkeerplaatsen',
  'Energiearmoede aanpakken',
  'Toegankelijke stembureaus',
  'Schoolzwemmen terug',
  'Een warme winter voor iedereen',
  'Mantelzorgers ontlasten',
];

/** "<aanhef> <voorziening>", for the titles that are not one of the above. */
const AANHEF = [
  'Financiële ruimte voor',
  'Coördinatie van',
  'Ideeën voor',
  'Onderzoek naar',
  'Behoud van',
  'Evaluatie van',
  'Actieplan voor',
  'Extra middelen voor',
  'Heroverweging van',
  'Samenwerking rond',
  'Verbetering van',
  'Plan van aanpak voor',
  'Investeren in',
  'Een visie op',
];

const VOORZIENINGEN = [
  'het buurthuis',
  'de bibliotheek',
  'de sporthal',
  'speeltuinen',
  'woningbouw voor starters',
  'de jeugdzorg',
  'de schuldhulpverlening',
  'mantelzorgers',
  'zonnepanelen op scholen',
  'het zwembad',
  'de wijkagent',
  'het parkeerbeleid',
  'de centrumvisie',
  'statushouders',
  'de begraafplaats',
  'de weekmarkt',
  'de kinderopvang',
  'het openbaar vervoer',
  'de ouderenzorg',
  'de vergunningverlening',
  'de afvalinzameling',
  'de riolering',
  'de dijkversterking',
  'evenementen',
  'cultuursubsidies',
  'de muziekschool',
  'sportverenigingen',
  'huisvesting van arbeidsmigranten',
  'het warmtenet',
  'de verkeersveiligheid',
  'de dorpskernen',
  'het minimabeleid',
  'burgerparticipatie',
  'het schoolgebouw',
  'de brede school',
  'het schoolplein',
  'de schoolroutes',
  'het café aan de haven',
  'de coöperatie van bewoners',
];

/** Words a few items have; one of them is the rare word the benchmark searches for. */
export const RARE_WORDS = ['carillon', 'zwerfkatten', 'ijsbaan', 'kinderboerderij', 'klokkenluider'];

const WIJKEN = [
  'Oosterpark',
  'De Hoven',
  'de binnenstad',
  'Noord',
  'Zuidwijk',
  'Kerkdorp',
  'Het Lint',
  'het Stationsgebied',
  'bedrijventerrein De Vaart',
  'Mariënburg',
  'Overveen',
  'de Vogelbuurt',
];

const VERZOEKEN = [
  'te onderzoeken wat nodig is voor',
  'vóór de zomer een voorstel te doen over',
  'een plan van aanpak op te stellen voor',
  'in overleg met de wijkraad de mogelijkheden te verkennen voor',
  'financiële middelen vrij te maken voor',
  'de coördinatie te verbeteren van',
  'ideeën van inwoners op te halen over',
  'bij de voorjaarsnota een voorstel te doen voor',
  'samen met de scholen te werken aan',
  'de gevolgen in kaart te brengen van',
];

const TOELICHTINGEN = [
  'en daarbij de ervaringen van andere gemeenten te betrekken',
  'binnen de bestaande begroting',
  'met aandacht voor kwetsbare inwoners',
  'zonder extra regeldruk voor ondernemers',
  'en de kosten en baten inzichtelijk te maken',
  'in samenwerking met de woningcorporaties',
  'zodat de uitvoering in het nieuwe schooljaar kan starten',
  'en de financiële consequenties te benoemen',
];

const INFORMEREN = [
  'de raad daarover vóór de begrotingsbehandeling te informeren',
  'de raad per kwartaal over de voortgang te informeren',
  'de uitkomsten met de raad te bespreken in de commissie',
  'de raad met een informatienota te informeren',
];

const TOEZEGGINGEN = [
  'De wethouder zegt toe de raad te informeren over',
  'De burgemeester zegt toe terug te komen op',
  'Het college stuurt de raad een memo over',
  'De wethouder zegt toe in gesprek te gaan met de wijkraad over',
  'De wethouder zegt toe de cijfers na te sturen over',
  'Het college agendeert een themabijeenkomst over',
];

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** mulberry32: small, fast and the same on every machine. */
export function seeded(seed) {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  return { random, int, pick };
}

const pad = (n) => String(n).padStart(2, '0');
const iso = (date) => date.toISOString().slice(0, 10);
const addDays = (isoDate, days) => iso(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000));
const dutchDate = (isoDate) => isoDate.split('-').reverse().join('-');
const capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The meetings of a year up to `today`: a council meeting and each commissie once a month (not in August), and the
 * begroting in November. Moties are adopted in the council, toezeggingen made in both.
 */
function meetings(year, today) {
  const raad = [];
  const all = [];
  for (let month = 1; month <= 12; month++) {
    if (month === 8) continue;
    const date = (day) => `${year}-${pad(month)}-${pad(day)}`;
    const named = (name, day) => ({ name: `${name} ${day} ${MONTHS[month - 1]} ${year}`, date: date(day) });
    const council =
      month === 11 ? { name: `Begroting ${year + 1}`, date: date(7) } : named('Raad', month === 12 ? 17 : 24);
    if (council.date <= today) raad.push(council);
    for (const [i, commissie] of COMMISSIES.entries()) {
      const meeting = named(commissie, 8 + i * 4);
      if (meeting.date <= today) all.push(meeting);
    }
  }
  return { raad, all: [...all, ...raad] };
}

/** A status by the item's age: the older, the likelier discharged. Moties can also be voted down or withdrawn. */
function status(rnd, ageDays, motie) {
  if (motie) {
    const r = rnd.random();
    if (r < 0.03) return 'verworpen';
    if (r < 0.04) return 'ingetrokken';
    if (r < 0.045) return 'aangehouden';
  }
  const afgedaan = ageDays > 730 ? 0.97 : ageDays > 365 ? 0.85 : ageDays > 120 ? 0.55 : 0.25;
  if (rnd.random() < afgedaan) return 'afgedaan';
  const r = rnd.random();
  return r < 0.45 ? 'open' : r < 0.8 ? 'in behandeling' : 'deels afgedaan';
}

function titel(rnd) {
  const r = rnd.random();
  if (r < 0.0005) return `${capitalized(rnd.pick(RARE_WORDS))} in ${rnd.pick(WIJKEN)}`;
  if (r < 0.35) return rnd.pick(ONDERWERPEN);
  const base = `${rnd.pick(AANHEF)} ${rnd.pick(VOORZIENINGEN)}`;
  return rnd.random() < 0.3 ? `${base} in ${rnd.pick(WIJKEN)}` : base;
}

function dictum(rnd, onderwerp) {
  const verzoeken = [`- ${rnd.pick(VERZOEKEN)} ${onderwerp.toLowerCase()} ${rnd.pick(TOELICHTINGEN)};`];
  if (rnd.random() < 0.6)
    verzoeken.push(`- ${rnd.pick(VERZOEKEN)} ${rnd.pick(VOORZIENINGEN)} in ${rnd.pick(WIJKEN)};`);
  verzoeken.push(`- ${rnd.pick(INFORMEREN)}`);
  return `verzoekt het college:\n${verzoeken.join('\n')}`;
}

function indieners(rnd) {
  const count = 1 + rnd.int(3);
  return [...new Set(Array.from({ length: count }, () => rnd.pick(FRACTIES)))];
}

/** Termijn of a new item: most get one, three to eighteen months on; the item's own status may need one. */
function termijn(rnd, date, itemStatus) {
  if (['verworpen', 'ingetrokken', 'aangehouden'].includes(itemStatus)) return undefined;
  if (itemStatus !== 'deels afgedaan' && rnd.random() < 0.2) return undefined;
  return addDays(date, 90 + rnd.int(450));
}

/**
 * `moties` moties and `toezeggingen` toezeggingen as the register's import takes them (the model's field names),
 * numbered M-<year>-<n> and T-<year>-<n> per year. Also gives, per year, the highest number used.
 */
export function registerItems({ moties, toezeggingen, today, seed = 20_151_125 }) {
  const rnd = seeded(seed);
  const lastYear = Number(today.slice(0, 4));
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  const calendar = new Map(years.map((year) => [year, meetings(year, today)]));
  const ageDays = (date) => (Date.parse(today) - Date.parse(date)) / 86_400_000;
  // The current year is not over: it gets its share by the days it has had.
  const weight = (year) => (year < lastYear ? 1 : calendar.get(year).raad.length / 11);
  const totalWeight = years.reduce((sum, year) => sum + weight(year), 0);
  const yearFor = (i, count) => {
    let at = ((i + 0.5) / count) * totalWeight;
    for (const year of years) {
      if (at < weight(year)) return year;
      at -= weight(year);
    }
    return lastYear;
  };

  const items = [];
  const lastNumber = { motie: new Map(), toezegging: new Map() };
  const next = (soort, year) => {
    const n = (lastNumber[soort].get(year) ?? 0) + 1;
    lastNumber[soort].set(year, n);
    return n;
  };
  for (let i = 0; i < moties; i++) {
    const year = yearFor(i, moties);
    const meeting = rnd.pick(calendar.get(year).raad);
    const itemStatus = status(rnd, ageDays(meeting.date), true);
    const adopted = !['verworpen', 'ingetrokken', 'aangehouden'].includes(itemStatus);
    const onderwerp = titel(rnd);
    const item = {
      soort: 'motie',
      nummer: `M-${year}-${next('motie', year)}`,
      titel: onderwerp,
      vergadering: meeting.name,
      indieners: indieners(rnd),
      dictum: dictum(rnd, onderwerp),
      portefeuillehouder: rnd.pick(PORTEFEUILLEHOUDERS),
      status: itemStatus,
    };
    if (rnd.random() < 0.4) item.agendapunt = `${2 + rnd.int(12)}. ${rnd.pick(ONDERWERPEN)}`;
    if (adopted) item.datumAangenomen = meeting.date;
    const deadline = termijn(rnd, meeting.date, itemStatus);
    if (deadline) item.termijn = deadline;
    items.push(item);
  }
  for (let i = 0; i < toezeggingen; i++) {
    const year = yearFor(i, toezeggingen);
    const meeting = rnd.pick(calendar.get(year).all);
    const itemStatus = status(rnd, ageDays(meeting.date), false);
    const wethouder = rnd.pick(PORTEFEUILLEHOUDERS);
    const item = {
      soort: 'toezegging',
      nummer: `T-${year}-${next('toezegging', year)}`,
      omschrijving: `${rnd.pick(TOEZEGGINGEN)} ${rnd.pick(VOORZIENINGEN)}${
        rnd.random() < 0.4 ? ` in ${rnd.pick(WIJKEN)}` : ''
      }${rnd.random() < 0.0005 ? ` en de ${rnd.pick(RARE_WORDS)}` : ''}.`,
      gedaanDoor: wethouder,
      vergadering: meeting.name,
      gedaanOp: meeting.date,
      portefeuillehouder: wethouder,
      status: itemStatus,
    };
    const deadline = termijn(rnd, meeting.date, itemStatus);
    if (deadline) item.termijn = deadline;
    items.push(item);
  }
  return { items, lastNumber };
}

/** The header of examples/import/moties.csv. */
export const CSV_HEADER = [
  'Nr.',
  'Titel',
  'Vergadering',
  'Agendapunt',
  'Datum aangenomen',
  'Indieners',
  'Dictum',
  'Portefeuillehouder',
  'Termijn',
  'Stand van zaken',
  'Opmerkingen',
];

const STAND = {
  open: 'Open',
  'in behandeling': 'in behandeling',
  'deels afgedaan': 'deels afgedaan',
  afgedaan: 'Afgedaan',
  verworpen: 'Verworpen',
  ingetrokken: 'Ingetrokken',
  aangehouden: 'Aangehouden',
};

function csvCell(value) {
  const text = value ?? '';
  return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvRow(motie, opmerking = '') {
  return [
    motie.nummer,
    motie.titel,
    motie.vergadering,
    motie.agendapunt,
    motie.datumAangenomen && dutchDate(motie.datumAangenomen),
    motie.indieners.join('; '),
    motie.dictum,
    motie.portefeuillehouder,
    motie.termijn && dutchDate(motie.termijn),
    STAND[motie.status],
    opmerking,
  ]
    .map(csvCell)
    .join(';');
}

/**
 * A griffie's list as CSV (UTF-8 with BOM, semicolons, CRLF, as Excel saves it): `updates` moties the register holds
 * as still running, now afgedaan, and then new moties of the current year numbered after the register's last, to
 * `rows` rows in all. Returns the text and how many rows of each sort it has.
 */
export function importCsv({ items, lastNumber, rows, updates, today, seed = 20_260_101 }) {
  const rnd = seeded(seed);
  const year = Number(today.slice(0, 4));
  const running = items.filter(
    (item) => item.soort === 'motie' && ['open', 'in behandeling', 'deels afgedaan'].includes(item.status),
  );
  const lines = [CSV_HEADER.join(';')];
  for (const motie of running.slice(0, updates)) {
    lines.push(csvRow({ ...motie, status: 'afgedaan' }, 'Beantwoord met informatienota'));
  }
  const updated = lines.length - 1;
  const raad = meetings(year, today).raad;
  let n = lastNumber.motie.get(year) ?? 0;
  while (lines.length - 1 < rows) {
    const meeting = rnd.pick(raad);
    const onderwerp = titel(rnd);
    const itemStatus = status(rnd, (Date.parse(today) - Date.parse(meeting.date)) / 86_400_000, true);
    const motie = {
      nummer: `M-${year}-${++n}`,
      titel: onderwerp,
      vergadering: meeting.name,
      indieners: indieners(rnd),
      dictum: dictum(rnd, onderwerp),
      portefeuillehouder: rnd.pick(PORTEFEUILLEHOUDERS),
      status: itemStatus,
    };
    if (rnd.random() < 0.4) motie.agendapunt = `${2 + rnd.int(12)}. ${rnd.pick(ONDERWERPEN)}`;
    if (!['verworpen', 'ingetrokken', 'aangehouden'].includes(itemStatus))
      motie.datumAangenomen = meeting.date;
    const deadline = termijn(rnd, meeting.date, itemStatus);
    if (deadline) motie.termijn = deadline;
    lines.push(csvRow(motie));
  }
  return { text: `\uFEFF${lines.join('\r\n')}\r\n`, updated, added: lines.length - 1 - updated };
}
