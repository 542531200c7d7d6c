import type { MemoCheck } from '../api/contract/memo-documents.js';
import { append } from '../core/lists.js';

type SectionResult = MemoCheck['sections'][number];
type Finding = SectionResult['findings'][number];
type Figures = MemoCheck['figures'];
type ReadabilityConfig = MemoCheck['drempels'];

/** A number the Dutch way: decimal comma, a real minus sign. */
function number(value: number, digits = 1): string {
  return value.toFixed(digits).replace('.', ',').replace('-', '−');
}

/** A threshold as the beheerder wrote it: 60 stays 60 and 62.5 stays 62,5, not rounded to 63. */
function threshold(value: number): string {
  return number(value, 2).replace(/,?0+$/u, '');
}

const EXCERPT = 70;

/** The start of a finding's text; cut between characters, never inside one (an emoji is two code units). */
function excerpt(text: string): string {
  const characters = Array.from(text);
  return `‘${characters.length > EXCERPT ? `${characters.slice(0, EXCERPT - 1).join('')}…` : text}’`;
}

/** The figures in one line; without the score when the text is too short for one. */
function figuresLine(figures: Figures, scored = true): string {
  const parts = [
    `${figures.words} ${figures.words === 1 ? 'woord' : 'woorden'} in ${figures.sentences} ${figures.sentences === 1 ? 'zin' : 'zinnen'}`,
  ];
  if (figures.averageSentenceLength !== null) {
    parts.push(`gemiddeld ${number(figures.averageSentenceLength)} woorden per zin`);
  }
  if (figures.longWordPercentage !== null) parts.push(`${number(figures.longWordPercentage)}% lange woorden`);
  if (scored && figures.fleschDouma !== null) parts.push(`Flesch–Douma ${number(figures.fleschDouma)}`);
  return parts.join(' · ');
}

function findingLines(finding: Finding): string[] {
  const severity = finding.severity === 'warning' ? ', waarschuwing' : '';
  return [
    `  regel ${finding.line}, kolom ${finding.column}  ${finding.label}${severity}: ${excerpt(finding.text)}`,
    `      ${finding.explanation}`,
    ...(finding.suggestion === null ? [] : [`      Suggestie: ${finding.suggestion}`]),
  ];
}

function sectionLines(section: SectionResult, config: ReadabilityConfig): string[] {
  const lines = [`${section.title || '(zonder titel)'} — ${section.verdict}   [${section.path}]`];
  lines.push(`  ${figuresLine(section.figures, !section.tooShortToScore)}`);
  if (section.tooShortToScore) {
    lines.push(
      `  Te kort voor een betrouwbare score (minder dan ${config.oordeel.minimumWoorden} woorden): het oordeel volgt alleen de zinnen.`,
    );
  }
  if (section.findings.length === 0) lines.push('  Geen bevindingen.');
  for (const finding of section.findings) append(lines, findingLines(finding));
  return lines;
}

function thresholdLines(config: ReadabilityConfig): string[] {
  const { zinslengte, langWoord, oordeel } = config;
  return [
    `Drempels: een zin van meer dan ${zinslengte.hint} woorden krijgt een hint, van meer dan ${zinslengte.waarschuwing} een waarschuwing`,
    `(namen, getallen, bedragen en titels tussen aanhalingstekens tellen niet mee); een woord is lang vanaf ${langWoord.lettergrepen} lettergrepen of ${langWoord.letters} letters.`,
    `Oordeel: ‘te moeilijk’ bij een Flesch–Douma onder ${threshold(oordeel.fleschDouma.teMoeilijkOnder)}, gemiddeld meer dan ${threshold(oordeel.gemiddeldeZinslengte.teMoeilijkBoven)} woorden per zin of meer dan ${threshold(oordeel.aandeelLangeWoorden.teMoeilijkBoven)}% lange woorden;`,
    `‘let op’ bij een score onder ${threshold(oordeel.fleschDouma.letOpOnder)}, meer dan ${threshold(oordeel.gemiddeldeZinslengte.letOpBoven)} woorden per zin, meer dan ${threshold(oordeel.aandeelLangeWoorden.letOpBoven)}% lange woorden of een zin met een waarschuwing.`,
  ];
}

/** The report a policy officer reads: per section the verdict, the figures and the findings, then the memo's. */
export function textReport(result: MemoCheck): string {
  const { nota: memo, drempels: config } = result;
  const findings = result.sections.flatMap((s) => s.findings);
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const lines = [
    `B1-check van ${memo.type} ‘${memo.onderwerp}’`,
    `Leesbaarheid: ${result.formula}; hoe hoger, hoe makkelijker (B1: ${threshold(config.oordeel.fleschDouma.letOpOnder)} of meer).`,
    'Regel en kolom wijzen een plek aan in de tekst (inhoud) van de sectie zoals die in het notabestand staat.',
  ];
  for (const section of result.sections) append(lines, ['', ...sectionLines(section, config)]);
  append(lines, [
    '',
    `Hele nota — ${result.verdict}`,
    `  ${figuresLine(result.figures)}`,
    `  ${findings.length} ${findings.length === 1 ? 'bevinding' : 'bevindingen'}, waarvan ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}.`,
    '',
    ...thresholdLines(config),
  ]);
  return lines.join('\n');
}
