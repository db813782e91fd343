import { Decimal } from '@edukpi/core';
import { alignColumns } from '@edukpi/format-table';
import type { Failure, Regime, RegimeEvaluation } from '@edukpi/standards';
import { formatDecimal } from './format-decimal';
import { itemFigures } from './item-figures';
import { bilingual, indicatorName, itemShortNames, partNames, stageNames } from './report-labels';

const kindNames: { readonly [Kind in Failure['kind']]: string } = {
  veto: '一票否决 veto',
  item: '项目 item',
  school: '学校 school',
  coefficient: '差异系数 CV',
  composite: '综合差异系数 composite',
};

const verdictNames = {
  passed: '✓ 通过 PASSED',
  failed: '✗ 未通过 FAILED',
  incomplete: '… 待补充 INCOMPLETE',
} as const;

/** The subject and detail of one failure, from the structured evaluation (not the engine's message). */
function describeFailure(failure: Failure, evaluation: RegimeEvaluation, regime: Regime): [string, string] {
  if (failure.kind === 'veto' || failure.kind === 'item') {
    const item = evaluation.items.find((entry) => entry.id === failure.id);
    if (item === undefined) return [failure.id, failure.message.zh];
    const name = itemShortNames[item.id] ?? { zh: item.labels['zh-CN'], en: item.labels.en };
    const figures = itemFigures(item, regime);
    const comparison =
      figures.value === '—'
        ? ''
        : item.kind === 'schools'
          ? figures.value
          : `${figures.value}, 应 ${figures.threshold}`;
    const detail = figures.detail === null ? '' : bilingual(figures.detail);
    return [
      `${partNames[item.part].zh} ${item.number} ${bilingual(name)}`,
      [comparison, detail].filter((part) => part !== '').join('; '),
    ];
  }
  if (failure.kind === 'school') {
    const school = evaluation.resources?.schools.find((entry) => entry.id === failure.id);
    if (school === undefined) return [failure.id, failure.message.zh];
    const floor = new Decimal(regime.resources?.schoolRule?.floorShare ?? 0);
    const belowFloor = school.indicators.filter(
      (check) => check.passed === false && check.shareOfStandard !== null && floor.gt(check.shareOfStandard),
    ).length;
    const percent = floor.times(100).toString();
    return [
      `${school.name} ${bilingual(stageNames[school.stage])}`,
      `${school.atStandard}/${school.indicators.length} 项达标 at standard, ${belowFloor} 项低于标准的 ${percent}% below ${percent}%`,
    ];
  }
  if (failure.kind === 'coefficient') {
    const check = evaluation.resources?.coefficients.find(
      (entry) => `${entry.stage}:${entry.indicator}` === failure.id,
    );
    if (check === undefined) return [failure.id, failure.message.zh];
    return [
      `${bilingual(stageNames[check.stage])} ${indicatorName(check.indicator).zh}`,
      `CV ${check.displayCoefficient} > ${formatDecimal(check.threshold ?? '0', 2)}`,
    ];
  }
  const composite = evaluation.resources?.composites.find((entry) => entry.stage === failure.id);
  if (composite === undefined) return [failure.id, failure.message.zh];
  return [
    bilingual(stageNames[composite.stage]),
    `综合差异系数 composite CV ${composite.displayCoefficient} > ${formatDecimal(composite.threshold, 2)}`,
  ];
}

/**
 * The verdict, first in every report: passed, failed or incomplete, how many failures of each kind,
 * then every failure in the engine's order — veto items first, then items, schools and CVs — with
 * what fails and what it would take.
 *
 * @param evaluation - An evaluation by `evaluateRegime`.
 * @param regime - The regime evaluated (for the items' units).
 * @returns The section's lines.
 *
 * @example
 * ```ts
 * formatVerdict(evaluation, qualityBalance2017)[0];
 * // '结论 Verdict: ✗ 未通过 FAILED — 12 项不达标 failures (一票否决 veto 0 · 项目 items 4 · 学校 schools 6 · 差异系数 CVs 2)'
 * ```
 */
export function formatVerdict(evaluation: RegimeEvaluation, regime: Regime): string[] {
  const { verdict } = evaluation;
  const count = (kinds: readonly Failure['kind'][]) =>
    verdict.failures.filter((failure) => kinds.includes(failure.kind)).length;
  const summary =
    verdict.failures.length === 0
      ? ''
      : ` — ${verdict.failures.length} 项不达标 failures (一票否决 veto ${count(['veto'])} · 项目 items ${count(['item'])} · 学校 schools ${count(['school'])} · 差异系数 CVs ${count(['coefficient', 'composite'])})`;
  const lines = [`结论 Verdict: ${verdictNames[verdict.status]}${summary}`];
  lines.push(
    ...alignColumns(
      verdict.failures.map((failure, index) => [
        String(index + 1),
        kindNames[failure.kind],
        ...describeFailure(failure, evaluation, regime),
      ]),
      { alignments: ['right', 'left', 'left', 'left'], indent: '   ' },
    ),
  );
  if (verdict.notSupplied.length > 0) {
    lines.push(`   未提供的项目 not supplied: ${verdict.notSupplied.join(', ')}`);
  }
  return lines;
}
