import { formatDutchDate } from '../../core/dutch-date.js';

const NUMBER = new Intl.NumberFormat('nl-NL');
const MOMENT = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });

/** 1234 → "1.234", as Dutch readers group digits. */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** "2026-03-14" → "14 maart 2026"; what is not a date is shown as it is, never an error on screen. */
export function formatDate(iso: string | undefined): string {
  if (iso === undefined) return '';
  try {
    return formatDutchDate(iso);
  } catch {
    return iso;
  }
}

/** An ISO 8601 moment ("2026-12-06T10:00:00+01:00") as "6 december 2026 om 10:00", in the user's time zone. */
export function formatMoment(iso: string): string {
  const moment = new Date(iso);
  return Number.isNaN(moment.getTime()) ? iso : MOMENT.format(moment);
}
