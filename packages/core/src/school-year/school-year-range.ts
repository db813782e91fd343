import { InvalidInputError } from '../errors/invalid-input-error';
import { type SchoolYearInput, toSchoolYear } from './_lib/to-school-year';
import type { SchoolYear } from './school-year';

/**
 * Every school year from `from` to `to`, both included, oldest first. The results carry the
 * conventions of `from` (so pass a {@link SchoolYear} built with options to keep them).
 *
 * @param from - The first school year: a {@link SchoolYear}, an autumn year or a label.
 * @param to - The last school year, not before `from`.
 * @returns `to − from + 1` school years.
 * @throws {InvalidInputError} when either end is not a school year, or `to` is before `from`.
 *
 * @example
 * ```ts
 * schoolYearRange(2019, '2021-2022学年').map(String);
 * // ['2019-2020学年', '2020-2021学年', '2021-2022学年']
 * ```
 */
export function schoolYearRange(from: SchoolYearInput, to: SchoolYearInput): SchoolYear[] {
  const first = toSchoolYear(from, ['from']);
  const last = toSchoolYear(to, ['to']);
  if (last.compare(first) < 0) {
    throw new InvalidInputError({
      issues: [
        {
          path: ['to'],
          messageZh: `结束学年 ${last} 早于起始学年 ${first}`,
          messageEn: `the last school year ${last.format('en')} is before the first, ${first.format('en')}.`,
        },
      ],
    });
  }
  return Array.from({ length: last.startYear - first.startYear + 1 }, (_, offset) => first.plus(offset));
}
