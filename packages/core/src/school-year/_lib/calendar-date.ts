import { isValid } from 'date-fns';
import { describeValue } from '../../_lib/describe-value';
import type { BilingualText } from '../../i18n/localized-text';

/**
 * A calendar date as the school-year functions take it: an ISO calendar-date string
 * `'YYYY-MM-DD'` (preferred), or a `Date`, read by its **UTC** calendar fields (what
 * `date.toISOString().slice(0, 10)` shows) with the time of day ignored. The host time zone is
 * never consulted, so `new Date(Date.UTC(2015, 7, 31))` is 31 August 2015 everywhere — but
 * `new Date(2015, 7, 31)` built at local midnight in UTC+8 is 30 August in UTC: build `Date`s
 * with `Date.UTC`, or pass strings.
 */
export type DateInput = string | Date;

/** A day of the year without a year, e.g. `{ month: 8, day: 31 }` for 31 August. Months run 1–12. */
export interface MonthDay {
  /** 1 (January) to 12 (December). */
  readonly month: number;
  /** 1 to the number of days of the month; 29 February is refused, as it is not a yearly date. */
  readonly day: number;
}

/** @internal A plain calendar date: no time, no zone. Months run 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** @internal Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** @internal Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** @internal The `Date` at 00:00 UTC of a calendar date (`setUTCFullYear`, so years below 100 are not shifted to 19xx). */
export function toUtcDate({ year, month, day }: CalendarDate): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** @internal −1, 0 or 1 as `a` is before, on or after `b`. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  const difference = a.year - b.year || a.month - b.month || a.day - b.day;
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/** @internal −1, 0 or 1 as month-day `a` is before, on or after `b` within a year. */
export function compareMonthDays(a: MonthDay, b: MonthDay): -1 | 0 | 1 {
  const difference = a.month - b.month || a.day - b.day;
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/** @internal The day before a calendar date. */
export function dayBefore({ year, month, day }: CalendarDate): CalendarDate {
  if (day > 1) return { year, month, day: day - 1 };
  if (month > 1) return { year, month: month - 1, day: daysInMonth(year, month - 1) };
  return { year: year - 1, month: 12, day: 31 };
}

/** @internal `'YYYY-MM-DD'`. */
export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** @internal The result of reading a {@link DateInput}: the date, or why it is not one (a message fragment without its subject). */
export type ReadDateResult =
  | { readonly ok: true; readonly date: CalendarDate }
  | { readonly ok: false; readonly problem: BilingualText };

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(value: unknown): value is Date {
  // Object.prototype.toString also recognises a Date from another realm (an iframe, a vm context).
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * @internal Reads a {@link DateInput} into a calendar date without consulting the host time
 * zone. The problem, when there is one, is a fragment to put after the subject: "出生日期" +
 * "应写作 YYYY-MM-DD…".
 */
export function readCalendarDate(value: unknown): ReadDateResult {
  if (isDate(value)) {
    if (!isValid(value)) {
      return {
        ok: false,
        problem: { zh: '是无效的 Date 对象(Invalid Date)', en: 'is an invalid Date (Invalid Date)' },
      };
    }
    return {
      ok: true,
      date: { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() },
    };
  }
  if (typeof value !== 'string') {
    const received = describeValue(value);
    return {
      ok: false,
      problem: {
        zh: `应为 YYYY-MM-DD 格式的日期字符串或 Date 对象,收到 ${received}`,
        en: `must be a date string in the form YYYY-MM-DD or a Date (got ${received})`,
      },
    };
  }
  const match = isoDatePattern.exec(value);
  if (match === null) {
    const received = describeValue(value);
    return {
      ok: false,
      problem: {
        zh: `应写作 YYYY-MM-DD(如 2015-08-31),收到 ${received}`,
        en: `must be written YYYY-MM-DD, e.g. 2015-08-31 (got ${received})`,
      },
    };
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) {
    return {
      ok: false,
      problem: {
        zh: `${value} 不是存在的日期:月份应为 01 到 12`,
        en: `${value} is not a calendar date: the month must be 01 to 12`,
      },
    };
  }
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return {
      ok: false,
      problem: {
        zh: `${value} 不是存在的日期:${year} 年 ${month} 月只有 ${days} 天`,
        en: `${value} is not a calendar date: month ${month} of ${year} has ${days} days`,
      },
    };
  }
  return { ok: true, date: { year, month, day } };
}
