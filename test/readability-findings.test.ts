// Each kind of finding on Dutch sentences written for this test, found at the right range in the stored HTML,
// and the false positives the check must not make.
import { describe, expect, it } from 'vitest';
import { check, findingsOf, flagged } from './helpers/readability.js';

/** 20 words, counted by hand. */
const TWENTY =
  'Wij willen dat ieder kind in onze stad veilig kan zwemmen en daarom betalen wij de zwemles voor alle kinderen';

describe('long sentences', () => {
  it('leaves a sentence of 20 words alone', () => {
    expect(findingsOf(`<p>${TWENTY}.</p>`, 'long-sentence')).toEqual([]);
  });

  it('gives a hint for 21 words, from the first word to after the full stop', () => {
    const html = `<p>Eerst een korte zin. ${TWENTY} en ouders.</p>`;
    const [finding, ...more] = findingsOf(html, 'long-sentence');
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ severity: 'hint', label: 'lange zin (22 woorden)' });
    expect(html.slice(finding?.start, finding?.end)).toBe(`${TWENTY} en ouders.`);
  });

  it('gives a hint up to 30 words and a warning from 31', () => {
    const thirty = `${TWENTY}, ook als hun ouders de les zelf niet kunnen betalen`;
    const thirtyOne = `${TWENTY}, ook als hun ouders de les zelf niet goed kunnen betalen`;
    expect(findingsOf(`<p>${thirty}.</p>`, 'long-sentence')).toMatchObject([
      { severity: 'hint', label: 'lange zin (30 woorden)' },
    ]);
    expect(findingsOf(`<p>${thirtyOne}.</p>`, 'long-sentence')).toMatchObject([
      { severity: 'warning', label: 'lange zin (31 woorden)' },
    ]);
  });

  it('keeps its range on the source when entities and tags stand inside the sentence', () => {
    const html = `<p>Kort.</p><p>Ouders &amp; <em>scholen</em> weten: ${TWENTY}.</p>`;
    const [finding] = findingsOf(html, 'long-sentence');
    expect(html.slice(finding?.start, finding?.end)).toBe(`Ouders &amp; <em>scholen</em> weten: ${TWENTY}.`);
    expect(finding?.text).toBe(`Ouders & scholen weten: ${TWENTY}.`);
    expect(finding).toMatchObject({ line: 1, column: html.indexOf('Ouders') + 1 });
  });

  it('does not count names, numbers, amounts and the quoted title of a motie', () => {
    // 17 counted words; with the name, the amounts and the title it would be far over 20.
    const html =
      '<p>Met de motie „Iedereen veilig in het water” vroeg u ons om € 1.250.000 en 12,5% meer ' +
      'voor zwemles, zodat Stichting Welzijn Voorbeeld in 2027 alle kinderen kan helpen.</p>';
    expect(findingsOf(html, 'long-sentence')).toEqual([]);
    // Without the quotes the title's words count (its capital makes "Iedereen" a name): 17 + 4 = 21.
    const unquoted = html.replace('„', '').replace('”', '');
    expect(findingsOf(unquoted, 'long-sentence')).toMatchObject([{ label: 'lange zin (21 woorden)' }]);
  });

  it('counts abbreviations and the words of a date, which the reader reads', () => {
    // 21 words, counted by hand: “o.a.” and “januari” among them, “1” and “2026” not.
    const html =
      '<p>Wij willen dat o.a. ieder kind in onze stad veilig kan zwemmen en daarom betalen wij vanaf 1 januari ' +
      '2026 de hele zwemles.</p>';
    expect(findingsOf(html, 'long-sentence')).toMatchObject([{ label: 'lange zin (21 woorden)' }]);
  });

  it('counts a long quotation, which is no title', () => {
    const html = `<p>De wethouder zei: „${TWENTY}.” Dat was duidelijk.</p>`;
    expect(findingsOf(html, 'long-sentence')).toMatchObject([{ label: 'lange zin (23 woorden)' }]);
  });

  it('treats the titles the memo names as quoted, even without quotes', () => {
    // 19 words besides the title's 5.
    const html =
      '<p>Met de motie <em>iedereen veilig in het water</em> vroeg u ons om zwemles voor alle kinderen, ' +
      'ook voor de kinderen van ouders zonder geld.</p>';
    expect(findingsOf(html, 'long-sentence')).toMatchObject([{ label: 'lange zin (24 woorden)' }]);
    expect(findingsOf(html, 'long-sentence', { titles: ['Iedereen veilig in het water'] })).toEqual([]);
  });

  it('does not run the lines of a list written with <br> into one long sentence', () => {
    // Three lines of 11 words each, without punctuation, as pasted from a word processor.
    const line = 'Wij betalen de zwemles voor alle kinderen in de hele stad';
    expect(findingsOf(`<p>${line}<br>${line}<br>${line}</p>`, 'long-sentence')).toEqual([]);
  });

  it('does not run two sentences into one at a sentence that ends in “zo.”', () => {
    // 15 words and 15 words, counted by hand: as one sentence, a long one.
    const html =
      '<p>Wij geven al drie jaar zwemles aan kinderen uit de wijk en dat blijft zo. ' +
      'Volgend jaar komen er twee groepen bij op de woensdagmiddag voor kinderen van acht jaar.</p>';
    expect(findingsOf(html, 'long-sentence')).toEqual([]);
    expect(check(html).figures).toMatchObject({ words: 30, sentences: 2 });
  });

  it('does not judge headings and header cells as sentences', () => {
    const html = `<h2>${TWENTY} en ouders</h2><table><tr><th>${TWENTY} en ouders</th></tr></table>`;
    expect(findingsOf(html, 'long-sentence')).toEqual([]);
  });

  it('suggests where the sentence could be cut, nearest the middle', () => {
    // 28 words: "en" is the 12th, "omdat" the 21st.
    const [finding] = findingsOf(
      `<p>${TWENTY} omdat zwemmen in een waterrijke stad gewoon moet.</p>`,
      'long-sentence',
    );
    expect(finding?.suggestion).toBe(
      'Splits de zin in kortere zinnen met elk één boodschap, bijvoorbeeld bij ‘en’.',
    );
    const [semicolon] = findingsOf(
      `<p>${TWENTY}; zwemmen hoort bij het leven in een stad met veel water.</p>`,
      'long-sentence',
    );
    expect(semicolon?.suggestion).toBe('Maak van de puntkomma voor ‘zwemmen’ een punt.');
  });
});

describe('long words', () => {
  it('flags a long compound at its exact range, with its syllables', () => {
    const html = '<p>Het <strong>armoedebestrijdingsbeleid</strong> helpt gezinnen.</p>';
    const [finding, ...more] = findingsOf(html, 'long-word');
    expect(more).toEqual([]);
    expect(html.slice(finding?.start, finding?.end)).toBe('armoedebestrijdingsbeleid');
    expect(finding).toMatchObject({ label: 'lang woord (8 lettergrepen)', severity: 'hint' });
    expect(finding?.explanation).toContain('ar-moe-de-be-strij-dings-be-leid');
  });

  it('takes a capital at the start of a line after <br> as the start of a sentence, not as a name', () => {
    const html = '<p>Wij werken aan twee dingen<br>Armoedebestrijdingsbeleid<br>Schuldhulpverlening</p>';
    expect(flagged(html, 'long-word')).toEqual(['Armoedebestrijdingsbeleid', 'Schuldhulpverlening']);
  });

  it('flags a long word at the start of a sentence after “al.” or “zo.”', () => {
    const html =
      '<p>Dat doen wij nu al. Schuldhulpverlening helpt. Het blijft zo. Stadsvernieuwingsplannen ook.</p>';
    expect(flagged(html, 'long-word')).toEqual(['Schuldhulpverlening', 'Stadsvernieuwingsplannen']);
  });

  it('leaves soft hyphens out of the text and the explanation, and keeps the range on the source', () => {
    for (const shy of ['&shy;', '\u00ad']) {
      const html = `<p>Het armoede${shy}bestrijdings${shy}beleid helpt, in${shy}zake de zwemles.</p>`;
      const [longWord] = findingsOf(html, 'long-word');
      expect(html.slice(longWord?.start, longWord?.end)).toBe(`armoede${shy}bestrijdings${shy}beleid`);
      expect(longWord).toMatchObject({
        text: 'armoedebestrijdingsbeleid',
        label: 'lang woord (8 lettergrepen)',
      });
      expect(longWord?.explanation).toContain(
        'ar-moe-de-be-strij-dings-be-leid heeft 8 lettergrepen en 25 letters',
      );
      const [officialese] = findingsOf(html, 'ambtelijk-woord');
      expect(officialese).toMatchObject({ text: 'inzake' });
      expect(officialese?.explanation).toContain('‘inzake’');
    }
  });

  it('counts letters too: 16 letters is long, 14 is not', () => {
    expect(flagged('<p>Op woensdagmiddagen en woensdagmiddag.</p>', 'long-word')).toEqual([
      'woensdagmiddagen',
    ]);
  });

  it('does not flag names, numbers, abbreviations, headings, quoted titles or the names of the memos', () => {
    const html =
      '<h2>Armoedebestrijdingsbeleid</h2>' +
      '<p>De Stadsvernieuwingsstichting betaalt € 1.250.000,00 uit de motie „Armoedebestrijdingsbeleid”.</p>' +
      '<p>Deze informatienota gaat o.a. over de SWT en het sociaal-maatschappelijk belang.</p>';
    expect(flagged(html, 'long-word')).toEqual([]);
    expect(flagged('<p>De stadsvernieuwingsstichting betaalt.</p>', 'long-word')).toEqual([
      'stadsvernieuwingsstichting',
    ]);
  });

  it('does not flag the plural or genitive of the names of the memos either', () => {
    const html =
      "<p>Wij sturen raadsmededelingen, informatienota’s en informatienota's naar de portefeuillehouders " +
      'en het armoedebestrijdingsbeleid naar de raad.</p>';
    expect(flagged(html, 'long-word')).toEqual(['armoedebestrijdingsbeleid']);
  });

  it('flags a long word written in capitals, which is no abbreviation', () => {
    expect(flagged('<p>Dit gaat over de KINDERZWEMLESSEN van de GGD.</p>', 'long-word')).toEqual([
      'KINDERZWEMLESSEN',
    ]);
  });

  it('does not flag web and e-mail addresses', () => {
    const html =
      '<p>Lees https://www.voorbeeld.nl/armoedebestrijdingsbeleid-voor-gezinnen of mail ' +
      'schuldhulpverlening@voorbeeld.nl.</p>';
    expect(flagged(html, 'long-word')).toEqual([]);
  });

  it('does not flag the names of persons the memo gives, even at the start of a sentence', () => {
    const html = '<p>Wijkopbouwwerkersteam regelt het.</p>';
    expect(flagged(html, 'long-word')).toEqual(['Wijkopbouwwerkersteam']);
    expect(flagged(html, 'long-word', { names: ['Wijkopbouwwerkersteam'] })).toEqual([]);
  });
});

describe('names and titles the memo gives', () => {
  const names = ['Wethouder P. de Groot', 'Burgemeester mr. drs. K. Bos', 'Linda Groen', 'Joris de Jong'];

  it('never takes a role such as wethouder or burgemeester for a name, nor a surname written in lower case', () => {
    // 21 words each, counted by hand: every one counts, “wethouder”, “burgemeester”, “groot”, “groen” and “jong” too.
    const roles =
      '<p>De wethouder en de burgemeester vinden de groep te groot en willen dat wij nu een tweede groep starten ' +
      'voor kinderen.</p>';
    const surnames =
      '<p>Wij maken het groen in de wijk mooier zodat jong en oud er komen en de kinderen er veilig kunnen spelen.</p>';
    for (const html of [roles, surnames]) {
      expect(findingsOf(html, 'long-sentence', { names })).toMatchObject([
        { label: 'lange zin (21 woorden)' },
      ]);
    }
  });

  it('takes the whole name, with “de” or “el”, and the capitalised parts of it as names', () => {
    // 20 words besides “de Groot”, “De Groot” and “Bos”.
    const html =
      '<p>Op maandag spraken wij met de Groot en met wethouder De Groot over de zwemles, ' +
      'en Bos vond het nu goed voor de hele stad.</p>';
    expect(findingsOf(html, 'long-sentence', { names })).toEqual([]);
  });

  it('takes a name the memo gives as a name only where it is written with its capital', () => {
    const html = '<p>Het wijkopbouwwerkersteam helpt. Wijkopbouwwerkersteam regelt het.</p>';
    expect(flagged(html, 'long-word', { names: ['Wijkopbouwwerkersteam'] })).toEqual([
      'wijkopbouwwerkersteam',
    ]);
  });

  it('does not make a title of one word exempt where the word is written in lower case', () => {
    const titles = ['Evaluatie', 'Armoedebestrijdingsbeleid'];
    expect(flagged('<p>De evaluatie van de pilot is klaar.</p>', 'nominalisation', { titles })).toEqual([
      'De evaluatie van',
    ]);
    expect(flagged('<p>Wij maken het armoedebestrijdingsbeleid.</p>', 'long-word', { titles })).toEqual([
      'armoedebestrijdingsbeleid',
    ]);
  });

  it('finds a title with brackets and other signs in it, in any case', () => {
    const html = '<p>De motie inzake zwemles (M-12) is aangenomen, inzake zwemles niet.</p>';
    expect(flagged(html, 'ambtelijk-woord', { titles: ['Inzake zwemles (M-12)'] })).toEqual(['inzake']);
  });
});

describe('passive voice', () => {
  it.each([
    [
      'De aanvraag wordt door het team in de komende weken opgepakt.',
      'wordt door het team in de komende weken opgepakt',
    ],
    ['Er is besloten om de les gratis te maken.', 'is besloten'],
    ['Het rapport is gisteren verstuurd.', 'is gisteren verstuurd'],
    ['De subsidie is ontvangen.', 'is ontvangen'],
    ['Het plan werd in mei vastgesteld.', 'werd in mei vastgesteld'],
    ['De motie is aangenomen.', 'is aangenomen'],
    ['Wij zien dat de regels aangepast worden.', 'aangepast worden'],
    ['Dit moet worden geregeld.', 'worden geregeld'],
    [
      'Daarna worden vanuit een gezamenlijk gevoeld belang de lessen gegeven.',
      'worden vanuit een gezamenlijk gevoeld belang de lessen gegeven',
    ],
    ['De subsidie wordt door de gemeente verstrekt tijdens de zomer.', 'wordt door de gemeente verstrekt'],
    ['De rekening wordt door het zwembad betaald volgens de afspraken.', 'wordt door het zwembad betaald'],
    ['Het besluit wordt door de raad genomen eind juni.', 'wordt door de raad genomen'],
    [
      'De lessen worden door een vrijwilliger gegeven tijdens de vakantie.',
      'worden door een vrijwilliger gegeven',
    ],
    ['Ouders worden betrokken bij de lessen.', 'worden betrokken'],
    ['Dat wordt verkeerd begrepen.', 'wordt verkeerd begrepen'],
  ])('finds it in “%s”: %s', (sentence, expected) => {
    expect(flagged(`<p>${sentence}</p>`, 'passive')).toEqual([expected]);
  });

  it('names the agent after “door” in its suggestion', () => {
    const [finding] = findingsOf('<p>De aanvraag wordt door het team in mei opgepakt.</p>', 'passive');
    expect(finding?.suggestion).toBe('Maak ‘het team’ het onderwerp van de zin: zeg wie het doet.');
  });

  it.each([
    'Dat is mogelijk.',
    'Deze lessen zijn belangrijk voor ieder kind.',
    'De wethouder heeft met zijn team gesproken.',
    'De wethouder heeft zijn plan toegelicht.',
    'Het aantal kinderen is gestegen.',
    'De kosten zijn flink toegenomen.',
    'Het is een jaar geleden.',
    'Dit is ons beleid.',
    'Het is de raad die heeft besloten.',
    'De plannen zijn klaar en de raad heeft besloten.',
    'Wij zijn benieuwd naar uw mening.',
    'De wethouder is verheugd over de uitkomst.',
    'Ouders zijn nauw betrokken bij de lessen.',
    'Het college is bevoegd om dit te besluiten.',
    'Die aanpak is verkeerd.',
    'De kinderen zijn het water gewend.',
    'Wij waren verbaasd over de drukte.',
    'Het zwembad is verouderd.',
  ])('finds none in “%s”', (sentence) => {
    expect(flagged(`<p>${sentence}</p>`, 'passive')).toEqual([]);
  });

  it('finds none in a quoted title or a title the memo gives', () => {
    expect(flagged('<p>Wij voeren de motie „Het zwembad wordt weer geopend” uit.</p>', 'passive')).toEqual(
      [],
    );
    expect(flagged('<p>De motie „Dat de lessen gegeven worden” is aangenomen.</p>', 'passive')).toEqual([
      'is aangenomen',
    ]);
    const titles = ['Het zwembad wordt weer geopend'];
    expect(
      flagged('<p>Wij voeren de motie het zwembad wordt weer geopend uit.</p>', 'passive', { titles }),
    ).toEqual([]);
  });
});

describe('nominalisations', () => {
  it('finds a noun made from a verb before “van”, with the verb to use', () => {
    const html = '<p>Wij zorgen voor de uitvoering van de motie.</p>';
    const [finding, ...more] = findingsOf(html, 'nominalisation');
    expect(more).toEqual([]);
    expect(html.slice(finding?.start, finding?.end)).toBe('de uitvoering van');
    expect(finding?.suggestion).toContain('‘uitvoeren’');
  });

  it('finds “het” with an infinitive before “van”', () => {
    expect(flagged('<p>Het realiseren van een zwembad kost tijd.</p>', 'nominalisation')).toEqual([
      'Het realiseren van',
    ]);
  });

  it('reports a chain of them as one finding', () => {
    const html = '<p>De verbetering van de uitvoering van de regeling kost geld.</p>';
    const findings = findingsOf(html, 'nominalisation');
    expect(findings.map((f) => [html.slice(f.start, f.end), f.label])).toEqual([
      ['De verbetering van de uitvoering van de regeling', 'naamwoordstijl (keten)'],
    ]);
    expect(findings[0]?.suggestion).toContain('‘verbeteren’, ‘uitvoeren’, ‘regelen’');
  });

  it.each([
    'De vergadering van de raad begint om acht uur.',
    'De informatie van de school is duidelijk.',
    'Het verleden van de stad is rijk.',
    'De uitvoering is klaar.',
  ])('finds none in “%s”', (sentence) => {
    expect(flagged(`<p>${sentence}</p>`, 'nominalisation')).toEqual([]);
  });
});

describe('ambtelijke woorden', () => {
  it('finds a word and gives its plainer alternative', () => {
    const html = '<p>Wij schrijven u inzake de zwemles.</p>';
    const [finding] = findingsOf(html, 'ambtelijk-woord');
    expect(html.slice(finding?.start, finding?.end)).toBe('inzake');
    expect(finding?.suggestion).toBe('Schrijf liever ‘over’.');
  });

  it('points at the word itself after a stray end tag', () => {
    const html = '<p>Wij schrijven u</strong> inzake de zwemles.</p>';
    const [finding] = findingsOf(html, 'ambtelijk-woord');
    expect(html.slice(finding?.start, finding?.end)).toBe('inzake');
    expect(finding?.text).toBe('inzake');
  });

  it('finds phrases of several words, also across tags, and any capitalisation', () => {
    const html =
      '<p>Middels een brief doen wij dit ten <em>behoeve</em> van de kinderen, in het kader van de motie.</p>';
    expect(flagged(html, 'ambtelijk-woord')).toEqual([
      'Middels',
      'ten <em>behoeve</em> van',
      'in het kader van',
    ]);
  });

  it('finds the forms of a werkwoord on -eren, and listed forms', () => {
    const html =
      '<p>De gemeente faciliteert de scholen. Zij heeft het gefaciliteerd met een integrale aanpak.</p>';
    expect(flagged(html, 'ambtelijk-woord')).toEqual(['faciliteert', 'gefaciliteerd', 'integrale']);
  });

  it('does not find a word inside another word or a quoted title', () => {
    expect(
      flagged('<p>De muur dreigt in te zakken; de motie „Inzake zwemles” is klaar.</p>', 'ambtelijk-woord'),
    ).toEqual([]);
  });
});

describe('headings and header cells', () => {
  it('get no findings at all: they are labels, not sentences', () => {
    const label = 'Inzake de uitvoering van het armoedebestrijdingsbeleid dat door de raad is vastgesteld';
    const html = `<h2>${label}</h2><h3>${label}</h3><table><tr><th>${label}</th><td>1</td></tr></table>`;
    expect(check(html).findings).toEqual([]);
    expect(check(`<p>${label}.</p>`).findings.map((f) => f.kind)).toEqual([
      'ambtelijk-woord',
      'nominalisation',
      'long-word',
      'passive',
    ]);
  });
});

describe('the findings together', () => {
  it('are sorted by position, a sentence before the words in it', () => {
    const html = `<p>Inzake zwemles: ${TWENTY} en het realiseren van de armoedebestrijdingsregeling.</p>`;
    const findings = check(html).findings;
    expect(findings.map((f) => f.kind)).toEqual([
      'long-sentence',
      'ambtelijk-woord',
      'nominalisation',
      'ambtelijk-woord',
      'long-word',
    ]);
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('come in time for a paragraph of 40,000 words without a full stop, pasted in by mistake', () => {
    // Linear work takes some 0.2 s here; anything quadratic in the length of a sentence takes a minute.
    const started = performance.now();
    const [finding] = findingsOf(`<p>${'woord '.repeat(40_000)}</p>`, 'long-sentence');
    expect(finding).toMatchObject({ severity: 'warning', label: 'lange zin (40000 woorden)' });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it.each([
    ['nested quotes', `<p>${'„ a '.repeat(12_500)}${'a” '.repeat(16_000)}.</p>`],
    ['unmatched quotes', `<p>${'« a '.repeat(12_500)}${'a’ '.repeat(16_000)}</p>`],
    ['one word of 100,000 letters', `<p>${'ab'.repeat(50_000)}</p>`],
    ['full stops', `<p>${'. '.repeat(50_000)}</p>`],
    ['apostrophes', `<p>${"'s ".repeat(33_000)}</p>`],
    ['abbreviations', `<p>${'o.a. '.repeat(20_000)}</p>`],
    ['a web address', `<p>https://${'a.b/'.repeat(25_000)}</p>`],
    ['deep nesting', `<p>${'<b>'.repeat(33_000)}tekst</p>`],
  ])('come in time for 100,000 characters of %s', (_, html) => {
    // Each takes some 0.1 to 0.3 s; anything quadratic takes many seconds, some a minute.
    const started = performance.now();
    check(html, { titles: ['Zwemles', 'Zwemles voor iedereen'], names: ['Wethouder P. de Groot'] });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('come in time for 1,600 short paragraphs and a memo with 200 titles and 200 names', () => {
    // Each title and name is made one expression once for the whole memo, not once for every paragraph.
    const titles = Array.from({ length: 200 }, (_, i) => `Motie ${i} over de zwemles`);
    const names = Array.from({ length: 200 }, (_, i) => `Wethouder J${i}. van der Naam${i}`);
    const html = '<p>Wij betalen de zwemles voor alle kinderen in de stad.</p>'.repeat(1600);
    const started = performance.now();
    check(html, { titles, names });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('give line and column in the stored text, counted from 1', () => {
    const html = '<p>Eerste regel.</p>\n<p>Hier staat inzake.</p>';
    const [finding] = findingsOf(html, 'ambtelijk-woord');
    expect(finding).toMatchObject({ line: 2, column: '<p>Hier staat '.length + 1 });
  });
});
