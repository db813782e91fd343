import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { migrantChildrenPublicShare } from './migrant-children-public-share';

type Method = 'with_purchased_places' | 'public_only';
type Input = Parameters<
  typeof computeWithDefinition<'migrant_children_public_share', typeof migrantChildrenPublicShare.fields, Method>
>[1];
const compute = (input: Input, method?: Method) =>
  computeWithDefinition(migrantChildrenPublicShare, input, method === undefined ? {} : { method });
const input = { inPublicSchools: 8200, inPurchasedPlaces: 600, total: 10000 };

describe('migrant_children_public_share', () => {
  it('with_purchased_places (default): (public + purchased) ÷ total, 1 decimal, ≥ 85% (2017)', () => {
    // (8200 + 600) ÷ 10000 = 88.0
    const result = compute(input);
    expect(result.method).toBe('with_purchased_places');
    expect(result.formattedValue).toBe('88.0');
    expect(result.numerator.toString()).toBe('8800');
    expect(result.thresholds).toEqual([
      expect.objectContaining({ regime: 'quality_balance_2017', comparator: '>=', value: '85', passed: true }),
    ]);
  });

  it('public_only leaves the purchased places out, and can fail where the default passes', () => {
    // 8200 ÷ 10000 = 82.0
    const result = compute(input, 'public_only');
    expect(result.formattedValue).toBe('82.0');
    expect(result.thresholds[0]?.passed).toBe(false);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['unused_input']);
    expect(compute({ inPublicSchools: 8200, total: 10000 }, 'public_only').warnings).toEqual([]);
  });

  it('the 85% boundary', () => {
    // (800 + 50) ÷ 1000 = 85.0 passes; (800 + 49) ÷ 1000 = 84.9 fails
    expect(compute({ inPublicSchools: 800, inPurchasedPlaces: 50, total: 1000 }).thresholds[0]).toMatchObject({
      passed: true,
      margin: '0',
    });
    expect(compute({ inPublicSchools: 800, inPurchasedPlaces: 49, total: 1000 }).thresholds[0]?.passed).toBe(false);
  });

  it('the default method needs inPurchasedPlaces (0 where the county buys none)', () => {
    expect(() => compute({ inPublicSchools: 8200, total: 10000 })).toThrow(
      /method with_purchased_places needs inPurchasedPlaces/,
    );
    expect(compute({ inPublicSchools: 8200, inPurchasedPlaces: 0, total: 10000 }).formattedValue).toBe('82.0');
  });

  it('public and purchased together cannot exceed the total', () => {
    try {
      // 9500 + 600 = 10100 > 10000
      compute({ inPublicSchools: 9500, inPurchasedPlaces: 600, total: 10000 });
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).path).toEqual(['inPublicSchools']);
      expect((error as InvalidInputError).messageZh).toContain('合计 10100,不能大于符合条件的随迁子女总数');
      expect((error as InvalidInputError).messageEn).toContain('cannot exceed total');
    }
    expect(() => compute({ inPublicSchools: 10001, total: 10000 }, 'public_only')).toThrow(/cannot exceed total/);
    expect(() => compute({ inPublicSchools: 10.5, inPurchasedPlaces: 0, total: 100 })).toThrow(/inPublicSchools/);
  });

  it('no migrant children: no value', () => {
    expect(compute({ inPublicSchools: 0, inPurchasedPlaces: 0, total: 0 }).reason).toBe('zero_denominator');
  });

  it('a county is the ratio of its schools’ sums', () => {
    const [county] = aggregateWithDefinition(migrantChildrenPublicShare, [
      { inPublicSchools: 300, inPurchasedPlaces: 0, total: 400 },
      { inPublicSchools: 500, inPurchasedPlaces: 100, total: 600 },
    ]);
    // (800 + 100) ÷ 1000 = 90.0
    expect(county?.result.formattedValue).toBe('90.0');
  });
});
