import type { TextLocale } from './text-locale';
import type { TextTemplates } from './text-templates';

const identity = (text: string) => text;

/**
 * The English templates. Sentences are written lower-case and capitalised when they are
 * finished (`capitalizeSentences`), so a clause can also sit inside another sentence.
 */
export const enTemplates: TextTemplates = {
  percent: '{number}%',
  ratioToOne: '{number}:1',
  oneToRatio: '1:{number}',
  noValue: '— (cannot be computed: {reason})',
  reasonZeroDenominator: 'zero denominator',
  reasonNegativeDenominator: 'negative denominator, check the data',
  statement: 'the {label}[ in {subject}] was {value}',
  statementPercent: 'the {label}[ in {subject}] was {value}',
  share: '{count} {part}[ in {subject}], {value} of the total',
  reduction: '[{subject} ]down from {before} to {after}, a {label} of {value}',
  consolidation: '[{subject} ]consolidated from {before} to {after}, {difference} closed or merged',
  noValueStatement: 'the {label}[ in {subject}] cannot be computed ({reason})',
  thresholdMet: 'meeting the standard of {requirement}',
  thresholdMissed: 'short of the standard of {requirement}',
  requirementAtLeast: 'at least {threshold}',
  requirementAbove: 'above {threshold}',
  requirementAtMost: 'at most {threshold}',
  requirementAtMostRatio: 'at most {threshold}',
  requirementBelow: 'below {threshold}',
  requirementEqual: 'exactly {threshold}',
  defaultPeriod: 'the previous year',
  changeIncrease: '[{subject} ]up {difference}[ ({rate})] on {period}',
  changeDecrease: '[{subject} ]down {difference}[ ({rate})] on {period}',
  changeUnchanged: '[{subject} ]unchanged on {period}',
  changePointsIncrease: '[{subject} ]up {difference} percentage points on {period}',
  changePointsDecrease: '[{subject} ]down {difference} percentage points on {period}',
  changeFromToIncrease: '[{subject} ]up from {previous} to {current}, an increase of {difference}[ ({rate})]',
  changeFromToDecrease: '[{subject} ]down from {previous} to {current}, a decrease of {difference}[ ({rate})]',
  changeFromToUnchanged: '[{subject} ]unchanged at {current}',
  changePointsFromToIncrease: '[{subject} ]up from {previous} to {current}, by {difference} percentage points',
  changePointsFromToDecrease: '[{subject} ]down from {previous} to {current}, by {difference} percentage points',
  clauseSeparator: ', ',
  listSeparator: ', ',
  reasonSeparator: '; ',
  sentenceSeparator: ' ',
  sentenceEnd: '.',
  stagePreschool: 'preschool',
  stagePrimary: 'primary',
  stageJunior: 'junior secondary',
  stageSenior: 'senior secondary',
  partScope: 'Scope',
  partResources: 'Resource allocation',
  partGovernment: 'Government guarantee',
  partQuality: 'Education quality',
  partRecognition: 'Social recognition',
  partPreschool: 'Universal and inclusive preschool education',
  item: '{label}: {body}',
  vetoMarker: ' (veto item)',
  itemMeasured: 'the {label} was {value}',
  itemActual: 'the value was {value}',
  itemShortfall: '{amount} more {part} needed',
  itemEvidenceMet: 'met, as stated by the county government[ ({note})]',
  itemEvidenceMissed: 'not met, as stated by the county government[ ({note})]',
  itemSchoolsPassed: 'every school meets it',
  itemSchoolsFailed: 'schools falling short ({count}): {schools}',
  schoolReason: '{school} ({reason})',
  itemNotSupplied: 'not supplied, so not evaluated',
  itemNotApplicable: 'not applicable: nothing in the county it applies to',
  heading: '{title}',
  numbered: '{number}. {text}',
  scopeSummary: '{evaluated} of {given} schools evaluated',
  excludedSchool: '{school} is not evaluated: {reason}',
  stageNotEvaluated: '{school} ({stage} stage) is not compared: {reason}',
  schoolsSummary: 'schools meeting the requirements: {passed}; falling short: {failed}',
  schoolPassed: '{school} ({stage}): {count} indicators at standard, meets the requirements[: {details}]',
  schoolFailed: '{school} ({stage}): {count} indicators at standard, falls short[: {details}]',
  schoolIndicatorShort: '{label} {value}, below the standard of {standard}: {amount} more {resource} needed',
  coefficientMet: 'the {stage} CV of {label} was {coefficient}, within {threshold}',
  coefficientMissed:
    'the {stage} CV of {label} was {coefficient}, above {threshold}[; the schools pulling it up most: {schools}]',
  coefficientPlain: 'the {stage} CV of {label} was {coefficient}',
  coefficientNoValue: 'the {stage} CV of {label} cannot be computed',
  compositeMet: 'the {stage} composite CV was {coefficient}, within {threshold}',
  compositeMissed: 'the {stage} composite CV was {coefficient}, above {threshold}',
  compositeNoValue: 'the {stage} composite CV cannot be computed',
  verdictPassed: 'against {regime}: the county meets the requirements',
  verdictFailed: 'against {regime}: the county falls short (failures: {count})',
  verdictVetoed: 'against {regime}: the county falls short, with a veto item failed (failures: {count})',
  verdictIncomplete:
    'against {regime}: everything evaluated meets the requirements, but the evaluation is incomplete (items not supplied: {count})',
};

/**
 * The English text locale (`en`): thousands separators (`69,100`), never 万/亿, units after a
 * space (`22,410,000 yuan`, `6.12 m²`), counted nouns after the number (`3 more key teachers`),
 * and {@link enTemplates}.
 *
 * @example
 * ```ts
 * formatNumber(22_410_000, { locale: enTextLocale, unit: 'yuan' }); // '22,410,000 yuan'
 * ```
 */
export const enTextLocale: TextLocale = {
  id: 'en',
  script: 'en',
  numbers: { scaleWords: null, grouping: true, unitSeparator: ' ' },
  units: { yuan: 'yuan', squareMetres: 'm²', volumes: 'volumes', person: '', personTime: 'person-times', school: '' },
  indicatorUnits: {
    teaching_space_per_student: 'm²',
    sports_space_per_student: 'm²',
    equipment_value_per_student: 'yuan',
    books_per_student: 'volumes',
  },
  fixedPrecision: [],
  labels: {},
  templates: enTemplates,
  capitalizeSentences: true,
  convertText: identity,
  adaptLabel: identity,
};
