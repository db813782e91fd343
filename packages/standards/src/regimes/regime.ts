import type { BilingualText, IndicatorId, LocalizedText, RegimeId, ThresholdComparator } from '@edukpi/core';
import type { ScopeOptions } from '../scope/scope-options';

/** The per-school resource indicators a regime compares (ids of the @edukpi/core catalogue). */
export type ResourceIndicatorId =
  | 'qualified_teachers_per_100_students'
  | 'key_teachers_per_100_students'
  | 'pe_arts_teachers_per_100_students'
  | 'teaching_space_per_student'
  | 'sports_space_per_student'
  | 'equipment_value_per_student'
  | 'multimedia_classrooms_per_100_students'
  | 'computers_per_100_students'
  | 'books_per_student'
  | 'teacher_student_ratio'
  | 'qualified_teachers_per_student'
  | 'senior_title_teachers_per_student';

/** The stages the resource part evaluates. */
export type EvaluatedStage = 'primary' | 'junior';

/** A per-school resource indicator of a regime, with its standard per stage (in the indicator's unit). */
export interface ResourceIndicatorRule {
  readonly indicator: ResourceIndicatorId;
  /** The standard each school must reach (≥), per stage; leave a stage out where there is none. */
  readonly standards?: { readonly [S in EvaluatedStage]?: string };
}

/** How the between-school coefficients of variation are judged. */
export type CoefficientRule =
  | {
      /** Every indicator's CV must be within its stage's threshold (2017). */
      readonly kind: 'each';
      readonly thresholds: { readonly [S in EvaluatedStage]: string };
    }
  | {
      /** The mean of the indicators' unrounded CVs must be within its stage's threshold (2012). */
      readonly kind: 'composite';
      readonly thresholds: { readonly [S in EvaluatedStage]: string };
    };

/** Part 1 of a compulsory-education regime: resource allocation between schools. */
export interface ResourcePart {
  readonly indicators: readonly ResourceIndicatorRule[];
  /**
   * The school pass rule (2017): at least `minimumAtStandard` indicators at standard and every
   * other one at least `floorShare` of its standard. Leave out where schools are not judged one by one.
   */
  readonly schoolRule?: { readonly minimumAtStandard: number; readonly floorShare: string };
  readonly coefficients: CoefficientRule;
}

/** The parts of a regime; items belong to one. */
export type RegimePart = 'resources' | 'government' | 'quality' | 'recognition' | 'preschool';

/** One side of a ratio item: the input's name and labels, and whether it is a head count. */
export interface RatioTerm {
  readonly name: string;
  readonly labels: LocalizedText;
  /** `count` (whole numbers: teachers, children…) or `amount` (yuan, m²…). */
  readonly kind: 'count' | 'amount';
}

/**
 * An item of a regime beyond the per-school resources:
 *
 * - `indicator`: a catalogue indicator computed from county-level inputs the caller supplies under
 *   the item's id (`{ rotated, eligible }`), checked against the item's threshold;
 * - `ratio`: one county input over another (special-education funding per student, the training
 *   budget's share), for items without a catalogue indicator;
 * - `value`: a figure the county supplies as it stands (a work score, a monitoring difference);
 * - `schools`: checked on the school data itself (music and art rooms, school size, class size,
 *   or `resource_standards`: every school reaches every per-school standard the regime sets — the
 *   2012 provincial basic standard once a province's variant supplies its numbers; until then
 *   the county may attest it with `{ met, note }`);
 * - `evidence`: a fact only the county can attest (layout planned to national requirements): the
 *   caller supplies `{ met, note }`; the engine reports it, never invents it.
 */
export type RegimeItem = {
  readonly id: string;
  readonly part: RegimePart;
  /** The item's number within its part in the source document. */
  readonly number: number;
  readonly labels: LocalizedText;
  /** A veto item (一票否决): failing it fails the county whatever else passes. */
  readonly veto?: boolean;
  /** Where the number comes from, or that it is unconfirmed and overridable. */
  readonly note?: BilingualText;
} & (
  | {
      readonly kind: 'indicator';
      readonly indicator: IndicatorId;
      /** The method (variant) of the indicator, if not its default. */
      readonly method?: string;
      readonly comparator: ThresholdComparator;
      readonly threshold: string;
    }
  | {
      readonly kind: 'ratio';
      readonly numerator: RatioTerm;
      readonly denominator: RatioTerm;
      /** 100 for a percentage, 1 for a plain ratio. */
      readonly scale: 1 | 100;
      readonly comparator: ThresholdComparator;
      readonly threshold: string;
    }
  | {
      readonly kind: 'value';
      readonly comparator: ThresholdComparator;
      readonly threshold: string;
    }
  | {
      readonly kind: 'schools';
      readonly check: SchoolCheckId;
    }
  | { readonly kind: 'evidence' }
);

/** The checks the engine runs on the schools themselves. */
export type SchoolCheckId = 'music_art_rooms' | 'school_size' | 'class_size' | 'resource_standards';

/** A regime as versioned data: what {@link evaluateRegime} applies. */
export interface Regime {
  readonly id: RegimeId | (string & {});
  readonly version: string;
  readonly labels: LocalizedText;
  readonly source: string;
  /** The default scope of the regime (callers can override each rule). */
  readonly scope: ScopeOptions;
  /** Part 1 (compulsory-education regimes); absent for the preschool regime. */
  readonly resources?: ResourcePart;
  readonly items: readonly RegimeItem[];
}
