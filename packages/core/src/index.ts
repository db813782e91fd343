export { Decimal, type DecimalInput } from './_lib/decimal';
export {
  type AggregateIndicatorOptions,
  aggregateIndicator,
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
export { EdukpiError, type EdukpiErrorParameters, type ErrorPathSegment } from './errors/edukpi-error';
export type { EdukpiErrorCode } from './errors/error-code';
export { type InputIssue, InvalidInputError } from './errors/invalid-input-error';
export { InvalidOptionError } from './errors/invalid-option-error';
export { UnknownIndicatorError } from './errors/unknown-indicator-error';
export { UnknownMethodError } from './errors/unknown-method-error';
export type { BilingualText, Locale, LocalizedText } from './i18n/localized-text';
export { type RegimeId, regimeLabels } from './regimes/regime-id';
export { checkThresholds } from './result/check-thresholds';
export { IndicatorResult, type IndicatorResultJson, type IndicatorResultParameters } from './result/indicator-result';
export type { NoValueReason, ResultWarning, ResultWarningCode } from './result/result-warning';
export type { SchoolStage, Threshold, ThresholdCheck, ThresholdComparator } from './result/threshold';
export { convertMoney, type MoneyUnit } from './units/money';
export { type Unit, type UnitInfo, unitInfo } from './units/unit';
