import { InvalidInputError } from '../errors/invalid-input-error';
import { type DateInput, formatCalendarDate, readCalendarDate } from './_lib/calendar-date';
import { SchoolYear, type SchoolYearOptions } from './school-year';

/**
 * The school year a date falls in: dates from 1 September belong to the school year starting
 * that autumn, dates up to 31 August to the one that started the autumn before.
 *
 * @param date - `'YYYY-MM-DD'`, or a `Date` read by its UTC calendar date (the host time zone is
 *   never consulted; see {@link DateInput}).
 * @param options - Term and reference-date conventions for the result; see {@link SchoolYearOptions}.
 * @returns The school year containing `date`.
 * @throws {InvalidInputError} when `date` is not a calendar date, or falls outside the school
 *   years 1000–9998.
 * @throws {InvalidOptionError} when a convention option is malformed.
 *
 * @example
 * ```ts
 * schoolYearOf('2022-08-31').toString(); // '2021-2022学年'
 * schoolYearOf('2022-09-01').toString(); // '2022-2023学年'
 * schoolYearOf(new Date(Date.UTC(2022, 0, 15))).startYear; // 2021
 * ```
 */
export function schoolYearOf(date: DateInput, options?: SchoolYearOptions): SchoolYear {
  const read = readCalendarDate(date);
  if (!read.ok) {
    throw new InvalidInputError({
      issues: [{ path: ['date'], messageZh: `日期${read.problem.zh}`, messageEn: `date ${read.problem.en}.` }],
    });
  }
  const { year, month } = read.date;
  const startYear = month >= 9 ? year : year - 1;
  if (startYear < 1000 || startYear > 9998) {
    throw new InvalidInputError({
      issues: [
        {
          path: ['date'],
          messageZh: `日期 ${formatCalendarDate(read.date)} 所在的学年超出 1000—9998 的范围`,
          messageEn: `date ${formatCalendarDate(read.date)} falls outside the school years 1000-9998.`,
        },
      ],
    });
  }
  return SchoolYear.of(startYear, options);
}
