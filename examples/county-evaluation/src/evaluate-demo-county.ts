import {
  basicBalance2012,
  defineRegimeVariant,
  evaluateRegime,
  qualityBalance2017,
  type Regime,
  type RegimeEvaluation,
  type SchoolType,
} from '@edukpi/standards';
import { formatCoefficients } from './_lib/format-coefficients';
import { formatExclusions } from './_lib/format-exclusions';
import { formatFailingSchools } from './_lib/format-failing-schools';
import { formatItems } from './_lib/format-items';
import { formatVariantChanges } from './_lib/format-variant-changes';
import { formatVerdict } from './_lib/format-verdict';
import { type DemoCounty, loadDemoCounty } from './demo-county';

/**
 * 示范省's variant of the 2017 regime (fictional): teacher rotation at least 15% of the eligible
 * teachers a year instead of 10%, and a stricter equipment standard — 2200 元 per primary student
 * and 2800 元 per junior student instead of 2000 and 2500. Everything else is the national regime.
 */
export const demoProvinceVariant: Regime = defineRegimeVariant(qualityBalance2017, {
  id: 'quality_balance_2017_demo_province',
  version: '2017.1+示范省2023',
  labels: {
    'zh-CN': '县域义务教育优质均衡发展(2017,示范省实施细则)',
    'zh-TW': '縣域義務教育優質均衡發展(2017,示範省實施細則)',
    en: 'County high-quality balanced compulsory education (2017, Demo Province rules)',
  },
  source: '示范省《县域义务教育优质均衡发展督导评估实施细则》(2023,虚构 fictional)',
  itemThresholds: { teacher_rotation: '15' },
  standards: { equipment_value_per_student: { primary: '2200', junior: '2800' } },
});

/** The three evaluations of the demo county. */
export interface DemoCountyEvaluations {
  /** 优质均衡 2017, national numbers. */
  readonly quality2017: RegimeEvaluation;
  /** 优质均衡 2017 under {@link demoProvinceVariant}. */
  readonly provincial: RegimeEvaluation;
  /** 基本均衡 2012: the eight CVs of each stage and their mean, the composite. */
  readonly basic2012: RegimeEvaluation;
}

/** What {@link evaluateDemoCounty} returns: the report's lines and the evaluations behind them. */
export interface DemoCountyReport {
  readonly lines: string[];
  readonly evaluations: DemoCountyEvaluations;
}

const typeNames: { readonly [Type in SchoolType]: string } = {
  primary: '小学 primary',
  junior: '初中 junior',
  nine_year: '九年一贯制 9-year',
  twelve_year: '十二年一贯制 12-year',
  complete_secondary: '完全中学 complete secondary',
  teaching_point: '教学点 teaching point',
  special_education: '特殊教育 special education',
  vocational: '职业学校 vocational',
};

function formatHeading(evaluation: RegimeEvaluation): string[] {
  const { regime } = evaluation;
  return [
    '',
    '═'.repeat(100),
    `${regime.labels['zh-CN']}  ${regime.labels.en}`,
    `${regime.id} ${regime.version} · ${regime.source}`,
    '═'.repeat(100),
  ];
}

function formatCountySummary(data: DemoCounty): string[] {
  const { schools } = data;
  const byType = Object.entries(typeNames)
    .map(([type, name]) => [name, schools.filter((school) => school.type === type).length] as const)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => `${name} ${count}`);
  const townships = [...new Set(schools.map((school) => school.township ?? '—'))];
  const students = schools.reduce(
    (sum, school) => sum + (school.primary?.students ?? 0) + (school.junior?.students ?? 0),
    0,
  );
  return [
    `${data.county.nameZh} ${data.county.nameEn} (${data.county.province}) · ${data.schoolYear} 学年 school year · 县域义务教育均衡发展评估 county balance evaluation`,
    `${schools.length} 所学校 schools in ${townships.length} 个乡镇 townships (${townships.join('、')}); 义务教育在校生 compulsory-education students ${students.toLocaleString('en')}`,
    `   ${byType.join(' · ')} · 民办 private ${schools.filter((school) => school.ownership === 'private').length}`,
  ];
}

/**
 * Evaluates the demo county under three regimes with `@edukpi/standards` and renders the report:
 *
 * - 优质均衡 2017 (`qualityBalance2017`): the verdict with every failure (veto items first), per
 *   stage the CV table of the seven indicators with the schools pulling each CV up, the schools
 *   failing the 6-of-7 rule with their shortfalls in teachers, m², 元 and classrooms, the 32
 *   items, and everything left out with the reason;
 * - the same under 示范省's variant ({@link demoProvinceVariant}): what it changes and what that
 *   changes for the county;
 * - 基本均衡 2012 (`basicBalance2012`): the eight CVs of each stage and their mean, the 综合差异系数.
 *
 * @param data - The county. Defaults to the bundled demo county (`data/demo-county.json`).
 * @returns The report's lines and the three evaluations.
 * @throws {InvalidInputError} when a school record or an item input is malformed.
 *
 * @example
 * ```ts
 * const report = evaluateDemoCounty();
 * report.evaluations.quality2017.verdict.status; // 'failed'
 * console.log(report.lines.join('\n'));
 * ```
 */
export function evaluateDemoCounty(data: DemoCounty = loadDemoCounty()): DemoCountyReport {
  const input = { schools: data.schools, items: data.items };
  const evaluations: DemoCountyEvaluations = {
    quality2017: evaluateRegime(qualityBalance2017, input),
    provincial: evaluateRegime(demoProvinceVariant, input),
    basic2012: evaluateRegime(basicBalance2012, { schools: data.schools, items: data.items2012 }),
  };
  const { quality2017, provincial, basic2012 } = evaluations;
  const lines = [
    ...formatCountySummary(data),
    ...formatHeading(quality2017),
    ...formatVerdict(quality2017, qualityBalance2017),
    ...formatCoefficients(quality2017),
    ...formatFailingSchools(quality2017, qualityBalance2017),
    ...formatItems(quality2017, qualityBalance2017),
    ...formatExclusions(quality2017, data.schools),
    ...formatHeading(provincial),
    ...formatVariantChanges(
      { regime: qualityBalance2017, evaluation: quality2017 },
      { regime: demoProvinceVariant, evaluation: provincial },
    ),
    '',
    ...formatVerdict(provincial, demoProvinceVariant),
    '   差异系数不随标准变化,排除的学校同上 CVs do not depend on the standards; exclusions as above.',
    ...formatHeading(basic2012),
    ...formatVerdict(basic2012, basicBalance2012),
    ...formatCoefficients(basic2012),
    ...formatItems(basic2012, basicBalance2012),
    '',
    '   2012 年办法不逐校判定达标(学校达到省定基本标准为举证项);排除的学校同上。',
    '   The 2012 regime does not judge schools one by one (the basic standard is an evidence item); exclusions as above.',
  ];
  return { lines, evaluations };
}
