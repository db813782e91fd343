import type { IndicatorResult } from '@edukpi/core';
import type { RegimeEvaluation } from '@edukpi/standards';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Chart,
  type ChartSpec,
  chartFormatter,
  passFailMatrix,
  renderChartSvg,
  schoolDotPlot,
  thresholdBarChart,
  trendChart,
} from './index';

declare const result: IndicatorResult;
declare const evaluation: RegimeEvaluation;

describe('the public surface', () => {
  it('resolves every chart to { spec, svg }', () => {
    expectTypeOf(thresholdBarChart([result])).resolves.toEqualTypeOf<Chart>();
    expectTypeOf(passFailMatrix(evaluation)).resolves.toEqualTypeOf<Chart>();
    expectTypeOf(trendChart({ points: [{ schoolYear: 2021, result }] })).resolves.toEqualTypeOf<Chart>();
    expectTypeOf(renderChartSvg({})).resolves.toEqualTypeOf<string>();
    expectTypeOf(chartFormatter.formatEvaluation(evaluation)).resolves.toEqualTypeOf<Chart>();
    expectTypeOf<Chart['spec']>().toEqualTypeOf<ChartSpec>();
  });

  it('narrows ids, stages and locales', () => {
    expectTypeOf(
      schoolDotPlot({ evaluation, indicator: 'books_per_student', stage: 'junior' }, { locale: 'zh-TW' }),
    ).resolves.toEqualTypeOf<Chart>();
    // @ts-expect-error not a resource indicator
    schoolDotPlot({ evaluation, indicator: 'nine_year_consolidation_rate', stage: 'primary' });
    // @ts-expect-error the resource part compares primary and junior only
    schoolDotPlot({ evaluation, indicator: 'books_per_student', stage: 'senior' });
    // @ts-expect-error not a locale
    thresholdBarChart([result], { locale: 'fr' });
    // @ts-expect-error options are named
    passFailMatrix(evaluation, { colour: 'red' });
  });
});
