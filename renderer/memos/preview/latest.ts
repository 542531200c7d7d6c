/**
 * Numbers the previews in the order they are asked for, and lets an answer be shown only while nothing newer is:
 * answers may arrive in any order (a larger memo takes longer), and a late one must never replace a newer preview.
 */
export interface Latest {
  /** The number of a new request. */
  ask(): number;
  /** Whether answer `n` may still be shown: no answer asked for after it is shown. */
  mayShow(n: number): boolean;
  /** Answer `n` is shown. */
  show(n: number): void;
  /** Whether a request newer than `n` is under way. */
  newerThan(n: number): boolean;
}

export function latestWins(): Latest {
  let asked = 0;
  let shown = 0;
  return {
    ask: () => ++asked,
    mayShow: (n) => n > shown,
    show: (n) => {
      shown = Math.max(shown, n);
    },
    newerThan: (n) => asked > n,
  };
}
