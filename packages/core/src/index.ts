export { checkOptionRecord } from './_lib/check-option-record';
export { Decimal, type DecimalInput } from './_lib/decimal';
export { describeValue } from './_lib/describe-value';
export {
  type AggregateIndicatorOptions,
  aggregateIndicator,
  aggregateWithDefinition,
  type GroupValue,
  type IndicatorGroup,
} from './aggregate/aggregate-indicator';
export {
  type PublishedGroup,
  type SuppressSmallCellsOptions,
  suppressSmallCells,
  type WithheldGroup,
  type WithholdingReason,
} from './aggregate/suppress-small-cells';
export { type CatalogueToMarkdownOptions, catalogueToMarkdown } from './catalogue/catalogue-to-markdown';
export { getIndicatorDefinition } from './catalogue/get-indicator-definition';
export {
  type IndicatorDefinitions,
  type IndicatorId,
  type IndicatorInput,
  type IndicatorMethod,
  indicatorDefinitions,
} from './catalogue/indicator-definitions';
export { indicatorIds } from './catalogue/indicator-ids';
export { isIndicatorId } from './catalogue/is-indicator-id';
export { type IndicatorSummary, listIndicators } from './catalogue/list-indicators';
export {
  type CohortIndicatorId,
  type CohortIndicatorReport,
  type CohortIndicatorResults,
  type ComputeCohortIndicatorsOptions,
  computeCohortIndicators,
  type GradeRetention,
  type UnavailableCohortIndicator,
} from './cohort/compute-cohort-indicators';
export { type CreateStudentTableOptions, createStudentTable, type StudentRecord } from './cohort/create-student-table';
export type { CohortWarning, CohortWarningCode } from './cohort/reconstructed/cohort-warning';
export {
  type FlowRateNoValueReason,
  type FlowRatesByGradeInput,
  type FlowRatesByGradeJson,
  type FlowRatesByGradeResult,
  flowRatesByGrade,
  type GradeEnrolment,
  type GradeFlowRates,
  type GradeFlowRatesJson,
} from './cohort/reconstructed/flow-rates-by-grade';
export type { GradeLabel } from './cohort/reconstructed/grade-label';
export type { MaxRepetitions } from './cohort/reconstructed/max-repetitions';
export {
  type CohortGradeNoValueReason,
  type CohortGradeRates,
  type CohortRatesInput,
  type ReconstructCohortOptions,
  type ReconstructedCohortGrade,
  type ReconstructedCohortGradeJson,
  type ReconstructedCohortJson,
  type ReconstructedCohortNoValueReason,
  type ReconstructedCohortResult,
  reconstructCohort,
} from './cohort/reconstructed/reconstruct-cohort';
export {
  type StudentFlag,
  type StudentStatus,
  studentFlags,
  studentStatuses,
  studentStatusLabels,
} from './cohort/student-status';
export type { ExcludedRecord, ExcludedRecordReason, StudentGroupKey, StudentTable } from './cohort/student-table';
export {
  type StudentColumnGroups,
  type StudentColumns,
  studentTableFromColumns,
} from './cohort/student-table-from-columns';
export { computeIndicator } from './compute/compute-indicator';
export type { ComputeIndicatorOptions } from './compute/compute-indicator-options';
export { computeWithDefinition } from './compute/compute-with-definition';
export {
  type CanonicalInput,
  type CanonicalValues,
  defineIndicator,
  type FieldValues,
  type IndicatorDefinition,
  type IndicatorDefinitionSpec,
  type IndicatorExample,
  type IndicatorMethodSpec,
  type IndicatorSource,
  type MethodOutcome,
  type ParsedInput,
  type PartWholeConstraint,
} from './definition/define-indicator';
export {
  defineRatioIndicator,
  type RatioIndicatorSpec,
  type RatioTerm,
  type RatioTermKind,
} from './definition/define-ratio-indicator';
export type { FieldKind, FieldSpec, FieldSpecs, FieldValue, InputOfFields } from './definition/field-spec';
export type {
  EquityScale,
  EquitySchool,
  EquitySchoolWithTotal,
  EquitySchoolWithValue,
  ExcludedSchool,
} from './equity/_lib/equity-school';
export {
  type CoefficientOfVariationContribution,
  type CoefficientOfVariationContributionJson,
  type CoefficientOfVariationJson,
  type CoefficientOfVariationNoValueReason,
  type CoefficientOfVariationOptions,
  type CoefficientOfVariationResult,
  coefficientOfVariation,
} from './equity/coefficient-of-variation';
export {
  type CompositeCoefficientInput,
  type CompositeCoefficientOfVariationJson,
  type CompositeCoefficientOfVariationNoValueReason,
  type CompositeCoefficientOfVariationResult,
  compositeCoefficientOfVariation,
} from './equity/composite-coefficient-of-variation';
export {
  type GenderParityIndexInput,
  type GenderParityIndexJson,
  type GenderParityIndexNoValueReason,
  type GenderParityIndexOptions,
  type GenderParityIndexResult,
  genderParityIndex,
} from './equity/gender-parity-index';
export {
  type GiniCoefficientJson,
  type GiniCoefficientNoValueReason,
  type GiniCoefficientOptions,
  type GiniCoefficientResult,
  giniCoefficient,
} from './equity/gini-coefficient';
export {
  type McLooneIndexJson,
  type McLooneIndexNoValueReason,
  type McLooneIndexOptions,
  type McLooneIndexResult,
  mcLooneIndex,
} from './equity/mc-loone-index';
export { rankContributions } from './equity/rank-contributions';
export {
  type TheilDecomposition,
  type TheilGroup,
  type TheilGroupJson,
  type TheilIndexJson,
  type TheilIndexNoValueReason,
  type TheilIndexOptions,
  type TheilIndexResult,
  theilIndex,
} from './equity/theil-index';
export { EdukpiError, type EdukpiErrorParameters, type ErrorPathSegment } from './errors/edukpi-error';
export type { EdukpiErrorCode } from './errors/error-code';
export { type InputIssue, InvalidInputError } from './errors/invalid-input-error';
export { InvalidOptionError } from './errors/invalid-option-error';
export { UnknownIndicatorError } from './errors/unknown-indicator-error';
export { UnknownMethodError } from './errors/unknown-method-error';
export { isResultFormatter } from './formatting/is-result-formatter';
export type { FormattableResult, ResultFormatter } from './formatting/result-formatter';
export { toIndicatorResult } from './formatting/to-indicator-result';
export type { BilingualText, Locale, LocalizedText } from './i18n/localized-text';
export {
  type BuildTableOptions,
  type BuildTableParameters,
  buildTable,
  type ColumnMappingInput,
  type RowSource,
} from './loading/build-table';
export {
  type BuildTableFromRecordsParameters,
  buildTableFromRecords,
  type RawRecord,
} from './loading/build-table-from-records';
export { buildTableOptionNames } from './loading/build-table-option-names';
export {
  type CellProblemOptions,
  cellProblem,
  isCellProblem,
  type RawCellProblem,
} from './loading/cell-problem';
export { type DefineTableSpecParameters, defineTableSpec } from './loading/define-table-spec';
export { LoadError, type LoadErrorCode } from './loading/load-error';
export type {
  ColumnMapping,
  LoadCounts,
  LoadResult,
  Rejection,
  RejectionCode,
  SkippedRow,
  SkippedRowKind,
} from './loading/load-result';
export { type MissingColumn, MissingColumnsError } from './loading/missing-columns-error';
export { normalizeHeader } from './loading/normalize-header';
export type { RawCell, RawRow, RawSheet } from './loading/raw-row';
export type { LoadProgress, LoadProgressCallback, LoadTableOptions, TableLoader } from './loading/table-loader';
export type { TableFieldAliases, TableFieldKind, TableFieldSpec, TableSpec } from './loading/table-spec';
export {
  type ParsedLocalizedNumber,
  type ParseLocalizedNumberOptions,
  parseLocalizedNumber,
} from './numbers/parse-localized-number';
export { type ParsedLocalizedRatio, parseLocalizedRatio } from './numbers/parse-localized-ratio';
export { type ParsedPercentagePoints, parsePercentagePoints } from './numbers/parse-percentage-points';
export { type RegimeId, regimeLabels } from './regimes/regime-id';
export { checkThresholds } from './result/check-thresholds';
export { IndicatorResult, type IndicatorResultJson, type IndicatorResultParameters } from './result/indicator-result';
export type { NoValueReason, ResultWarning, ResultWarningCode } from './result/result-warning';
export type { SchoolStage, Threshold, ThresholdCheck, ThresholdComparator } from './result/threshold';
export type { DateInput, MonthDay } from './school-year/_lib/calendar-date';
export type { SchoolYearInput } from './school-year/_lib/to-school-year';
export { type AgeAtCutoffOptions, ageAtCutoff, type LeapDayBirthday } from './school-year/age-at-cutoff';
export { type AgeGroupsOfOptions, ageGroupsOf } from './school-year/age-groups-of';
export {
  type AgeCount,
  type CountPopulationByAgeGroupOptions,
  countPopulationByAgeGroup,
  type PopulationByAgeGroup,
  type RejectedBirthDate,
  type RejectedBirthDateReason,
} from './school-year/count-population-by-age-group';
export { type LastSchoolYearsOptions, lastSchoolYears } from './school-year/last-school-years';
export { type AgeGroup, type AgeGroupId, officialAgeGroups } from './school-year/official-age-groups';
export { type ParseSchoolYearOptions, parseSchoolYear } from './school-year/parse-school-year';
export {
  type ResolvedSchoolYearOptions,
  type SchoolTerm,
  type SchoolTermId,
  SchoolYear,
  type SchoolYearFormatStyle,
  type SchoolYearOptions,
  schoolYearFormatStyles,
} from './school-year/school-year';
export { schoolYearOf } from './school-year/school-year-of';
export { schoolYearRange } from './school-year/school-year-range';
export { convertMoney, type MoneyUnit } from './units/money';
export { type Unit, type UnitInfo, unitInfo } from './units/unit';
export {
  type CheckWithSchemaOptions,
  type CheckWithSchemaOutcome,
  checkWithSchema,
} from './validation/check-with-schema';
export { inputSchemas } from './validation/input-schemas';
export { validateWithSchema } from './validation/validate-with-schema';
