import data from '../deelwoorden.json' with { type: 'json' };
import { cite, visibleText, type BlockFinding } from '../finding.js';
import { BARE_ADJECTIVE_DETERMINERS, CLAUSE_OPENERS, DETERMINERS, PREPOSITIONS } from '../dutch.js';
import { hasVowel, VOWELS } from '../syllables.js';
import { adjacent, type AnalysedSentence, type Word } from '../words.js';

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden']);
const ZIJN = new Set(['is', 'zijn', 'was', 'waren', 'ben', 'bent']);
const STRONG = new Set(data.sterk);
const WITH_ZIJN = new Set(data.metZijn);
const ADJECTIVE_WITH_ZIJN = new Set(data.bijvoeglijkMetZijn);
const NOT_PARTICIPLE = new Set(data.geenDeelwoord);
const PARTICLES = [...data.voorvoegsels].sort((a, b) => b.length - a.length);

/** Another finite verb: the clause of the auxiliary has ended. */
const HEBBEN = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden']);
/** Punctuation that closes a clause. */
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '(', ')', '–', '—', '.', '!', '?']);
/** After these, "zijn" is the possessive ("met zijn team", "heeft zijn plan"), not a form of the verb. */
const BEFORE_POSSESSIVE = new Set([
  ...PREPOSITIONS,
  'heeft',
  'hebben',
  'had',
  'hadden',
  'heb',
  'geeft',
  'gaf',
  'doet',
  'deed',
  'maakt',
  'maakte',
  'zet',
  'zette',
]);
/** Words after which a sentence-initial "Zijn" is the verb of a question ("Zijn de plannen besproken?"). */
const QUESTION_SUBJECT = new Set([...DETERMINERS, 'alle', 'er', 'u', 'wij', 'we', 'zij', 'ze', 'jullie']);
/** A participle this many words or fewer after such a determiner may be an adjective of its noun phrase. */
const NOUN_PHRASE_REACH = 3;
/** Words that may follow the participle of a passive in its clause: prepositions, particles, adverbs, modals. */
const AFTER_PARTICIPLE = new Set([
  ...PREPOSITIONS,
  'te',
  'ten',
  'ter',
  'als',
  'zoals',
  'dan',
  'hier',
  'daar',
  'er',
  'geworden',
  'kan',
  'kunnen',
  'moet',
  'moeten',
  'zal',
  'zullen',
  'mag',
  'mogen',
  'begin',
  'medio',
  'eind',
  'eerst',
  'later',
  'daarna',
  'vandaag',
  'morgen',
  'gisteren',
  'ook',
  'niet',
  'nog',
  'wel',
  'pas',
  'weer',
]);
/** A participle of at most this many words after its auxiliary still belongs to it. */
const MAX_GAP = 12;

const REGULAR_WITH_GE = /^ge\p{L}{2,}[dt]$/u;
const REGULAR_WITHOUT_GE = /^(?:be|ver|ont|her|er)\p{L}{2,}[dt]$/u;
const PRESENT_PARTICIPLE = new RegExp(`[^${VOWELS}]end$`, 'u');
/**
 * "be" or "ge" whose e makes one vowel with the letter after it ("beeld", "beurt", "geit", "geur"): no prefix,
 * for the prefix keeps its own syllable and takes a diaeresis before e, i and u ("beëindigd", "geïnformeerd",
 * "geüpdatet"). "ij" is a vowel of its own ("geijkt").
 */
const NO_PREFIX = /^[bg]e(?:[eu]|i(?!j))/u;

/** Whether `rest` (a word, its separable particle taken off) is a participle by the lists or the regular pattern. */
function participleAfterParticle(rest: string, hasParticle: boolean): boolean {
  if (NOT_PARTICIPLE.has(rest) || rest.endsWith('heid') || NO_PREFIX.test(rest)) return false;
  if (STRONG.has(rest)) return true;
  // The stem of a strong verb is a noun, not its participle, which ends in -en: "behoud" (behouden), "verbod".
  if (STRONG.has(`${rest}en`)) return false;
  if (REGULAR_WITH_GE.test(rest)) return hasVowel(rest.slice(2, -1));
  if (hasParticle || !REGULAR_WITHOUT_GE.test(rest) || PRESENT_PARTICIPLE.test(rest)) return false;
  const stem = rest.replace(/^(?:be|ver|ont|her|er)/u, '').slice(0, -1);
  return hasVowel(stem);
}

/**
 * A voltooid deelwoord: ge-…-d/t ("gemaakt"), be-/ver-/ont-/her-/er-…-d/t ("verstuurd"), a strong or otherwise
 * irregular one from the list ("besloten", "ontvangen"), each also after a separable particle ("opgepakt",
 * "vastgesteld", "aangenomen").
 */
function isParticiple(lower: string): boolean {
  if (NOT_PARTICIPLE.has(lower)) return false;
  if (participleAfterParticle(lower, false)) return true;
  return PARTICLES.some(
    (p) =>
      lower.length > p.length + 3 &&
      lower.startsWith(p) &&
      participleAfterParticle(lower.slice(p.length), true),
  );
}

/** A participle that takes "zijn" in the ordinary perfect ("is gestegen"), alone or after a particle. */
function takesZijn(lower: string): boolean {
  if (WITH_ZIJN.has(lower)) return true;
  return PARTICLES.some((p) => lower.startsWith(p) && WITH_ZIJN.has(lower.slice(p.length)));
}

/** A participle that after "zijn" makes no passive: an ordinary perfect ("is gestegen") or an adjective ("is betrokken"). */
const notPassiveWithZijn = (lower: string): boolean => takesZijn(lower) || ADJECTIVE_WITH_ZIJN.has(lower);

const isAuxiliary = (lower: string): boolean => WORDEN.has(lower) || ZIJN.has(lower);

/** Whether "zijn" at word `w` is the possessive. */
function possessiveZijn(sentence: AnalysedSentence, w: number): boolean {
  const word = sentence.words[w];
  if (word?.lower !== 'zijn') return false;
  const previous = sentence.words[w - 1];
  if (previous === undefined) return !QUESTION_SUBJECT.has(sentence.words[w + 1]?.lower ?? '');
  return BEFORE_POSSESSIVE.has(previous.lower);
}

/** Whether a clause boundary (punctuation) lies between two words. */
function punctuationBetween(sentence: AnalysedSentence, a: Word, b: Word): boolean {
  return sentence.tokens
    .slice(a.token + 1, b.token)
    .some((t) => t.kind === 'punctuation' && CLAUSE_PUNCTUATION.has(t.text));
}

/** Whether a clause ends right after this word: the end of the sentence, punctuation, or a joining word. */
function clauseEndsAfter(sentence: AnalysedSentence, w: number): boolean {
  const word = sentence.words[w];
  const next = sentence.words[w + 1];
  if (!word || !next) return true;
  return punctuationBetween(sentence, word, next) || CLAUSE_OPENERS.has(next.lower) || next.lower === 'door';
}

/**
 * Whether the participle at `p` is an adjective before a noun, as in "worden vanuit een gezamenlijk gevoeld
 * eigenaarschap ter hand genomen": a determiner that leaves an adjective bare ("een") stands shortly before it,
 * after the auxiliary at `a`, and the word after it is neither the end of the clause nor a word that follows a
 * passive's participle. "door de raad vastgesteld tijdens …" is no adjective: after "de" it would read
 * "vastgestelde".
 */
function attributive(sentence: AnalysedSentence, a: number, p: number): boolean {
  const { words } = sentence;
  const before = words.slice(Math.max(a + 1, p - NOUN_PHRASE_REACH), p);
  if (!before.some((w) => BARE_ADJECTIVE_DETERMINERS.has(w.lower))) return false;
  if (clauseEndsAfter(sentence, p)) return false;
  const next = words[p + 1];
  return next !== undefined && !AFTER_PARTICIPLE.has(next.lower) && !isAuxiliary(next.lower);
}

function finding(sentence: AnalysedSentence, from: Word, to: Word, between: readonly Word[]): BlockFinding {
  const text = sentence.block.text;
  const door = between.findIndex((w) => w.lower === 'door');
  // The agent: the words after "door", up to the next preposition ("door het team in de komende weken").
  const afterDoor = door >= 0 ? between.slice(door + 1) : [];
  const stop = afterDoor.findIndex((w) => AFTER_PARTICIPLE.has(w.lower));
  const agent = stop >= 0 ? afterDoor.slice(0, stop) : afterDoor;
  const first = agent[0];
  const last = agent.at(-1);
  const agentText = first && last ? visibleText(text.slice(first.start, last.end)) : undefined;
  const cited = `${from.text}${between.length > 0 ? ' … ' : ' '}${to.text}`;
  return {
    kind: 'passive',
    severity: 'hint',
    block: sentence.block,
    start: from.start,
    end: to.end,
    label: 'lijdende vorm',
    explanation: `${cite(cited)} is de lijdende vorm: de lezer ziet niet wie iets doet.`,
    suggestion: agentText
      ? `Maak ${cite(agentText)} het onderwerp van de zin: zeg wie het doet.`
      : 'Zeg wie het doet, bijvoorbeeld ‘Wij …’ of ‘Het college …’.',
  };
}

/**
 * The passive voice (lijdende vorm): a form of worden or zijn with a voltooid deelwoord later in the same clause
 * ("wordt … opgepakt", "is besloten"), or, as in a subordinate clause, a participle right before its auxiliary
 * ("dat het plan uitgevoerd wordt"). Not passive: "zijn" with a participle that takes "zijn" in the perfect ("is
 * gestegen"), "zijn" with an adjective ("is mogelijk", "is betrokken"), the possessive "zijn" ("met zijn team"),
 * and anything inside a title ("de motie „Het zwembad wordt weer geopend”").
 */
export function passives(sentence: AnalysedSentence): BlockFinding[] {
  const { words } = sentence;
  const found: BlockFinding[] = [];
  const used = new Set<number>();
  words.forEach((aux, a) => {
    if (!isAuxiliary(aux.lower) || aux.inTitle || used.has(a) || possessiveZijn(sentence, a)) return;
    const withZijn = ZIJN.has(aux.lower);
    for (let p = a + 1; p < words.length && p - a <= MAX_GAP; p++) {
      const word = words[p];
      const previous = words[p - 1];
      if (!word || !previous || word.inTitle || punctuationBetween(sentence, previous, word)) break;
      if (CLAUSE_OPENERS.has(word.lower) || isAuxiliary(word.lower) || HEBBEN.has(word.lower)) break;
      if (!isParticiple(word.lower) || attributive(sentence, a, p)) continue;
      if (!(withZijn && notPassiveWithZijn(word.lower))) {
        found.push(finding(sentence, aux, word, words.slice(a + 1, p)));
        used.add(a).add(p);
      }
      break;
    }
  });
  // A subordinate clause puts the participle first: "dat de moties uitgevoerd zijn".
  words.forEach((participle, p) => {
    const aux = words[p + 1];
    if (!aux || used.has(p) || used.has(p + 1) || !isAuxiliary(aux.lower)) return;
    if (participle.inTitle || aux.inTitle) return;
    if (!adjacent(sentence, participle, aux) || !isParticiple(participle.lower)) return;
    if (ZIJN.has(aux.lower) && (notPassiveWithZijn(participle.lower) || !clauseEndsAfter(sentence, p + 1)))
      return;
    found.push(finding(sentence, participle, aux, []));
    used.add(p).add(p + 1);
  });
  return found;
}
