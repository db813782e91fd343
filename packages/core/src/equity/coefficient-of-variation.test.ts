import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../_lib/decimal';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { catchError, isClose, positiveFactorArbitrary, scaleSchools, schoolsArbitrary } from './_lib/test-support';
import { coefficientOfVariation } from './coefficient-of-variation';

// Three schools: 100, 200 and 700 students with 4, 5 and 6 m² per student.
//   ΣP = 1000, ΣPX = 100·4 + 200·5 + 700·6 = 400 + 1000 + 4200 = 5600, X̄ = 5.6
//   weights 0.1, 0.2, 0.7; deviations −1.6, −0.6, +0.4
//   S² = 0.1·2.56 + 0.2·0.36 + 0.7·0.16 = 0.256 + 0.072 + 0.112 = 0.44
//   S = √0.44 = 0.66332495807107996982…, CV = S / 5.6 = 0.11845088536983570889…
const threeSchools = [
  { id: 'A', students: 100, value: 4 },
  { id: 'B', students: 200, value: 5 },
  { id: 'C', students: 700, value: 6 },
];

describe('coefficientOfVariation', () => {
  it('hand-worked enrolment-weighted case: X̄ 5.6, S² 0.44, CV 0.118450885…', () => {
    const result = coefficientOfVariation(threeSchools);
    expect(result.mean?.toString()).toBe('5.6');
    expect(result.variance?.toString()).toBe('0.44');
    expect(result.standardDeviation?.toString()).toBe(
      '0.6633249580710799698229865473341373367854177091178707194117364292',
    );
    expect(result.coefficientOfVariation?.toString()).toBe(
      '0.1184508853698357088969618834525245244259674480567626284663815052',
    );
    expect(result.coefficientOfVariation?.toFixed(3)).toBe('0.118');
    expect(result.reason).toBeNull();
    expect(result.schoolCount).toBe(3);
    expect(result.totalStudents).toBe(1000);
    expect(result.excluded).toEqual([]);
  });

  it('the unweighted and the n − 1 forms give different, wrong numbers', () => {
    const cv = coefficientOfVariation(threeSchools).coefficientOfVariation;
    // Unweighted population form: mean 5, S² = (1 + 0 + 1) / 3, CV = √(2/3) / 5 = 0.16329…
    const unweighted = new Decimal(2).div(3).sqrt().div(5);
    // Unweighted sample (n − 1) form: S² = 2 / 2 = 1, CV = 1 / 5 = 0.2
    const sample = new Decimal(1).div(5);
    // Weighted with the n/(n − 1) correction: S² = 0.44 · 3/2 = 0.66, CV = √0.66 / 5.6 = 0.14507…
    const weightedSample = new Decimal('0.66').sqrt().div('5.6');
    expect(unweighted.toFixed(3)).toBe('0.163');
    expect(sample.toFixed(3)).toBe('0.200');
    expect(weightedSample.toFixed(3)).toBe('0.145');
    for (const wrong of [unweighted, sample, weightedSample]) {
      expect(cv?.equals(wrong)).toBe(false);
      expect(cv?.toFixed(3)).not.toBe(wrong.toFixed(3));
    }
  });

  it('reports each school’s weight, deviation and share of the variance', () => {
    const { contributions } = coefficientOfVariation(threeSchools);
    expect(
      contributions.map((school) => [
        school.id,
        school.students,
        school.value.toString(),
        school.weight.toString(),
        school.deviation.toString(),
      ]),
    ).toEqual([
      ['A', 100, '4', '0.1', '-1.6'],
      ['B', 200, '5', '0.2', '-0.6'],
      ['C', 700, '6', '0.7', '0.4'],
    ]);
    // 0.256 / 0.44, 0.072 / 0.44, 0.112 / 0.44
    expect(contributions.map((school) => school.varianceShare?.toString())).toEqual([
      '0.5818181818181818181818181818181818181818181818181818181818181818',
      '0.1636363636363636363636363636363636363636363636363636363636363636',
      '0.2545454545454545454545454545454545454545454545454545454545454545',
    ]);
  });

  it('from totals, per 100 students: computers 45/300, 30/150, 5/50 give CV exactly 0.1875', () => {
    // X = 15, 20, 10 per 100 students; X̄ = 80 · 100 / 500 = 16 (the county ratio)
    // S² = 0.6·1 + 0.3·16 + 0.1·36 = 0.6 + 4.8 + 3.6 = 9, S = 3, CV = 3 / 16 = 0.1875
    const schools = [
      { students: 300, total: 45 },
      { students: 150, total: 30 },
      { students: 50, total: 5 },
    ];
    const per100 = coefficientOfVariation(schools, { scale: 100 });
    expect(per100.mean?.toString()).toBe('16');
    expect(per100.variance?.toString()).toBe('9');
    expect(per100.standardDeviation?.toString()).toBe('3');
    expect(per100.coefficientOfVariation?.toString()).toBe('0.1875');
    expect(per100.contributions.map((school) => school.value.toString())).toEqual(['15', '20', '10']);
    const perStudent = coefficientOfVariation(schools);
    expect(perStudent.mean?.toString()).toBe('0.16');
    expect(perStudent.coefficientOfVariation?.toString()).toBe('0.1875');
  });

  it('keeps totals exact: no per-school rounding of 1/3 and 2/7', () => {
    // X = 1/3 and 2/7, X̄ = 3/10 exactly; S² = 0.3·(1/30)² + 0.7·(1/70)² = 1/3000 + 1/7000 = 1/2100
    // CV = √(1/2100) / 0.3 = 0.07273929674…; rounding X to 0.33 and 0.29 first would give 0.0607
    const result = coefficientOfVariation([
      { students: 3, total: 1 },
      { students: 7, total: 2 },
    ]);
    expect(result.mean?.toString()).toBe('0.3');
    expect(result.variance?.toString()).toBe(new Decimal(1).div(2100).toString());
    expect(result.coefficientOfVariation?.toString()).toBe(
      '0.07273929674533079375536582847187315061880089804393606194614670038',
    );
  });

  it('accepts schools in both forms in one list', () => {
    const mixed = coefficientOfVariation([
      { students: 100, value: '4' },
      { students: 200, total: '1000' },
      { students: 700, value: new Decimal(6) },
    ]);
    expect(mixed.coefficientOfVariation?.toString()).toBe(
      coefficientOfVariation(threeSchools).coefficientOfVariation?.toString(),
    );
  });

  it('toJSON gives every decimal as a string', () => {
    const json = JSON.parse(
      JSON.stringify(
        coefficientOfVariation([
          { id: 'A', students: 1, value: 1 },
          { students: 1, value: 3 },
        ]),
      ),
    );
    // X̄ = 2, S² = ½·1 + ½·1 = 1, CV = ½
    expect(json).toEqual({
      coefficientOfVariation: '0.5',
      mean: '2',
      variance: '1',
      standardDeviation: '1',
      reason: null,
      scale: 1,
      schoolCount: 2,
      totalStudents: 2,
      excluded: [],
      contributions: [
        { index: 0, id: 'A', students: 1, value: '1', weight: '0.5', deviation: '-1', varianceShare: '0.5' },
        { index: 1, id: null, students: 1, value: '3', weight: '0.5', deviation: '1', varianceShare: '0.5' },
      ],
    });
  });

  describe('edge cases', () => {
    it('a single school gives 0', () => {
      const result = coefficientOfVariation([{ students: 420, value: '3.7' }]);
      expect(result.coefficientOfVariation?.toString()).toBe('0');
      expect(result.reason).toBeNull();
      expect(result.contributions[0]?.varianceShare).toBeNull();
    });

    it('schools with no students are left out before the ratio and listed', () => {
      const result = coefficientOfVariation([
        { id: 'A', students: 100, value: 4 },
        { id: '撤并校', students: 0, total: 5000 },
        { id: 'B', students: 200, value: 5 },
        { students: 0, value: 99 },
        { id: 'C', students: 700, value: 6 },
      ]);
      expect(result.coefficientOfVariation?.toString()).toBe(
        '0.1184508853698357088969618834525245244259674480567626284663815052',
      );
      expect(result.schoolCount).toBe(3);
      expect(result.contributions.map((school) => school.index)).toEqual([0, 2, 4]);
      expect(result.excluded).toEqual([
        {
          index: 1,
          id: '撤并校',
          reason: 'no_students',
          message: {
            zh: 'schools[1](撤并校)在校学生数为 0,已在计算前排除',
            en: 'schools[1] (撤并校) has no students and is left out before any ratio is taken.',
          },
        },
        {
          index: 3,
          id: null,
          reason: 'no_students',
          message: {
            zh: 'schools[3]在校学生数为 0,已在计算前排除',
            en: 'schools[3] has no students and is left out before any ratio is taken.',
          },
        },
      ]);
    });

    it('no schools, or none with students: no value, reason no_schools', () => {
      for (const schools of [[], [{ students: 0, value: 3 }]]) {
        const result = coefficientOfVariation(schools);
        expect(result.coefficientOfVariation).toBeNull();
        expect(result.mean).toBeNull();
        expect(result.standardDeviation).toBeNull();
        expect(result.reason).toBe('no_schools');
        expect(result.totalStudents).toBe(0);
      }
    });

    it('X̄ = 0: no value, reason zero_mean (never NaN or Infinity)', () => {
      const result = coefficientOfVariation([
        { students: 10, value: 0 },
        { students: 30, total: '0.000' },
      ]);
      expect(result.coefficientOfVariation).toBeNull();
      expect(result.reason).toBe('zero_mean');
      expect(result.mean?.toString()).toBe('0');
      expect(result.standardDeviation?.toString()).toBe('0');
      expect(result.toJSON().coefficientOfVariation).toBeNull();
    });

    it('rejects a scale other than 1 or 100, and unknown options', () => {
      const wrongScale = catchError(() => coefficientOfVariation(threeSchools, { scale: 10 as never }));
      expect(InvalidOptionError.isInstance(wrongScale)).toBe(true);
      expect((wrongScale as InvalidOptionError).path).toEqual(['options', 'scale']);
      expect((wrongScale as InvalidOptionError).messageZh).toContain('每百名学生');
      const typo = catchError(() => coefficientOfVariation(threeSchools, { scael: 100 } as never));
      expect((typo as InvalidOptionError).path).toEqual(['options', 'scael']);
    });
  });

  describe('invariants', () => {
    it('is scale-free: multiplying every value or total by c > 0 leaves the CV unchanged', () => {
      fc.assert(
        fc.property(schoolsArbitrary, positiveFactorArbitrary, (schools, factor) => {
          const original = coefficientOfVariation(schools).coefficientOfVariation;
          const scaled = coefficientOfVariation(scaleSchools(schools, factor)).coefficientOfVariation;
          expect(isClose(scaled, original)).toBe(true);
        }),
      );
    });

    it('per 100 students gives the same CV as per student, and a mean 100 times larger', () => {
      fc.assert(
        fc.property(schoolsArbitrary, (schools) => {
          const asTotals = schools.map((school) => ({
            students: school.students,
            total: school.total ?? school.value,
          }));
          const perStudent = coefficientOfVariation(asTotals);
          const per100 = coefficientOfVariation(asTotals, { scale: 100 });
          expect(isClose(per100.coefficientOfVariation, perStudent.coefficientOfVariation)).toBe(true);
          expect(isClose(per100.mean, perStudent.mean?.times(100) ?? null, '1e-45')).toBe(true);
        }),
      );
    });

    it('one school, or identical schools, give 0', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 5000 }),
          fc.integer({ min: 1, max: 1_000_000 }),
          fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 20 }),
          (students, thousandths, enrolments) => {
            const value = new Decimal(thousandths).div(1000).toString();
            expect(coefficientOfVariation([{ students, value }]).coefficientOfVariation?.toString()).toBe('0');
            const identical = enrolments.map((count) => ({ students: count, value }));
            expect(coefficientOfVariation(identical).coefficientOfVariation?.toString()).toBe('0');
            // The same figure given as totals: total = value × students.
            const asTotals = enrolments.map((count) => ({ students: count, total: new Decimal(value).times(count) }));
            expect(coefficientOfVariation(asTotals).coefficientOfVariation?.toString()).toBe('0');
          },
        ),
      );
    });

    it('the weighted mean equals Σtotal / Σstudents over the schools with students (the county ratio), exactly', () => {
      fc.assert(
        fc.property(schoolsArbitrary, (schools) => {
          // Schools without students are left out before the ratio, so their totals are not summed.
          const asTotals = schools
            .filter((school) => school.students > 0)
            .map((school) => ({
              students: school.students,
              total: school.total ?? new Decimal(school.value.toString()).times(school.students),
            }));
          const students = asTotals.reduce((sum, school) => sum + school.students, 0);
          const total = asTotals.reduce((sum, school) => sum.plus(school.total.toString()), new Decimal(0));
          const result = coefficientOfVariation(asTotals);
          if (students === 0) expect(result.mean).toBeNull();
          else expect(result.mean?.toString()).toBe(total.div(students).toString());
        }),
      );
    });

    it('schools with no students change nothing but the excluded list', () => {
      fc.assert(
        fc.property(schoolsArbitrary, (schools) => {
          const withStudents = schools.filter((school) => school.students > 0);
          const all = coefficientOfVariation(schools);
          const kept = coefficientOfVariation(withStudents);
          expect(all.coefficientOfVariation?.toString()).toBe(kept.coefficientOfVariation?.toString());
          expect(all.excluded.map((school) => school.index)).toEqual(
            schools.flatMap((school, index) => (school.students === 0 ? [index] : [])),
          );
        }),
      );
    });

    it('variance shares sum to 1 and the variance matches the definition', () => {
      fc.assert(
        fc.property(schoolsArbitrary, (schools) => {
          const result = coefficientOfVariation(schools);
          if (result.mean === null || result.variance === null) return;
          const mean = result.mean;
          // Σ (Pᵢ/ΣP)(Xᵢ − X̄)², straight from the definition.
          const direct = result.contributions.reduce(
            (sum, school) => sum.plus(school.weight.times(school.value.minus(mean).pow(2))),
            new Decimal(0),
          );
          expect(isClose(result.variance, direct, '1e-45')).toBe(true);
          if (result.variance.isZero()) return;
          const shares = result.contributions.reduce(
            (sum, school) => sum.plus(school.varianceShare ?? 0),
            new Decimal(0),
          );
          expect(isClose(shares, new Decimal(1))).toBe(true);
        }),
      );
    });
  });
});
