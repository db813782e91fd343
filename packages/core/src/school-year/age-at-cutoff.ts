import { InvalidInputError } from '../errors/invalid-input-error';
import { ageOn, cutoffDateOf, resolveAgeOptions } from './_lib/age-on';
import { type DateInput, formatCalendarDate, type MonthDay, readCalendarDate } from './_lib/calendar-date';
import { type SchoolYearInput, toSchoolYear } from './_lib/to-school-year';

/**
 * When someone born on 29 February has their birthday in a common year:
 *
 * - `february_28`: on 28 February (the default)
 * - `march_1`: on 1 March
 *
 * It only matters when the cutoff is 28 February of a common year.
 */
export type LeapDayBirthday = 'february_28' | 'march_1';

/** Options of {@link ageAtCutoff} and {@link countPopulationByAgeGroup}. */
export interface AgeAtCutoffOptions {
  /**
   * The age cutoff (入学年龄截止日) as a month and day, taken in the school year's **autumn**
   * year whatever the month; a birthday on the cutoff day counts as reached. Default
   * `{ month: 8, day: 31 }` (the national rule: a child enters primary school in the autumn it is
   * 6 on or before 31 August); some provinces use `{ month: 12, day: 31 }`. 29 February is refused.
   */
  readonly cutoff?: MonthDay;
  /** See {@link LeapDayBirthday}. Default `'february_28'`. */
  readonly leapDayBirthday?: LeapDayBirthday;
}

/**
 * Full years of age (周岁) on the cutoff date of a school year: by default 31 August of its
 * autumn year, inclusive — the age by which primary entry (6) and the official age groups are
 * decided.
 *
 * Formula: cutoff year − birth year, less 1 when the birthday has not come round by the cutoff.
 *
 * @param birthDate - `'YYYY-MM-DD'`, or a `Date` read by its UTC calendar date (see {@link DateInput}).
 * @param schoolYear - A {@link SchoolYear}, its autumn year or a label.
 * @param options - The cutoff and the leap-day convention; see {@link AgeAtCutoffOptions}.
 * @returns The age, a whole number ≥ 0 (0 for a child born on the cutoff day).
 * @throws {InvalidInputError} when `birthDate` is not a calendar date or is after the cutoff
 *   date, or `schoolYear` is not a school year.
 * @throws {InvalidOptionError} when `cutoff` or `leapDayBirthday` is malformed.
 *
 * @example
 * ```ts
 * ageAtCutoff('2015-08-31', 2021); // 6: enters grade 1 in autumn 2021
 * ageAtCutoff('2015-09-01', 2021); // 5: waits a year
 * ageAtCutoff('2015-09-01', 2021, { cutoff: { month: 12, day: 31 } }); // 6
 * ```
 */
export function ageAtCutoff(birthDate: DateInput, schoolYear: SchoolYearInput, options?: AgeAtCutoffOptions): number {
  const year = toSchoolYear(schoolYear, ['schoolYear']);
  const { cutoff, leapDayBirthday } = resolveAgeOptions(options);
  const read = readCalendarDate(birthDate);
  if (!read.ok) {
    throw new InvalidInputError({
      issues: [
        { path: ['birthDate'], messageZh: `出生日期${read.problem.zh}`, messageEn: `birthDate ${read.problem.en}.` },
      ],
    });
  }
  const cutoffDate = cutoffDateOf(year, cutoff);
  const age = ageOn(read.date, cutoffDate, leapDayBirthday);
  if (age < 0) {
    const birth = formatCalendarDate(read.date);
    const on = formatCalendarDate(cutoffDate);
    throw new InvalidInputError({
      issues: [
        {
          path: ['birthDate'],
          messageZh: `出生日期 ${birth} 晚于 ${year} 的年龄截止日 ${on}`,
          messageEn: `birthDate ${birth} is after the age cutoff of the ${year.format('en')}, ${on}.`,
        },
      ],
    });
  }
  return age;
}
