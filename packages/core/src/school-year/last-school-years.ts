import { describeValue } from '../_lib/describe-value';
import { InvalidInputError } from '../errors/invalid-input-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { type SchoolYearInput, toSchoolYear } from './_lib/to-school-year';
import type { SchoolYear } from './school-year';

/** Options of {@link lastSchoolYears}. */
export interface LastSchoolYearsOptions {
  /**
   * The last school year of the list. Required: there is no "current" default, so the result
   * never depends on the clock. For today's school year pass `schoolYearOf(today)` yourself.
   */
  readonly until: SchoolYearInput;
}

/**
 * "The last `count` school years" ending with `until`, oldest first — the span a 近三年 table or
 * a three-year trend covers. The results carry the conventions of `until`.
 *
 * @param count - How many school years, a whole number ≥ 1.
 * @param options - `until`, the last school year (required).
 * @returns `count` consecutive school years, the last being `until`.
 * @throws {InvalidInputError} when `count` is not a whole number ≥ 1, `until` is not a school
 *   year, or the list would start before 1000.
 * @throws {InvalidOptionError} when `until` is missing.
 *
 * @example
 * ```ts
 * lastSchoolYears(3, { until: 2021 }).map((year) => year.format('slash'));
 * // ['2019/20', '2020/21', '2021/22']
 * ```
 */
export function lastSchoolYears(count: number, options: LastSchoolYearsOptions): SchoolYear[] {
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    throw new InvalidInputError({
      issues: [
        {
          path: ['count'],
          messageZh: `学年个数应为 ≥ 1 的整数,收到 ${describeValue(count)}`,
          messageEn: `count must be a whole number ≥ 1 (got ${describeValue(count)}).`,
        },
      ],
    });
  }
  if (typeof options !== 'object' || options === null || options.until === undefined) {
    throw new InvalidOptionError({
      path: ['options', 'until'],
      messageZh: '缺少 options.until(最后一个学年):为保证结果不随当前时间变化,必须显式给出',
      messageEn: 'options.until (the last school year) is required, so the result never depends on the clock.',
    });
  }
  const last = toSchoolYear(options.until, ['options', 'until']);
  if (last.startYear - (count - 1) < 1000) {
    throw new InvalidInputError({
      issues: [
        {
          path: ['count'],
          messageZh: `${count} 个学年截至 ${last} 将早于 1000 年开始`,
          messageEn: `${count} school years up to ${last.format('en')} would start before 1000.`,
        },
      ],
    });
  }
  const first = last.minus(count - 1);
  return Array.from({ length: count }, (_, offset) => first.plus(offset));
}
