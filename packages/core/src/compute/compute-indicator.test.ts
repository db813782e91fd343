import { describe, expect, it } from 'vitest';
import { EdukpiError } from '../errors/edukpi-error';
import { InvalidInputError } from '../errors/invalid-input-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { UnknownIndicatorError } from '../errors/unknown-indicator-error';
import { UnknownMethodError } from '../errors/unknown-method-error';
import { IndicatorResult } from '../result/indicator-result';
import { computeIndicator } from './compute-indicator';

function caught(run: () => unknown): EdukpiError {
  try {
    run();
  } catch (error) {
    if (EdukpiError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected an EdukpiError');
}

describe('computeIndicator', () => {
  describe('results', () => {
    it('serialises to plain JSON with decimals as strings', () => {
      const json = computeIndicator('offsite_tutoring_reduction_rate', { before: 120, after: 12 }).toJSON();
      expect(json).toEqual({
        id: 'offsite_tutoring_reduction_rate',
        version: '1.0.0',
        method: 'standard',
        value: '90.00',
        exact: '90',
        numerator: '108',
        denominator: '120',
        unit: 'percent',
        decimals: 2,
        thresholds: [],
        warnings: [],
        reason: null,
        inputs: { before: '120', after: '12' },
      });
      expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    });

    it('keeps the exact value unrounded and rounds value half up', () => {
      // 2 ÷ 3 = 66.666…%
      const result = computeIndicator('after_school_participation_rate', { participants: 2, enrolled: 3 });
      expect(result.formattedValue).toBe('66.67');
      expect(result.exact?.toString().startsWith('66.6666666666')).toBe(true);
      expect(result.exact?.toString()).toHaveLength(65); // 64 significant digits and the point
    });

    it('options.decimals overrides the default precision', () => {
      const input = { participants: 2, enrolled: 3 };
      expect(computeIndicator('after_school_participation_rate', input, { decimals: 0 }).formattedValue).toBe('67');
      expect(computeIndicator('after_school_participation_rate', input, { decimals: 4 }).formattedValue).toBe(
        '66.6667',
      );
      expect(computeIndicator('after_school_participation_rate', input, { decimals: 4 }).decimals).toBe(4);
    });

    it('round-trips through JSON without losing anything', () => {
      const result = computeIndicator(
        'junior_three_year_consolidation_rate',
        { graduates: 1880, entrants: 1960, transfersIn: 10, transfersOut: 20 },
        { method: 'net_transfers_denominator' },
      );
      const revived = IndicatorResult.fromJson(JSON.parse(JSON.stringify(result)));
      expect(revived.toJSON()).toEqual(result.toJSON());
      expect(revived.exact?.equals(result.exact ?? 0)).toBe(true);
    });

    it('a result with no value serialises with nulls and the reason', () => {
      const result = computeIndicator('student_aid_coverage_rate', { aided: 0, eligible: 0 });
      expect(result.hasValue).toBe(false);
      expect(result.toJSON()).toMatchObject({
        value: null,
        exact: null,
        numerator: '0',
        denominator: '0',
        reason: 'zero_denominator',
      });
      expect(IndicatorResult.fromJson(result.toJSON()).reason).toBe('zero_denominator');
    });

    it('accepts decimal.js values and decimal strings for amounts', async () => {
      const { default: ForeignDecimal } = await import('decimal.js');
      const result = computeIndicator('change', { previous: new ForeignDecimal('100.5'), current: '201' });
      expect(result.formattedValue).toBe('100.00');
    });
  });

  describe('errors name the field, in Chinese and English', () => {
    it('negative head counts', () => {
      const error = caught(() => computeIndicator('school_consolidation', { before: -1, after: 0 }));
      expect(error.code).toBe('invalid_input');
      expect(error.path).toEqual(['before']);
      expect(error.messageZh).toBe('指标 school_consolidation 的输入无效:调整前学校数(before)不能为负数,收到 -1');
      expect(error.messageEn).toBe(
        'Invalid input for school_consolidation: before (schools before) must not be negative (got -1).',
      );
      expect(error.message).toContain(error.messageZh);
      expect(error.message).toContain(error.messageEn);
    });

    it('fractional head counts', () => {
      const error = caught(() =>
        computeIndicator('after_school_participation_rate', { participants: 10.5, enrolled: 20 }),
      );
      expect(error.path).toEqual(['participants']);
      expect(error.messageZh).toContain('应为整数');
      expect(error.messageEn).toContain('whole number');
    });

    it('missing and mistyped fields, all listed', () => {
      const error = caught(() =>
        computeIndicator('nine_year_consolidation_rate', { graduates: '12' } as never),
      ) as InvalidInputError;
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect(error.issues.map((issue) => issue.path)).toEqual([['graduates'], ['entrants']]);
      expect(error.issues[0]?.messageEn).toContain('must be a finite number (got "12")');
      expect(error.issues[1]?.messageZh).toContain('缺少必填字段');
    });

    it('NaN and Infinity are not numbers', () => {
      expect(caught(() => computeIndicator('change', { previous: Number.NaN, current: 1 })).path).toEqual(['previous']);
      expect(caught(() => computeIndicator('school_consolidation', { before: Infinity, after: 1 })).path).toEqual([
        'before',
      ]);
    });

    it('unknown fields (typos) are rejected, not ignored', () => {
      const error = caught(() => computeIndicator('change', { previous: 1, current: 2, curent: 3 } as never));
      expect(error.path).toEqual(['curent']);
      expect(error.messageEn).toContain('unknown field curent');
    });

    it('an input that is not an object', () => {
      const error = caught(() => computeIndicator('change', null as never));
      expect(error.messageEn).toContain('must be an object');
    });

    it('an unknown id, with suggestions', () => {
      const error = caught(() => computeIndicator('school_consolidaton' as never, {} as never));
      expect(UnknownIndicatorError.isInstance(error)).toBe(true);
      expect(error.code).toBe('unknown_indicator');
      expect((error as UnknownIndicatorError).suggestions).toContain('school_consolidation');
      expect(error.messageZh).toContain('未知的指标');
    });

    it('ids are looked up as own keys only', () => {
      expect(caught(() => computeIndicator('toString' as never, {} as never)).code).toBe('unknown_indicator');
    });

    it('an unknown method lists the available ones', () => {
      const error = caught(() =>
        computeIndicator('nine_year_consolidation_rate', { graduates: 1, entrants: 1 }, { method: 'net' as never }),
      );
      expect(UnknownMethodError.isInstance(error)).toBe(true);
      expect((error as UnknownMethodError).methods).toEqual(['raw', 'net_transfers_denominator', 'adjusted_numerator']);
    });

    it('malformed options', () => {
      for (const decimals of [-1, 21, 1.5, Number.NaN]) {
        const error = caught(() => computeIndicator('change', { previous: 1, current: 2 }, { decimals }));
        expect(InvalidOptionError.isInstance(error)).toBe(true);
        expect(error.path).toEqual(['options', 'decimals']);
      }
      expect(
        caught(() =>
          computeIndicator(
            'change',
            { previous: 1, current: 2 },
            { thresholds: [{ regime: 'x', comparator: '>=', value: 'abc' }] },
          ),
        ).path,
      ).toEqual(['options', 'thresholds', 0, 'value']);
      expect(
        caught(() => computeIndicator('aid_per_student', { amount: 1, aided: 1 }, { zeroOverZero: 'full' })).path,
      ).toEqual(['options', 'zeroOverZero']);
    });
  });
});
