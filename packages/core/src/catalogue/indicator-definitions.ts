import type { InputOfFields } from '../definition/field-spec';
import { accessIndicators } from '../indicators/access/access-indicators';
import { aidPerStudent } from '../indicators/aid/aid-per-student';
import { studentAidCoverageRate } from '../indicators/aid/student-aid-coverage-rate';
import { change } from '../indicators/change/change';
import { schoolConsolidation } from '../indicators/change/school-consolidation';
import { classSchoolIndicators } from '../indicators/classes/class-school-indicators';
import { equityIndicators } from '../indicators/equity/equity-indicators';
import { governanceIndicators } from '../indicators/governance/governance-indicators';
import { internationalIndicators } from '../indicators/international/international-indicators';
import { preschoolIndicators } from '../indicators/preschool/preschool-indicators';
import { resourceIndicators } from '../indicators/resources/resource-indicators';
import { juniorThreeYearConsolidationRate } from '../indicators/retention/junior-three-year-consolidation-rate';
import { nineYearConsolidationRate } from '../indicators/retention/nine-year-consolidation-rate';
import { afterSchoolParticipationRate } from '../indicators/services/after-school-participation-rate';
import { afterSchoolSchoolCoverage } from '../indicators/services/after-school-school-coverage';
import { afterSchoolTeacherParticipationRate } from '../indicators/services/after-school-teacher-participation-rate';
import { offsiteTutoringReductionRate } from '../indicators/services/offsite-tutoring-reduction-rate';
import { policyServiceIndicators } from '../indicators/services/policy-service-indicators';
import { teacherIndicators } from '../indicators/teachers/teacher-indicators';

/**
 * Every built-in indicator definition, by id, in the order of `spec/indicators.md`: access and
 * retention, services and 双减, student aid, teachers, school resources, classes and schools,
 * preschool, infrastructure and governance, change, equity, and the international forms. The
 * catalogue is a constant: plugins never mutate it; to use your own definition, pass it to
 * {@link computeWithDefinition}.
 *
 * @example
 * ```ts
 * indicatorDefinitions.change.labels['zh-CN']; // '增减'
 * ```
 */
export const indicatorDefinitions = {
  ...accessIndicators,
  nine_year_consolidation_rate: nineYearConsolidationRate,
  junior_three_year_consolidation_rate: juniorThreeYearConsolidationRate,
  after_school_participation_rate: afterSchoolParticipationRate,
  after_school_school_coverage: afterSchoolSchoolCoverage,
  after_school_teacher_participation_rate: afterSchoolTeacherParticipationRate,
  offsite_tutoring_reduction_rate: offsiteTutoringReductionRate,
  ...policyServiceIndicators,
  student_aid_coverage_rate: studentAidCoverageRate,
  aid_per_student: aidPerStudent,
  ...teacherIndicators,
  ...resourceIndicators,
  ...classSchoolIndicators,
  ...preschoolIndicators,
  ...governanceIndicators,
  change,
  school_consolidation: schoolConsolidation,
  ...equityIndicators,
  ...internationalIndicators,
} as const;

/** The built-in definitions, by id. */
export type IndicatorDefinitions = typeof indicatorDefinitions;

/** The id of a built-in indicator: a string-literal union, so editors complete it. */
export type IndicatorId = keyof IndicatorDefinitions;

/** The input {@link computeIndicator} takes for an indicator. */
export type IndicatorInput<Id extends IndicatorId> = InputOfFields<IndicatorDefinitions[Id]['fields']>;

/** The variants (`options.method`) an indicator offers. */
export type IndicatorMethod<Id extends IndicatorId> = IndicatorDefinitions[Id]['methodNames'][number];
