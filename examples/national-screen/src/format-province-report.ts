import { alignColumns } from '@edukpi/format-table';
import {
  bilingual,
  exclusionNames,
  formatDecimal,
  indicatorName,
  indicatorUnit,
  passName,
  stageNames,
} from './_lib/report-labels';
import type { ProvinceCounty, ProvinceScreen } from './screen-province';

const rule = '═'.repeat(100);

/** The table of counties: schools, left out, stage schools compared, failing, CVs above threshold, the verdict. */
function formatCountyTable(province: ProvinceScreen): string[] {
  const sum = (pick: (county: ProvinceCounty) => number) =>
    String(province.counties.reduce((total, county) => total + pick(county), 0));
  const failing = province.counties.filter((county) => county.resourcesPassed === false).length;
  const rows = [
    [
      '区县 county',
      '学校 schools',
      '排除 left out',
      '学段校 stage schools',
      '未达标校 failing',
      '超阈值 CV > threshold',
      '资源配置 resources',
    ],
    ...province.counties.map((county) => [
      county.county,
      String(county.schoolsGiven),
      String(county.schoolsExcluded),
      String(county.stageSchools),
      String(county.stageSchoolsFailing),
      String(county.coefficientsFailing),
      passName(county.resourcesPassed),
    ]),
    [
      '全省 province',
      sum((county) => county.schoolsGiven),
      sum((county) => county.schoolsExcluded),
      sum((county) => county.stageSchools),
      sum((county) => county.stageSchoolsFailing),
      sum((county) => county.coefficientsFailing),
      `${failing} 个区县未达标 ${failing} of ${province.counties.length} counties fail`,
    ],
  ];
  return alignColumns(rows, {
    alignments: ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
    indent: '   ',
  });
}

/** One failing county: its failing schools (each indicator below standard, then the reasons) and its CVs above threshold. */
function formatCountyExplanation(county: ProvinceCounty): string[] {
  const explanation = county.explanation;
  if (explanation === null) return [];
  const lines = ['', `── ${county.county}:资源配置未达标 resource allocation fails ──`];
  const { failingSchools, failingCoefficients } = explanation;
  if (failingSchools.length > 0) {
    lines.push(
      `未达到学校标准的学校 Schools failing the school rule (≥ 6 of 7 at standard, the other ≥ 85%): ${failingSchools.length} 所 schools`,
    );
    const rows = [
      [
        '学校 school',
        '学段 stage',
        '学生 students',
        '达标 at std',
        '未达标指标 below standard',
        '值 value',
        '标准 standard',
        '占标准 share',
      ],
    ];
    for (const school of failingSchools) {
      school.belowStandard.forEach((check, index) => {
        rows.push([
          index === 0 ? school.name : '',
          index === 0 ? bilingual(stageNames[school.stage]) : '',
          index === 0 ? String(school.students) : '',
          index === 0 ? `${school.atStandard}/${school.indicatorCount}` : '',
          bilingual(indicatorName(check.indicator)),
          `${check.displayValue}${indicatorUnit(check.indicator)}`,
          check.standard ?? '—',
          check.shareOfStandard === null ? '—' : `${formatDecimal(check.shareOfStandard, 1, 100)}%`,
        ]);
      });
    }
    lines.push(
      ...alignColumns(rows, {
        alignments: ['left', 'left', 'right', 'right', 'left', 'right', 'right', 'right'],
        indent: '   ',
      }),
      '   原因 Reasons:',
    );
    for (const school of failingSchools) {
      for (const reason of school.reasons) lines.push(`   · ${school.name}:${reason.zh} — ${reason.en}`);
    }
  }
  if (failingCoefficients.length > 0) {
    lines.push(`差异系数超过阈值 CVs above threshold: ${failingCoefficients.length}`);
    const rows = [
      [
        '学段 stage',
        '指标 indicator',
        '全县均值 county mean',
        'CV',
        '阈值 threshold',
        '拉大差异最多的学校 (该校值, 方差占比) pulling it up most (its value, share of variance)',
      ],
      ...failingCoefficients.map((check) => [
        bilingual(stageNames[check.stage]),
        bilingual(indicatorName(check.indicator)),
        check.mean === null ? '—' : `${formatDecimal(check.mean, 2)}${indicatorUnit(check.indicator)}`,
        check.displayCoefficient ?? '—',
        `≤ ${check.threshold ?? '—'}`,
        check.topContributors
          .map(
            (contributor) =>
              `${contributor.name} (${formatDecimal(contributor.value, 2)}${indicatorUnit(check.indicator)}, ${contributor.varianceShare === null ? '—' : `${formatDecimal(contributor.varianceShare, 1, 100)}%`})`,
          )
          .join('、'),
      ]),
    ];
    lines.push(
      ...alignColumns(rows, { alignments: ['left', 'left', 'right', 'right', 'right', 'left'], indent: '   ' }),
    );
  }
  return lines;
}

/** The schools left out and the senior stages not compared, province-wide. */
function formatLeftOut(province: ProvinceScreen): string[] {
  const excluded = province.counties.flatMap((county) =>
    county.excluded.map((school) => `${school.name}(${county.county},${bilingual(exclusionNames[school.reason])})`),
  );
  const stages = province.counties.flatMap((county) =>
    county.stagesNotEvaluated.map(
      (entry) =>
        `${entry.name}(${county.county},${bilingual(stageNames[entry.stage])}${entry.reason === 'no_students' ? ' 无学生 no students' : ''})`,
    ),
  );
  const lines = ['', '未参评 Left out'];
  lines.push(`   学校 schools: ${excluded.length === 0 ? '—' : excluded.join('、')}`);
  lines.push(`   学段 stages not compared: ${stages.length === 0 ? '—' : stages.join('、')}`);
  return lines;
}

/**
 * The province's screening report, Chinese first with English alongside: a heading, the table of
 * counties (schools, left out, stage schools compared, failing schools, CVs above threshold, pass or
 * fail), then for each county whose resource part fails the failing schools — each indicator below
 * standard with its value, the standard and its share of it, then the reasons — and the CVs above
 * threshold with the schools pulling them up, and last the schools and stages left out.
 * Columns are aligned by display width (a CJK character counts two).
 *
 * @param province - What `screenProvince` returns.
 * @param source - The file read, for the heading. Default: none printed.
 * @returns The report's lines.
 *
 * @example
 * ```ts
 * const lines = formatProvinceReport(screenProvince(columns), 'data/province-schools.csv');
 * lines.find((line) => line.startsWith('   河西县')); // '   河西县   22   0   24   2   0  ✗ 未达标 fail', padded to the columns
 * ```
 */
export function formatProvinceReport(province: ProvinceScreen, source?: string): string[] {
  const failing = province.counties.filter((county) => county.resourcesPassed === false);
  return [
    rule,
    '示范省 Demo Province · 义务教育资源配置筛查 resource-allocation screen of compulsory education',
    `${province.regime.labels['zh-CN']}  ${province.regime.labels.en} · ${province.regime.id} ${province.regime.version}`,
    `${province.schools} 所学校 schools, ${province.counties.length} 个区县 counties${source === undefined ? '' : ` · ${source}`}`,
    rule,
    '',
    '各区县资源配置 Resource allocation by county (screenCounties)',
    ...formatCountyTable(province),
    ...(failing.length === 0
      ? []
      : [
          '',
          `未达标区县的完整评估 Full evaluation of the counties that fail (evaluateRegime): ${failing.map((county) => county.county).join('、')}`,
        ]),
    ...failing.flatMap(formatCountyExplanation),
    ...formatLeftOut(province),
  ];
}
