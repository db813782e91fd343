import type { BilingualText } from '@edukpi/core';
import {
  type CountiesScreen,
  type ExclusionReason,
  evaluateRegime,
  type Failure,
  qualityBalance2017,
  type ResourceIndicatorId,
  type SchoolColumns,
  type SchoolRecord,
  type ScreenedCoefficient,
  schoolRecordsByCounty,
  screenCounties,
} from '@edukpi/standards';

/** A stage school that fails the school rule, as `evaluateRegime` explains it. */
export interface FailingSchool {
  readonly schoolId: string;
  readonly name: string;
  readonly stage: 'primary' | 'junior';
  readonly students: number;
  /** Indicators at standard, of `indicatorCount`. */
  readonly atStandard: number;
  readonly indicatorCount: number;
  /** Each indicator below standard: its value, the standard and the value's share of it, exact decimal text. */
  readonly belowStandard: readonly {
    readonly indicator: ResourceIndicatorId;
    readonly displayValue: string;
    readonly standard: string | null;
    readonly shareOfStandard: string | null;
  }[];
  readonly reasons: readonly BilingualText[];
}

/** A CV above its threshold, with the schools pulling it up most. */
export interface FailingCoefficient {
  readonly stage: 'primary' | 'junior';
  readonly indicator: ResourceIndicatorId;
  readonly schoolCount: number;
  readonly displayCoefficient: string | null;
  readonly threshold: string | null;
  /** The county mean (Σ resource ÷ Σ students), exact decimal text. */
  readonly mean: string | null;
  /** Largest share of the variance first; `value` is the school's own value of the indicator. */
  readonly topContributors: readonly {
    readonly schoolId: string;
    readonly name: string;
    readonly value: string;
    readonly varianceShare: string | null;
  }[];
}

/** Why a county's resource part fails, from `evaluateRegime` on its schools. */
export interface CountyExplanation {
  readonly failingSchools: readonly FailingSchool[];
  readonly failingCoefficients: readonly FailingCoefficient[];
  /** The verdict's failures of the resource part (schools, CVs), in the verdict's order and words. */
  readonly failures: readonly Failure[];
}

/** One county of the province: the screen's summary, and for a county that fails, why. */
export interface ProvinceCounty {
  readonly county: string;
  readonly schoolsGiven: number;
  readonly schoolsExcluded: number;
  readonly stageSchools: number;
  readonly stageSchoolsFailing: number;
  readonly coefficients: readonly ScreenedCoefficient[];
  /** CVs above their threshold. */
  readonly coefficientsFailing: number;
  /** `true`, `false`, or `null` when nothing was compared. */
  readonly resourcesPassed: boolean | null;
  /** The schools left out, with the reason. */
  readonly excluded: readonly { readonly schoolId: string; readonly name: string; readonly reason: ExclusionReason }[];
  /** Stages of schools in scope that are not compared: a 完全中学's senior stage, a stage with no students. */
  readonly stagesNotEvaluated: readonly {
    readonly schoolId: string;
    readonly name: string;
    readonly stage: 'primary' | 'junior' | 'senior';
    readonly reason: 'no_students' | 'senior_stage';
  }[];
  /** For a county whose resource part fails: the full explanation; `null` otherwise. */
  readonly explanation: CountyExplanation | null;
}

/** What {@link screenProvince} returns: plain data, ready for JSON. */
export interface ProvinceScreen {
  readonly regime: CountiesScreen['regime'];
  readonly schools: number;
  /** Every county, in the order it first appears in the table. */
  readonly counties: readonly ProvinceCounty[];
}

function explainCounty(schools: readonly SchoolRecord[]): CountyExplanation {
  const evaluation = evaluateRegime(qualityBalance2017, { schools });
  const resources = evaluation.resources;
  const failingSchools: FailingSchool[] = (resources?.schools ?? [])
    .filter((school) => school.passed === false)
    .map((school) => ({
      schoolId: school.schoolId,
      name: school.name,
      stage: school.stage,
      students: school.students,
      atStandard: school.atStandard,
      indicatorCount: school.indicators.length,
      belowStandard: school.indicators
        .filter((check) => check.passed === false)
        .map((check) => ({
          indicator: check.indicator,
          displayValue: check.displayValue,
          standard: check.standard,
          shareOfStandard: check.shareOfStandard,
        })),
      reasons: school.reasons.map((reason) => ({ zh: reason.zh, en: reason.en })),
    }));
  const failingCoefficients: FailingCoefficient[] = (resources?.coefficients ?? [])
    .filter((check) => check.passed === false)
    .map((check) => ({
      stage: check.stage,
      indicator: check.indicator,
      schoolCount: check.schoolCount,
      displayCoefficient: check.displayCoefficient,
      threshold: check.threshold,
      mean: check.mean,
      topContributors: check.topContributors.map((contributor) => ({
        schoolId: contributor.id,
        name: contributor.name,
        value: contributor.value,
        varianceShare: contributor.varianceShare,
      })),
    }));
  const resourceKinds = new Set<Failure['kind']>(['school', 'coefficient', 'composite']);
  return {
    failingSchools,
    failingCoefficients,
    failures: evaluation.verdict.failures.filter((failure) => resourceKinds.has(failure.kind)),
  };
}

/**
 * Screens every county of a province against the resource part of 优质均衡 2017
 * (`qualityBalance2017`) in one pass over the columns with `screenCounties` — each stage school's
 * seven indicators against the standards and the 6-of-7 rule with the 85% floor, each county's
 * enrolment-weighted CVs against 0.50 (primary) and 0.45 (junior) — then evaluates each county
 * whose resource part fails in full with `evaluateRegime` on its school records, for the reasons:
 * which schools fail and by how much, which CVs are too high and which schools pull them up.
 *
 * @param columns - The school table in columns, every county in one table (e.g. from `readProvince`).
 * @returns Per county: the screen's counts, its CVs, the schools left out; for a failing county,
 *   the failing schools, the failing CVs and the verdict's resource failures (`explanation`, `null`
 *   for a county that passes or has nothing to compare).
 * @throws {InvalidInputError} when a column or a cell is malformed (every problem listed, with its row).
 *
 * @example
 * ```ts
 * const province = screenProvince(await readProvince({ source: 'data/province-schools.csv' }));
 * province.counties.filter((county) => county.resourcesPassed === false).map((county) => county.county);
 * // ['河西县', '北湖县', '青石县']
 * province.counties[1]?.explanation?.failingSchools.map((school) => school.name);
 * // ['杨庄乡杨庄小学', '杨庄乡中学']
 * ```
 */
export function screenProvince(columns: SchoolColumns): ProvinceScreen {
  const screen = screenCounties(qualityBalance2017, columns);
  // The records of every county, taken once (one check of the table) if any county is to be explained.
  const records = screen.counties.some((county) => county.resourcesPassed === false)
    ? schoolRecordsByCounty(columns)
    : new Map<string, SchoolRecord[]>();
  const counties = screen.counties.map((county): ProvinceCounty => {
    const ofCounty = <Entry extends { readonly county: string }>(entries: readonly Entry[]) =>
      entries.filter((entry) => entry.county === county.county);
    return {
      county: county.county,
      schoolsGiven: county.schoolsGiven,
      schoolsExcluded: county.schoolsExcluded,
      stageSchools: county.stageSchools,
      stageSchoolsFailing: county.stageSchoolsFailing,
      coefficients: county.coefficients,
      coefficientsFailing: county.coefficients.filter((check) => check.passed === false).length,
      resourcesPassed: county.resourcesPassed,
      excluded: ofCounty(screen.excluded).map((entry) => ({
        schoolId: entry.schoolId,
        name: entry.name,
        reason: entry.reason,
      })),
      stagesNotEvaluated: ofCounty(screen.stagesNotEvaluated).map((entry) => ({
        schoolId: entry.schoolId,
        name: entry.name,
        stage: entry.stage,
        reason: entry.reason,
      })),
      explanation: county.resourcesPassed === false ? explainCounty(records.get(county.county) ?? []) : null,
    };
  });
  return { regime: screen.regime, schools: columns.id.length, counties };
}
