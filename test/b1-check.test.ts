// The editor's live B1 check judges a memo as `raadsnota check` does, and its checker shows only the newest answer.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { conceptOf } from '../core/model/memo-concept.js';
import { parseMemo } from '../core/model/memo.js';
import { DEFAULT_CONFIG, parseAmbtelijkeWoorden, type SectionResult } from '../readability/index.js';
import { checkSections, compileSettings } from '../renderer/memos/editor/b1/analyse.js';
import { B1Checker, type B1Results, type B1Worker } from '../renderer/memos/editor/b1/checker.js';
import { b1Inputs } from '../renderer/memos/editor/b1/inputs.js';
import type { B1Memo, B1Request, B1Response, B1Settings } from '../renderer/memos/editor/b1/protocol.js';
import { exampleInput, makeTempDir, manifestOf, removeTempDir, runCli } from './helpers/assets.js';
import { shippedWordList } from './helpers/readability.js';

const SETTINGS: B1Settings = { woorden: parseAmbtelijkeWoorden(shippedWordList()), drempels: DEFAULT_CONFIG };

/** A section's result without its title: the CLI titles a section as the document heads it, the editor by its key. */
const judged = (section: SectionResult) => ({ ...section, title: '' });

/**
 * The example with a section of its own that names the memo's portefeuillehouder and the title of what it answers or
 * encloses without quotes, in a long sentence: the names and titles change how long the check finds it.
 */
async function exampleWithMentions(type: string): Promise<Record<string, unknown>> {
  const raw = await exampleInput(type);
  const memo = parseMemo(raw, await manifestOf(type));
  const title = memo.moties[0]?.titel ?? memo.bijlagen[0]?.titel ?? 'het plan';
  const sentence =
    `Op verzoek van ${memo.portefeuillehouder} hebben wij bij de uitvoering van ${title} met alle betrokken ` +
    'partijen in de gemeente en daarbuiten uitgebreid gesproken over wat er nodig is om de kinderen in de wijken ' +
    'te helpen.';
  return { ...raw, secties: [...memo.secties, { titel: 'Namen en titels', inhoud: `<p>${sentence}</p>` }] };
}

describe('the editor and raadsnota check judge a memo alike', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir();
  });
  afterAll(async () => {
    await removeTempDir(dir);
  });

  for (const type of ['informatienota', 'raadsmededeling', 'raadsvoorstel']) {
    it(`on examples/${type}.json: every section's verdict, figures and findings`, async () => {
      const manifest = await manifestOf(type);
      const raw = await exampleWithMentions(type);
      const file = join(dir, `${type}.json`);
      await writeFile(file, JSON.stringify(raw));
      const memo = parseMemo(raw, manifest);
      // As the editor holds the memo: the concept stored in the register, and the items linked to it.
      const concept = conceptOf(memo);
      const editorMemo: B1Memo = {
        sections: concept.secties.map((s, i) => ({
          key: `secties[${i}].inhoud`,
          titel: s.titel ?? s.sleutel ?? '',
          inhoud: s.inhoud,
        })),
        ...b1Inputs(concept, manifest, { moties: memo.moties, toezeggingen: memo.toezeggingen }),
      };
      const inEditor = checkSections(editorMemo, compileSettings(SETTINGS));

      const cli = await runCli(['check', file, '--format', 'json']);
      expect(cli.code, cli.stderr).toBe(0);
      const report = JSON.parse(cli.stdout) as { sections: SectionResult[] };
      const byPath = new Map(report.sections.map((s) => [s.path, judged(s)]));

      expect(inEditor.map((s) => s.path).sort()).toEqual([...byPath.keys()].sort());
      for (const section of inEditor) expect(judged(section)).toEqual(byPath.get(section.path));
      expect(inEditor.flatMap((s) => s.findings).length).toBeGreaterThan(0);
    });
  }

  it('takes the names the memo gives: without them, the informatienota is judged otherwise', async () => {
    const manifest = await manifestOf('informatienota');
    const memo = parseMemo(await exampleWithMentions('informatienota'), manifest);
    const concept = conceptOf(memo);
    const sections = concept.secties.map((s, i) => ({ key: `${i}`, titel: '', inhoud: s.inhoud }));
    const inputs = b1Inputs(concept, manifest, { moties: memo.moties, toezeggingen: memo.toezeggingen });
    expect(inputs.names).toContain(memo.portefeuillehouder);
    expect(inputs.titles).toEqual(expect.arrayContaining(memo.moties.map((m) => m.titel)));
    const settings = compileSettings(SETTINGS);
    const withNames = checkSections({ sections, ...inputs }, settings);
    const without = checkSections({ sections, names: [], titles: [] }, settings);
    expect(without).not.toEqual(withNames);
  });

  it("reads a concept's half-typed fields without failing: an informant without a name gives none", async () => {
    const manifest = await manifestOf('informatienota');
    const field = manifest.velden.find((v) => v.soort === 'informanten');
    expect(field).toBeDefined();
    const inputs = b1Inputs(
      {
        type: 'informatienota',
        secties: [],
        [field?.naam ?? '']: [{ telefoon: '06' }, { naam: 'A. Jansen' }],
      },
      manifest,
      { moties: [], toezeggingen: [{ gedaanDoor: 'Wethouder P. de Groot' }, {}] },
    );
    expect(inputs).toEqual({ names: ['A. Jansen', 'Wethouder P. de Groot'], titles: [] });
  });
});

/** A worker whose answers the test hands out, in any order: the checker's worker, scripted. */
class ScriptedWorker implements B1Worker {
  readonly requests: B1Request[] = [];
  onResponse: (response: B1Response) => void = () => undefined;
  terminated = false;

  post(request: B1Request): void {
    this.requests.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers request `seq` with one result per section, titled with the request's `seq` to tell answers apart. */
  answer(seq: number, title = `antwoord ${seq}`): void {
    const request = this.requests.find((r) => r.seq === seq);
    if (!request) throw new Error(`no request ${seq}`);
    const results = request.sections.map((s): SectionResult => ({
      path: s.key,
      title,
      verdict: 'B1 waarschijnlijk gehaald',
      tooShortToScore: true,
      figures: {
        words: 0,
        sentences: 0,
        syllables: 0,
        longWords: 0,
        averageSentenceLength: null,
        longWordPercentage: null,
        fleschDouma: null,
      },
      findings: [],
    }));
    this.onResponse({ seq, epoch: request.epoch, results });
  }
}

const memoWith = (inhoud: string): B1Memo => ({
  sections: [{ key: 'k', titel: 'Kernboodschap', inhoud }],
  names: [],
  titles: [],
});

describe('the live checker', () => {
  function setUp() {
    vi.useFakeTimers();
    const worker = new ScriptedWorker();
    const shown: B1Results[] = [];
    const checker = new B1Checker(
      (onResponse) => {
        worker.onResponse = onResponse;
        return worker;
      },
      (results) => shown.push(results),
      300,
    );
    const titles = () => shown.map((r) => r.get('k')?.result.title);
    return { worker, checker, shown, titles };
  }

  it('checks after a pause in typing, not on each change, and sends the settings once', () => {
    const { worker, checker, titles } = setUp();
    checker.update(memoWith('<p>a</p>'), SETTINGS);
    vi.advanceTimersByTime(200);
    checker.update(memoWith('<p>ab</p>'), SETTINGS);
    vi.advanceTimersByTime(299);
    expect(worker.requests).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(worker.requests.map((r) => r.sections[0]?.inhoud)).toEqual(['<p>ab</p>']);
    expect(worker.requests[0]?.settings).toBe(SETTINGS);
    worker.answer(1);
    expect(titles()).toEqual(['antwoord 1']);
    checker.update(memoWith('<p>abc</p>'), SETTINGS);
    vi.advanceTimersByTime(300);
    expect(worker.requests[1]?.settings).toBeUndefined();
    // The same memo again is not checked again.
    checker.update(memoWith('<p>abc</p>'), SETTINGS);
    vi.advanceTimersByTime(300);
    expect(worker.requests).toHaveLength(2);
    vi.useRealTimers();
  });

  it('sends what changed while a check ran when it is answered, and never shows a stale answer', () => {
    const { worker, checker, titles } = setUp();
    checker.update(memoWith('<p>a</p>'), SETTINGS);
    vi.advanceTimersByTime(300);
    checker.update(memoWith('<p>ab</p>'), SETTINGS);
    vi.advanceTimersByTime(300);
    // One request in flight at a time.
    expect(worker.requests).toHaveLength(1);
    worker.answer(1);
    expect(worker.requests.map((r) => r.sections[0]?.inhoud)).toEqual(['<p>a</p>', '<p>ab</p>']);
    worker.answer(2);
    expect(titles()).toEqual(['antwoord 1', 'antwoord 2']);
    // An answer that comes again, or late, is older than the one shown: dropped.
    worker.answer(1);
    expect(titles()).toEqual(['antwoord 1', 'antwoord 2']);
    vi.useRealTimers();
  });

  it('drops an answer computed with settings that have changed since', () => {
    const { worker, checker, titles } = setUp();
    checker.update(memoWith('<p>a</p>'), SETTINGS);
    vi.advanceTimersByTime(300);
    const stricter: B1Settings = {
      ...SETTINGS,
      drempels: { ...DEFAULT_CONFIG, zinslengte: { hint: 5, waarschuwing: 10 } },
    };
    checker.update(memoWith('<p>a</p>'), stricter);
    vi.advanceTimersByTime(300);
    worker.answer(1);
    expect(titles()).toEqual([]);
    // The same memo goes again, with the new settings.
    expect(worker.requests[1]?.settings).toBe(stricter);
    worker.answer(2);
    expect(titles()).toEqual(['antwoord 2']);
    vi.useRealTimers();
  });

  it('keeps the object of a section whose result did not change, and stops the worker when disposed', () => {
    const { worker, checker, shown } = setUp();
    checker.update(memoWith('<p>a</p>'), SETTINGS);
    vi.advanceTimersByTime(300);
    worker.answer(1, 'zelfde');
    checker.update({ ...memoWith('<p>a</p>'), titles: ['Zwemmen'] }, SETTINGS);
    vi.advanceTimersByTime(300);
    worker.answer(2, 'zelfde');
    checker.update({ ...memoWith('<p>a</p>'), titles: ['Zwemmen', 'Bad'] }, SETTINGS);
    vi.advanceTimersByTime(300);
    worker.answer(3, 'anders');
    expect(shown).toHaveLength(3);
    expect(shown[1]?.get('k')).toBe(shown[0]?.get('k'));
    expect(shown[2]?.get('k')).not.toBe(shown[1]?.get('k'));
    checker.dispose();
    expect(worker.terminated).toBe(true);
    vi.useRealTimers();
  });
});
