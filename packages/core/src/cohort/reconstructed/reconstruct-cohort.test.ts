import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../_lib/decimal';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { InvalidOptionError } from '../../errors/invalid-option-error';
import { countyPrimary, threeGrades } from './_lib/fixtures';
import { catchError, closedTableArbitrary, isClose, ratesArbitrary } from './_lib/test-support';
import { flowRatesByGrade } from './flow-rates-by-grade';
import { type CohortRatesInput, type ReconstructedCohortResult, reconstructCohort } from './reconstruct-cohort';

const strings = (values: readonly (Decimal | null)[]) => values.map((value) => value?.toString() ?? null);

const ONE = new Decimal(1);
const HUNDRED = new Decimal(100);

/** The summary values, for comparing two cohorts. */
function summaryOf(result: ReconstructedCohortResult) {
  return [
    result.survivalRateToLastGrade,
    result.graduates,
    result.totalDropouts,
    result.totalPupilYears,
    result.graduatePupilYears,
    result.coefficientOfEfficiency,
    result.yearsInputPerGraduate,
    ...result.grades.flatMap((grade) => [grade.reached, grade.pupilYears, grade.dropouts]),
  ];
}

/**
 * An independent check of the capped model: follows the cohort year by year, keeping the pupils
 * of each grade by how many times they have repeated it. A graduate's pupil-years are counted
 * with the chance, from each state, of graduating in the end.
 */
function simulateCappedCohort(rates: readonly { promotion: string; repetition: string }[], cap: number) {
  const n = rates.length;
  const p = rates.map((rate) => new Decimal(rate.promotion));
  const r = rates.map((rate) => new Decimal(rate.repetition));
  const zeros = () => Array.from({ length: n }, () => new Decimal(0));
  const reached = zeros();
  const pupilYears = zeros();
  const promoted = zeros();
  const cappedOut = zeros();
  // Chance of leaving grade g by promotion, having repeated it j times already.
  const promotedFrom = (g: number, j: number) => {
    let stay = new Decimal(0);
    for (let i = 0; i <= cap - j; i += 1) stay = stay.plus((r[g] ?? ONE).pow(i));
    return (p[g] ?? ONE).times(stay);
  };
  const graduateFrom = (g: number, j: number) => {
    let chance = promotedFrom(g, j);
    for (let h = g + 1; h < n; h += 1) chance = chance.times(promotedFrom(h, 0));
    return chance;
  };
  let graduatePupilYears = new Decimal(0);
  let states: Decimal[][] = Array.from({ length: n }, () => Array.from({ length: cap + 1 }, () => new Decimal(0)));
  states[0]![0] = new Decimal(1000);
  reached[0] = new Decimal(1000);
  for (let year = 0; year < n * (cap + 1); year += 1) {
    const next = states.map((row) => row.map(() => new Decimal(0)));
    states.forEach((row, g) => {
      row.forEach((pupils, j) => {
        if (pupils.isZero()) return;
        pupilYears[g] = pupilYears[g]!.plus(pupils);
        graduatePupilYears = graduatePupilYears.plus(pupils.times(graduateFrom(g, j)));
        const up = pupils.times(p[g]!);
        promoted[g] = promoted[g]!.plus(up);
        if (g + 1 < n) {
          next[g + 1]![0] = next[g + 1]![0]!.plus(up);
          reached[g + 1] = reached[g + 1]!.plus(up);
        }
        const again = pupils.times(r[g]!);
        if (j < cap) next[g]![j + 1] = next[g]![j + 1]!.plus(again);
        else cappedOut[g] = cappedOut[g]!.plus(again);
      });
    });
    states = next;
  }
  return { reached, pupilYears, promoted, cappedOut, graduatePupilYears };
}

describe('reconstructCohort', () => {
  it('hand-worked three grades, unlimited repetition', () => {
    // Grade 1: 1000 enter; pupil-years = 1000 ÷ (1 − 0.2) = 1250 (250 of them repetitions);
    //          promoted = 1000 × 0.72 ÷ 0.8 = 900; dropouts = 1000 − 900 = 100 (= 1250 × 0.08)
    // Grade 2:  900 enter; pupil-years = 900 ÷ 0.9 = 1000; promoted = 900 × 0.855 ÷ 0.9 = 855; dropouts 45
    // Grade 3:  855 enter; pupil-years = 855 ÷ 0.95 = 900; graduates = 855 × 0.76 ÷ 0.95 = 684; dropouts 171
    // Survival: 100%, 90%, 85.5%. Σ pupil-years = 1250 + 1000 + 900 = 3150; dropouts 100 + 45 + 171 = 316.
    // Coefficient of efficiency = 684 × 3 ÷ 3150 = 2052 ÷ 3150 = 65.142857…%; years-input per graduate = 3150 ÷ 684 = 4.605…
    // Graduates' years = 684 × (1/0.8 + 1/0.9 + 1/0.95) = 855 + 760 + 720 = 2335; the dropouts' = 3150 − 2335 = 815
    //   (check: 100 × 1.25 + 45 × (1.25 + 1.1…) + 171 × (1.25 + 1.1… + 1.052…) = 125 + 106.25 + 583.75 = 815).
    const cohort = reconstructCohort(flowRatesByGrade(threeGrades));
    expect(strings(cohort.grades.map((grade) => grade.reached))).toEqual(['1000', '900', '855']);
    expect(strings(cohort.grades.map((grade) => grade.survivalRate))).toEqual(['100', '90', '85.5']);
    expect(strings(cohort.grades.map((grade) => grade.pupilYears))).toEqual(['1250', '1000', '900']);
    expect(strings(cohort.grades.map((grade) => grade.repetitions))).toEqual(['250', '100', '45']);
    expect(strings(cohort.grades.map((grade) => grade.promoted))).toEqual(['900', '855', '684']);
    expect(strings(cohort.grades.map((grade) => grade.dropouts))).toEqual(['100', '45', '171']);
    expect(strings(cohort.grades.map((grade) => grade.cappedOut))).toEqual(['0', '0', '0']);
    expect(cohort.survivalRateToLastGrade?.toString()).toBe('85.5');
    expect(cohort.cumulativeDropoutRate?.toString()).toBe('14.5');
    expect(cohort.graduates?.toString()).toBe('684');
    expect(cohort.graduationRate?.toString()).toBe('68.4');
    expect(cohort.totalDropouts?.toString()).toBe('316');
    expect(cohort.totalPupilYears?.toString()).toBe('3150');
    expect(cohort.graduatePupilYears?.toString()).toBe('2335');
    expect(cohort.dropoutPupilYears?.toString()).toBe('815');
    expect(cohort.idealPupilYears?.toString()).toBe('2052');
    expect(cohort.coefficientOfEfficiency?.toString()).toBe(
      '65.14285714285714285714285714285714285714285714285714285714285714',
    );
    expect(cohort.coefficientOfEfficiency?.toFixed(1)).toBe('65.1');
    expect(cohort.yearsInputPerGraduate?.toString()).toBe(
      '4.605263157894736842105263157894736842105263157894736842105263158',
    );
    expect([cohort.reason, cohort.reasonGradeIndex, cohort.warnings]).toEqual([null, null, []]);
    expect([cohort.gradeCount, cohort.maxRepetitions, cohort.cohortSize.toString()]).toEqual([3, 'unlimited', '1000']);
  });

  it('hand-worked three grades with at most one repetition per grade', () => {
    // Cap k = 1: S = 1 + r, and r² of the entrants (who would repeat twice) leave.
    // Grade 1: S = 1.2; pupil-years 1200; promoted 1000 × 0.72 × 1.2 = 864; capped out 1000 × 0.04 = 40;
    //          dropouts 1000 − 864 = 136 (= 1200 × 0.08 + 40)
    // Grade 2: S = 1.1; pupil-years 864 × 1.1 = 950.4; promoted 864 × 0.855 × 1.1 = 812.592;
    //          capped out 864 × 0.01 = 8.64; dropouts 51.408
    // Grade 3: S = 1.05; pupil-years 812.592 × 1.05 = 853.2216; graduates 812.592 × 0.76 × 1.05 = 648.448416;
    //          capped out 812.592 × 0.0025 = 2.03148; dropouts 164.143584
    // Σ pupil-years = 3003.6216; coefficient of efficiency = 648.448416 × 3 ÷ 3003.6216 = 64.7667…%
    const cohort = reconstructCohort(flowRatesByGrade(threeGrades), { maxRepetitions: 1 });
    expect(strings(cohort.grades.map((grade) => grade.reached))).toEqual(['1000', '864', '812.592']);
    expect(strings(cohort.grades.map((grade) => grade.pupilYears))).toEqual(['1200', '950.4', '853.2216']);
    expect(strings(cohort.grades.map((grade) => grade.promoted))).toEqual(['864', '812.592', '648.448416']);
    expect(strings(cohort.grades.map((grade) => grade.cappedOut))).toEqual(['40', '8.64', '2.03148']);
    expect(strings(cohort.grades.map((grade) => grade.dropouts))).toEqual(['136', '51.408', '164.143584']);
    expect(cohort.totalPupilYears?.toString()).toBe('3003.6216');
    expect(cohort.totalDropouts?.toString()).toBe('351.551584');
    expect(cohort.coefficientOfEfficiency?.toString()).toBe(
      new Decimal('1945.345248').times(100).div('3003.6216').toString(),
    );
    expect(cohort.coefficientOfEfficiency?.toFixed(4)).toBe('64.7667');
    // Graduates' years in grade 1: of the 864 promoted, 720 took 1 year and 144 took 2: 1008 ÷ 864 each.
    expect(cohort.maxRepetitions).toBe(1);
  });

  it('no repetition allowed (cap 0): those who would repeat leave at once', () => {
    const cohort = reconstructCohort(flowRatesByGrade(threeGrades), { maxRepetitions: 0 });
    // Grade 1: promoted 720, capped out 200, dropouts 280; grade 2: promoted 720 × 0.855 = 615.6
    expect(strings(cohort.grades.map((grade) => grade.pupilYears))).toEqual(['1000', '720', '615.6']);
    expect(strings(cohort.grades.map((grade) => grade.cappedOut))).toEqual(['200', '72', '30.78']);
    expect(cohort.graduates?.toString()).toBe('467.856');
    // Every graduate spent exactly 3 years: full efficiency for the graduates' own years.
    expect(cohort.graduatePupilYears?.toString()).toBe(cohort.idealPupilYears?.toString());
  });

  it('county primary, six grades, 2022 → 2023: a table as the UIS prints it', () => {
    // r = 0.2 everywhere: pupil-years = 1.25 × reach; reach falls by p ÷ (1 − r) = 0.76 ÷ 0.8 = 0.95 a grade,
    // and by 0.72 ÷ 0.8 = 0.9 at graduation.
    // reach: 1000, 950, 902.5, 857.375, 814.50625, 773.7809375; graduates = 773.7809375 × 0.9 = 696.40284375
    // Σ reach = 5298.1621875, Σ pupil-years = 1.25 × 5298.1621875 = 6622.702734375
    // graduates' years = 696.40284375 × 6 × 1.25 = 5223.021328125; the dropouts' = 1399.68140625
    // efficiency = 6 × 696.40284375 ÷ 6622.702734375 = 63.09…%; years-input per graduate = 9.51
    const cohort = reconstructCohort(flowRatesByGrade(countyPrimary));
    expect(strings(cohort.grades.map((grade) => grade.reached))).toEqual([
      '1000',
      '950',
      '902.5',
      '857.375',
      '814.50625',
      '773.7809375',
    ]);
    expect(cohort.grades.map((grade) => grade.survivalRate?.toFixed(1))).toEqual([
      '100.0',
      '95.0',
      '90.3',
      '85.7',
      '81.5',
      '77.4',
    ]);
    expect(cohort.survivalRateToLastGrade?.toString()).toBe('77.37809375');
    expect(cohort.cumulativeDropoutRate?.toString()).toBe('22.62190625');
    expect(cohort.graduates?.toString()).toBe('696.40284375');
    expect(cohort.totalDropouts?.toString()).toBe('303.59715625');
    expect(cohort.totalPupilYears?.toString()).toBe('6622.702734375');
    expect(cohort.graduatePupilYears?.toString()).toBe('5223.021328125');
    expect(cohort.dropoutPupilYears?.toString()).toBe('1399.68140625');
    expect(cohort.coefficientOfEfficiency?.toString()).toBe(
      '63.09232393614790600443467454722949626577470642974724903134158726',
    );
    expect(cohort.coefficientOfEfficiency?.toFixed(1)).toBe('63.1');
    expect(cohort.yearsInputPerGraduate?.toFixed(2)).toBe('9.51');
  });

  it('takes published rates directly, and the JSON of flowRatesByGrade', () => {
    const fromRates = reconstructCohort({
      grades: [
        { promotion: '0.72', repetition: '0.2' },
        { promotion: 0.855, repetition: new Decimal('0.1') },
        { promotion: '0.76', repetition: '0.05' },
      ],
    });
    const flow = flowRatesByGrade(threeGrades);
    const fromJson = reconstructCohort(JSON.parse(JSON.stringify(flow)) as CohortRatesInput);
    expect(strings(summaryOf(fromRates))).toEqual(strings(summaryOf(reconstructCohort(flow))));
    expect(strings(summaryOf(fromJson))).toEqual(strings(summaryOf(reconstructCohort(flow))));
  });

  it('a smaller cohort scales the counts, not the shares', () => {
    const cohort = reconstructCohort(flowRatesByGrade(threeGrades), { cohortSize: 100 });
    expect(cohort.graduates?.toString()).toBe('68.4');
    expect(cohort.survivalRateToLastGrade?.toString()).toBe('85.5');
    expect(cohort.coefficientOfEfficiency?.toFixed(1)).toBe('65.1');
  });

  it('toJSON gives every decimal as a string', () => {
    // One grade, p = 0.75, r = 0.25: pupil-years 1000 ÷ 0.75 = 1333.33…, all promoted.
    const json = JSON.parse(JSON.stringify(reconstructCohort({ grades: [{ promotion: '0.5', repetition: '0.5' }] })));
    expect(json).toEqual({
      cohortSize: '1000',
      maxRepetitions: 'unlimited',
      gradeCount: 1,
      grades: [
        {
          index: 0,
          grade: 1,
          promotion: '0.5',
          repetition: '0.5',
          dropout: '0',
          reached: '1000',
          survivalRate: '100',
          pupilYears: '2000',
          repetitions: '1000',
          promoted: '1000',
          dropouts: '0',
          cappedOut: '0',
          reason: null,
        },
      ],
      survivalRateToLastGrade: '100',
      cumulativeDropoutRate: '0',
      graduates: '1000',
      graduationRate: '100',
      totalDropouts: '0',
      totalPupilYears: '2000',
      graduatePupilYears: '2000',
      dropoutPupilYears: '0',
      idealPupilYears: '1000',
      coefficientOfEfficiency: '50',
      yearsInputPerGraduate: '2',
      reason: null,
      reasonGradeIndex: null,
      warnings: [],
    });
  });

  describe('edge cases', () => {
    it('a grade with no pupils: values up to it, none after it, with the reason and the grade', () => {
      const cohort = reconstructCohort(
        flowRatesByGrade({
          grades: [
            { enrolment: 100, nextYearEnrolment: 100, nextYearRepeaters: 10 },
            { enrolment: 0, nextYearEnrolment: 90, nextYearRepeaters: 0 },
            { enrolment: 50, nextYearEnrolment: 0, nextYearRepeaters: 0 },
          ],
          graduates: 40,
        }),
      );
      const [first, second, third] = cohort.grades;
      expect(first?.promoted?.toString()).toBe('1000'); // p = 0.9, r = 0.1: everyone is promoted in the end
      expect([second?.reached?.toString(), second?.survivalRate?.toString(), second?.pupilYears]).toEqual([
        '1000',
        '100',
        null,
      ]);
      expect(second?.reason).toBe('zero_enrolment');
      expect([third?.reached, third?.survivalRate, third?.reason]).toEqual([null, null, 'earlier_grade_has_no_value']);
      expect([cohort.reason, cohort.reasonGradeIndex]).toEqual(['zero_enrolment', 1]);
      expect([
        cohort.survivalRateToLastGrade,
        cohort.graduates,
        cohort.totalPupilYears,
        cohort.coefficientOfEfficiency,
        cohort.yearsInputPerGraduate,
      ]).toEqual([null, null, null, null, null]);
    });

    it('without graduates: survival to the last grade and pupil-years, but no efficiency', () => {
      const { graduates: _, ...withoutGraduates } = threeGrades;
      const cohort = reconstructCohort(flowRatesByGrade(withoutGraduates));
      expect(cohort.survivalRateToLastGrade?.toString()).toBe('85.5');
      expect(cohort.totalPupilYears?.toString()).toBe('3150');
      expect([
        cohort.graduates,
        cohort.totalDropouts,
        cohort.coefficientOfEfficiency,
        cohort.graduatePupilYears,
      ]).toEqual([null, null, null, null]);
      expect([cohort.reason, cohort.reasonGradeIndex]).toEqual(['graduates_not_given', 2]);
    });

    it('r = 1: no one ever leaves the grade — no value without a cap, values with one', () => {
      const rates = {
        grades: [
          { promotion: '0.9', repetition: '0.1' },
          { promotion: '0', repetition: '1' },
        ],
      };
      const unlimited = reconstructCohort(rates);
      expect(unlimited.grades[1]?.reached?.toString()).toBe('1000');
      expect([unlimited.grades[1]?.pupilYears, unlimited.grades[1]?.reason]).toEqual([
        null,
        'repetition_rate_at_least_one',
      ]);
      expect([unlimited.reason, unlimited.reasonGradeIndex, unlimited.survivalRateToLastGrade?.toString()]).toEqual([
        'repetition_rate_at_least_one',
        1,
        '100',
      ]);
      expect([unlimited.graduates, unlimited.totalPupilYears, unlimited.coefficientOfEfficiency]).toEqual([
        null,
        null,
        null,
      ]);
      expect(unlimited.warnings.map((warning) => [warning.code, warning.gradeIndex])).toEqual([
        ['repetition_rate_at_least_one', 1],
      ]);
      // With at most 2 repetitions: grade 1 promotes 1000 × 0.9 × (1 + 0.1 + 0.01) = 999, who all
      // spend 3 years in grade 2 and are pushed out.
      const capped = reconstructCohort(rates, { maxRepetitions: 2 });
      const second = capped.grades[1];
      expect(strings([second?.pupilYears ?? null, second?.cappedOut ?? null, second?.dropouts ?? null])).toEqual([
        '2997',
        '999',
        '999',
      ]);
      expect([capped.graduates?.toString(), capped.coefficientOfEfficiency?.toString()]).toEqual(['0', '0']);
      expect([capped.yearsInputPerGraduate, capped.reason]).toEqual([null, 'zero_graduates']);
    });

    it('no graduates: efficiency 0, years-input per graduate has no value', () => {
      const cohort = reconstructCohort({ grades: [{ promotion: '0', repetition: '0.5' }] });
      expect(cohort.coefficientOfEfficiency?.toString()).toBe('0');
      expect(cohort.totalPupilYears?.toString()).toBe('2000');
      expect([cohort.yearsInputPerGraduate, cohort.reason, cohort.reasonGradeIndex]).toEqual([
        null,
        'zero_graduates',
        null,
      ]);
    });

    it('a null rate without a reason is a missing rate', () => {
      const cohort = reconstructCohort({
        grades: [
          { promotion: null, repetition: '0.1' },
          { promotion: '1', repetition: '0' },
        ],
      });
      expect(cohort.grades[0]?.pupilYears?.toString()).toBe(new Decimal(1000).div('0.9').toString());
      expect([cohort.grades[0]?.reason, cohort.reason]).toEqual(['missing_rate', 'missing_rate']);
    });

    it('negative dropout (transfers in): survival can rise and efficiency exceed 100%, with a warning', () => {
      const cohort = reconstructCohort({
        grades: [
          { promotion: '1.1', repetition: '0' },
          { promotion: '1', repetition: '0' },
        ],
      });
      // 1100 graduates × 2 years ÷ (1000 + 1100) pupil-years = 104.76…%
      expect(strings(cohort.grades.map((grade) => grade.survivalRate))).toEqual(['100', '110']);
      expect(cohort.coefficientOfEfficiency?.toFixed(2)).toBe('104.76');
      expect(cohort.grades[0]?.dropouts?.toString()).toBe('-100');
      expect(cohort.warnings.map((warning) => warning.code)).toEqual(['negative_dropout']);
    });

    it('one grade, perfect flow: 100% survival and efficiency', () => {
      const cohort = reconstructCohort({ grades: [{ grade: '初三', promotion: 1, repetition: 0 }] });
      expect(cohort.grades[0]?.grade).toBe('初三');
      expect([cohort.coefficientOfEfficiency?.toString(), cohort.yearsInputPerGraduate?.toString()]).toEqual([
        '100',
        '1',
      ]);
    });
  });

  describe('invariants (properties)', () => {
    it('with no repetition and no dropout: survival 100% in every grade, efficiency 100%, n years per graduate', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 100_000 }),
          fc.constantFrom<'unlimited' | number>('unlimited', 0, 3),
          (n, size, maxRepetitions) => {
            const grades = Array.from({ length: n }, () => ({ promotion: 1, repetition: 0 }));
            const cohort = reconstructCohort({ grades }, { cohortSize: size, maxRepetitions });
            expect(cohort.grades.every((grade) => grade.survivalRate?.equals(HUNDRED) === true)).toBe(true);
            expect(cohort.survivalRateToLastGrade?.equals(HUNDRED)).toBe(true);
            expect(cohort.coefficientOfEfficiency?.equals(HUNDRED)).toBe(true);
            expect(cohort.yearsInputPerGraduate?.equals(n)).toBe(true);
            expect(cohort.totalDropouts?.isZero()).toBe(true);
          },
        ),
      );
    });

    it('from a closed table: p + r + d = 1 exactly, survival non-increasing, efficiency ≤ 100%', () => {
      fc.assert(
        fc.property(closedTableArbitrary, fc.constantFrom<'unlimited' | number>('unlimited', 0, 1, 4), (table, cap) => {
          const cohort = reconstructCohort(flowRatesByGrade(table), { maxRepetitions: cap });
          let previous: Decimal | null = null;
          for (const grade of cohort.grades) {
            expect(
              grade.promotion
                ?.plus(grade.repetition ?? 0)
                .plus(grade.dropout ?? 0)
                .equals(ONE),
            ).toBe(true);
            if (grade.survivalRate === null) continue;
            if (previous !== null) expect(grade.survivalRate.lte(previous)).toBe(true);
            previous = grade.survivalRate;
          }
          if (cohort.coefficientOfEfficiency !== null) {
            expect(cohort.coefficientOfEfficiency.gte(0) && cohort.coefficientOfEfficiency.lte(HUNDRED)).toBe(true);
          }
        }),
      );
    });

    it('conservation: graduates + dropouts = the cohort; the graduates spend at least n years each', () => {
      fc.assert(
        fc.property(ratesArbitrary(), fc.constantFrom<'unlimited' | number>('unlimited', 0, 2, 7), (grades, cap) => {
          const cohort = reconstructCohort({ grades }, { maxRepetitions: cap });
          if (cohort.graduates === null || cohort.totalDropouts === null) return;
          expect(isClose(cohort.graduates.plus(cohort.totalDropouts), new Decimal(1000), '1e-55')).toBe(true);
          expect(cohort.graduatePupilYears?.gte(cohort.idealPupilYears?.minus('1e-55') ?? 0)).toBe(true);
          expect(cohort.dropoutPupilYears?.gte('-1e-55')).toBe(true);
        }),
      );
    });

    it('with a cap, results grow to the closed form as the cap grows', () => {
      fc.assert(
        fc.property(ratesArbitrary(500), fc.integer({ min: 0, max: 30 }), (grades, cap) => {
          const closed = reconstructCohort({ grades });
          const lower = reconstructCohort({ grades }, { maxRepetitions: cap });
          const higher = reconstructCohort({ grades }, { maxRepetitions: cap + 1 });
          const n = grades.length;
          const rMax = Decimal.max(...grades.map((grade) => grade.repetition));
          const bound = rMax.pow(cap + 1).times(1000);
          // Graduates and pupil-years never shrink as the cap rises, and never pass the closed form.
          for (const pick of [
            (result: ReconstructedCohortResult) => result.graduates,
            (result: ReconstructedCohortResult) => result.totalPupilYears,
          ]) {
            const [a, b, c] = [pick(lower), pick(higher), pick(closed)];
            expect(a !== null && b !== null && c !== null).toBe(true);
            expect(a!.lte(b!.plus('1e-55')) && b!.lte(c!.plus('1e-55'))).toBe(true);
          }
          // The gap in graduates is at most cohort × n × r_max^(k+1); in pupil-years n(n+1)/(1 − r_max) times that.
          expect(closed.graduates!.minus(lower.graduates!).lte(bound.times(n).plus('1e-55'))).toBe(true);
          const yearsBound = bound.times(n * (n + 1)).div(new Decimal(1).minus(rMax));
          expect(closed.totalPupilYears!.minus(lower.totalPupilYears!).lte(yearsBound.plus('1e-55'))).toBe(true);
          // A high cap is the closed form to within far less than a pupil.
          const far = reconstructCohort({ grades }, { maxRepetitions: 200 });
          summaryOf(far).forEach((value, index) => {
            expect(isClose(value, summaryOf(closed)[index] ?? null, '1e-40')).toBe(true);
          });
        }),
        { numRuns: 60 },
      );
    });

    it('the capped closed forms match a year-by-year simulation, whatever the rates', () => {
      const anyRate = fc
        .integer({ min: 0, max: 1500 })
        .map((thousandths) => new Decimal(thousandths).div(1000).toString());
      fc.assert(
        fc.property(
          fc.array(fc.record({ promotion: anyRate, repetition: anyRate }), { minLength: 1, maxLength: 4 }),
          fc.integer({ min: 0, max: 3 }),
          (grades, cap) => {
            const cohort = reconstructCohort({ grades }, { maxRepetitions: cap });
            const simulated = simulateCappedCohort(grades, cap);
            const tolerance = new Decimal('1e-40').times(Decimal.max(1, cohort.totalPupilYears ?? 1));
            cohort.grades.forEach((grade, g) => {
              expect(isClose(grade.reached, simulated.reached[g] ?? null, tolerance)).toBe(true);
              expect(isClose(grade.pupilYears, simulated.pupilYears[g] ?? null, tolerance)).toBe(true);
              expect(isClose(grade.promoted, simulated.promoted[g] ?? null, tolerance)).toBe(true);
              expect(isClose(grade.cappedOut, simulated.cappedOut[g] ?? null, tolerance)).toBe(true);
            });
            expect(isClose(cohort.graduatePupilYears, simulated.graduatePupilYears, tolerance)).toBe(true);
          },
        ),
        { numRuns: 80 },
      );
    });

    it('scaling every enrolment by a constant leaves the rates, and so the cohort, unchanged', () => {
      fc.assert(
        fc.property(closedTableArbitrary, fc.integer({ min: 2, max: 500 }), (table, factor) => {
          const scaled = {
            grades: table.grades.map((grade) => ({
              enrolment: grade.enrolment * factor,
              nextYearEnrolment: grade.nextYearEnrolment * factor,
              nextYearRepeaters: grade.nextYearRepeaters * factor,
            })),
            graduates: table.graduates * factor,
          };
          const original = flowRatesByGrade(table);
          const bigger = flowRatesByGrade(scaled);
          expect(strings(bigger.grades.flatMap((grade) => [grade.promotion, grade.repetition, grade.dropout]))).toEqual(
            strings(original.grades.flatMap((grade) => [grade.promotion, grade.repetition, grade.dropout])),
          );
          expect(strings(summaryOf(reconstructCohort(bigger)))).toEqual(
            strings(summaryOf(reconstructCohort(original))),
          );
        }),
      );
    });

    it('the cohort size scales the counts and leaves the shares', () => {
      fc.assert(
        fc.property(ratesArbitrary(), fc.integer({ min: 1, max: 100_000 }), (grades, size) => {
          const base = reconstructCohort({ grades });
          const sized = reconstructCohort({ grades }, { cohortSize: size });
          expect(isClose(sized.survivalRateToLastGrade, base.survivalRateToLastGrade, '1e-55')).toBe(true);
          expect(isClose(sized.coefficientOfEfficiency, base.coefficientOfEfficiency, '1e-55')).toBe(true);
          expect(isClose(sized.yearsInputPerGraduate, base.yearsInputPerGraduate, '1e-55')).toBe(true);
          const scaledGraduates = base.graduates === null ? null : base.graduates.times(size).div(1000);
          expect(isClose(sized.graduates, scaledGraduates, '1e-50')).toBe(true);
        }),
      );
    });
  });

  describe('invalid input and options', () => {
    function inputError(rates: unknown) {
      const error = catchError(() => reconstructCohort(rates as CohortRatesInput));
      expect(InvalidInputError.isInstance(error)).toBe(true);
      return error as InvalidInputError;
    }

    function optionError(options: unknown) {
      const error = catchError(() =>
        reconstructCohort({ grades: [{ promotion: 1, repetition: 0 }] }, options as Record<string, never>),
      );
      expect(InvalidOptionError.isInstance(error)).toBe(true);
      return error as InvalidOptionError;
    }

    it('a negative or malformed rate: path and both languages', () => {
      const error = inputError({
        grades: [
          { promotion: '0.9', repetition: '0.1' },
          { promotion: '-0.1', repetition: '0.1' },
          { promotion: 'abc', repetition: '0.1' },
          { promotion: '0.5' },
        ],
      });
      expect(error.issues.map((issue) => issue.path)).toEqual([
        ['grades', 1, 'promotion'],
        ['grades', 2, 'promotion'],
        ['grades', 3, 'repetition'],
      ]);
      const [negative, text, missing] = error.issues;
      expect(negative?.messageZh).toBe('升级率(小数,0.9 即 90%)(grades[1].promotion)不能为负数,收到 "-0.1"');
      expect(negative?.messageEn).toBe(
        'grades[1].promotion (promotion rate, a fraction) must not be negative (got "-0.1").',
      );
      expect(text?.messageEn).toContain('must be a number, a decimal string or a Decimal');
      expect(missing?.messageZh).toContain('缺少必填字段');
      expect(error.indicatorId).toBe('reconstructed_cohort');
    });

    it('rejects a table that is not { grades: [...] }, an empty one and an unknown reason', () => {
      expect(inputError([{ promotion: 1, repetition: 0 }]).path).toEqual(['grades']);
      expect(inputError({ grades: [] }).messageEn).toContain('at least one');
      expect(inputError({ grades: [null] }).path).toEqual(['grades', 0]);
      expect(inputError({ grades: [{ promotion: null, repetition: 0, reason: 'lost' }] }).path).toEqual([
        'grades',
        0,
        'reason',
      ]);
    });

    it('rejects a bad cohort size, cap or option name', () => {
      for (const cohortSize of [0, -5, 'many', Number.NaN]) {
        const error = optionError({ cohortSize });
        expect(error.path).toEqual(['options', 'cohortSize']);
        expect(error.messageZh).toContain('大于 0');
        expect(error.messageEn).toContain('above 0');
      }
      for (const maxRepetitions of [-1, 1.5, 1001, 'none', Number.POSITIVE_INFINITY]) {
        expect(optionError({ maxRepetitions }).path).toEqual(['options', 'maxRepetitions']);
      }
      expect(optionError({ maxRepetition: 2 }).path).toEqual(['options', 'maxRepetition']);
      expect(optionError('fast').path).toEqual(['options']);
    });
  });
});
