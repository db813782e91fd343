import { alignColumns } from '@edukpi/format-table';
import type { Regime, RegimeEvaluation } from '@edukpi/standards';
import { itemFigures } from './item-figures';
import { bilingual, itemShortNames, partNames, statusNames } from './report-labels';

/**
 * The items of parts 2–4 (government guarantee, education quality, social recognition) in the
 * regime's order: status, part and number, name, the value checked against its threshold, and
 * the shortfall of a failing item (or the county's note on an evidence item); the schools that
 * fail a check made on the school table follow their item.
 *
 * @param evaluation - An evaluation by `evaluateRegime`.
 * @param regime - The regime evaluated.
 * @returns The section's lines.
 *
 * @example
 * ```ts
 * formatItems(evaluation, qualityBalance2017)[1]; // '评估项目 Items: 32 项, 达标 passed 28, 未达标 failed 4, 未提供 not supplied 0'
 * ```
 */
export function formatItems(evaluation: RegimeEvaluation, regime: Regime): string[] {
  const { items } = evaluation;
  const count = (status: string) => items.filter((item) => item.status === status).length;
  const lines = [
    '',
    `评估项目 Items: ${items.length} 项, 达标 passed ${count('passed')}, 未达标 failed ${count('failed')}, 未提供 not supplied ${count('not_supplied')}`,
  ];
  const rows = items.map((item) => {
    const figures = itemFigures(item, regime);
    const name = itemShortNames[item.id] ?? { zh: item.labels['zh-CN'], en: item.labels.en };
    return [
      statusNames[item.status],
      `${partNames[item.part].zh} ${item.number}${item.veto ? ' 否决 veto' : ''}`,
      bilingual(name),
      figures.value,
      figures.threshold,
      figures.detail === null ? '' : figures.detail.en === '' ? figures.detail.zh : bilingual(figures.detail),
    ];
  });
  const table = alignColumns(rows, { alignments: ['left', 'left', 'left', 'right', 'left', 'left'], indent: '   ' });
  items.forEach((item, index) => {
    lines.push(table[index] ?? '');
    for (const school of item.failingSchools) {
      lines.push(`        ✗ ${school.name}: ${school.reason.zh} / ${school.reason.en}`);
    }
  });
  return lines;
}
