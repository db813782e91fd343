import { describe, expectTypeOf, it } from 'vitest';
import {
  type AgeGroupId,
  ageAtCutoff,
  ageGroupsOf,
  countPopulationByAgeGroup,
  lastSchoolYears,
  parseSchoolYear,
  SchoolYear,
  type SchoolYearFormatStyle,
} from '../index';

describe('the school-year surface, in types', () => {
  it('format styles and age-group ids are string-literal unions', () => {
    expectTypeOf<'slash'>().toExtend<SchoolYearFormatStyle>();
    expectTypeOf<'iso'>().not.toExtend<SchoolYearFormatStyle>();
    expectTypeOf<'disabled_compulsory'>().toExtend<AgeGroupId>();
    expectTypeOf<string>().not.toExtend<AgeGroupId>();
  });

  it('functions narrow their results', () => {
    expectTypeOf(parseSchoolYear('2021/22')).toEqualTypeOf<SchoolYear>();
    expectTypeOf(ageAtCutoff('2015-08-31', 2021)).toEqualTypeOf<number>();
    expectTypeOf(ageGroupsOf(6)).toEqualTypeOf<AgeGroupId[]>();
    expectTypeOf(countPopulationByAgeGroup([], 2021).counts).toEqualTypeOf<Readonly<Record<AgeGroupId, number>>>();
    const label = { 'zh-CN': '', 'zh-TW': '', en: '' };
    const custom = countPopulationByAgeGroup([], 2021, {
      ageGroups: [{ id: 'primary_five_four' as const, minAge: 6, maxAge: 10, label }],
    });
    expectTypeOf(custom.counts).toEqualTypeOf<Readonly<Record<'primary_five_four', number>>>();
  });

  it('wrong inputs do not compile', () => {
    // @ts-expect-error: until is required
    lastSchoolYears(3, {});
    // @ts-expect-error: the start year is a number
    SchoolYear.of('2021');
    // @ts-expect-error: not a format style
    SchoolYear.of(2021).format('iso');
    // @ts-expect-error: not a leap-day convention
    ageAtCutoff('2016-02-29', 2021, { leapDayBirthday: 'march_2' });
  });
});
