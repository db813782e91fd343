import { describeValue } from '../_lib/describe-value';
import { InvalidInputError } from '../errors/invalid-input-error';
import type { BilingualText } from '../i18n/localized-text';
import { ageOn, cutoffDateOf, resolveAgeOptions } from './_lib/age-on';
import { type DateInput, formatCalendarDate, readCalendarDate, toUtcDate } from './_lib/calendar-date';
import { resolveAgeGroups } from './_lib/resolve-age-groups';
import { type SchoolYearInput, toSchoolYear } from './_lib/to-school-year';
import type { AgeAtCutoffOptions } from './age-at-cutoff';
import type { AgeGroup, AgeGroupId } from './official-age-groups';
import type { SchoolYear } from './school-year';

/** Options of {@link countPopulationByAgeGroup}: the age options, and other groups. */
export interface CountPopulationByAgeGroupOptions<Id extends string = AgeGroupId> extends AgeAtCutoffOptions {
  /** The groups to count. Default: the {@link officialAgeGroups}. */
  readonly ageGroups?: readonly AgeGroup<Id>[];
}

/**
 * Why a birth date was not counted:
 *
 * - `invalid_date`: not a `'YYYY-MM-DD'` string naming a real day, nor a valid `Date`
 *   (blank cells, `2015-02-29`, `'31/08/2015'`, `null`…).
 * - `born_after_cutoff`: born after the school year's age cutoff date, so not yet born at the
 *   date the ages are taken.
 */
export type RejectedBirthDateReason = 'invalid_date' | 'born_after_cutoff';

/** A birth date that was not counted, with where it was and why. */
export interface RejectedBirthDate {
  /** Its position in the input array. */
  readonly index: number;
  /** The value as given. */
  readonly value: unknown;
  readonly reason: RejectedBirthDateReason;
  readonly message: BilingualText;
}

/** How many people of each age, in ascending age. */
export interface AgeCount {
  readonly age: number;
  readonly count: number;
}

/**
 * The population of a school year by age group. The parts reconcile:
 * `given = counted + rejected.length`, and `counted = Σ byAge[].count`.
 */
export interface PopulationByAgeGroup<Id extends string = AgeGroupId> {
  readonly schoolYear: SchoolYear;
  /** The date the ages were taken on, at 00:00 UTC. */
  readonly cutoffDate: Date;
  /** How many birth dates were given. */
  readonly given: number;
  /** How many were counted (had an age); each falls in zero, one or several groups. */
  readonly counted: number;
  /** People per group. Groups may overlap, so these need not add up to `counted`. */
  readonly counts: Readonly<Record<Id, number>>;
  /** Counted people by single year of age, ascending; ages with nobody are left out. */
  readonly byAge: readonly AgeCount[];
  /** Counted people in no group (e.g. aged 0–2 or 23 and over with the official groups). */
  readonly outsideGroups: number;
  /** The birth dates not counted, in input order. Never silently dropped. */
  readonly rejected: readonly RejectedBirthDate[];
}

/**
 * Counts a population by official age group for a school year, from birth dates: each person's
 * age is taken at the school year's cutoff (by default 31 August of its autumn year; see
 * {@link ageAtCutoff}) and counted in every group it falls in. These are the denominators of the
 * gross enrolment ratios (population aged 3–5, 12–14, 15–17…). Note that `disabled_compulsory`
 * is every counted person aged 6–14: it is that indicator's denominator only when the birth dates
 * are those of children with disabilities.
 *
 * Birth dates that cannot be used — not a date, or after the cutoff — are listed in `rejected`
 * with their index and a reason in Chinese and English, never dropped silently; the counts
 * reconcile: `given = counted + rejected.length`.
 *
 * @param birthDates - `'YYYY-MM-DD'` strings or `Date`s (read by their UTC calendar date).
 * @param schoolYear - A {@link SchoolYear}, its autumn year or a label.
 * @param options - Cutoff, leap-day convention and groups; see {@link CountPopulationByAgeGroupOptions}.
 * @returns The counts, whole numbers, with the rejected dates.
 * @throws {InvalidInputError} when `birthDates` is not an array or `schoolYear` is not a school year.
 * @throws {InvalidOptionError} when an option is malformed.
 *
 * @example
 * ```ts
 * const population = countPopulationByAgeGroup(
 *   ['2018-08-31', '2018-09-01', '2015-08-31', 'unknown', '2022-01-01'],
 *   2021,
 * );
 * population.counts.preschool;      // 1 (aged 3; the child born 2018-09-01 is 2)
 * population.counts.primary;        // 1 (aged 6)
 * population.counted;               // 3
 * population.rejected.map((r) => [r.index, r.reason]);
 * // [[3, 'invalid_date'], [4, 'born_after_cutoff']]
 * ```
 */
export function countPopulationByAgeGroup<Id extends string = AgeGroupId>(
  birthDates: readonly DateInput[],
  schoolYear: SchoolYearInput,
  options?: CountPopulationByAgeGroupOptions<Id>,
): PopulationByAgeGroup<Id> {
  if (!Array.isArray(birthDates)) {
    throw new InvalidInputError({
      issues: [
        {
          path: ['birthDates'],
          messageZh: `出生日期列表(birthDates)应为数组,收到 ${describeValue(birthDates)}`,
          messageEn: `birthDates must be an array (got ${describeValue(birthDates)}).`,
        },
      ],
    });
  }
  const year = toSchoolYear(schoolYear, ['schoolYear']);
  const { cutoff, leapDayBirthday } = resolveAgeOptions(options);
  const groups = resolveAgeGroups(options?.ageGroups);
  const cutoffDate = cutoffDateOf(year, cutoff);
  const cutoffText = formatCalendarDate(cutoffDate);

  const counts = Object.fromEntries(groups.map((group) => [group.id, 0])) as Record<Id, number>;
  const ages = new Map<number, number>();
  const rejected: RejectedBirthDate[] = [];
  let outsideGroups = 0;

  // A plain loop, not forEach: holes in a sparse array are read (as undefined) and rejected, not skipped.
  for (let index = 0; index < birthDates.length; index += 1) {
    const value: unknown = birthDates[index];
    const read = readCalendarDate(value);
    if (!read.ok) {
      rejected.push({
        index,
        value,
        reason: 'invalid_date',
        message: {
          zh: `出生日期(birthDates[${index}])${read.problem.zh}`,
          en: `birthDates[${index}] ${read.problem.en}.`,
        },
      });
      continue;
    }
    const age = ageOn(read.date, cutoffDate, leapDayBirthday);
    if (age < 0) {
      const birth = formatCalendarDate(read.date);
      rejected.push({
        index,
        value,
        reason: 'born_after_cutoff',
        message: {
          zh: `出生日期(birthDates[${index}])${birth} 晚于 ${year} 的年龄截止日 ${cutoffText}`,
          en: `birthDates[${index}] ${birth} is after the age cutoff of the ${year.format('en')}, ${cutoffText}.`,
        },
      });
      continue;
    }
    ages.set(age, (ages.get(age) ?? 0) + 1);
  }

  let counted = 0;
  const byAge = [...ages.entries()]
    .sort(([a], [b]) => a - b)
    .map(([age, count]) => {
      counted += count;
      let inAnyGroup = false;
      for (const group of groups) {
        if (group.minAge <= age && age <= group.maxAge) {
          counts[group.id] += count;
          inAnyGroup = true;
        }
      }
      if (!inAnyGroup) outsideGroups += count;
      return Object.freeze({ age, count });
    });

  return Object.freeze({
    schoolYear: year,
    cutoffDate: toUtcDate(cutoffDate),
    given: birthDates.length,
    counted,
    counts: Object.freeze(counts),
    byAge: Object.freeze(byAge),
    outsideGroups,
    rejected: Object.freeze(rejected),
  });
}
