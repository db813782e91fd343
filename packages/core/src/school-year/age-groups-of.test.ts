import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { thrown } from './_lib/test-support';
import { ageGroupsOf } from './age-groups-of';
import { type AgeGroup, officialAgeGroups } from './official-age-groups';

const label = { 'zh-CN': 'x', 'zh-TW': 'x', en: 'x' };
const fiveFour: AgeGroup<'primary' | 'junior'>[] = [
  { id: 'primary', minAge: 6, maxAge: 10, label },
  { id: 'junior', minAge: 11, maxAge: 14, label },
];

describe('ageGroupsOf', () => {
  it('lists every official group an age falls in, at the band edges', () => {
    expect(ageGroupsOf(2)).toEqual([]);
    expect(ageGroupsOf(3)).toEqual(['preschool']);
    expect(ageGroupsOf(5)).toEqual(['preschool']);
    expect(ageGroupsOf(6)).toEqual(['primary', 'disabled_compulsory']);
    expect(ageGroupsOf(11)).toEqual(['primary', 'disabled_compulsory']);
    expect(ageGroupsOf(12)).toEqual(['junior', 'disabled_compulsory']);
    expect(ageGroupsOf(14)).toEqual(['junior', 'disabled_compulsory']);
    expect(ageGroupsOf(15)).toEqual(['upper_secondary']);
    expect(ageGroupsOf(22)).toEqual(['higher']);
    expect(ageGroupsOf(23)).toEqual([]);
  });

  it('agrees with the bands (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), (age) => {
        const expected = Object.values(officialAgeGroups)
          .filter((group) => group.minAge <= age && age <= group.maxAge)
          .map((group) => group.id);
        expect(ageGroupsOf(age)).toEqual(expected);
      }),
    );
  });

  it('takes other groups, e.g. a 五四制 area', () => {
    expect(ageGroupsOf(11, { ageGroups: fiveFour })).toEqual(['junior']);
    expect(ageGroupsOf(10, { ageGroups: fiveFour })).toEqual(['primary']);
  });

  it('refuses an age that is not a whole number ≥ 0, in both languages', () => {
    const error = thrown(() => ageGroupsOf(5.5)) as InvalidInputError;
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect(error.path).toEqual(['age']);
    expect(error.messageZh).toBe('输入无效:年龄应为 ≥ 0 的整数(周岁),收到 5.5');
    expect(error.messageEn).toBe('Invalid input: age must be a whole number of years ≥ 0 (got 5.5).');
    expect(() => ageGroupsOf(-1)).toThrow(InvalidInputError);
  });

  it('refuses malformed groups', () => {
    const cases: [unknown, (string | number)[]][] = [
      [[], ['options', 'ageGroups']],
      [[{ id: '', minAge: 1, maxAge: 2, label }], ['options', 'ageGroups', 0, 'id']],
      [
        [fiveFour[0], fiveFour[0]],
        ['options', 'ageGroups', 1, 'id'],
      ],
      [[{ id: 'a', minAge: 1.5, maxAge: 2, label }], ['options', 'ageGroups', 0, 'minAge']],
      [[{ id: 'a', minAge: 3, maxAge: 2, label }], ['options', 'ageGroups', 0, 'maxAge']],
      [[null], ['options', 'ageGroups', 0]],
    ];
    for (const [ageGroups, path] of cases) {
      const error = thrown(() => ageGroupsOf(6, { ageGroups: ageGroups as never })) as InvalidOptionError;
      expect(InvalidOptionError.isInstance(error)).toBe(true);
      expect(error.path).toEqual(path);
    }
  });
});
