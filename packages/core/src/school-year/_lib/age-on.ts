import { describeValue } from '../../_lib/describe-value';
import { InvalidOptionError } from '../../errors/invalid-option-error';
import type { AgeAtCutoffOptions, LeapDayBirthday } from '../age-at-cutoff';
import type { SchoolYear } from '../school-year';
import { type CalendarDate, compareMonthDays, isLeapYear, type MonthDay } from './calendar-date';
import { readMonthDay } from './read-month-day';

/** @internal {@link AgeAtCutoffOptions} with every default filled in. */
export interface ResolvedAgeOptions {
  readonly cutoff: MonthDay;
  readonly leapDayBirthday: LeapDayBirthday;
}

const leapDayBirthdays: readonly LeapDayBirthday[] = ['february_28', 'march_1'];
const defaultCutoff: MonthDay = Object.freeze({ month: 8, day: 31 });

/**
 * @internal Checks the age options and fills in the defaults.
 * @throws {InvalidOptionError} when one is malformed.
 */
export function resolveAgeOptions(options: AgeAtCutoffOptions | undefined): ResolvedAgeOptions {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new InvalidOptionError({
      path: ['options'],
      messageZh: `年龄选项应为对象,收到 ${describeValue(options)}`,
      messageEn: `the age options must be an object (got ${describeValue(options)}).`,
    });
  }
  const cutoff =
    options?.cutoff === undefined
      ? defaultCutoff
      : readMonthDay(options.cutoff, ['options', 'cutoff'], '入学年龄截止日');
  const leapDayBirthday = options?.leapDayBirthday ?? 'february_28';
  if (!leapDayBirthdays.includes(leapDayBirthday)) {
    throw new InvalidOptionError({
      path: ['options', 'leapDayBirthday'],
      messageZh: `闰日生日规则(options.leapDayBirthday)应为 ${leapDayBirthdays.join('、')} 之一,收到 ${describeValue(leapDayBirthday)}`,
      messageEn: `options.leapDayBirthday must be one of ${leapDayBirthdays.join(', ')} (got ${describeValue(leapDayBirthday)}).`,
    });
  }
  return { cutoff, leapDayBirthday };
}

/** @internal The cutoff date of a school year: the cutoff month and day in its autumn year. */
export function cutoffDateOf(schoolYear: SchoolYear, cutoff: MonthDay): CalendarDate {
  return { year: schoolYear.startYear, month: cutoff.month, day: cutoff.day };
}

/**
 * @internal Full years of age on `on` (周岁): the years between, less one when the birthday has
 * not yet come round by `on` (a birthday on `on` itself counts as reached). A 29 February
 * birthday comes round on 28 February or 1 March in common years, as `leapDayBirthday` says.
 * Negative when `on` is before the birth date.
 */
export function ageOn(birth: CalendarDate, on: CalendarDate, leapDayBirthday: LeapDayBirthday): number {
  let birthday: MonthDay = birth;
  if (birth.month === 2 && birth.day === 29 && !isLeapYear(on.year)) {
    birthday = leapDayBirthday === 'february_28' ? { month: 2, day: 28 } : { month: 3, day: 1 };
  }
  const years = on.year - birth.year;
  return compareMonthDays(on, birthday) < 0 ? years - 1 : years;
}
