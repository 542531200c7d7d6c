import { quote, ValidationError } from '../core/errors.js';
import { readInputText } from './read-file.js';

/**
 * Reads a JSON file that a person maintains, turning every problem into a ValidationError naming the file: `name`
 * (the path as typed, with its option) or else its path.
 */
export async function readJsonFile(file: string, name = file): Promise<unknown> {
  const json = (await readInputText(file, { name })).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    throw new ValidationError(
      [{ path: name, message: `geen geldige JSON: ${jsonProblem((error as Error).message, json)}` }],
      'invoer',
    );
  }
}

/** What JSON.parse found wrong, in Dutch, with the line and column where V8 names a position. */
function jsonProblem(message: string, json: string): string {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (message.includes('end of JSON input') || Number(position) >= json.trimEnd().length)
    return 'de tekst houdt op voordat de JSON af is (ontbreekt er een } of ]?)';
  const token = /^Unexpected token '(.+?)'/u.exec(message)?.[1];
  const what = token === undefined ? 'hier klopt de opbouw niet' : `onverwacht teken ${quote(token)}`;
  if (position === undefined) return what;
  const before = json.slice(0, Number(position)).split('\n');
  return `${what} op regel ${before.length}, kolom ${(before.at(-1)?.length ?? 0) + 1}`;
}
