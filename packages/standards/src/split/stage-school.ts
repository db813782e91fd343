import type { Decimal } from '@edukpi/core';
import type { SchoolRecord, SchoolStageName, SchoolType } from '../school/school-record';

/** The resource totals that mixed schools report once and that are split between stages. */
export const splitResources = [
  'teachingArea',
  'sportsArea',
  'equipmentValue',
  'computers',
  'books',
  'multimediaClassrooms',
] as const;

/** One of the split resources. */
export type SplitResource = (typeof splitResources)[number];

/**
 * One stage of one school, evaluated as a school of its own: a primary or junior school as it
 * is, or one stage of a 九年一贯制, 十二年一贯制 or 完全中学 with its share of the resources.
 */
export interface StageSchool {
  /** The school's id, with the stage appended for a split school (`XX-01#primary`). */
  readonly id: string;
  readonly schoolId: string;
  readonly name: string;
  readonly stage: SchoolStageName;
  readonly type: SchoolType;
  readonly ownership: 'public' | 'private';
  readonly township: string | undefined;
  readonly area: 'urban' | 'town' | 'rural' | undefined;
  readonly students: number;
  readonly classes: number;
  readonly teachers: number;
  readonly qualifiedTeachers: number;
  readonly keyTeachers: number;
  readonly peTeachers: number;
  readonly musicTeachers: number;
  readonly artTeachers: number;
  readonly intermediateOrAboveTitleTeachers: number;
  readonly certifiedTeachers: number | undefined;
  readonly classSizes: readonly number[] | undefined;
  /** The stage's resources: the whole school's for a one-stage school, its exact share otherwise. */
  readonly resources: { readonly [K in SplitResource]: Decimal };
  /**
   * The same resources as JavaScript numbers (doubles): the figures as given for a one-stage
   * school, the share computed in floating point for a split one. The engine uses them only to
   * decide comparisons that are clear by a wide margin and falls back to `resources` otherwise.
   */
  readonly resourceNumbers: { readonly [K in SplitResource]: number };
  /** The stage's share of the school's resources (1 for a one-stage school), exact. */
  readonly share: Decimal;
  /** The school record it comes from. */
  readonly source: SchoolRecord;
}
