import { describe, expect, expectTypeOf, it } from 'vitest';
import { catchError } from '../_test/catch-error';
import { computeIndicator } from '../compute/compute-indicator';
import { InvalidInputError } from '../errors/invalid-input-error';
import { IndicatorResult } from '../result/indicator-result';
import { isResultFormatter } from './is-result-formatter';
import type { FormattableResult, ResultFormatter } from './result-formatter';
import { toIndicatorResult } from './to-indicator-result';

const result = computeIndicator('change', { previous: 12786, current: 14161 });

describe('the formatter contract', () => {
  it('a minimal v1 formatter type-checks and passes isResultFormatter', () => {
    const plain: ResultFormatter<string> = {
      specificationVersion: 'v1',
      name: 'plain',
      formatResult: (given) => `${given.id}=${toIndicatorResult(given).formattedValue ?? '—'}`,
    };
    expect(plain.formatResult(result)).toBe('change=10.75');
    expect(isResultFormatter(plain)).toBe(true);
    expectTypeOf(plain.formatResult).parameter(0).toEqualTypeOf<FormattableResult>();
  });

  it('isResultFormatter refuses other versions and incomplete objects', () => {
    const formatResult = () => '';
    for (const candidate of [
      null,
      'formatter',
      {},
      { specificationVersion: 'v2', name: 'x', formatResult },
      { specificationVersion: 'v1', formatResult },
      { specificationVersion: 'v1', name: 'x' },
      { specificationVersion: 'v1', name: 'x', formatResult, formatEvaluation: 'no' },
      { specificationVersion: 'v1', name: 'x', formatResult, formatResults: 1 },
    ]) {
      expect(isResultFormatter(candidate)).toBe(false);
    }
    expect(
      isResultFormatter({ specificationVersion: 'v1', name: 'x', formatResult, formatEvaluation: formatResult }),
    ).toBe(true);
  });
});

describe('toIndicatorResult', () => {
  it('returns a result as it is', () => {
    expect(toIndicatorResult(result)).toBe(result);
  });

  it('rebuilds a result from its JSON form, exactly', () => {
    const rebuilt = toIndicatorResult(JSON.parse(JSON.stringify(result)));
    expect(rebuilt).toBeInstanceOf(IndicatorResult);
    expect(rebuilt.formattedValue).toBe('10.75');
    expect(rebuilt.numerator.toString()).toBe('1375');
    expect(rebuilt.exact?.equals(result.exact ?? 0)).toBe(true);
  });

  it('rebuilds a result of another copy of core through its toJSON', () => {
    const foreign = { toJSON: () => result.toJSON() };
    expect(toIndicatorResult(foreign as never).numerator.toString()).toBe('1375');
  });

  it('keeps a result with no value without a value', () => {
    const none = computeIndicator('student_aid_coverage_rate', { aided: 0, eligible: 0 });
    const rebuilt = toIndicatorResult(none.toJSON());
    expect(rebuilt.value).toBeNull();
    expect(rebuilt.reason).toBe('zero_denominator');
  });

  it('throws a bilingual InvalidInputError for anything else', () => {
    for (const candidate of [null, 42, { id: 'change' }]) {
      const error = catchError(() => toIndicatorResult(candidate as never));
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).path).toEqual(['result']);
    }
  });
});
