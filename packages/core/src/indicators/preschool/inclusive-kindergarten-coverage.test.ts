import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { inclusiveKindergartenCountShare } from './inclusive-kindergarten-count-share';
import { inclusiveKindergartenCoverage } from './inclusive-kindergarten-coverage';

type Input = Parameters<
  typeof computeWithDefinition<
    'inclusive_kindergarten_coverage',
    typeof inclusiveKindergartenCoverage.fields,
    'standard'
  >
>[1];
const compute = (input: Input) => computeWithDefinition(inclusiveKindergartenCoverage, input);

describe('inclusive_kindergarten_coverage', () => {
  it('2021 全国: 4218.20万 ÷ 4805.21万 children is 87.78%', () => {
    // 42182000 ÷ 48052100 = 0.877839… → 87.78
    const result = compute({ inclusiveChildren: 42182000, children: 48052100 });
    expect(result.toJSON()).toMatchObject({ value: '87.78', numerator: '42182000', denominator: '48052100' });
    expect(result.thresholds).toEqual([
      expect.objectContaining({ regime: 'preschool_universal_2020', comparator: '>=', value: '80', passed: true }),
    ]);
  });

  it('东胜区 2022: 78.72% from public + inclusive private children, below the 80% threshold', () => {
    // (11434 + 4310) ÷ 20000 = 15744 ÷ 20000 = 0.7872 → 78.72 (counts illustrative, rate published)
    const result = compute({ publicChildren: 11434, inclusivePrivateChildren: 4310, children: 20000 });
    expect(result.numerator.toString()).toBe('15744');
    expect(result.formattedValue).toBe('78.72');
    expect(result.thresholds[0]?.passed).toBe(false);
  });

  it('boundary: exactly 80% passes, one child fewer fails', () => {
    expect(compute({ inclusiveChildren: 800, children: 1000 }).thresholds[0]?.passed).toBe(true);
    expect(compute({ inclusiveChildren: 799, children: 1000 }).thresholds[0]?.passed).toBe(false);
  });

  it('is measured on children, not on kindergartens: the count share is another indicator', () => {
    // 10 big public kindergartens (3000 children) and 30 small non-inclusive private ones (600 children):
    // coverage 3000 ÷ 3600 = 83.33%, count share 10 ÷ 40 = 25.00%
    expect(compute({ inclusiveChildren: 3000, children: 3600 }).formattedValue).toBe('83.33');
    expect(
      computeWithDefinition(inclusiveKindergartenCountShare, { inclusiveKindergartens: 10, kindergartens: 40 })
        .formattedValue,
    ).toBe('25.00');
  });

  describe('edge cases', () => {
    it('no children: no value', () => {
      expect(compute({ inclusiveChildren: 0, children: 0 }).reason).toBe('zero_denominator');
      expect(compute({ publicChildren: 0, inclusivePrivateChildren: 0, children: 0 }).reason).toBe('zero_denominator');
    });

    it('the parts together cannot exceed children', () => {
      try {
        compute({ publicChildren: 600, inclusivePrivateChildren: 401, children: 1000 });
        expect.unreachable();
      } catch (error) {
        expect(InvalidInputError.isInstance(error)).toBe(true);
        expect((error as InvalidInputError).path).toEqual(['publicChildren']);
        expect((error as InvalidInputError).messageZh).toContain('publicChildren = 600');
        expect((error as InvalidInputError).messageZh).toContain('inclusivePrivateChildren = 401');
        expect((error as InvalidInputError).messageEn).toContain('cannot exceed children');
      }
      expect(compute({ publicChildren: 600, inclusivePrivateChildren: 400, children: 1000 }).formattedValue).toBe(
        '100.00',
      );
    });

    it('each part cannot exceed children; counts are whole', () => {
      expect(() => compute({ inclusiveChildren: 1001, children: 1000 })).toThrow(/inclusiveChildren.*cannot exceed/);
      expect(() => compute({ publicChildren: 1001, inclusivePrivateChildren: 0, children: 1000 })).toThrow(
        /publicChildren.*cannot exceed/,
      );
      expect(() => compute({ inclusiveChildren: 10.5, children: 1000 })).toThrow(/whole number/);
    });

    it('takes exactly one form of the numerator', () => {
      expect(() => compute({ inclusiveChildren: 10, publicChildren: 5, children: 100 } as never)).toThrow(
        /one form only/,
      );
      expect(() => compute({ publicChildren: 5, children: 100 } as never)).toThrow(
        /missing required field inclusivePrivateChildren/,
      );
      expect(() => compute({ children: 100 } as never)).toThrow(/missing input/);
    });
  });

  describe('aggregation', () => {
    it('sums rows given in the same form', () => {
      const [total] = aggregateWithDefinition(inclusiveKindergartenCoverage, [
        { publicChildren: 500, inclusivePrivateChildren: 200, children: 1000 },
        { publicChildren: 300, inclusivePrivateChildren: 100, children: 1000 },
      ]);
      // (800 + 300) ÷ 2000 = 55.00
      expect(total?.result.formattedValue).toBe('55.00');
    });

    it('rows in the two forms add up: the parts count as the total', () => {
      const [total] = aggregateWithDefinition(inclusiveKindergartenCoverage, [
        { inclusiveChildren: 700, children: 1000 },
        { publicChildren: 300, inclusivePrivateChildren: 100, children: 1000 },
      ]);
      // (700 + 400) ÷ 2000 = 55%
      expect(total?.result.numerator.toString()).toBe('1100');
      expect(total?.result.formattedValue).toBe('55.00');
      expect(total?.result.warnings).toEqual([]);
    });
  });
});
