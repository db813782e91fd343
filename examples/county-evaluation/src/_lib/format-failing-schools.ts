import { Decimal } from '@edukpi/core';
import { alignColumns } from '@edukpi/format-table';
import type { Regime, RegimeEvaluation, SchoolIndicatorCheck } from '@edukpi/standards';
import { formatDecimal } from './format-decimal';
import { bilingual, indicatorName, indicatorUnits, shortfallUnits, stageNames } from './report-labels';

/** What would bring one indicator to standard, in real units, in Chinese and in English. */
function formatShortfall(check: SchoolIndicatorCheck): [string, string] {
  if (check.shortfall === null) return ['', ''];
  const unit = shortfallUnits[check.shortfall.input];
  const decimals = unit?.decimals ?? 2;
  const amount = formatDecimal(check.shortfall.amount, decimals, { rounding: 'up' });
  return unit === undefined
    ? [`还差 ${amount} ${check.shortfall.labels['zh-CN']}`, `${amount} more ${check.shortfall.labels.en}`]
    : [`还差 ${amount} ${unit.unit.zh}`, `${amount} ${unit.unit.en}`];
}

/**
 * The schools that fail the school rule (2017: at least 6 of the 7 indicators at standard, the
 * other at least 85% of it), one row per indicator below standard: its value, the standard, the
 * share of the standard, and the shortfall in real units — teachers, m², 元, classrooms — that
 * would bring it to standard. A closing line names the schools that pass with one indicator
 * between 85% and 100% of its standard.
 *
 * @param evaluation - An evaluation by `evaluateRegime`.
 * @param regime - The regime evaluated (for its school rule).
 * @returns The section's lines; none when the regime judges no school one by one.
 *
 * @example
 * ```ts
 * formatFailingSchools(evaluation, qualityBalance2017)[1];
 * // '未达到学校标准的学校 Schools failing the school rule (≥ 6 of 7 at standard, the other ≥ 85%): 6 所 schools'
 * ```
 */
export function formatFailingSchools(evaluation: RegimeEvaluation, regime: Regime): string[] {
  const rule = regime.resources?.schoolRule;
  const schools = evaluation.resources?.schools ?? [];
  if (rule === undefined || schools.length === 0) return [];
  const floorPercent = new Decimal(rule.floorShare).times(100).toString();
  const failing = schools.filter((school) => school.passed === false);
  const lines = [
    '',
    `未达到学校标准的学校 Schools failing the school rule (≥ ${rule.minimumAtStandard} of ${regime.resources?.indicators.length} at standard, the other ≥ ${floorPercent}%): ${failing.length} 所 schools`,
  ];
  const rows = [
    [
      '学校 school',
      '学段 stage',
      '学生 students',
      '达标 at std',
      '未达标指标 indicator below standard',
      '值 value',
      '标准 standard',
      '占标准 share',
      '还差 shortfall',
      '',
    ],
  ];
  for (const school of failing) {
    school.indicators
      .filter((check) => check.passed === false)
      .forEach((check, index) => {
        const share = check.shareOfStandard === null ? null : new Decimal(check.shareOfStandard);
        const [shortfallZh, shortfallEn] = formatShortfall(check);
        rows.push([
          index === 0 ? school.name : '',
          index === 0 ? bilingual(stageNames[school.stage]) : '',
          index === 0 ? formatDecimal(String(school.students), 0) : '',
          index === 0 ? `${school.atStandard}/${school.indicators.length}` : '',
          bilingual(indicatorName(check.indicator)),
          `${check.displayValue}${indicatorUnits[check.indicator]}`,
          check.standard ?? '—',
          share === null
            ? '—'
            : `${formatDecimal(share.times(100), 1)}%${share.lt(rule.floorShare) ? ` < ${floorPercent}%` : ''}`,
          shortfallZh,
          shortfallEn,
        ]);
      });
  }
  lines.push(
    ...alignColumns(rows, {
      alignments: ['left', 'left', 'right', 'right', 'left', 'right', 'right', 'right', 'left', 'left'],
      indent: '   ',
    }),
  );
  const tolerated = schools.filter(
    (school) => school.passed === true && school.indicators.some((check) => check.passed === false),
  );
  if (tolerated.length > 0) {
    lines.push(
      `   另有 ${tolerated.length} 所学校一项指标介于标准的 ${floorPercent}% 与 100% 之间,按规则达标 ${tolerated.length} more pass with one indicator between ${floorPercent}% and 100% of standard:`,
      `   ${tolerated.map((school) => school.name).join('、')}`,
    );
  }
  return lines;
}
