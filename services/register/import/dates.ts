import { DUTCH_MONTHS as MONTHS } from '../../../core/dutch-months.js';

/** 2017-11-10, also with a time after it, as a database export gives it (the text is lower-cased first). */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+z?)?$/;
/** 10-11-2017, 10/11/2017 or 10.11.2017: day first, as in the Netherlands. */
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
/** 10 november 2017, 10 nov. 2017, vrijdag 10 november 2017. */
const WRITTEN = /^(?:[a-z]+,? )?(\d{1,2}) ([a-z]+)\.? (\d{4})$/;

/**
 * A date as people write it in a Dutch register, as JJJJ-MM-DD; undefined when it is none or not a real day.
 * Two-digit years are refused rather than guessed.
 */
export function parseDutchDate(text: string): string | undefined {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const iso = ISO.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC.exec(value);
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const written = WRITTEN.exec(value);
  const month = written ? monthNumber(written[2] ?? '') : undefined;
  if (written && month) return isoDate(Number(written[3]), month, Number(written[1]));
  return undefined;
}

/** The full name or its first three letters; "mrt" and "sept" are the usual exceptions. */
function monthNumber(word: string): number | undefined {
  const name = word === 'mrt' ? 'maa' : word === 'sept' ? 'sep' : word;
  const index = MONTHS.findIndex((month) => month === name || month.slice(0, 3) === name);
  return index === -1 ? undefined : index + 1;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March; a day that does not exist is not a date.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}
