const ELLIPSIS = '…';

/** The length a JSON Schema `maxLength` counts: code points, so that an emoji is one character, as ajv counts it. */
export function codePoints(text: string): number {
  return Array.from(text).length;
}

/**
 * `text` if it has at most `max` characters; else its start, ended at a word where there is one, followed by "…", so
 * that a shortened value says it is shortened. The caller keeps the whole text elsewhere.
 */
export function shorten(text: string, max: number): string {
  if (codePoints(text) <= max) return text;
  const start = Array.from(text)
    .slice(0, max - 1)
    .join('');
  const space = start.search(/\s\S*$/);
  const cut = space > 0 ? start.slice(0, space) : start;
  return `${cut.trimEnd()}${ELLIPSIS}`;
}
