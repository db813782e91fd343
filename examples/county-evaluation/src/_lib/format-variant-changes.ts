import { alignColumns } from '@edukpi/format-table';
import type { Regime, RegimeEvaluation } from '@edukpi/standards';
import { bilingual, comparatorSymbol, indicatorName, itemShortNames, stageNames, statusNames } from './report-labels';

/**
 * What a provincial variant changes, and what that changes in the county's results: every
 * standard, CV threshold and item threshold that differs from the base regime, then every item
 * whose status and every school whose pass under the school rule differ between the two
 * evaluations.
 *
 * @param base - The national regime and its evaluation.
 * @param variant - The variant and its evaluation, on the same county.
 * @returns The section's lines.
 *
 * @example
 * ```ts
 * formatVariantChanges({ regime: qualityBalance2017, evaluation }, { regime: variant, evaluation: provincial });
 * // ['与国家标准相比 Changes against quality_balance_2017 2017.1:', '   教师交流轮岗 teacher rotation  ≥ 10 → ≥ 15', …]
 * ```
 */
export function formatVariantChanges(
  base: { readonly regime: Regime; readonly evaluation: RegimeEvaluation },
  variant: { readonly regime: Regime; readonly evaluation: RegimeEvaluation },
): string[] {
  const ruleRows: string[][] = [];
  for (const rule of variant.regime.resources?.indicators ?? []) {
    const before = base.regime.resources?.indicators.find((entry) => entry.indicator === rule.indicator);
    for (const stage of ['primary', 'junior'] as const) {
      const from = before?.standards?.[stage];
      const to = rule.standards?.[stage];
      if (from !== to) {
        ruleRows.push([
          `${bilingual(indicatorName(rule.indicator))} ${bilingual(stageNames[stage])}`,
          `≥ ${from ?? '—'} → ≥ ${to ?? '—'}`,
        ]);
      }
    }
  }
  for (const stage of ['primary', 'junior'] as const) {
    const from = base.regime.resources?.coefficients.thresholds[stage];
    const to = variant.regime.resources?.coefficients.thresholds[stage];
    if (from !== to) ruleRows.push([`差异系数 CV ${bilingual(stageNames[stage])}`, `≤ ${from} → ≤ ${to}`]);
  }
  for (const item of variant.regime.items) {
    const before = base.regime.items.find((entry) => entry.id === item.id);
    const name = bilingual(itemShortNames[item.id] ?? { zh: item.labels['zh-CN'], en: item.labels.en });
    if (before === undefined) {
      ruleRows.push([name, '新增 added']);
      continue;
    }
    const from = 'threshold' in before ? `${comparatorSymbol(before.comparator)} ${before.threshold}` : undefined;
    const to = 'threshold' in item ? `${comparatorSymbol(item.comparator)} ${item.threshold}` : undefined;
    if (from !== to) ruleRows.push([name, `${from ?? '—'} → ${to ?? '—'}`]);
  }
  const resultRows: string[][] = [];
  for (const item of variant.evaluation.items) {
    const before = base.evaluation.items.find((entry) => entry.id === item.id);
    if (before !== undefined && before.status !== item.status) {
      resultRows.push([
        `项目 ${bilingual(itemShortNames[item.id] ?? { zh: item.labels['zh-CN'], en: item.labels.en })}`,
        `${statusNames[before.status]} → ${statusNames[item.status]}`,
      ]);
    }
  }
  for (const school of variant.evaluation.resources?.schools ?? []) {
    const before = base.evaluation.resources?.schools.find((entry) => entry.id === school.id);
    if (before !== undefined && before.passed !== school.passed) {
      const name = (passed: boolean | null) => (passed ? '✓ 达标 pass' : '✗ 未达标 fail');
      resultRows.push([
        `学校 ${school.name} ${bilingual(stageNames[school.stage])}`,
        `${name(before.passed)} (${before.atStandard}/${before.indicators.length}) → ${name(school.passed)} (${school.atStandard}/${school.indicators.length})`,
      ]);
    }
  }
  return [
    `与国家标准相比 Changes against ${base.regime.id} ${base.regime.version}:`,
    ...alignColumns(ruleRows, { alignments: ['left', 'left'], indent: '   ' }),
    `结果的变化 What changes for the county:${resultRows.length === 0 ? ' 无 nothing' : ''}`,
    ...alignColumns(resultRows, { alignments: ['left', 'left'], indent: '   ' }),
  ];
}
