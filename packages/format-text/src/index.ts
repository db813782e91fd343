export type { TextOption } from './_lib/pick-text';
export {
  type EvaluationSection,
  type FormatEvaluationOptions,
  formatEvaluation,
} from './evaluation/format-evaluation';
export { type FormatEvaluationItemOptions, formatEvaluationItem } from './evaluation/format-evaluation-item';
export {
  type CreateTextFormatterSettings,
  createTextFormatter,
  type TextFormatterOptions,
  textFormatter,
} from './formatter/create-text-formatter';
export { type FormatIndicatorLabelOptions, formatIndicatorLabel } from './labels/format-indicator-label';
export { type CreateTextLocaleOptions, createTextLocale } from './locale/create-text-locale';
export {
  type CreateTraditionalTextLocaleOptions,
  createTraditionalTextLocale,
} from './locale/create-traditional-text-locale';
export { enTemplates, enTextLocale } from './locale/en-text-locale';
export { type FormatLocale, formatLocales } from './locale/format-locale';
export { getTextLocale } from './locale/get-text-locale';
export type { TextLocale, TextNumberConventions, TextUnits } from './locale/text-locale';
export { type TextTemplateKey, type TextTemplates, textTemplatePlaceholders } from './locale/text-templates';
export { wuanVocabulary } from './locale/wuan-vocabulary';
export { zhCNTemplates, zhCNTextLocale } from './locale/zh-cn-text-locale';
export { zhTWTextLocale } from './locale/zh-tw-text-locale';
export { type FormatNumberOptions, formatNumber } from './numbers/format-number';
export { type FormatChangeOptions, formatChange } from './sentences/format-change';
export { type FormatResultOptions, formatResult, type ResultStyle } from './sentences/format-result';
export { type FormatResultValueOptions, formatResultValue } from './values/format-result-value';
export { type FormatUnitValueOptions, formatUnitValue } from './values/format-unit-value';
