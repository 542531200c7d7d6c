// The preview's order: answers arrive in any order, and one asked for earlier never replaces a newer one shown.
import { describe, expect, it } from 'vitest';
import { latestWins } from '../renderer/memos/preview/latest.js';

describe('the preview shows the newest answer only', () => {
  it('drops an answer that arrives after a newer one was shown', () => {
    const latest = latestWins();
    const first = latest.ask();
    const second = latest.ask();
    expect(latest.mayShow(second)).toBe(true);
    latest.show(second);
    expect(latest.mayShow(first)).toBe(false);
    expect(latest.newerThan(second)).toBe(false);
  });

  it('shows an older answer while nothing newer is shown, and still knows a newer one is coming', () => {
    const latest = latestWins();
    const first = latest.ask();
    const second = latest.ask();
    expect(latest.mayShow(first)).toBe(true);
    latest.show(first);
    expect(latest.newerThan(first)).toBe(true);
    expect(latest.mayShow(second)).toBe(true);
    latest.show(second);
    expect(latest.mayShow(first)).toBe(false);
    expect(latest.mayShow(latest.ask())).toBe(true);
  });
});
