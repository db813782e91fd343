export {
  type CountyEvaluationInput,
  type EvaluateRegimeOptions,
  evaluateRegime,
} from './engine/evaluate-regime';
export type {
  CoefficientCheck,
  CompositeCheck,
  Failure,
  ItemEvaluation,
  ItemStatus,
  RegimeEvaluation,
  SchoolEvaluation,
  SchoolIndicatorCheck,
} from './engine/evaluation';
export { CLASS_SIZE_CAPS, ROOM_RULES, SCHOOL_SIZE_CAPS } from './engine/school-checks';
export { basicBalance2012 } from './regimes/basic-balance-2012';
export { defineRegimeVariant, type RegimeVariantChanges } from './regimes/define-regime-variant';
export { preschoolUniversal2020 } from './regimes/preschool-universal-2020';
export { qualityBalance2017 } from './regimes/quality-balance-2017';
export type {
  CoefficientRule,
  EvaluatedStage,
  RatioTerm,
  Regime,
  RegimeItem,
  RegimePart,
  ResourceIndicatorId,
  ResourceIndicatorRule,
  ResourcePart,
  SchoolCheckId,
} from './regimes/regime';
export { schoolFieldNames } from './school/school-field-names';
export {
  type SchoolRecord,
  type SchoolStageName,
  type SchoolType,
  type StageFigures,
  schoolRecordSchema,
  schoolStages,
  schoolTypes,
  stageCountFields,
  stageFiguresSchema,
  stagesOfSchoolType,
} from './school/school-record';
export { schoolTableSpec } from './school/school-table-spec';
export { applyScope, type ExcludedSchool, type ExclusionReason, type ScopedSchools } from './scope/apply-scope';
export {
  defaultScopeOptions,
  type ResolvedScopeOptions,
  resolveScopeOptions,
  type ScopeOptions,
} from './scope/scope-options';
export type { NumberColumn, OptionalNumberColumn, SchoolColumns, StageColumns } from './screen/school-columns';
export { schoolColumnsFromRecords } from './screen/school-columns-from-records';
export {
  type SchoolRecordsFromColumnsOptions,
  schoolRecordsByCounty,
  schoolRecordsFromColumns,
} from './screen/school-records-from-columns';
export {
  type CountiesScreen,
  type CountyScreen,
  type ScreenCountiesOptions,
  type ScreenedCoefficient,
  type ScreenedComposite,
  type ScreenedStageSchools,
  screenCounties,
} from './screen/screen-counties';
export { splitSchool, stageWeights } from './split/split-school';
export { type SplitResource, type StageSchool, splitResources } from './split/stage-school';
