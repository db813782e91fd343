import type { TextLocale } from './text-locale';
import type { TextTemplates } from './text-templates';

const identity = (text: string) => text;

/**
 * The Simplified Chinese templates, in the phrasing of the county reports (`fixtures/reports`):
 * 「义务教育巩固率达102.72%」, 「参加课后服务学生6.91万人,占92.88%」, 「较上年增加1375人,增长10.75%」,
 * 「学科类培训机构由原来的120家压减为12家,压减率90%」. Punctuation is ASCII (`,` `:` `(`), as in the
 * reports; a sentence ends with `。` only where the formatter joins sentences.
 */
export const zhCNTemplates: TextTemplates = {
  percent: '{number}%',
  ratioToOne: '{number}:1',
  oneToRatio: '1:{number}',
  noValue: '—(无法计算:{reason})',
  reasonZeroDenominator: '分母为零',
  reasonNegativeDenominator: '分母为负数,请核查数据',
  statement: '[{subject}]{label}为{value}',
  statementPercent: '[{subject}]{label}达{value}',
  share: '[{subject}]{part}{count},占{value}',
  reduction: '[{subject}]由原来的{before}压减为{after},{label}{value}',
  consolidation: '[{subject}]由{before}调整为{after},撤并{difference}',
  noValueStatement: '[{subject}]{label}无法计算({reason})',
  thresholdMet: '达到{requirement}的标准',
  thresholdMissed: '未达到{requirement}的标准',
  requirementAtLeast: '{threshold}',
  requirementAbove: '高于{threshold}',
  requirementAtMost: '不高于{threshold}',
  requirementAtMostRatio: '{threshold}',
  requirementBelow: '低于{threshold}',
  requirementEqual: '{threshold}',
  defaultPeriod: '上年',
  changeIncrease: '[{subject}]较{period}增加{difference}[,增长{rate}]',
  changeDecrease: '[{subject}]较{period}减少{difference}[,下降{rate}]',
  changeUnchanged: '[{subject}]与{period}持平',
  changePointsIncrease: '[{subject}]较{period}提高{difference}个百分点',
  changePointsDecrease: '[{subject}]较{period}下降{difference}个百分点',
  changeFromToIncrease: '[{subject}]从{previous}增加到{current},增加{difference}[,增长{rate}]',
  changeFromToDecrease: '[{subject}]从{previous}减少到{current},减少{difference}[,下降{rate}]',
  changeFromToUnchanged: '[{subject}]保持{current}不变',
  changePointsFromToIncrease: '[{subject}]从{previous}提高到{current},提高{difference}个百分点',
  changePointsFromToDecrease: '[{subject}]从{previous}下降到{current},下降{difference}个百分点',
  clauseSeparator: ',',
  listSeparator: '、',
  reasonSeparator: ';',
  sentenceSeparator: '',
  sentenceEnd: '。',
  stagePreschool: '学前',
  stagePrimary: '小学',
  stageJunior: '初中',
  stageSenior: '高中',
  partScope: '评估范围',
  partResources: '资源配置',
  partGovernment: '政府保障程度',
  partQuality: '教育质量',
  partRecognition: '社会认可度',
  partPreschool: '学前教育普及普惠',
  item: '{label}:{body}',
  vetoMarker: '(一票否决项)',
  itemMeasured: '{label}为{value}',
  itemActual: '实际为{value}',
  itemShortfall: '还差{part}{amount}',
  itemEvidenceMet: '据县级人民政府提供的材料,已达到要求[({note})]',
  itemEvidenceMissed: '据县级人民政府提供的材料,未达到要求[({note})]',
  itemSchoolsPassed: '所有学校均达到要求',
  itemSchoolsFailed: '{count}所学校未达到要求:{schools}',
  schoolReason: '{school}({reason})',
  itemNotSupplied: '未提供数据,未作评估',
  itemNotApplicable: '县域内无适用对象,不适用',
  heading: '【{title}】',
  numbered: '{number}.{text}',
  scopeSummary: '参加评估的学校{evaluated}所(共{given}所)',
  excludedSchool: '{school}未纳入评估:{reason}',
  stageNotEvaluated: '{school}({stage}学段)未参加比较:{reason}',
  schoolsSummary: '{passed}所学校达到要求,{failed}所学校未达到要求',
  schoolPassed: '{school}({stage}){count}项指标达到标准,达到要求[:{details}]',
  schoolFailed: '{school}({stage}){count}项指标达到标准,未达到要求[:{details}]',
  schoolIndicatorShort: '{label}为{value},低于{standard}的标准,还需增加{resource}{amount}',
  coefficientMet: '{stage}{label}差异系数为{coefficient},不高于{threshold},达到要求',
  coefficientMissed: '{stage}{label}差异系数为{coefficient},高于{threshold},未达到要求[;拉大差异最多的学校:{schools}]',
  coefficientPlain: '{stage}{label}差异系数为{coefficient}',
  coefficientNoValue: '{stage}{label}差异系数无法计算',
  compositeMet: '{stage}综合差异系数为{coefficient},不高于{threshold},达到要求',
  compositeMissed: '{stage}综合差异系数为{coefficient},高于{threshold},未达到要求',
  compositeNoValue: '{stage}综合差异系数无法计算',
  verdictPassed: '对照{regime},评估结论为达到要求',
  verdictFailed: '对照{regime},评估结论为未达到要求,共{count}项未达到',
  verdictVetoed: '对照{regime},评估结论为未达到要求:存在一票否决项,共{count}项未达到',
  verdictIncomplete: '对照{regime},已评估的项目均达到要求,但有{count}项未提供数据,评估尚不完整',
};

/**
 * The Simplified Chinese text locale (`zh-CN`): numbers as mainland reports write them (`6.91万`,
 * `2241万元`, `12786人`, no thousands separators), the units 元 / 平方米 / 册 / 人 / 人次 / 所,
 * the measure word of each per-student indicator (人, 间, 台…) and {@link zhCNTemplates}.
 *
 * @example
 * ```ts
 * zhCNTextLocale.templates.changeIncrease; // '[{subject}]较{period}增加{difference}[,增长{rate}]'
 * formatNumber(69100, { locale: zhCNTextLocale, unit: '人' }); // '6.91万人'
 * ```
 */
export const zhCNTextLocale: TextLocale = {
  id: 'zh-CN',
  script: 'zh-CN',
  numbers: { scaleWords: { wan: '万', yi: '亿' }, grouping: false, unitSeparator: '' },
  units: { yuan: '元', squareMetres: '平方米', volumes: '册', person: '人', personTime: '人次', school: '所' },
  indicatorUnits: {
    qualified_teachers_per_100_students: '人',
    key_teachers_per_100_students: '人',
    pe_arts_teachers_per_100_students: '人',
    multimedia_classrooms_per_100_students: '间',
    computers_per_100_students: '台',
    teaching_space_per_student: '平方米',
    sports_space_per_student: '平方米',
    equipment_value_per_student: '元',
    books_per_student: '册',
    teacher_student_ratio: '人',
    qualified_teachers_per_student: '人',
    senior_title_teachers_per_student: '人',
  },
  fixedPrecision: [],
  labels: {},
  templates: zhCNTemplates,
  capitalizeSentences: false,
  convertText: identity,
  adaptLabel: identity,
};
