import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../_lib/decimal';
import { InvalidInputError } from '../errors/invalid-input-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import {
  catchError,
  decimalStringArbitrary,
  isClose,
  positiveFactorArbitrary,
  scaleSchools,
  schoolsArbitrary,
} from './_lib/test-support';
import { theilIndex } from './theil-index';

const groupedSchoolsArbitrary = fc.array(
  fc.oneof(
    fc.record({
      students: fc.integer({ min: 0, max: 3000 }),
      value: decimalStringArbitrary,
      group: fc.constantFrom('urban', 'rural', 'township'),
    }),
    fc.record({
      students: fc.integer({ min: 0, max: 3000 }),
      total: decimalStringArbitrary,
      group: fc.constantFrom('urban', 'rural', 'township'),
    }),
  ),
  { minLength: 1, maxLength: 30 },
);

describe('theilIndex', () => {
  it('hand-worked case: ¼ ln ½ + ¾ ln 1.5', () => {
    // P = 1, 1; X = 1, 3; X̄ = 2. T = ½·(1/2)·ln(1/2) + ½·(3/2)·ln(3/2) = 0.1308120359…
    const result = theilIndex([
      { students: 1, value: 1 },
      { students: 1, value: 3 },
    ]);
    expect(result.value?.toString()).toBe('0.1308120359411369591292018062337177104101177840068068346803407407');
    expect(result.mean?.toString()).toBe('2');
    expect(result.decomposition).toBeNull();
  });

  it('weights by enrolment: 3 students at 1 and 1 student at 3 differ from the unweighted case', () => {
    // P = 3, 1; X = 1, 3; X̄ = 6/4 = 1.5. T = ¾·(2/3)·ln(2/3) + ¼·2·ln 2 = ½ ln(2/3) + ½ ln 2 = ½ ln(4/3)
    const result = theilIndex([
      { students: 3, value: 1 },
      { students: 1, total: 3 },
    ]);
    const expected = new Decimal(4).div(3).ln().div(2);
    expect(isClose(result.value, expected, '1e-60')).toBe(true);
    expect(result.value?.toFixed(10)).toBe('0.1438410362');
  });

  it('a school with nothing adds 0 (the limit of x ln x)', () => {
    // P = 1, 1; X = 0, 2; X̄ = 1. T = ½·0 + ½·2·ln 2 = ln 2
    const result = theilIndex([
      { students: 1, value: 0 },
      { students: 1, value: 2 },
    ]);
    expect(result.value?.toString()).toBe('0.6931471805599453094172321214581765680755001343602552541206800095');
  });

  it('equal figures give 0', () => {
    const result = theilIndex([
      { students: 30, value: '2.5' },
      { students: 70, total: '175' },
    ]);
    expect(result.value?.toString()).toBe('0');
  });

  it('decomposes into between and within groups; group means are weighted by enrolment', () => {
    const result = theilIndex(
      [
        { id: 'u1', students: 100, value: 4, group: 'urban' },
        { id: 'r1', students: 100, value: 2, group: 'rural' },
        { id: 'u2', students: 300, value: 8, group: 'urban' },
      ],
      { groupBy: true },
    );
    const decomposition = result.decomposition;
    if (decomposition === null) throw new Error('expected a decomposition');
    // urban: P 400, ΣPX = 400 + 2400 = 2800, mean 7 (not (4 + 8)/2 = 6); rural: P 100, mean 2
    // county: P 500, ΣPX 3000, mean 6; shares 2800/3000 = 14/15 and 200/3000 = 1/15
    expect(
      decomposition.groups.map((group) => [
        group.group,
        group.schoolCount,
        group.students,
        group.mean.toString(),
        group.share.toFixed(6),
      ]),
    ).toEqual([
      ['urban', 2, 400, '7', '0.933333'],
      ['rural', 1, 100, '2', '0.066667'],
    ]);
    // between = (14/15) ln(7/6) + (1/15) ln(2/6)
    const between = new Decimal(14)
      .div(15)
      .times(new Decimal(7).div(6).ln())
      .plus(new Decimal(1).div(15).times(new Decimal(1).div(3).ln()));
    expect(isClose(decomposition.between, between, '1e-60')).toBe(true);
    // urban T_g = (400/2800) ln(4/7) + (2400/2800) ln(8/7); rural T_g = 0
    const urban = new Decimal(1)
      .div(7)
      .times(new Decimal(4).div(7).ln())
      .plus(new Decimal(6).div(7).times(new Decimal(8).div(7).ln()));
    expect(isClose(decomposition.groups[0]?.theil ?? null, urban, '1e-60')).toBe(true);
    expect(decomposition.groups[1]?.theil?.toString()).toBe('0');
    expect(isClose(decomposition.within, urban.times(14).div(15), '1e-60')).toBe(true);
    expect(decomposition.total.equals(result.value ?? 0)).toBe(true);
    expect(isClose(decomposition.between.plus(decomposition.within), decomposition.total, '1e-40')).toBe(true);
    // T directly: (400/3000) ln(4/6) + (200/3000) ln(2/6) + (2400/3000) ln(8/6) = 0.10284282430…
    expect(result.value?.toFixed(6)).toBe('0.102843');
    expect(
      isClose(
        result.value,
        new Decimal('0.1028428243024621782612904402716470133500430084016929887411510161510545'),
        '1e-60',
      ),
    ).toBe(true);
  });

  it('between + within = total, and shares sum to 1 (property)', () => {
    fc.assert(
      fc.property(groupedSchoolsArbitrary, (schools) => {
        const result = theilIndex(schools, { groupBy: true });
        if (result.value === null) {
          expect(result.decomposition).toBeNull();
          return;
        }
        const decomposition = result.decomposition;
        if (decomposition === null) throw new Error('expected a decomposition');
        expect(isClose(decomposition.between.plus(decomposition.within), decomposition.total, '1e-40')).toBe(true);
        expect(decomposition.between.gte('-1e-60')).toBe(true);
        expect(decomposition.within.gte('-1e-60')).toBe(true);
        const shares = decomposition.groups.reduce((sum, group) => sum.plus(group.share), new Decimal(0));
        expect(isClose(shares, new Decimal(1), '1e-60')).toBe(true);
      }),
    );
  });

  it('is non-negative and scale-free (property)', () => {
    fc.assert(
      fc.property(schoolsArbitrary, positiveFactorArbitrary, (schools, factor) => {
        const value = theilIndex(schools).value;
        if (value !== null) expect(value.gte('-1e-60')).toBe(true);
        expect(isClose(theilIndex(scaleSchools(schools, factor)).value, value, '1e-50')).toBe(true);
      }),
    );
  });

  describe('edge cases', () => {
    it('a group whose figures are all 0 has no T_g and weight 0', () => {
      const result = theilIndex(
        [
          { students: 10, value: 0, group: 'empty' },
          { students: 10, value: 5, group: 'full' },
        ],
        { groupBy: true },
      );
      expect(result.value?.toString()).toBe('0.6931471805599453094172321214581765680755001343602552541206800095');
      expect(
        result.decomposition?.groups.map((group) => [
          group.group,
          group.theil?.toString() ?? null,
          group.share.toString(),
        ]),
      ).toEqual([
        ['empty', null, '0'],
        ['full', '0', '1'],
      ]);
      expect(result.decomposition?.within.toString()).toBe('0');
    });

    it('no schools with students, or all zero: no value and no decomposition', () => {
      expect(theilIndex([], { groupBy: true }).reason).toBe('no_schools');
      const zero = theilIndex([{ students: 4, value: 0, group: 'a' }], { groupBy: true });
      expect([zero.value, zero.reason, zero.decomposition]).toEqual([null, 'zero_mean', null]);
    });

    it('groupBy needs a group on every school', () => {
      const error = catchError(() =>
        theilIndex(
          [
            { students: 1, value: 1, group: 'urban' },
            { students: 1, value: 2 },
          ],
          { groupBy: true },
        ),
      );
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).path).toEqual(['schools', 1, 'group']);
      expect((error as InvalidInputError).messageZh).toContain('缺少 group');
      expect((error as InvalidInputError).messageEn).toContain('missing its group');
      const notBoolean = catchError(() => theilIndex([], { groupBy: 'group' as never }));
      expect(InvalidOptionError.isInstance(notBoolean)).toBe(true);
      expect((notBoolean as InvalidOptionError).path).toEqual(['options', 'groupBy']);
    });

    it('toJSON gives decimals as strings', () => {
      const json = theilIndex(
        [
          { students: 1, value: 1, group: 'rural' },
          { students: 1, value: 3, group: 'urban' },
        ],
        { groupBy: true },
      ).toJSON();
      expect(json.decomposition?.groups).toEqual([
        { group: 'rural', schoolCount: 1, students: 1, mean: '1', theil: '0', share: '0.25' },
        { group: 'urban', schoolCount: 1, students: 1, mean: '3', theil: '0', share: '0.75' },
      ]);
      expect(json.decomposition?.within).toBe('0');
      expect(json.value).toBe(json.decomposition?.between);
    });
  });
});
