export type { DateInput, MonthDay } from './_lib/calendar-date';
export type { SchoolYearInput } from './_lib/to-school-year';
export { type AgeAtCutoffOptions, ageAtCutoff, type LeapDayBirthday } from './age-at-cutoff';
export { type AgeGroupsOfOptions, ageGroupsOf } from './age-groups-of';
export {
  type AgeCount,
  type CountPopulationByAgeGroupOptions,
  countPopulationByAgeGroup,
  type PopulationByAgeGroup,
  type RejectedBirthDate,
  type RejectedBirthDateReason,
} from './count-population-by-age-group';
export { type LastSchoolYearsOptions, lastSchoolYears } from './last-school-years';
export { type AgeGroup, type AgeGroupId, officialAgeGroups } from './official-age-groups';
export { type ParseSchoolYearOptions, parseSchoolYear } from './parse-school-year';
export {
  type ResolvedSchoolYearOptions,
  type SchoolTerm,
  type SchoolTermId,
  SchoolYear,
  type SchoolYearFormatStyle,
  type SchoolYearOptions,
  schoolYearFormatStyles,
} from './school-year';
export { schoolYearOf } from './school-year-of';
export { schoolYearRange } from './school-year-range';
