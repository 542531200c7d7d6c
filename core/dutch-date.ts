import { DUTCH_MONTHS as MONTHS } from './dutch-months.js';
/** "2017-11-10" → "10 november 2017", the way Dutch council documents write dates. */
export function formatDutchDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  const real = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (!match || month === undefined || real?.getUTCDate() !== Number(match[3])) {
    throw new RangeError(`geen datum: ${iso}`);
  }
  return `${Number(match[3])} ${month} ${match[1]}`;
}
