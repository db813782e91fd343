import { Decimal } from '@edukpi/core';
import { alignColumns } from '@edukpi/format-table';
import type { CoefficientCheck, RegimeEvaluation } from '@edukpi/standards';
import { formatDecimal } from './format-decimal';
import { bilingual, indicatorName, indicatorUnits, passName, stageNames } from './report-labels';

/** The schools that pull a CV up most, each with its share of the variance: `城关镇第一小学 31.2%`. */
function formatContributors(check: CoefficientCheck): string {
  return check.topContributors
    .map((contributor) => {
      const share =
        contributor.varianceShare === null
          ? '—'
          : `${formatDecimal(new Decimal(contributor.varianceShare).times(100), 1)}%`;
      return `${contributor.name} ${share}`;
    })
    .join('、');
}

/**
 * The between-school coefficients of variation, one table per stage: each indicator with its county
 * mean, the CV to 3 decimals, the threshold and pass or fail (2017: every CV against its stage's
 * threshold), and the three schools that pull it up most with their share of the variance; under
 * the 2012 regime the composite (the mean of the unrounded CVs) closes each table.
 *
 * @param evaluation - An evaluation by `evaluateRegime` with a resource part.
 * @returns The section's lines; none when the regime has no resource part.
 *
 * @example
 * ```ts
 * formatCoefficients(evaluation)[0]; // '差异系数 Coefficients of variation — 小学 primary: 46 所 schools, 阈值 threshold ≤ 0.50'
 * ```
 */
export function formatCoefficients(evaluation: RegimeEvaluation): string[] {
  const resources = evaluation.resources;
  if (resources === null) return [];
  const lines: string[] = [];
  for (const stage of ['primary', 'junior'] as const) {
    const checks = resources.coefficients.filter((check) => check.stage === stage);
    const first = checks[0];
    if (first === undefined) continue;
    const composite = resources.composites.find((entry) => entry.stage === stage);
    const threshold = composite?.threshold ?? first.threshold;
    lines.push(
      '',
      `差异系数 Coefficients of variation — ${bilingual(stageNames[stage])}: ${first.schoolCount} 所 schools, ${composite === undefined ? '' : '综合 composite '}阈值 threshold ≤ ${formatDecimal(threshold ?? '0', 2)}`,
    );
    const rows = [
      [
        '指标 indicator',
        '全县 county',
        'CV',
        '阈值',
        '结果 result',
        '拉大差异最多的学校 (方差占比) pulling it up most (share of variance)',
      ],
      ...checks.map((check) => [
        bilingual(indicatorName(check.indicator)),
        check.mean === null ? '—' : `${formatDecimal(check.mean, 2)}${indicatorUnits[check.indicator]}`,
        check.displayCoefficient ?? '—',
        check.threshold === null ? '' : formatDecimal(check.threshold, 2),
        check.threshold === null ? '' : passName(check.passed),
        formatContributors(check),
      ]),
    ];
    if (composite !== undefined) {
      rows.push([
        '综合差异系数 composite (mean of the CVs)',
        '',
        composite.displayCoefficient ?? '—',
        formatDecimal(composite.threshold, 2),
        passName(composite.passed),
        '',
      ]);
    }
    lines.push(
      ...alignColumns(rows, { alignments: ['left', 'right', 'right', 'right', 'left', 'left'], indent: '   ' }),
    );
  }
  return lines;
}
