import { DEFAULT_CONFIG, type ReadabilityConfig } from './config.js';
import { ambtelijkeWoorden } from './checks/ambtelijke-woorden.js';
import { longSentences } from './checks/long-sentences.js';
import { longWords, type LengthRules } from './checks/long-words.js';
import { nominalisations } from './checks/nominalisations.js';
import { passives } from './checks/passive.js';
import { visibleText, type BlockFinding } from './finding.js';
import { addCounts, figuresOf, FLESCH_DOUMA_FORMULA, NO_COUNTS, type Counts } from './figures.js';
import { htmlTextBlocks } from './html-text.js';
import { plainTextBlocks } from './plain-text.js';
import { mentionsOf, type Mentions } from './mentions.js';
import { lineAndColumn, lineStarts } from './positions.js';
import { sentencesOf } from './segment.js';
import { Syllables } from './syllables.js';
import { sourceRange, type TextBlock } from './text-block.js';
import type { Finding, MemoResult, SectionResult } from './result.js';
import { memoVerdict, verdictOf } from './verdict.js';
import type { CompiledWordList } from './word-list.js';
import {
  classifyWords,
  collectCapitals,
  countsInFigures,
  wordSyllables,
  withCapitals,
  type AnalysedSentence,
  type CapitalSentence,
  type NameContext,
} from './words.js';

/** One section to check: its stored text, and how the report names it. */
export interface SectionInput {
  /** Where the text is, for tools: `secties[2].inhoud`. */
  path: string;
  title: string;
  /** The stored text: the HTML subset of the memo format, or plain text. */
  text: string;
  format: 'html' | 'plain';
}

export interface AnalyzeOptions {
  config?: ReadabilityConfig;
  /** The ambtelijke woorden, compiled; without a list that check finds nothing. */
  wordList?: CompiledWordList;
  /**
   * Names of persons the text may mention (the portefeuillehouder, informanten), as the memo gives them
   * ("Wethouder P. de Groot"): never long words, and not counted in a sentence's length. Role words are left out;
   * a capitalised part counts where it is written with its capital, the whole name wherever it stands.
   */
  names?: readonly string[];
  /**
   * Titles the text may mention without quotes (the memo's moties and bijlagen): treated as quoted titles; a title
   * of several words in any case, a title of one word only as written.
   */
  titles?: readonly string[];
}

/** Blocks whose sentences count in the figures: running text, not headings or table cells. */
const RUNNING_TEXT = new Set<TextBlock['kind']>(['paragraph', 'list-item', 'footnote']);
/** Blocks that are labels, not sentences: they get no findings at all. */
const LABELS = new Set<TextBlock['kind']>(['heading', 'header-cell']);

const blocksOf = (input: SectionInput): TextBlock[] =>
  input.format === 'html' ? htmlTextBlocks(input.text) : plainTextBlocks(input.text);

/** Words that are names wherever they stand: capitalised mid-sentence somewhere, and never written in lower case. */
function nameSet(sentences: readonly CapitalSentence[]): Set<string> {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  collectCapitals(sentences, capitalised, lower);
  return new Set([...capitalised].filter((w) => !lower.has(w)));
}

interface Prepared {
  input: SectionInput;
  blocks: { block: TextBlock; sentences: CapitalSentence[] }[];
}

/** What one analysis knows and keeps for all the sections it checks. */
interface Analysis {
  config: ReadabilityConfig;
  wordList: CompiledWordList | undefined;
  /** Words the memo only ever writes with a capital. */
  names: ReadonlySet<string>;
  /** The names and titles the memo gives. */
  mentions: Mentions;
  /** The thresholds and exceptions of the long-word check, and the syllables of this analysis's words. */
  lengths: LengthRules;
}

function checkSentence(sentence: AnalysedSentence, analysis: Analysis): BlockFinding[] {
  const { config, lengths, wordList } = analysis;
  return [
    ...longSentences(sentence, config),
    ...longWords(sentence, lengths),
    ...passives(sentence),
    ...nominalisations(sentence),
    ...(wordList ? ambtelijkeWoorden(sentence, wordList) : []),
  ];
}

function locate(finding: BlockFinding, starts: readonly number[]): Finding {
  const { start, end } = sourceRange(finding.block, finding.start, finding.end);
  const { line, column } = lineAndColumn(starts, start);
  return {
    kind: finding.kind,
    severity: finding.severity,
    start,
    end,
    line,
    column,
    text: visibleText(finding.block.text.slice(finding.start, finding.end)),
    label: finding.label,
    explanation: finding.explanation,
    suggestion: finding.suggestion,
  };
}

function analyzePrepared(
  { input, blocks }: Prepared,
  analysis: Analysis,
): { result: SectionResult; counts: Counts; warnings: number } {
  const { config, names, mentions, lengths } = analysis;
  const found: BlockFinding[] = [];
  let counts = NO_COUNTS;
  for (const { block, sentences } of blocks) {
    if (LABELS.has(block.kind)) continue;
    const context: NameContext = {
      names,
      givenNames: mentions.nameWords,
      inGivenName: mentions.names(block.text),
      inTitle: mentions.titles(block.text),
      titleMaxWords: config.titelHoogstensWoorden,
    };
    for (const plain of sentences) {
      const sentence = classifyWords(plain, context);
      const inSentence = checkSentence(sentence, analysis);
      for (const finding of inSentence) found.push(finding);
      if (!RUNNING_TEXT.has(block.kind)) continue;
      const words = sentence.words.filter(countsInFigures);
      if (words.length === 0) continue;
      counts = addCounts(counts, {
        words: words.length,
        sentences: 1,
        syllables: words.reduce((sum, w) => sum + wordSyllables(w, lengths.syllables), 0),
        // Each long word has its finding, and only long words have one of this kind.
        longWords: inSentence.filter((f) => f.kind === 'long-word').length,
      });
    }
  }
  const starts = lineStarts(input.text);
  const findings = found.map((f) => locate(f, starts)).sort((a, b) => a.start - b.start || b.end - a.end);
  const figures = figuresOf(counts);
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return {
    result: {
      path: input.path,
      title: input.title,
      verdict: verdictOf(counts, warnings, config),
      tooShortToScore: figures.words < config.oordeel.minimumWoorden,
      figures,
      findings,
    },
    counts,
    warnings,
  };
}

/**
 * Checks a memo's sections for language level B1: per section its figures, its verdict and its findings, each
 * finding located in the section's stored text; and the verdict on the memo as a whole. Pure: no I/O, no clock.
 */
export function analyzeSections(inputs: readonly SectionInput[], options: AnalyzeOptions = {}): MemoResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const prepared: Prepared[] = inputs.map((input) => ({
    input,
    blocks: blocksOf(input).map((block) => ({ block, sentences: sentencesOf(block).map(withCapitals) })),
  }));
  const analysis: Analysis = {
    config,
    wordList: options.wordList,
    names: nameSet(prepared.flatMap((p) => p.blocks.flatMap((b) => b.sentences))),
    mentions: mentionsOf(options.names ?? [], options.titles ?? []),
    lengths: {
      config,
      exceptions: new Set(config.langWoord.uitzonderingen.map((w) => w.toLowerCase())),
      syllables: new Syllables(),
    },
  };
  let counts = NO_COUNTS;
  let warnings = 0;
  const sections = prepared.map((p) => {
    const section = analyzePrepared(p, analysis);
    counts = addCounts(counts, section.counts);
    warnings += section.warnings;
    return section.result;
  });
  const figures = figuresOf(counts);
  const pooled = verdictOf(counts, warnings, config);
  return {
    formula: FLESCH_DOUMA_FORMULA,
    verdict: memoVerdict(
      pooled,
      sections.map((s) => s.verdict),
    ),
    figures,
    sections,
  };
}

/** Checks one text on its own, such as plain text pasted from elsewhere. */
export function analyzeText(
  text: string,
  format: SectionInput['format'] = 'plain',
  options: AnalyzeOptions = {},
): SectionResult {
  const [section] = analyzeSections([{ path: '', title: '', text, format }], options).sections;
  if (!section) throw new Error('analyzeSections returned no section for one input');
  return section;
}
