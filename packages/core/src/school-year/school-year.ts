import { describeValue } from '../_lib/describe-value';
import type { ErrorPathSegment } from '../errors/edukpi-error';
import { InvalidInputError } from '../errors/invalid-input-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import type { LocalizedText } from '../i18n/localized-text';
import {
  type CalendarDate,
  compareCalendarDates,
  type DateInput,
  dayBefore,
  type MonthDay,
  readCalendarDate,
  toUtcDate,
} from './_lib/calendar-date';
import { readMonthDay } from './_lib/read-month-day';

const marker = Symbol.for('edukpi.school-year');

/** The earliest autumn year a {@link SchoolYear} can have: labels keep four-digit years. */
const minimumStartYear = 1000;
/** The latest autumn year a {@link SchoolYear} can have: its end year must still have four digits. */
const maximumStartYear = 9998;

/**
 * Conventions a {@link SchoolYear} carries besides its year. Neither changes the 学年 itself
 * (always 1 September to 31 August), so neither takes part in {@link SchoolYear.equals}.
 */
export interface SchoolYearOptions {
  /**
   * The first day of the 春季学期 (spring term). The 秋季学期 (autumn term) runs from 1 September
   * to the day before it; the spring term from it to 31 August, so the two terms cover the whole
   * 学年 and every date belongs to exactly one. Default `{ month: 2, day: 1 }`: autumn
   * 1 September – 31 January, spring 1 February – 31 August. May not be 1 September (the
   * autumn term would be empty) nor 29 February.
   */
  readonly springTermStart?: MonthDay;
  /**
   * The statistical reference date (学年初, when the 学年初 counts are taken), as a month and
   * day inside the school year: months September–December fall in the autumn year, January–August
   * in the spring year. Default `{ month: 9, day: 1 }`. May not be 29 February.
   */
  readonly referenceDate?: MonthDay;
}

/** The conventions a {@link SchoolYear} holds, every default filled in. */
export interface ResolvedSchoolYearOptions {
  readonly springTermStart: MonthDay;
  readonly referenceDate: MonthDay;
}

/** The two terms of a 学年. */
export type SchoolTermId = 'autumn' | 'spring';

/** A term (学期) of a school year: its id, names and first and last days (both inclusive, 00:00 UTC). */
export interface SchoolTerm {
  readonly id: SchoolTermId;
  /** `秋季学期` / `秋季學期` / `autumn term`, or `春季学期` / `春季學期` / `spring term`. */
  readonly label: LocalizedText;
  /** The first day, at 00:00 UTC. */
  readonly start: Date;
  /** The last day (inclusive), at 00:00 UTC. */
  readonly end: Date;
}

/**
 * How {@link SchoolYear.format} writes a school year (2021 shown):
 *
 * - `label`: `2021-2022学年` (the form Chinese statistics use; also `toString()`)
 * - `label_zh_tw`: `2021-2022學年`
 * - `slash`: `2021/22`
 * - `range`: `2021-2022` (also `toJSON()`)
 * - `year`: `2021` (the autumn year alone, as the 公报 label it)
 * - `en`: `2021/22 school year`
 */
export type SchoolYearFormatStyle = 'label' | 'label_zh_tw' | 'slash' | 'range' | 'year' | 'en';

/** Every {@link SchoolYearFormatStyle}, in documentation order. */
export const schoolYearFormatStyles: readonly SchoolYearFormatStyle[] = Object.freeze([
  'label',
  'label_zh_tw',
  'slash',
  'range',
  'year',
  'en',
]);

const termLabels: Readonly<Record<SchoolTermId, LocalizedText>> = {
  autumn: { 'zh-CN': '秋季学期', 'zh-TW': '秋季學期', en: 'autumn term' },
  spring: { 'zh-CN': '春季学期', 'zh-TW': '春季學期', en: 'spring term' },
};

const defaultOptions: ResolvedSchoolYearOptions = Object.freeze({
  springTermStart: Object.freeze({ month: 2, day: 1 }),
  referenceDate: Object.freeze({ month: 9, day: 1 }),
});

/** @internal Checks a start year; `path` points at it in the caller's input. */
export function checkStartYear(value: unknown, path: readonly ErrorPathSegment[]): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimumStartYear || value > maximumStartYear) {
    const received = describeValue(value);
    throw new InvalidInputError({
      issues: [
        {
          path,
          messageZh: `学年应以其秋季(起始)年份表示,为 ${minimumStartYear} 到 ${maximumStartYear} 之间的整数,收到 ${received}`,
          messageEn: `a school year is given by its autumn (start) year, a whole number from ${minimumStartYear} to ${maximumStartYear} (got ${received}).`,
        },
      ],
    });
  }
  return value;
}

function resolveOptions(options: SchoolYearOptions | undefined): ResolvedSchoolYearOptions {
  if (options === undefined) return defaultOptions;
  if (typeof options !== 'object' || options === null) {
    throw new InvalidOptionError({
      path: ['options'],
      messageZh: `学年选项应为对象,收到 ${describeValue(options)}`,
      messageEn: `school-year options must be an object (got ${describeValue(options)}).`,
    });
  }
  const springTermStart =
    options.springTermStart === undefined
      ? defaultOptions.springTermStart
      : readMonthDay(options.springTermStart, ['options', 'springTermStart'], '春季学期开始日');
  if (springTermStart.month === 9 && springTermStart.day === 1) {
    throw new InvalidOptionError({
      path: ['options', 'springTermStart'],
      messageZh: '春季学期开始日(options.springTermStart)不能为 9 月 1 日:秋季学期将没有日子',
      messageEn: 'options.springTermStart cannot be 1 September: the autumn term would have no days.',
    });
  }
  const referenceDate =
    options.referenceDate === undefined
      ? defaultOptions.referenceDate
      : readMonthDay(options.referenceDate, ['options', 'referenceDate'], '统计时点');
  return Object.freeze({ springTermStart, referenceDate });
}

/**
 * A 学年 (school year): 1 September to 31 August, labelled by its autumn year — the 2021 school
 * year is `2021-2022学年`, 1 September 2021 to 31 August 2022, and it is what the 2021 公报
 * counts (学年初 counts are taken in autumn 2021). An immutable value: every method returns a new
 * one, and the `Date`s it hands out are fresh copies at 00:00 UTC.
 *
 * Build one with {@link SchoolYear.of}, {@link parseSchoolYear} or {@link schoolYearOf}.
 *
 * Dates are plain calendar dates: `Date`s are read by their UTC fields and produced at 00:00 UTC;
 * the host time zone is never consulted (see {@link DateInput}).
 *
 * @example
 * ```ts
 * const year = SchoolYear.of(2021);
 * year.toString();                        // '2021-2022学年'
 * year.start.toISOString();               // '2021-09-01T00:00:00.000Z'
 * year.springTerm.start.toISOString();    // '2022-02-01T00:00:00.000Z'
 * year.plus(9).format('slash');           // '2030/31'
 * year.contains('2022-08-31');            // true
 * JSON.stringify({ year });               // '{"year":"2021-2022"}'
 * ```
 */
export class SchoolYear {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for by isInstance, across copies of core
  private readonly [marker] = true;

  /** The autumn year the school year starts in, e.g. `2021` for `2021-2022学年`. */
  readonly startYear: number;
  /** The year it ends in: `startYear + 1`. */
  readonly endYear: number;
  /** The term and reference-date conventions it carries, defaults filled in. */
  readonly options: ResolvedSchoolYearOptions;

  private constructor(startYear: number, options: ResolvedSchoolYearOptions) {
    this.startYear = startYear;
    this.endYear = startYear + 1;
    this.options = options;
    Object.freeze(this);
  }

  /**
   * The school year that starts in autumn of `startYear`.
   *
   * @param startYear - The autumn year, a whole number from 1000 to 9998 (`2021` for `2021-2022学年`).
   * @param options - Term and reference-date conventions; see {@link SchoolYearOptions}.
   * @returns The school year.
   * @throws {InvalidInputError} when `startYear` is not a whole number from 1000 to 9998.
   * @throws {InvalidOptionError} when an option is not a valid month and day.
   *
   * @example
   * ```ts
   * SchoolYear.of(2021).toString(); // '2021-2022学年'
   * SchoolYear.of(2021, { springTermStart: { month: 3, day: 1 } }).autumnTerm.end.toISOString();
   * // '2022-02-28T00:00:00.000Z'
   * ```
   */
  static of(startYear: number, options?: SchoolYearOptions): SchoolYear {
    return new SchoolYear(checkStartYear(startYear, []), resolveOptions(options));
  }

  /**
   * Whether `value` is a {@link SchoolYear} from this or any other copy of `@edukpi/core`
   * (`instanceof` fails across copies; this checks a `Symbol.for` marker).
   *
   * @param value - Anything.
   * @returns `true` for a school year.
   *
   * @example
   * ```ts
   * SchoolYear.isInstance(SchoolYear.of(2021)); // true
   * SchoolYear.isInstance('2021-2022');         // false
   * ```
   */
  static isInstance(value: unknown): value is SchoolYear {
    return (
      typeof value === 'object' &&
      value !== null &&
      marker in value &&
      (value as Record<symbol, unknown>)[marker] === true
    );
  }

  /**
   * 1 September of the autumn year, at 00:00 UTC (a fresh `Date` each time).
   *
   * @example
   * ```ts
   * SchoolYear.of(2021).start.toISOString(); // '2021-09-01T00:00:00.000Z'
   * ```
   */
  get start(): Date {
    return toUtcDate(this.startDate());
  }

  /**
   * 31 August of the spring year — the last day, inclusive — at 00:00 UTC.
   *
   * @example
   * ```ts
   * SchoolYear.of(2021).end.toISOString(); // '2022-08-31T00:00:00.000Z'
   * ```
   */
  get end(): Date {
    return toUtcDate(this.endDate());
  }

  /**
   * The 秋季学期: 1 September to the day before the spring term starts (by default 31 January).
   *
   * @example
   * ```ts
   * const term = SchoolYear.of(2021).autumnTerm;
   * [term.start.toISOString(), term.end.toISOString()]; // ['2021-09-01T00:00:00.000Z', '2022-01-31T00:00:00.000Z']
   * ```
   */
  get autumnTerm(): SchoolTerm {
    return Object.freeze({
      id: 'autumn',
      label: termLabels.autumn,
      start: toUtcDate(this.startDate()),
      end: toUtcDate(dayBefore(this.springStartDate())),
    });
  }

  /**
   * The 春季学期: `options.springTermStart` (by default 1 February) to 31 August.
   *
   * @example
   * ```ts
   * const term = SchoolYear.of(2021).springTerm;
   * [term.start.toISOString(), term.end.toISOString()]; // ['2022-02-01T00:00:00.000Z', '2022-08-31T00:00:00.000Z']
   * ```
   */
  get springTerm(): SchoolTerm {
    return Object.freeze({
      id: 'spring',
      label: termLabels.spring,
      start: toUtcDate(this.springStartDate()),
      end: toUtcDate(this.endDate()),
    });
  }

  /**
   * The statistical reference date (学年初): by default 1 September of the autumn year.
   *
   * @example
   * ```ts
   * SchoolYear.of(2021).referenceDate.toISOString(); // '2021-09-01T00:00:00.000Z'
   * SchoolYear.of(2021, { referenceDate: { month: 9, day: 30 } }).referenceDate.toISOString();
   * // '2021-09-30T00:00:00.000Z'
   * ```
   */
  get referenceDate(): Date {
    return toUtcDate(this.dateInYear(this.options.referenceDate));
  }

  /**
   * The school year before, with the same conventions.
   *
   * @throws {InvalidInputError} when it would start before 1000.
   * @example
   * ```ts
   * SchoolYear.of(2021).previous().toString(); // '2020-2021学年'
   * ```
   */
  previous(): SchoolYear {
    return this.plus(-1);
  }

  /**
   * The school year after, with the same conventions.
   *
   * @throws {InvalidInputError} when it would start after 9998.
   * @example
   * ```ts
   * SchoolYear.of(2021).next().toString(); // '2022-2023学年'
   * ```
   */
  next(): SchoolYear {
    return this.plus(1);
  }

  /**
   * The school year `years` later (earlier when negative), with the same conventions.
   *
   * @param years - A whole number of school years.
   * @returns The shifted school year.
   * @throws {InvalidInputError} when `years` is not a whole number or the result leaves 1000–9998.
   * @example
   * ```ts
   * SchoolYear.of(2021).plus(3).toString(); // '2024-2025学年'
   * ```
   */
  plus(years: number): SchoolYear {
    if (typeof years !== 'number' || !Number.isInteger(years)) {
      throw new InvalidInputError({
        issues: [
          {
            path: ['years'],
            messageZh: `学年数应为整数,收到 ${describeValue(years)}`,
            messageEn: `the number of school years must be a whole number (got ${describeValue(years)}).`,
          },
        ],
      });
    }
    return new SchoolYear(checkStartYear(this.startYear + years, ['years']), this.options);
  }

  /**
   * The school year `years` earlier, with the same conventions: `plus(-years)`.
   *
   * @param years - A whole number of school years.
   * @returns The shifted school year.
   * @throws {InvalidInputError} when `years` is not a whole number or the result leaves 1000–9998.
   * @example
   * ```ts
   * // 初中三年巩固率: grade-7 entrants three school years earlier.
   * SchoolYear.of(2021).minus(3).toString(); // '2018-2019学年'
   * ```
   */
  minus(years: number): SchoolYear {
    return this.plus(typeof years === 'number' ? -years : years);
  }

  /**
   * Orders school years by their autumn year, for `Array.prototype.sort`.
   *
   * @param other - Another school year.
   * @returns `-1`, `0` or `1` as this one is earlier than, the same as or later than `other`.
   * @example
   * ```ts
   * [SchoolYear.of(2022), SchoolYear.of(2020)].sort((a, b) => a.compare(b)).map(String);
   * // ['2020-2021学年', '2022-2023学年']
   * ```
   */
  compare(other: SchoolYear): -1 | 0 | 1 {
    return this.startYear < other.startYear ? -1 : this.startYear > other.startYear ? 1 : 0;
  }

  /**
   * Whether `other` is the same 学年. Conventions (term split, reference date) are not compared:
   * they do not change the period.
   *
   * @param other - Another school year.
   * @returns `true` when both start in the same autumn.
   * @example
   * ```ts
   * SchoolYear.of(2021).equals(parseSchoolYear('2021/22')); // true
   * ```
   */
  equals(other: SchoolYear): boolean {
    return this.startYear === other.startYear;
  }

  /**
   * Whether a date falls in this school year, 1 September to 31 August inclusive.
   *
   * @param date - `'YYYY-MM-DD'` or a `Date` (read by its UTC calendar date).
   * @returns `true` when `start ≤ date ≤ end`.
   * @throws {InvalidInputError} when `date` is not a calendar date.
   * @example
   * ```ts
   * SchoolYear.of(2021).contains('2021-09-01'); // true
   * SchoolYear.of(2021).contains('2021-08-31'); // false
   * ```
   */
  contains(date: DateInput): boolean {
    const read = readCalendarDate(date);
    if (!read.ok) {
      throw new InvalidInputError({
        issues: [{ path: ['date'], messageZh: `日期${read.problem.zh}`, messageEn: `date ${read.problem.en}.` }],
      });
    }
    return (
      compareCalendarDates(read.date, this.startDate()) >= 0 && compareCalendarDates(read.date, this.endDate()) <= 0
    );
  }

  /**
   * Writes the school year in one of the {@link SchoolYearFormatStyle}s; every form reads back
   * with {@link parseSchoolYear}.
   *
   * @param style - Default `'label'`.
   * @returns The text.
   * @throws {InvalidOptionError} for an unknown style.
   * @example
   * ```ts
   * const year = SchoolYear.of(2021);
   * year.format();              // '2021-2022学年'
   * year.format('label_zh_tw'); // '2021-2022學年'
   * year.format('slash');       // '2021/22'
   * year.format('range');       // '2021-2022'
   * year.format('year');        // '2021'
   * year.format('en');          // '2021/22 school year'
   * ```
   */
  format(style: SchoolYearFormatStyle = 'label'): string {
    const range = `${this.startYear}-${this.endYear}`;
    const slash = `${this.startYear}/${String(this.endYear % 100).padStart(2, '0')}`;
    switch (style) {
      case 'label':
        return `${range}学年`;
      case 'label_zh_tw':
        return `${range}學年`;
      case 'slash':
        return slash;
      case 'range':
        return range;
      case 'year':
        return String(this.startYear);
      case 'en':
        return `${slash} school year`;
      default:
        throw new InvalidOptionError({
          path: ['style'],
          messageZh: `学年格式应为 ${schoolYearFormatStyles.join('、')} 之一,收到 ${describeValue(style)}`,
          messageEn: `the school-year format must be one of ${schoolYearFormatStyles.join(', ')} (got ${describeValue(style)}).`,
        });
    }
  }

  /**
   * The Chinese label, `format('label')`.
   *
   * @example
   * ```ts
   * `${SchoolYear.of(2021)}`; // '2021-2022学年'
   * ```
   */
  toString(): string {
    return this.format('label');
  }

  /**
   * The JSON form, `format('range')`; {@link parseSchoolYear} reads it back.
   *
   * @example
   * ```ts
   * JSON.stringify(SchoolYear.of(2021)); // '"2021-2022"'
   * ```
   */
  toJSON(): string {
    return this.format('range');
  }

  private startDate(): CalendarDate {
    return { year: this.startYear, month: 9, day: 1 };
  }

  private endDate(): CalendarDate {
    return { year: this.endYear, month: 8, day: 31 };
  }

  private springStartDate(): CalendarDate {
    return this.dateInYear(this.options.springTermStart);
  }

  /** September–December fall in the autumn year, January–August in the spring year. */
  private dateInYear({ month, day }: MonthDay): CalendarDate {
    return { year: month >= 9 ? this.startYear : this.endYear, month, day };
  }
}
