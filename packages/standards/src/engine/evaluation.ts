import type { BilingualText, IndicatorResultJson, LocalizedText, ThresholdComparator } from '@edukpi/core';
import type { RegimePart, ResourceIndicatorId } from '../regimes/regime';
import type { ExcludedSchool } from '../scope/apply-scope';
import type { ResolvedScopeOptions } from '../scope/scope-options';

/** One resource indicator of one (stage) school against its standard. Decimals are exact strings. */
export interface SchoolIndicatorCheck {
  readonly indicator: ResourceIndicatorId;
  /** The school's value, exact. */
  readonly value: string;
  /** The value rounded half up to the indicator's decimals, for display. */
  readonly displayValue: string;
  readonly standard: string | null;
  /** Whether the value reaches the standard (≥); `null` when the regime sets none for the stage. */
  readonly passed: boolean | null;
  /** value ÷ standard, exact. */
  readonly shareOfStandard: string | null;
  /** value − standard, exact (negative when short). */
  readonly gap: string | null;
  /**
   * What would bring the school to standard, in real units: more of the numerator's resource
   * (teachers, m², yuan, classrooms); `null` when it is at standard or has no standard.
   */
  readonly shortfall: { readonly input: string; readonly labels: LocalizedText; readonly amount: string } | null;
  /**
   * The value as a JavaScript number (a double), for plotting and sorting; never used to decide
   * `passed`, which is exact.
   */
  readonly approximateValue: number;
  /** Plain data: every field, exact decimals as strings. `JSON.stringify` calls it. */
  toJSON(): SchoolIndicatorCheckJson;
}

/**
 * The JSON form of a {@link SchoolIndicatorCheck}. The exact figures (`value`, `displayValue`,
 * `shareOfStandard`, `gap`, `shortfall`) of a check are computed the first time they are read, so
 * copy a check with `toJSON()` (or `JSON.stringify`) rather than with object spread.
 */
export type SchoolIndicatorCheckJson = Omit<SchoolIndicatorCheck, 'toJSON'>;

/** One stage school under the resource part. */
export interface SchoolEvaluation {
  readonly id: string;
  readonly schoolId: string;
  readonly name: string;
  readonly stage: 'primary' | 'junior';
  readonly students: number;
  readonly indicators: readonly SchoolIndicatorCheck[];
  /** How many indicators reach their standard. */
  readonly atStandard: number;
  /** The school rule (2017: at least 6 of 7, the rest ≥ 85%); `null` where the regime has none. */
  readonly passed: boolean | null;
  /** Why it fails, in both languages; empty when it passes. */
  readonly reasons: readonly BilingualText[];
}

/** One indicator's between-school coefficient of variation in one stage. */
export interface CoefficientCheck {
  readonly stage: 'primary' | 'junior';
  readonly indicator: ResourceIndicatorId;
  readonly schoolCount: number;
  /** Exact; `null` with no schools or a zero mean. */
  readonly coefficient: string | null;
  readonly displayCoefficient: string | null;
  /** The county mean (Σ resource ÷ Σ students), exact. */
  readonly mean: string | null;
  readonly threshold: string | null;
  readonly passed: boolean | null;
  /** The schools that pull the CV up most, largest share of the variance first. */
  readonly topContributors: readonly {
    readonly id: string;
    readonly name: string;
    readonly value: string;
    readonly varianceShare: string | null;
  }[];
  /** The CV as a JavaScript number (a double), for plotting and sorting; never used to decide `passed`. */
  readonly approximateCoefficient: number | null;
  /** Plain data: every field, exact decimals as strings. `JSON.stringify` calls it. */
  toJSON(): CoefficientCheckJson;
}

/**
 * The JSON form of a {@link CoefficientCheck}. The exact `coefficient`, `mean` and
 * `topContributors` are computed the first time they are read, so copy a check with `toJSON()`
 * (or `JSON.stringify`) rather than with object spread.
 */
export type CoefficientCheckJson = Omit<CoefficientCheck, 'toJSON'>;

/** The 2012 composite: the mean of one stage's unrounded CVs. */
export interface CompositeCheck {
  readonly stage: 'primary' | 'junior';
  readonly coefficient: string | null;
  readonly displayCoefficient: string | null;
  readonly threshold: string;
  readonly passed: boolean | null;
}

/**
 * How an item stands: `not_applicable` when the county has nothing it applies to (a ratio over
 * zero, e.g. special-education funding where there is no special-education school).
 */
export type ItemStatus = 'passed' | 'failed' | 'not_supplied' | 'not_applicable';

/** One item of parts 2–4 (or of the preschool regime). */
export interface ItemEvaluation {
  readonly id: string;
  readonly part: RegimePart;
  readonly number: number;
  readonly labels: LocalizedText;
  readonly kind: 'indicator' | 'ratio' | 'value' | 'schools' | 'evidence';
  readonly veto: boolean;
  readonly status: ItemStatus;
  readonly passed: boolean | null;
  /** The value checked, exact, where there is one. */
  readonly value: string | null;
  /** The value rounded half up for display (2 decimals, or the indicator's), with `%` for percentages. */
  readonly displayValue: string | null;
  readonly comparator: ThresholdComparator | null;
  readonly threshold: string | null;
  /** The indicator result, for `indicator` items. */
  readonly result: IndicatorResultJson | null;
  /** The county's statement, for `evidence` items: what it attests and its note. */
  readonly evidence: { readonly met: boolean; readonly note: string | null } | null;
  /** For `schools` items: each school that fails, and why. */
  readonly failingSchools: readonly {
    readonly schoolId: string;
    readonly name: string;
    readonly reason: BilingualText;
  }[];
  /** What would bring it to the threshold, in real units; `null` when it passes or cannot be said. */
  readonly shortfall: { readonly of: string; readonly amount: string; readonly description: BilingualText } | null;
  readonly note: BilingualText | null;
}

/** Something that fails, for the list the verdict leads with. */
export interface Failure {
  readonly kind: 'veto' | 'item' | 'school' | 'coefficient' | 'composite';
  readonly id: string;
  readonly message: BilingualText;
}

/** What {@link evaluateRegime} returns: a complete, explainable verdict. Serialises to JSON as it is. */
export interface RegimeEvaluation {
  readonly regime: {
    readonly id: string;
    readonly version: string;
    readonly labels: LocalizedText;
    readonly source: string;
  };
  readonly scope: {
    readonly options: ResolvedScopeOptions;
    readonly schoolsGiven: number;
    readonly schoolsEvaluated: number;
    readonly excluded: readonly ExcludedSchool[];
    /**
     * Stages of evaluated schools left out of the resource part, with the reason: a stage with no
     * students, or a senior stage (the compulsory-education regimes compare primary and junior only).
     */
    readonly stagesNotEvaluated: readonly {
      readonly id: string;
      readonly name: string;
      readonly stage: string;
      readonly reason: 'no_students' | 'senior_stage';
      readonly message: BilingualText;
    }[];
  };
  readonly resources: {
    /**
     * The school rule the schools were held to (2017: `{ minimumAtStandard: 6, floorShare: '0.85' }`),
     * so a reader or a chart needs no regime to explain a school's verdict; `null` when the regime has none.
     */
    readonly schoolRule: { readonly minimumAtStandard: number; readonly floorShare: string } | null;
    readonly schools: readonly SchoolEvaluation[];
    readonly coefficients: readonly CoefficientCheck[];
    readonly composites: readonly CompositeCheck[];
    readonly passed: boolean | null;
  } | null;
  readonly items: readonly ItemEvaluation[];
  readonly verdict: {
    /** `passed`, `failed`, or `incomplete` when nothing fails but some items were not supplied. */
    readonly status: 'passed' | 'failed' | 'incomplete';
    readonly passed: boolean;
    readonly vetoed: boolean;
    /** Everything that fails, veto items first, then items, schools and coefficients. */
    readonly failures: readonly Failure[];
    /** The items the caller did not supply. */
    readonly notSupplied: readonly string[];
  };
}
