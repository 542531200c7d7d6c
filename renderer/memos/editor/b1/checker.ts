import type { SectionResult } from '../../../../readability/index.js';
import type { B1Findings } from './placement.js';
import type { B1Memo, B1Request, B1Response, B1Settings } from './protocol.js';

/** Each section's result and its findings with the HTML they were found in, by the section's key. */
export type B1Results = ReadonlyMap<string, { findings: B1Findings; result: SectionResult }>;

/** What the checker needs of a Web Worker: the real one in the app, any other in a test. */
export interface B1Worker {
  post(request: B1Request): void;
  terminate(): void;
}

/** Starts a worker that hands each answer to `onResponse`, and calls `onError` when it fails to run. */
export type B1WorkerFactory = (onResponse: (response: B1Response) => void, onError: () => void) => B1Worker;

/** The pause in typing after which the memo is checked. */
export const B1_PAUSE_MS = 300;

const sameSections = (a: B1Memo, b: B1Memo): boolean =>
  a.sections.length === b.sections.length &&
  a.sections.every((s, i) => {
    const t = b.sections[i];
    return t !== undefined && s.key === t.key && s.titel === t.titel && s.inhoud === t.inhoud;
  });
const sameStrings = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((s, i) => s === b[i]);
const sameMemo = (a: B1Memo, b: B1Memo): boolean =>
  sameSections(a, b) && sameStrings(a.names, b.names) && sameStrings(a.titles, b.titles);

/**
 * The live B1 check of one memo: `update` is called on every change and only notes it; after a pause of
 * `pauseMs` the memo goes to the worker. One request is in flight at a time: what changes meanwhile goes when it
 * is answered, so that the worker never works on a memo already superseded by two others. An answer is shown only
 * if it is newer than the one shown and was computed with the current settings: a stale answer never replaces a
 * newer one. A section whose result did not change keeps its object, so that its editor need not redraw.
 */
export class B1Checker {
  private worker: B1Worker | undefined;
  private memo: B1Memo | undefined;
  private settings: B1Settings | undefined;
  private epoch = 0;
  private settingsSent = false;
  private seq = 0;
  private shownSeq = 0;
  private inFlight: { seq: number; memo: B1Memo } | undefined;
  private lastSent: { epoch: number; memo: B1Memo } | undefined;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private shown: B1Results = new Map();

  constructor(
    private readonly createWorker: B1WorkerFactory,
    private readonly onResults: (results: B1Results) => void,
    private readonly pauseMs = B1_PAUSE_MS,
  ) {}

  /** The memo as it is now, and the settings to check it by (none yet: nothing is checked). */
  update(memo: B1Memo, settings: B1Settings | undefined): void {
    this.memo = memo;
    if (settings !== this.settings) {
      this.settings = settings;
      this.epoch++;
      this.settingsSent = false;
    }
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.send();
    }, this.pauseMs);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = undefined;
    this.inFlight = undefined;
  }

  private send(): void {
    const { memo, settings, epoch } = this;
    if (!memo || !settings) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    if (this.lastSent?.epoch === epoch && sameMemo(this.lastSent.memo, memo)) return;
    const worker = this.connected();
    const seq = ++this.seq;
    const request: B1Request = { seq, epoch, ...memo, ...(this.settingsSent ? {} : { settings }) };
    this.settingsSent = true;
    this.inFlight = { seq, memo };
    this.lastSent = { epoch, memo };
    // The pause is over and the check starts: `npm run bench` times the underlines from this mark.
    performance.mark('rn-b1-check');
    worker.post(request);
  }

  private connected(): B1Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker(
      (response) => {
        this.receive(response);
      },
      // A worker that fails to run (its script refused, a crash) is started afresh on the next request.
      () => {
        worker.terminate();
        if (this.worker === worker) this.worker = undefined;
        this.inFlight = undefined;
        this.lastSent = undefined;
        this.settingsSent = false;
      },
    );
    this.worker = worker;
    return worker;
  }

  private receive(response: B1Response): void {
    const asked = this.inFlight?.seq === response.seq ? this.inFlight : undefined;
    if (asked) this.inFlight = undefined;
    if (asked && response.epoch === this.epoch && response.seq > this.shownSeq && 'results' in response) {
      this.shownSeq = response.seq;
      this.show(asked.memo, response.results);
    }
    if (this.again) {
      this.again = false;
      this.send();
    }
  }

  private show(memo: B1Memo, results: readonly SectionResult[]): void {
    const next = new Map<string, { findings: B1Findings; result: SectionResult }>();
    memo.sections.forEach((section, i) => {
      const result = results[i];
      if (!result) return;
      const before = this.shown.get(section.key);
      const same =
        before !== undefined &&
        before.findings.html === section.inhoud &&
        JSON.stringify(before.result) === JSON.stringify(result);
      next.set(
        section.key,
        same ? before : { findings: { html: section.inhoud, findings: result.findings }, result },
      );
    });
    this.shown = next;
    this.onResults(next);
  }
}
