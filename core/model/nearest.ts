/** The edit distance between two words (insertions, deletions, substitutions), case ignored. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/**
 * The known word a mistyped one most likely meant ("onderwrp" → "onderwerp"): the closest, when it is close enough to
 * be a slip (a third of the word's letters at most, and at least one), else undefined. Long input is not compared:
 * a pasted text is no slip.
 */
export function nearest(word: string, known: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    const d = distance(word, candidate);
    if (best === undefined || d < best.distance) best = { word: candidate, distance: d };
  }
  const allowed = Math.max(1, Math.floor(word.length / 3));
  return best !== undefined && best.distance <= allowed ? best.word : undefined;
}
