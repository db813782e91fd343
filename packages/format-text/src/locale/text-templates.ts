/**
 * Every template of a {@link TextLocale}, with the placeholders it may use. A template is plain
 * text with `{placeholder}`s and optional segments in square brackets: `[{subject}]{label}达{value}`
 * drops `[…]` when a placeholder inside it is empty. Templates are data, so a bureau can replace
 * any of them with {@link createTextLocale}; a placeholder a template may not use is refused.
 *
 * @example
 * ```ts
 * textTemplatePlaceholders.statementPercent; // ['subject', 'label', 'value']
 * ```
 */
export const textTemplatePlaceholders = {
  // Values.
  percent: ['number'],
  ratioToOne: ['number'],
  oneToRatio: ['number'],
  noValue: ['reason'],
  reasonZeroDenominator: [],
  reasonNegativeDenominator: [],
  // Results.
  statement: ['subject', 'label', 'value'],
  statementPercent: ['subject', 'label', 'value'],
  share: ['subject', 'label', 'part', 'count', 'value'],
  reduction: ['subject', 'label', 'before', 'after', 'difference', 'value'],
  consolidation: ['subject', 'label', 'before', 'after', 'difference', 'value'],
  noValueStatement: ['subject', 'label', 'reason'],
  thresholdMet: ['requirement'],
  thresholdMissed: ['requirement'],
  requirementAtLeast: ['threshold'],
  requirementAbove: ['threshold'],
  requirementAtMost: ['threshold'],
  requirementAtMostRatio: ['threshold'],
  requirementBelow: ['threshold'],
  requirementEqual: ['threshold'],
  // Changes.
  defaultPeriod: [],
  changeIncrease: ['subject', 'period', 'difference', 'rate'],
  changeDecrease: ['subject', 'period', 'difference', 'rate'],
  changeUnchanged: ['subject', 'period'],
  changePointsIncrease: ['subject', 'period', 'difference'],
  changePointsDecrease: ['subject', 'period', 'difference'],
  changeFromToIncrease: ['subject', 'previous', 'current', 'difference', 'rate'],
  changeFromToDecrease: ['subject', 'previous', 'current', 'difference', 'rate'],
  changeFromToUnchanged: ['subject', 'previous', 'current'],
  changePointsFromToIncrease: ['subject', 'previous', 'current', 'difference'],
  changePointsFromToDecrease: ['subject', 'previous', 'current', 'difference'],
  // Punctuation.
  clauseSeparator: [],
  listSeparator: [],
  reasonSeparator: [],
  sentenceSeparator: [],
  sentenceEnd: [],
  // Names.
  stagePreschool: [],
  stagePrimary: [],
  stageJunior: [],
  stageSenior: [],
  partScope: [],
  partResources: [],
  partGovernment: [],
  partQuality: [],
  partRecognition: [],
  partPreschool: [],
  // Evaluation items.
  item: ['label', 'body'],
  vetoMarker: [],
  itemMeasured: ['label', 'value'],
  itemActual: ['value'],
  itemShortfall: ['part', 'amount'],
  itemEvidenceMet: ['note'],
  itemEvidenceMissed: ['note'],
  itemSchoolsPassed: [],
  itemSchoolsFailed: ['count', 'schools'],
  schoolReason: ['school', 'reason'],
  itemNotSupplied: [],
  itemNotApplicable: [],
  // Evaluations.
  heading: ['title'],
  numbered: ['number', 'text'],
  scopeSummary: ['evaluated', 'given'],
  excludedSchool: ['school', 'reason'],
  stageNotEvaluated: ['school', 'stage', 'reason'],
  schoolsSummary: ['passed', 'failed'],
  schoolPassed: ['school', 'stage', 'count', 'details'],
  schoolFailed: ['school', 'stage', 'count', 'details'],
  schoolIndicatorShort: ['label', 'value', 'standard', 'resource', 'amount'],
  coefficientMet: ['stage', 'label', 'coefficient', 'threshold'],
  coefficientMissed: ['stage', 'label', 'coefficient', 'threshold', 'schools'],
  coefficientPlain: ['stage', 'label', 'coefficient'],
  coefficientNoValue: ['stage', 'label'],
  compositeMet: ['stage', 'coefficient', 'threshold'],
  compositeMissed: ['stage', 'coefficient', 'threshold'],
  compositeNoValue: ['stage'],
  verdictPassed: ['regime'],
  verdictFailed: ['regime', 'count'],
  verdictVetoed: ['regime', 'count'],
  verdictIncomplete: ['regime', 'count'],
} as const satisfies Record<string, readonly string[]>;

/** The name of a template of a {@link TextLocale}. */
export type TextTemplateKey = keyof typeof textTemplatePlaceholders;

/** The templates of a {@link TextLocale}: one string per {@link TextTemplateKey}. */
export type TextTemplates = { readonly [K in TextTemplateKey]: string };
