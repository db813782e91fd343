import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../_lib/decimal';
import { aggregateIndicator } from '../aggregate/aggregate-indicator';
import type { IndicatorId, IndicatorInput, IndicatorMethod } from '../catalogue/indicator-definitions';
import type { IndicatorResult, IndicatorResultJson } from '../result/indicator-result';
import { computeIndicator } from './compute-indicator';

describe('the public surface, in types', () => {
  it('ids form a string-literal union', () => {
    expectTypeOf<'change'>().toExtend<IndicatorId>();
    expectTypeOf<'nine_year_consolidation_rate'>().toExtend<IndicatorId>();
    expectTypeOf<'not_an_indicator'>().not.toExtend<IndicatorId>();
    expectTypeOf<string>().not.toExtend<IndicatorId>();
  });

  it('the result carries its id, decimals and a nullable value', () => {
    const result = computeIndicator('change', { previous: 1, current: 2 });
    expectTypeOf(result).toEqualTypeOf<IndicatorResult<'change'>>();
    expectTypeOf(result.id).toEqualTypeOf<'change'>();
    expectTypeOf(result.value).toEqualTypeOf<Decimal | null>();
    expectTypeOf(result.toJSON()).toEqualTypeOf<IndicatorResultJson<'change'>>();
    expectTypeOf(result.toJSON().value).toEqualTypeOf<string | null>();
  });

  it('inputs narrow by id', () => {
    expectTypeOf<IndicatorInput<'school_consolidation'>>().toEqualTypeOf<{
      readonly before: number;
      readonly after: number;
    }>();
    expectTypeOf<IndicatorInput<'nine_year_consolidation_rate'>>().toHaveProperty('transfersIn');
    // @ts-expect-error — a required field is missing
    computeIndicator('school_consolidation', { before: 534 });
    // @ts-expect-error — a count is a number, not a string
    computeIndicator('school_consolidation', { before: '534', after: 348 });
    // @ts-expect-error — a typo is not a field
    computeIndicator('change', { previous: 1, curent: 2 });
    // @ts-expect-error — an unknown id does not compile
    computeIndicator('nine_year_consolidaton_rate', { graduates: 1, entrants: 1 });
  });

  it('amounts take numbers, decimal strings or decimals', () => {
    computeIndicator('change', { previous: '12786', current: 14161 });
  });

  it('money is given in 元 or in 万元, not both, not neither', () => {
    computeIndicator('aid_per_student', { amount: 100, aided: 1 });
    computeIndicator('aid_per_student', { amountWan: '660.5', aided: 1 });
    // @ts-expect-error — both units at once
    computeIndicator('aid_per_student', { amount: 100, amountWan: 1, aided: 1 });
    // @ts-expect-error — no amount at all
    computeIndicator('aid_per_student', { aided: 1 });
  });

  it('methods narrow by id', () => {
    expectTypeOf<IndicatorMethod<'nine_year_consolidation_rate'>>().toEqualTypeOf<
      'raw' | 'net_transfers_denominator' | 'adjusted_numerator'
    >();
    computeIndicator('nine_year_consolidation_rate', { graduates: 1, entrants: 1 }, { method: 'adjusted_numerator' });
    // @ts-expect-error — the change indicator has no such method
    computeIndicator('change', { previous: 1, current: 2 }, { method: 'adjusted_numerator' });
  });

  it('aggregation keys are typed by the dimensions chosen', () => {
    const groups = aggregateIndicator(
      'after_school_participation_rate',
      [{ township: '城关镇', year: 2023, participants: 1, enrolled: 2 }],
      { by: ['township', 'year'] },
    );
    expectTypeOf(groups[0]!.key).toExtend<{ readonly township: string; readonly year: number }>();
    expectTypeOf<keyof (typeof groups)[number]['key']>().toEqualTypeOf<'township' | 'year'>();
    expectTypeOf(groups[0]!.result).toEqualTypeOf<IndicatorResult<'after_school_participation_rate'>>();
    aggregateIndicator('after_school_participation_rate', [{ township: 'x', participants: 1, enrolled: 2 }], {
      // @ts-expect-error — not a column of the rows
      by: ['county'],
    });
  });
});
