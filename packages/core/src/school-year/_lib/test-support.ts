import fc from 'fast-check';

export { catchError as thrown } from '../../_test/catch-error';

type Env = Record<string, string | undefined>;
const env = (globalThis as unknown as { process?: { env: Env } }).process?.env;

/**
 * Runs `action` with the host time zone set to `timeZone` (Node re-reads `TZ` when it is
 * assigned), then restores it. Returns the local hour of 2021-09-01T00:00Z under that zone, so a
 * test can check the switch really happened before trusting the result.
 */
export function inTimeZone<T>(timeZone: string, action: () => T): { result: T; localHourOfUtcMidnight: number } {
  if (env === undefined) throw new Error('process.env is needed to change the time zone');
  const previous = env.TZ;
  env.TZ = timeZone;
  try {
    return { result: action(), localHourOfUtcMidnight: new Date(Date.UTC(2021, 8, 1)).getHours() };
  } finally {
    if (previous === undefined) delete env.TZ;
    else env.TZ = previous;
  }
}

/** A calendar date in the years 1900–2100, as `{ year, month, day }`. */
export const calendarDateArbitrary = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((date) => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }));

/** `'YYYY-MM-DD'` of a calendar date. */
export function iso({ year, month, day }: { year: number; month: number; day: number }): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A school year's autumn year, within the supported range 1000–9998. */
export const startYearArbitrary = fc.integer({ min: 1000, max: 9998 });
