import { InvalidInputError, InvalidOptionError } from '@edukpi/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primaryFigures, primarySchool } from '../_test/school-fixtures';
import { evaluateRegime } from '../engine/evaluate-regime';
import { basicBalance2012 } from '../regimes/basic-balance-2012';
import { defineRegimeVariant } from '../regimes/define-regime-variant';
import { preschoolUniversal2020 } from '../regimes/preschool-universal-2020';
import { qualityBalance2017 } from '../regimes/quality-balance-2017';
import type { Regime } from '../regimes/regime';
import type { SchoolRecord, SchoolType, StageFigures } from '../school/school-record';
import { schoolColumnsFromRecords } from './school-columns-from-records';
import { schoolRecordsByCounty, schoolRecordsFromColumns } from './school-records-from-columns';
import { type CountiesScreen, screenCounties } from './screen-counties';

// The screen must agree with evaluateRegime on every stage school and every CV: the property
// tests below screen random counties — every school type, private schools, small teaching points,
// zero-student stages, values on, just off and far from the standards and the 85% floor — and
// compare each decision with evaluateRegime on the same county's records.

/** Per 100 students for teachers and classrooms, per student otherwise (2017 standards). */
const standards = {
  primary: { teachers: 4.2, key: 1, peArts: 0.9, teaching: 4.5, sports: 7.5, equipment: 2000, multimedia: 2.3 },
  junior: { teachers: 5.3, key: 1, peArts: 0.9, teaching: 5.8, sports: 10.2, equipment: 2500, multimedia: 2.4 },
};

const factors = fc.constantFrom(0, 0.6, 0.85, 0.9, 1, 1.2, 2);

const stageFigures = (students: number, level: 'primary' | 'junior', f: readonly number[]): StageFigures => {
  const s = standards[level];
  const qualified = Math.round((students * s.teachers * (f[0] as number)) / 100);
  const peArts = Math.round((students * s.peArts * (f[2] as number)) / 100);
  return {
    students,
    classes: Math.ceil(students / 45),
    teachers: qualified + Math.ceil(qualified / 6),
    qualifiedTeachers: qualified,
    keyTeachers: Math.round((students * s.key * (f[1] as number)) / 100),
    peTeachers: Math.ceil(peArts / 2),
    musicTeachers: Math.floor(peArts / 4),
    artTeachers: peArts - Math.ceil(peArts / 2) - Math.floor(peArts / 4),
    intermediateOrAboveTitleTeachers: Math.floor(qualified / 2),
  };
};

const stagesOf: Record<SchoolType, readonly ('primary' | 'junior' | 'senior')[]> = {
  primary: ['primary'],
  junior: ['junior'],
  nine_year: ['primary', 'junior'],
  twelve_year: ['primary', 'junior', 'senior'],
  complete_secondary: ['junior', 'senior'],
  teaching_point: ['primary'],
  special_education: ['primary'],
  vocational: ['senior'],
};

const schoolArbitrary = fc
  .record({
    type: fc.constantFrom<SchoolType>(
      'primary',
      'primary',
      'junior',
      'nine_year',
      'twelve_year',
      'complete_secondary',
      'teaching_point',
      'special_education',
      'vocational',
    ),
    ownership: fc.constantFrom<'public' | 'private'>('public', 'public', 'private'),
    students: fc.array(fc.oneof(fc.integer({ min: 1, max: 2400 }), fc.constant(0), fc.integer({ min: 20, max: 80 })), {
      minLength: 3,
      maxLength: 3,
    }),
    dropStage: fc.boolean(),
    factors: fc.array(factors, { minLength: 7, maxLength: 7 }),
    inWan: fc.boolean(),
  })
  .map(({ type, ownership, students, dropStage, factors: f, inWan }) => {
    let stages = [...stagesOf[type]];
    if (dropStage && stages.length > 1) stages = stages.slice(1);
    const level = stages[0] === 'primary' ? 'primary' : 'junior';
    const s = standards[level];
    const total = stages.reduce((sum, _, index) => sum + (students[index] as number), 0);
    const equipment = Math.round(total * s.equipment * (f[5] as number));
    const school: Record<string, unknown> = {
      name: '学校',
      type,
      ownership,
      teachingArea: total * s.teaching * (f[3] as number),
      sportsArea: Math.round(total * s.sports * (f[4] as number) * 10) / 10,
      ...(inWan ? { equipmentValueWan: equipment / 10_000 } : { equipmentValue: equipment }),
      computers: Math.round(total / 8),
      books: total * 30,
      multimediaClassrooms: Math.round((total * s.multimedia * (f[6] as number)) / 100),
    };
    stages.forEach((stage, index) => {
      school[stage] = stageFigures(students[index] as number, stage === 'primary' ? 'primary' : 'junior', f);
    });
    return school as Omit<SchoolRecord, 'id'>;
  });

const nationArbitrary = fc
  .array(fc.array(schoolArbitrary, { minLength: 0, maxLength: 9 }), { minLength: 1, maxLength: 4 })
  .map((counties) => {
    let next = 0;
    return new Map(
      counties.map((schools, county) => [
        `C${county}`,
        schools.map((school) => ({ ...school, id: `S${next}`, name: `学校${next++}` }) as SchoolRecord),
      ]),
    );
  });

/** Checks that the screen of every county agrees with evaluateRegime on the county's records. */
function expectAgreement(regime: Regime, counties: ReadonlyMap<string, readonly SchoolRecord[]>, scope = {}) {
  const screen = screenCounties(regime, schoolColumnsFromRecords(counties), { scope });
  // A county without schools has no row in a table, so no place in the screen.
  const withSchools = [...counties.entries()].filter(([, schools]) => schools.length > 0);
  expect(screen.counties.map((county) => county.county)).toEqual(withSchools.map(([county]) => county));
  withSchools.forEach(([countyId, schools], index) => {
    const evaluation = evaluateRegime(regime, { schools }, { scope });
    const county = screen.counties[index] as CountiesScreen['counties'][number];
    const resources = evaluation.resources;
    if (resources === null) throw new Error('no resource part');
    const mine = [...Array(screen.stageSchools.length).keys()].filter((j) => screen.stageSchools.county[j] === index);
    expect(mine.map((j) => screen.stageSchools.stage[j])).toEqual(resources.schools.map((school) => school.stage));
    resources.schools.forEach((school, position) => {
      const j = mine[position] as number;
      expect(screen.stageSchools.atStandard[j]).toBe(school.atStandard);
      expect(screen.stageSchools.passed[j]).toBe(school.passed);
      school.indicators.forEach((check, k) => {
        expect(((screen.stageSchools.indicatorsAtStandard[j] as number) >> k) & 1).toBe(check.passed === true ? 1 : 0);
        expect(screen.stageSchools.approximateValues[k]?.[j]).toBe(check.approximateValue);
      });
    });
    expect(county.stageSchools).toBe(resources.schools.length);
    expect(county.stageSchoolsFailing).toBe(resources.schools.filter((school) => school.passed === false).length);
    expect(county.coefficients).toEqual(
      resources.coefficients.map((check) => ({
        stage: check.stage,
        indicator: check.indicator,
        schoolCount: check.schoolCount,
        displayCoefficient: check.displayCoefficient,
        threshold: check.threshold,
        passed: check.passed,
        approximateCoefficient: check.approximateCoefficient,
      })),
    );
    expect(county.composites.map(({ approximateCoefficient: _, ...rest }) => rest)).toEqual(
      resources.composites.map((check) => ({
        stage: check.stage,
        displayCoefficient: check.displayCoefficient,
        threshold: check.threshold,
        passed: check.passed,
      })),
    );
    expect(county.resourcesPassed).toBe(resources.passed);
    expect(county.schoolsGiven).toBe(schools.length);
    expect(
      screen.excluded
        .filter((entry) => entry.county === countyId)
        .map(({ schoolId, reason }) => ({ schoolId, reason })),
    ).toEqual(evaluation.scope.excluded.map(({ schoolId, reason }) => ({ schoolId, reason })));
    expect(
      screen.stagesNotEvaluated
        .filter((entry) => entry.county === countyId)
        .map(({ stage, reason }) => ({ stage, reason })),
    ).toEqual(evaluation.scope.stagesNotEvaluated.map(({ stage, reason }) => ({ stage, reason })));
  });
}

describe('screenCounties', () => {
  it('agrees with evaluateRegime on every school and CV under the 2017 regime (property)', () => {
    fc.assert(
      fc.property(nationArbitrary, (counties) => expectAgreement(qualityBalance2017, counties)),
      { numRuns: 150 },
    );
  });

  it('agrees under the 2012 composite and a provincial variant with private schools left out (property)', () => {
    const province = defineRegimeVariant(basicBalance2012, {
      id: 'basic_balance_2012_demo',
      standards: {
        teaching_space_per_student: { primary: '4.5', junior: '5.8' },
        books_per_student: { primary: '30' },
      },
    });
    const stricter = defineRegimeVariant(qualityBalance2017, { coefficientThresholds: { primary: '0.3' } });
    fc.assert(
      fc.property(nationArbitrary, fc.boolean(), (counties, includePrivate) => {
        expectAgreement(province, counties, { includePrivate });
        expectAgreement(stricter, counties, { includePrivate, teachingPointMinimumStudents: 0 });
      }),
      { numRuns: 60 },
    );
  });

  it('decides a value exactly on its standard, and the 85% floor, exactly', () => {
    const schools = [
      // 1700 元 per student: at 85% of 2000, passes with six other indicators at standard.
      primarySchool({ id: 'A', equipmentValue: 1_700_000 }),
      // One 元 short in a million: below the floor.
      primarySchool({ id: 'B', equipmentValue: 1_699_999.999999 }),
      // 4.5 m² per student exactly.
      primarySchool({ id: 'C', teachingArea: 4500 }),
    ];
    const screen = screenCounties(qualityBalance2017, schoolColumnsFromRecords({ county: schools }));
    expect(screen.stageSchools.passed).toEqual([true, false, true]);
    expect([...screen.stageSchools.atStandard]).toEqual([6, 6, 7]);
    const equipment = screen.indicators.indexOf('equipment_value_per_student');
    expect(((screen.stageSchools.indicatorsBelowFloor[1] as number) >> equipment) & 1).toBe(1);
    expect(screen.stageSchools.indicatorsBelowFloor[0]).toBe(0);
    expectAgreement(qualityBalance2017, new Map([['county', schools]]));
  });

  it('decides a CV exactly at its threshold and at a rounding boundary exactly', () => {
    // Two schools of 500 students with 3 and 1 m² of sports ground each: CV = (3 − 1) ÷ (3 + 1) = 0.5.
    const pair = (first: number, second: number) => [
      primarySchool({ id: 'A', primary: { ...primaryFigures, students: 500 }, sportsArea: first }),
      primarySchool({ id: 'B', primary: { ...primaryFigures, students: 500 }, sportsArea: second }),
    ];
    const sports = (schools: SchoolRecord[]) =>
      screenCounties(qualityBalance2017, schoolColumnsFromRecords({ county: schools })).counties[0]?.coefficients.find(
        (check) => check.stage === 'primary' && check.indicator === 'sports_space_per_student',
      );
    expect(sports(pair(1500, 500))).toMatchObject({ displayCoefficient: '0.500', passed: true });
    expect(sports(pair(1500.000001, 500))).toMatchObject({ displayCoefficient: '0.500', passed: false });
    // CV = 0.1235 exactly: (a − b) ÷ (a + b) with a = 1.1235, b = 0.8765 per student → '0.124' half up.
    expect(sports(pair(561.75, 438.25))).toMatchObject({ displayCoefficient: '0.124', passed: true });
    expectAgreement(qualityBalance2017, new Map([['county', pair(1500.000001, 500)]]));
  });

  it('screens an empty table to no counties', () => {
    const empty = schoolColumnsFromRecords({});
    const screen = screenCounties(qualityBalance2017, empty);
    expect(screen.counties).toEqual([]);
    expect(screen.stageSchools.length).toBe(0);
    expect(screen.excluded).toEqual([]);
  });

  it('screens a county with every school left out as having nothing to compare', () => {
    const special = primarySchool({ id: 'T', type: 'special_education' });
    const screen = screenCounties(qualityBalance2017, schoolColumnsFromRecords({ county: [special] }));
    expect(screen.counties[0]).toMatchObject({ schoolsGiven: 1, schoolsExcluded: 1, stageSchools: 0 });
    expect(screen.counties[0]?.resourcesPassed).toBeNull();
    expect(screen.excluded).toEqual([
      { row: 0, schoolId: 'T', name: '城关小学', county: 'county', reason: 'special_education' },
    ]);
    expect(evaluateRegime(qualityBalance2017, { schools: [special] }).resources?.passed).toBeNull();
  });

  it('reports every malformed cell with its column and row, in both languages', () => {
    const columns = schoolColumnsFromRecords({ county: [primarySchool(), primarySchool({ id: 'P-02' })] });
    const broken = {
      ...columns,
      type: ['primary', 'college'],
      teachingArea: [4500, -1],
      primary: { ...columns.primary, teachers: [60, 2.5] },
      equipmentValueWan: [200, null],
    } as unknown as typeof columns;
    const error = (() => {
      try {
        screenCounties(qualityBalance2017, broken);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(InvalidInputError.isInstance(error)).toBe(true);
    const issues = (error as InvalidInputError).issues;
    expect(issues.map((issue) => issue.path)).toEqual([
      ['columns', 'equipmentValue', 0],
      ['columns', 'type', 1],
      ['columns', 'teachingArea', 1],
      ['columns', 'primary', 'teachers', 1],
    ]);
    expect((error as InvalidInputError).messageEn).toMatch(/^Invalid input for the school table in columns: row 1: /);
    expect(issues[1]?.messageZh).toBe(
      '第 2 行:学校类型应为 primary、junior、nine_year、twelve_year、complete_secondary、teaching_point、special_education、vocational 之一,收到 "college"',
    );
    expect(issues[0]?.messageEn).toBe('row 1: the equipment value is given both in yuan and in 10,000 yuan; give one.');
    expect(issues[3]?.messageEn).toBe(
      'row 2: the primary full-time teachers must be a non-negative whole number, got 2.5.',
    );
  });

  it('refuses columns of different lengths, missing columns, and stray figures of a stage without students', () => {
    const columns = schoolColumnsFromRecords({ county: [primarySchool(), primarySchool({ id: 'P-02' })] });
    const { books: _, ...withoutBooks } = columns;
    expect(() => screenCounties(qualityBalance2017, { ...columns, county: ['a'] })).toThrow(
      /column county has 1 rows, the id column 2/,
    );
    expect(() => screenCounties(qualityBalance2017, withoutBooks as typeof columns)).toThrow(
      /column books \(books\) is missing/,
    );
    const stray = {
      ...columns,
      type: ['primary', 'nine_year'],
      junior: { ...(columns.primary as NonNullable<typeof columns.primary>), students: [null, null] },
    } as typeof columns;
    expect(() => screenCounties(qualityBalance2017, stray)).toThrow(
      /junior students are blank but the stage's classes is given/,
    );
    expect(() => screenCounties(qualityBalance2017, 'schools' as never)).toThrow(InvalidInputError);
  });

  it('refuses 64-bit integer columns and bigint cells with a hint, never converting them', () => {
    const columns = schoolColumnsFromRecords({ county: [primarySchool(), primarySchool({ id: 'P-02' })] });
    const primary = columns.primary as NonNullable<typeof columns.primary>;
    const wide = { ...columns, primary: { ...primary, teachers: BigInt64Array.from([60n, 60n]) } } as never;
    expect(() => screenCounties(qualityBalance2017, wide)).toThrow(
      /column primary.teachers is a 64-bit integer array \(BigInt64Array\); pass numbers/,
    );
    const cells = { ...columns, books: [30000, 30000n] } as never;
    expect(() => screenCounties(qualityBalance2017, cells)).toThrow(
      /row 2: books must be a finite non-negative number, got 30000n \(a bigint: convert it to a number first\)/,
    );
  });

  it('refuses a regime without a resource part, unknown options and malformed scope rules', () => {
    const columns = schoolColumnsFromRecords({ county: [primarySchool()] });
    expect(() => screenCounties(preschoolUniversal2020, columns)).toThrow(InvalidOptionError);
    expect(() => screenCounties(preschoolUniversal2020, columns)).toThrow(/没有资源配置部分/);
    expect(() => screenCounties(qualityBalance2017, columns, { scop: {} } as never)).toThrow(/unknown option scop/);
    expect(() => screenCounties(qualityBalance2017, columns, { scope: { includePrivat: false } as never })).toThrow(
      /unknown option includePrivat/,
    );
    expect(() => screenCounties(qualityBalance2017, columns, { scope: { teachingPointMinimumStudents: -1 } })).toThrow(
      /scope.teachingPointMinimumStudents must be a whole number ≥ 0/,
    );
    expect(() =>
      evaluateRegime(qualityBalance2017, { schools: [primarySchool()] }, { scope: { includePrivate: 'no' as never } }),
    ).toThrow(/scope.includePrivate must be true or false/);
  });

  it('reads blank stage cells as NaN in typed arrays, as null in arrays', () => {
    const nineYear = primarySchool({
      id: 'N',
      type: 'nine_year',
      junior: { ...primaryFigures, students: 400, qualifiedTeachers: 25 },
    });
    const columns = schoolColumnsFromRecords({ county: [primarySchool(), nineYear] });
    const junior = columns.junior as NonNullable<typeof columns.junior>;
    const typed = {
      ...columns,
      junior: Object.fromEntries(
        Object.entries(junior).map(([name, values]) => [
          name,
          Float64Array.from(values as ArrayLike<number | null>, (value) => value ?? Number.NaN),
        ]),
      ) as unknown as typeof junior,
    };
    expect(screenCounties(qualityBalance2017, typed)).toEqual(screenCounties(qualityBalance2017, columns));
    expect(screenCounties(qualityBalance2017, typed).stageSchools.stage).toEqual(['primary', 'primary', 'junior']);
  });
});

describe('schoolColumnsFromRecords, schoolRecordsFromColumns and schoolRecordsByCounty', () => {
  it('round-trip the fields the resource part reads (property)', () => {
    fc.assert(
      fc.property(nationArbitrary, (counties) => {
        const columns = schoolColumnsFromRecords(counties);
        const byCounty = schoolRecordsByCounty(columns);
        for (const [county, schools] of counties) {
          const back = schoolRecordsFromColumns(columns, { county });
          expect(back).toEqual(schools);
          expect(byCounty.get(county) ?? []).toEqual(schools);
        }
        expect([...byCounty.keys()]).toEqual(
          [...counties].filter(([, schools]) => schools.length > 0).map(([id]) => id),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('refuses an amount with more digits than a double holds, and reports invalid records by county and index', () => {
    expect(() =>
      schoolColumnsFromRecords({ county: [primarySchool({ teachingArea: '4500.0000000000000001' })] }),
    ).toThrow(/more significant digits than a double holds/);
    expect(schoolColumnsFromRecords({ county: [primarySchool({ teachingArea: '4500.50' })] }).teachingArea).toEqual([
      4500.5,
    ]);
    try {
      schoolColumnsFromRecords({ A: [primarySchool()], B: [primarySchool({ id: '' })] });
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).issues[0]?.path).toEqual(['B', 0, 'id']);
    }
  });
});
