/**
 * `text` cut to at most `max` characters by taking out its middle: of a path the start says where and the end says
 * which file, so both stay.
 */
export function shortenMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = Math.ceil((max - 1) / 2);
  return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
}

/** The longest run without a space that a message line keeps whole; a path of a deep folder fits. */
const RUN_LIMIT = 200;
/** The longest message line kept whole: a few runs of that length and the words around them. */
const LINE_LIMIT = 500;

/**
 * A message line with every run of more than RUN_LIMIT characters without a space cut in its middle, and the line
 * itself too when it is still longer than LINE_LIMIT (a long value with spaces in it): the last safeguard before the
 * terminal, whatever a message quoted of what the user typed.
 */
export function shortenLine(line: string): string {
  const runs = line.replace(new RegExp(`\\S{${RUN_LIMIT + 1},}`, 'g'), (run) =>
    shortenMiddle(run, RUN_LIMIT),
  );
  return shortenMiddle(runs, LINE_LIMIT);
}
