import type { InputOfFields } from '../definition/field-spec';
import { aidPerStudent } from '../indicators/aid/aid-per-student';
import { studentAidCoverageRate } from '../indicators/aid/student-aid-coverage-rate';
import { change } from '../indicators/change/change';
import { schoolConsolidation } from '../indicators/change/school-consolidation';
import { juniorThreeYearConsolidationRate } from '../indicators/retention/junior-three-year-consolidation-rate';
import { nineYearConsolidationRate } from '../indicators/retention/nine-year-consolidation-rate';
import { afterSchoolParticipationRate } from '../indicators/services/after-school-participation-rate';
import { afterSchoolSchoolCoverage } from '../indicators/services/after-school-school-coverage';
import { afterSchoolTeacherParticipationRate } from '../indicators/services/after-school-teacher-participation-rate';
import { offsiteTutoringReductionRate } from '../indicators/services/offsite-tutoring-reduction-rate';

/**
 * Every built-in indicator definition, by id. The catalogue is a constant: plugins never mutate
 * it; to use your own definition, pass it to {@link computeWithDefinition}.
 *
 * @example
 * ```ts
 * indicatorDefinitions.change.labels['zh-CN']; // '增减'
 * ```
 */
export const indicatorDefinitions = {
  nine_year_consolidation_rate: nineYearConsolidationRate,
  junior_three_year_consolidation_rate: juniorThreeYearConsolidationRate,
  student_aid_coverage_rate: studentAidCoverageRate,
  aid_per_student: aidPerStudent,
  after_school_participation_rate: afterSchoolParticipationRate,
  after_school_school_coverage: afterSchoolSchoolCoverage,
  after_school_teacher_participation_rate: afterSchoolTeacherParticipationRate,
  offsite_tutoring_reduction_rate: offsiteTutoringReductionRate,
  change,
  school_consolidation: schoolConsolidation,
} as const;

/** The built-in definitions, by id. */
export type IndicatorDefinitions = typeof indicatorDefinitions;

/** The id of a built-in indicator: a string-literal union, so editors complete it. */
export type IndicatorId = keyof IndicatorDefinitions;

/** The input {@link computeIndicator} takes for an indicator. */
export type IndicatorInput<Id extends IndicatorId> = InputOfFields<IndicatorDefinitions[Id]['fields']>;

/** The variants (`options.method`) an indicator offers. */
export type IndicatorMethod<Id extends IndicatorId> = IndicatorDefinitions[Id]['methodNames'][number];
