import {
  aggregateIndicator,
  computeIndicator,
  EdukpiError,
  type EdukpiErrorCode,
  type ErrorPathSegment,
  type IndicatorGroup,
  type IndicatorId,
  type IndicatorMethod,
  type IndicatorResult,
  type IndicatorSummary,
  listIndicators,
  unitInfo,
} from '@edukpi/core';
import { alignColumns, type ColumnAlignment } from '@edukpi/format-table';
import {
  formatComparator,
  formatParts,
  formatRegime,
  formatThresholdChecks,
  formatValue,
  formatWarnings,
} from './_lib/format-result';
import { type DemoCounty, loadDemoCounty } from './demo-county';

/** The three variants of a consolidation rate, by the spec's names. */
export type ConsolidationMethod = IndicatorMethod<'nine_year_consolidation_rate'>;

/** A result with the name of what it describes: a township, a school, a scope. */
export interface LabelledResult<Id extends IndicatorId> {
  readonly label: string;
  readonly result: IndicatorResult<Id>;
}

/** An indicator rolled up from school rows: one result per group (ratio of sums) and the county total. */
export interface RollUp<Id extends IndicatorId> {
  readonly groups: readonly LabelledResult<Id>[];
  readonly county: IndicatorResult<Id>;
}

/** Every result the quickstart computes: the ten seed indicators of `@edukpi/core`. */
export interface QuickstartResults {
  /** 九年义务教育巩固率 of the county, once per method. */
  readonly nineYearConsolidation: {
    readonly [Method in ConsolidationMethod]: IndicatorResult<'nine_year_consolidation_rate'>;
  };
  /** 初中三年巩固率 (raw) per junior school and for the county, with the 2017 threshold checked. */
  readonly juniorConsolidation: RollUp<'junior_three_year_consolidation_rate'>;
  /** 课后服务学生参与率 per township and for the county (every school counted). */
  readonly afterSchoolParticipation: RollUp<'after_school_participation_rate'>;
  /** 课后服务学生参与率 over the national monitoring scope only: no boarding schools, no village schools. */
  readonly afterSchoolParticipationMonitoringScope: IndicatorResult<'after_school_participation_rate'>;
  readonly afterSchoolTeacherParticipation: RollUp<'after_school_teacher_participation_rate'>;
  readonly afterSchoolSchoolCoverage: RollUp<'after_school_school_coverage'>;
  readonly studentAidCoverage: RollUp<'student_aid_coverage_rate'>;
  /** 生均资助金额 in 元, from amounts given in 万元. */
  readonly aidPerStudent: RollUp<'aid_per_student'>;
  readonly tutoringReduction: IndicatorResult<'offsite_tutoring_reduction_rate'>;
  /** 在校生数增减: the numerator is the change in students, the value the rate. */
  readonly enrolmentChange: IndicatorResult<'change'>;
  /** 学校撤并: the numerator is the number of schools closed or merged, the value their share. */
  readonly schoolConsolidation: IndicatorResult<'school_consolidation'>;
}

/** The error the deliberately bad input raised, as the report prints it. */
export interface CaughtInputError {
  readonly code: EdukpiErrorCode;
  readonly path: readonly ErrorPathSegment[];
  readonly messageZh: string;
  readonly messageEn: string;
}

/** What {@link runQuickstart} returns: the report's lines, the results behind them and the caught error. */
export interface QuickstartReport {
  readonly lines: string[];
  readonly results: QuickstartResults;
  readonly caughtError: CaughtInputError;
}

interface ReportRow {
  readonly label: string;
  readonly result: IndicatorResult;
}

const countyLabel = '全县 County';
const rowAlignments: readonly ColumnAlignment[] = ['left', 'right', 'right', 'left'];
const warningIndent = '     ';

/** The single group an aggregation without `by` returns. */
function totalOf<Id extends IndicatorId>(groups: readonly IndicatorGroup<Id, unknown>[]): IndicatorResult<Id> {
  const [total] = groups;
  if (total === undefined || groups.length !== 1) {
    throw new Error(`Expected one total group, got ${groups.length}.`);
  }
  return total.result;
}

function toRollUp<Id extends IndicatorId, Key>(
  groups: readonly IndicatorGroup<Id, Key>[],
  labelOf: (key: Key) => string,
  county: IndicatorResult<Id>,
): RollUp<Id> {
  return { groups: groups.map((group) => ({ label: labelOf(group.key), result: group.result })), county };
}

/** The rows of a roll-up as report rows: each group, then the county. */
function rollUpRows<Id extends IndicatorId>(rollUp: RollUp<Id>): ReportRow[] {
  return [...rollUp.groups, { label: countyLabel, result: rollUp.county }];
}

/** An aligned table of results (label, value, numerator / denominator, thresholds), each followed by its warnings. */
function formatResultRows(rows: readonly ReportRow[]): string[] {
  const tableLines = alignColumns(
    rows.map((row) => [row.label, formatValue(row.result), formatParts(row.result), formatThresholdChecks(row.result)]),
    { alignments: rowAlignments, indent: '   ' },
  );
  return tableLines.flatMap((line, index) => {
    const row = rows[index];
    return row === undefined ? [line] : [line, ...formatWarnings(row.result, warningIndent)];
  });
}

/** A section's heading: its number and the indicator's names, what the rows are, and the thresholds that apply. */
function formatHeading(number: number, summary: IndicatorSummary, scopeLine: string): string[] {
  const unit = unitInfo[summary.unit].labels['zh-CN'];
  const thresholdLines = summary.thresholds.map((threshold) => {
    const comparator = formatComparator(threshold.comparator);
    return `   阈值 threshold: ${comparator} ${threshold.value}${unit}, ${formatRegime(threshold.regime)}`;
  });
  return ['', `${number}. ${summary.labels['zh-CN']} ${summary.labels.en}`, `   ${scopeLine}`, ...thresholdLines];
}

/** The formula of each method used, in Chinese and English. */
function formatFormulas(summary: IndicatorSummary, methodNames: readonly string[]): string[] {
  return summary.methods
    .filter((method) => methodNames.includes(method.name))
    .map((method) => `   ${method.name}: ${method.formula.zh} | ${method.formula.en}`);
}

function summaryOf(summaries: ReadonlyMap<IndicatorId, IndicatorSummary>, id: IndicatorId): IndicatorSummary {
  const summary = summaries.get(id);
  if (summary === undefined) throw new Error(`@edukpi/core does not list the indicator ${id}.`);
  return summary;
}

/** Runs `aggregate`, which must throw an edukpi error, and returns that error's parts. */
function catchInputError(aggregate: () => unknown): CaughtInputError {
  try {
    aggregate();
  } catch (error) {
    if (EdukpiError.isInstance(error)) {
      return { code: error.code, path: error.path, messageZh: error.messageZh, messageEn: error.messageEn };
    }
    throw error;
  }
  throw new Error('The deliberately bad input was accepted; @edukpi/core should have rejected it.');
}

/** The index of the last item that matches, or -1. (`findLastIndex` is ES2023; the base tsconfig's lib is ES2022.) */
function lastIndexWhere<Item>(items: readonly Item[], matches: (item: Item) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index];
    if (item !== undefined && matches(item)) return index;
  }
  return -1;
}

function formatPath(path: readonly ErrorPathSegment[]): string {
  return path
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * Computes the ten seed indicators of `@edukpi/core` for a county and renders them as report
 * lines: county figures with {@link computeIndicator}, per-township, per-school and county
 * roll-ups from school rows with {@link aggregateIndicator} (ratio of sums), every method of
 * the nine-year consolidation rate, thresholds pass or fail, warnings, and one deliberately
 * bad input caught to show the bilingual error.
 *
 * @param data - The county's data. Defaults to the bundled demo county (`data/demo-county.json`).
 * @returns The report lines, the results behind them and the caught error.
 * @throws {EdukpiError} when `data` holds invalid counts (the bad input made on purpose is caught).
 *
 * @example
 * ```ts
 * const report = runQuickstart();
 * report.results.nineYearConsolidation.raw.formattedValue; // '95.18'
 * console.log(report.lines.join('\n'));
 * ```
 */
export function runQuickstart(data: DemoCounty = loadDemoCounty()): QuickstartReport {
  const { countyFigures, schools } = data;
  const summaries = new Map(listIndicators().map((summary) => [summary.id, summary] as const));

  // County figures: computeIndicator, one call per figure. Each method gets only the fields it
  // uses, so no result carries an `unused_input` warning.
  const cohort = countyFigures.nineYearCohort;
  const nineYearConsolidation = {
    raw: computeIndicator('nine_year_consolidation_rate', { graduates: cohort.graduates, entrants: cohort.entrants }),
    net_transfers_denominator: computeIndicator(
      'nine_year_consolidation_rate',
      {
        graduates: cohort.graduates,
        entrants: cohort.entrants,
        transfersIn: cohort.transfersIn,
        transfersOut: cohort.transfersOut,
      },
      { method: 'net_transfers_denominator' },
    ),
    adjusted_numerator: computeIndicator('nine_year_consolidation_rate', cohort, { method: 'adjusted_numerator' }),
  };
  const tutoringReduction = computeIndicator('offsite_tutoring_reduction_rate', countyFigures.tutoringInstitutions);
  const enrolmentChange = computeIndicator('change', countyFigures.enrolment);
  const schoolConsolidation = computeIndicator('school_consolidation', countyFigures.schools);

  // School rows: one row per school with its inputs and the columns to group by. aggregateIndicator
  // sums each input over a group, then computes once from the sums; other columns are ignored.
  const juniorRows = schools.flatMap((school) =>
    school.consolidation === undefined
      ? []
      : [{ school: school.name, graduates: school.consolidation.graduates, entrants: school.consolidation.entrants }],
  );
  const afterSchoolRows = schools.map((school) => ({
    township: school.township,
    boarding: school.boarding,
    village: school.village,
    ...school.afterSchool,
  }));
  const coverageRows = schools.map((school) => ({
    township: school.township,
    schoolsOffering: school.afterSchool.offersAfterSchool ? 1 : 0,
    schools: 1,
  }));
  const studentAidRows = schools.map((school) => ({ township: school.township, ...school.studentAid }));
  const monitoringScopeRows = afterSchoolRows.filter((row) => !row.boarding && !row.village);

  const byTownship = { by: ['township'] } as const;
  const townshipOf = (key: { readonly township: string }) => key.township;
  const results: QuickstartResults = {
    nineYearConsolidation,
    juniorConsolidation: toRollUp(
      aggregateIndicator('junior_three_year_consolidation_rate', juniorRows, { by: ['school'] }),
      (key) => key.school,
      totalOf(aggregateIndicator('junior_three_year_consolidation_rate', juniorRows)),
    ),
    afterSchoolParticipation: toRollUp(
      aggregateIndicator('after_school_participation_rate', afterSchoolRows, byTownship),
      townshipOf,
      totalOf(aggregateIndicator('after_school_participation_rate', afterSchoolRows)),
    ),
    afterSchoolParticipationMonitoringScope: totalOf(
      aggregateIndicator('after_school_participation_rate', monitoringScopeRows),
    ),
    afterSchoolTeacherParticipation: toRollUp(
      aggregateIndicator('after_school_teacher_participation_rate', afterSchoolRows, byTownship),
      townshipOf,
      totalOf(aggregateIndicator('after_school_teacher_participation_rate', afterSchoolRows)),
    ),
    afterSchoolSchoolCoverage: toRollUp(
      aggregateIndicator('after_school_school_coverage', coverageRows, byTownship),
      townshipOf,
      totalOf(aggregateIndicator('after_school_school_coverage', coverageRows)),
    ),
    studentAidCoverage: toRollUp(
      aggregateIndicator('student_aid_coverage_rate', studentAidRows, byTownship),
      townshipOf,
      totalOf(aggregateIndicator('student_aid_coverage_rate', studentAidRows)),
    ),
    aidPerStudent: toRollUp(
      aggregateIndicator('aid_per_student', studentAidRows, byTownship),
      townshipOf,
      totalOf(aggregateIndicator('aid_per_student', studentAidRows)),
    ),
    tutoringReduction,
    enrolmentChange,
    schoolConsolidation,
  };

  // The deliberately bad input: the last school whose participants are below its enrolment,
  // typed in with the two columns swapped. The whole table is rejected; no row is dropped.
  const slipIndex = lastIndexWhere(afterSchoolRows, (row) => row.participants < row.enrolled);
  const slipRow = afterSchoolRows[slipIndex];
  const slipSchool = schools[slipIndex];
  if (slipRow === undefined || slipSchool === undefined) {
    throw new Error('No school has fewer participants than students, so no swapped row can be made.');
  }
  const rowsWithSlip = afterSchoolRows.map((row, index) =>
    index === slipIndex ? { ...row, participants: row.enrolled, enrolled: row.participants } : row,
  );
  const caughtError = catchInputError(() =>
    aggregateIndicator('after_school_participation_rate', rowsWithSlip, byTownship),
  );

  const townships = new Set(schools.map((school) => school.township));
  const indicatorCount = new Set(
    [
      ...Object.values(results.nineYearConsolidation),
      results.juniorConsolidation.county,
      results.afterSchoolParticipation.county,
      results.afterSchoolTeacherParticipation.county,
      results.afterSchoolSchoolCoverage.county,
      results.studentAidCoverage.county,
      results.aidPerStudent.county,
      tutoringReduction,
      enrolmentChange,
      schoolConsolidation,
    ].map((result) => result.id),
  ).size;
  const ratioOfSums = '按乡镇汇总,分子分母分别加总后相除 / per township, ratio of sums (never a mean of school rates)';
  const nineYearSummary = summaryOf(summaries, 'nine_year_consolidation_rate');
  const juniorSummary = summaryOf(summaries, 'junior_three_year_consolidation_rate');
  const aidSummary = summaryOf(summaries, 'aid_per_student');
  const enrolment = countyFigures.enrolment;
  const institutions = countyFigures.tutoringInstitutions;
  const schoolCounts = countyFigures.schools;
  const enrolmentDifference = enrolmentChange.numerator.toFixed();
  const schoolsClosed = schoolConsolidation.numerator.toFixed();

  const lines = [
    `edukpi quickstart — ${data.county.nameZh} ${data.county.nameEn}, ${data.schoolYear} 学年 school year`,
    `${schools.length} 所学校 schools · ${townships.size} 个乡镇 townships · ${indicatorCount} 项指标 indicators` +
      ' · 虚构演示数据 fictional demo data',
    '列 columns: 值 value · 分子 / 分母 numerator / denominator · 阈值 threshold (差距 margin)',

    ...formatHeading(1, nineYearSummary, '全县,三种计算口径 / county cohort, each method'),
    ...formatResultRows(
      Object.values(nineYearConsolidation).map((result) => {
        const method = nineYearSummary.methods.find((candidate) => candidate.name === result.method);
        return { label: `${method?.labels['zh-CN'] ?? ''} ${result.method}`, result };
      }),
    ),
    ...formatFormulas(nineYearSummary, Object.keys(nineYearConsolidation)),

    ...formatHeading(2, juniorSummary, '按学校及全县汇总,原始口径 / per junior school and county total, raw method'),
    ...formatResultRows(rollUpRows(results.juniorConsolidation)),
    ...formatFormulas(juniorSummary, ['raw']),

    ...formatHeading(3, summaryOf(summaries, 'after_school_participation_rate'), ratioOfSums),
    ...formatResultRows([
      ...rollUpRows(results.afterSchoolParticipation),
      { label: '国家监测范围 monitoring scope', result: results.afterSchoolParticipationMonitoringScope },
    ]),
    '   国家监测范围不含寄宿制学校和村小,范围由调用方决定 / national monitoring leaves out boarding and village schools;',
    '   the caller chooses the scope, the library never guesses it',

    ...formatHeading(4, summaryOf(summaries, 'after_school_teacher_participation_rate'), ratioOfSums),
    ...formatResultRows(rollUpRows(results.afterSchoolTeacherParticipation)),

    ...formatHeading(5, summaryOf(summaries, 'after_school_school_coverage'), ratioOfSums),
    ...formatResultRows(rollUpRows(results.afterSchoolSchoolCoverage)),

    ...formatHeading(6, summaryOf(summaries, 'student_aid_coverage_rate'), ratioOfSums),
    ...formatResultRows(rollUpRows(results.studentAidCoverage)),

    ...formatHeading(7, aidSummary, ratioOfSums),
    '   金额以万元录入,精确换算为元 / amounts given in 万元, converted exactly to 元',
    ...formatResultRows(rollUpRows(results.aidPerStudent)),
    ...formatFormulas(aidSummary, ['standard']),

    ...formatHeading(8, summaryOf(summaries, 'offsite_tutoring_reduction_rate'), '全县 / county'),
    ...formatResultRows([
      {
        label: `学科类培训机构 institutions ${institutions.before} → ${institutions.after}`,
        result: tutoringReduction,
      },
    ]),

    ...formatHeading(9, summaryOf(summaries, 'change'), '全县在校生数 / county enrolment'),
    ...formatResultRows([
      {
        label: `在校生 students ${enrolment.previous} → ${enrolment.current}, 增减 change ${enrolmentDifference}`,
        result: enrolmentChange,
      },
    ]),

    ...formatHeading(10, summaryOf(summaries, 'school_consolidation'), '全县学校布局调整 / county school layout'),
    ...formatResultRows([
      {
        label: `学校 schools ${schoolCounts.before} → ${schoolCounts.after}, 撤并 closed ${schoolsClosed}`,
        result: schoolConsolidation,
      },
    ]),

    '',
    '输入错误示例 Invalid input, caught with EdukpiError.isInstance',
    `   ${slipSchool.name} (${slipSchool.id}): participants ${slipRow.participants}` +
      ` 与 and enrolled ${slipRow.enrolled} 录入时互换 swapped on entry`,
    `   代码 code: ${caughtError.code}   路径 path: ${formatPath(caughtError.path)}`,
    `   中文: ${caughtError.messageZh}`,
    `   English: ${caughtError.messageEn}`,
  ];

  return { lines, results, caughtError };
}
