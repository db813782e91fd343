import { describeValue } from '../../_lib/describe-value';
import type { ErrorPathSegment } from '../../errors/edukpi-error';
import { InvalidOptionError } from '../../errors/invalid-option-error';
import { daysInMonth, type MonthDay } from './calendar-date';

/**
 * @internal Checks a {@link MonthDay} option and returns a frozen copy. 29 February is refused:
 * it is not a date every year has.
 *
 * @throws {InvalidOptionError} when it is not `{ month, day }` with whole numbers naming a day
 *   that every year has.
 */
export function readMonthDay(value: unknown, path: readonly ErrorPathSegment[], name: string): MonthDay {
  const at = path.join('.');
  if (typeof value !== 'object' || value === null) {
    throw new InvalidOptionError({
      path,
      messageZh: `${name}(${at})应为 { month, day } 对象,收到 ${describeValue(value)}`,
      messageEn: `${at} must be an object { month, day } (got ${describeValue(value)}).`,
    });
  }
  const { month, day } = value as Record<string, unknown>;
  if (typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new InvalidOptionError({
      path: [...path, 'month'],
      messageZh: `${name}(${at}.month)的月份应为 1 到 12 的整数,收到 ${describeValue(month)}`,
      messageEn: `${at}.month must be a whole number from 1 to 12 (got ${describeValue(month)}).`,
    });
  }
  if (month === 2 && day === 29) {
    throw new InvalidOptionError({
      path: [...path, 'day'],
      messageZh: `${name}(${at})不能为 2 月 29 日:平年没有这一天,请用 2 月 28 日或 3 月 1 日`,
      messageEn: `${at} cannot be 29 February: common years have no such day; use 28 February or 1 March.`,
    });
  }
  const days = daysInMonth(2001, month);
  if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > days) {
    throw new InvalidOptionError({
      path: [...path, 'day'],
      messageZh: `${name}(${at}.day)应为 1 到 ${days} 的整数(${month} 月),收到 ${describeValue(day)}`,
      messageEn: `${at}.day must be a whole number from 1 to ${days} for month ${month} (got ${describeValue(day)}).`,
    });
  }
  return Object.freeze({ month, day });
}
