import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../_lib/decimal';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { countyPrimary, threeGrades } from './_lib/fixtures';
import { anyTableArbitrary, catchError, closedTableArbitrary } from './_lib/test-support';
import { type FlowRatesByGradeInput, flowRatesByGrade } from './flow-rates-by-grade';

const ONE = new Decimal(1);

function rateStrings(input: FlowRatesByGradeInput) {
  return flowRatesByGrade(input).grades.map((grade) => [
    grade.promotion?.toString() ?? null,
    grade.repetition?.toString() ?? null,
    grade.dropout?.toString() ?? null,
  ]);
}

describe('flowRatesByGrade', () => {
  it('hand-worked three grades: p, r, d and the counts behind them', () => {
    const result = flowRatesByGrade(threeGrades);
    expect(rateStrings(threeGrades)).toEqual([
      ['0.72', '0.2', '0.08'],
      ['0.855', '0.1', '0.045'],
      ['0.76', '0.05', '0.19'],
    ]);
    expect(result.grades.map((grade) => [grade.grade, grade.promoted, grade.repeaters, grade.dropouts])).toEqual([
      [1, 720, 200, 80],
      [2, 684, 80, 36],
      [3, 608, 40, 152],
    ]);
    expect(result.grades.every((grade) => grade.reason === null)).toBe(true);
    expect(result.graduates).toBe(608);
    expect(result.warnings).toEqual([]);
  });

  it('county primary table, 2022 → 2023: p = 76% (72% in grade 6), r = 20%, d = 4% (8%)', () => {
    // Grade 3: promoted = grade 4 in 2023 − its repeaters = 1708 − 340 = 1368 = 0.76 × 1800.
    expect(rateStrings(countyPrimary)).toEqual([
      ['0.76', '0.2', '0.04'],
      ['0.76', '0.2', '0.04'],
      ['0.76', '0.2', '0.04'],
      ['0.76', '0.2', '0.04'],
      ['0.76', '0.2', '0.04'],
      ['0.72', '0.2', '0.08'],
    ]);
    // As the UIS prints them: 1 decimal of a percentage.
    const [first] = flowRatesByGrade(countyPrimary).grades;
    expect(first?.promotion?.times(100).toFixed(1)).toBe('76.0');
  });

  it('repeating rates: rounded half up at the 63rd place, p + r + d exactly 1', () => {
    // E = 3, R = 1, P = 1: p = r = 0.333…3 (63 threes), d = 1 − 0.666…6 = 0.333…34
    const result = flowRatesByGrade({
      grades: [
        { enrolment: 3, nextYearEnrolment: 5, nextYearRepeaters: 1 },
        { enrolment: 7, nextYearEnrolment: 3, nextYearRepeaters: 2 },
      ],
    });
    const [first] = result.grades;
    expect(first?.promotion?.toString()).toBe(`0.${'3'.repeat(63)}`);
    expect(first?.repetition?.toString()).toBe(`0.${'3'.repeat(63)}`);
    expect(first?.dropout?.toString()).toBe(`0.${'3'.repeat(62)}4`);
    expect(
      first?.promotion
        ?.plus(first.repetition ?? 0)
        .plus(first.dropout ?? 0)
        .equals(ONE),
    ).toBe(true);
    // grades without a label are named by position
    expect(result.grades.map((grade) => grade.grade)).toEqual([1, 2]);
  });

  it('toJSON gives the rates as strings, ready for reconstructCohort', () => {
    const json = JSON.parse(JSON.stringify(flowRatesByGrade(threeGrades)));
    expect(json.grades[1]).toEqual({
      index: 1,
      grade: 2,
      enrolment: 800,
      nextYearEnrolment: 800,
      repeaters: 80,
      promoted: 684,
      dropouts: 36,
      promotion: '0.855',
      repetition: '0.1',
      dropout: '0.045',
      reason: null,
    });
    expect(json.graduates).toBe(608);
    expect(json.warnings).toEqual([]);
  });

  describe('edge cases', () => {
    it('a grade with no pupils in t has no rates, with a reason; the others keep theirs', () => {
      const result = flowRatesByGrade({
        grades: [
          { enrolment: 100, nextYearEnrolment: 100, nextYearRepeaters: 10 },
          { enrolment: 0, nextYearEnrolment: 90, nextYearRepeaters: 0 },
          { enrolment: 50, nextYearEnrolment: 0, nextYearRepeaters: 0 },
        ],
        graduates: 0,
      });
      const [first, second, third] = result.grades;
      expect(first?.promotion?.toString()).toBe('0.9');
      expect([second?.promotion, second?.repetition, second?.dropout, second?.reason]).toEqual([
        null,
        null,
        null,
        'zero_enrolment',
      ]);
      // the empty grade's promoted count is still known: grade 3 in t+1 has 0 pupils
      expect([second?.promoted, second?.dropouts]).toEqual([0, 0]);
      expect([third?.promotion?.toString(), third?.dropout?.toString()]).toEqual(['0', '1']);
    });

    it('without graduates the last grade has a repetition rate only', () => {
      const { graduates: _, ...withoutGraduates } = threeGrades;
      const result = flowRatesByGrade(withoutGraduates);
      const last = result.grades[2];
      expect(last?.repetition?.toString()).toBe('0.05');
      expect([last?.promotion, last?.dropout, last?.promoted, last?.dropouts, last?.reason]).toEqual([
        null,
        null,
        null,
        null,
        'graduates_not_given',
      ]);
      expect(result.graduates).toBeNull();
      expect(result.grades[1]?.reason).toBeNull();
    });

    it('transfers in: p + r > 1 gives a negative dropout rate, kept with a warning', () => {
      // 100 pupils in grade 1; in t+1 grade 2 has 110 pupils, none repeating → p = 1.1, d = −0.15
      const result = flowRatesByGrade({
        grades: [
          { grade: '一年级', enrolment: 100, nextYearEnrolment: 105, nextYearRepeaters: 5 },
          { grade: '二年级', enrolment: 100, nextYearEnrolment: 110, nextYearRepeaters: 0 },
        ],
        graduates: 100,
      });
      const [first] = result.grades;
      expect([first?.promotion?.toString(), first?.dropout?.toString(), first?.dropouts]).toEqual([
        '1.1',
        '-0.15',
        -15,
      ]);
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toMatchObject({ code: 'negative_dropout', gradeIndex: 0, grade: '一年级' });
      expect(result.warnings[0]?.message.zh).toContain('辍学率为负');
      expect(result.warnings[0]?.message.en).toContain('negative');
    });

    it('more repeaters in t+1 than pupils in t: r > 1, two warnings', () => {
      const result = flowRatesByGrade({
        grades: [{ enrolment: 10, nextYearEnrolment: 30, nextYearRepeaters: 12 }],
        graduates: 0,
      });
      expect(result.grades[0]?.repetition?.toString()).toBe('1.2');
      expect(result.warnings.map((warning) => warning.code)).toEqual([
        'negative_dropout',
        'repetition_rate_at_least_one',
      ]);
    });

    it('rates far above 1 keep p + r + d = 1 exactly: fewer places, still shared', () => {
      // p = 66343/7 = 9477.57…: four integer digits, so the three rates are rounded at the 60th place
      const result = flowRatesByGrade({
        grades: [{ enrolment: 7, nextYearEnrolment: 32768, nextYearRepeaters: 4 }],
        graduates: 66343,
      });
      const [grade] = result.grades;
      expect(grade?.promotion?.decimalPlaces()).toBe(60);
      expect(
        grade?.promotion
          ?.plus(grade.repetition ?? 0)
          .plus(grade.dropout ?? 0)
          .equals(ONE),
      ).toBe(true);
    });
  });

  describe('invariants (properties)', () => {
    it('for every grade with pupils, p + r + d = 1 exactly, and d × E = D', () => {
      fc.assert(
        fc.property(anyTableArbitrary, (input) => {
          for (const grade of flowRatesByGrade(input).grades) {
            if (grade.promotion === null || grade.repetition === null || grade.dropout === null) continue;
            expect(grade.promotion.plus(grade.repetition).plus(grade.dropout).equals(ONE)).toBe(true);
            expect(
              grade.dropout
                .times(grade.enrolment)
                .minus(grade.dropouts ?? Number.NaN)
                .abs()
                .lte('1e-55'),
            ).toBe(true);
          }
        }),
      );
    });

    it('counts balance: promoted + repeaters + dropouts = enrolment', () => {
      fc.assert(
        fc.property(anyTableArbitrary, (input) => {
          for (const grade of flowRatesByGrade(input).grades) {
            if (grade.promoted === null || grade.dropouts === null) continue;
            expect(grade.promoted + grade.repeaters + grade.dropouts).toBe(grade.enrolment);
          }
        }),
      );
    });

    it('scaling every count by the same whole number leaves every rate unchanged', () => {
      fc.assert(
        fc.property(anyTableArbitrary, fc.integer({ min: 2, max: 1000 }), (input, factor) => {
          const scaled: FlowRatesByGradeInput = {
            grades: input.grades.map((grade) => ({
              enrolment: grade.enrolment * factor,
              nextYearEnrolment: grade.nextYearEnrolment * factor,
              nextYearRepeaters: grade.nextYearRepeaters * factor,
            })),
            ...(input.graduates === undefined ? {} : { graduates: input.graduates * factor }),
          };
          expect(rateStrings(scaled)).toEqual(rateStrings(input));
        }),
      );
    });

    it('a closed table (no transfers) has rates from 0 to 1 and no warnings', () => {
      fc.assert(
        fc.property(closedTableArbitrary, (input) => {
          const result = flowRatesByGrade(input);
          expect(result.warnings).toEqual([]);
          for (const grade of result.grades) {
            for (const rate of [grade.promotion, grade.repetition, grade.dropout]) {
              expect(rate?.gte(0) === true && rate.lte(1)).toBe(true);
            }
          }
        }),
      );
    });
  });

  describe('invalid input', () => {
    function issuesOf(input: unknown) {
      const error = catchError(() => flowRatesByGrade(input as FlowRatesByGradeInput));
      expect(InvalidInputError.isInstance(error)).toBe(true);
      return error as InvalidInputError;
    }

    it('more repeaters than pupils next year: path and both languages', () => {
      const error = issuesOf({
        grades: [
          { enrolment: 10, nextYearEnrolment: 10, nextYearRepeaters: 1 },
          { enrolment: 10, nextYearEnrolment: 10, nextYearRepeaters: 1 },
          { enrolment: 10, nextYearEnrolment: 4, nextYearRepeaters: 5 },
        ],
      });
      expect(error.code).toBe('invalid_input');
      expect(error.path).toEqual(['grades', 2, 'nextYearRepeaters']);
      expect(error.issues).toHaveLength(1);
      expect(error.messageZh).toContain('不能大于');
      expect(error.messageZh).toContain('grades[2].nextYearRepeaters');
      expect(error.messageEn).toContain('cannot exceed');
      expect(error.indicatorId).toBe('flow_rates_by_grade');
    });

    it('lists every bad count: negative, fractional, missing, text', () => {
      const error = issuesOf({
        grades: [
          { enrolment: -1, nextYearEnrolment: 10, nextYearRepeaters: 1 },
          { enrolment: 10.5, nextYearEnrolment: 10, nextYearRepeaters: 1 },
          { enrolment: 10, nextYearRepeaters: 1 },
          { enrolment: '10', nextYearEnrolment: 10, nextYearRepeaters: 1 },
        ],
        graduates: -3,
      });
      expect(error.issues.map((issue) => issue.path)).toEqual([
        ['graduates'],
        ['grades', 0, 'enrolment'],
        ['grades', 1, 'enrolment'],
        ['grades', 2, 'nextYearEnrolment'],
        ['grades', 3, 'enrolment'],
      ]);
      const [graduates, negative, fractional, missing] = error.issues;
      expect(graduates?.messageZh).toContain('不能为负数');
      expect(negative?.messageEn).toBe('grades[0].enrolment (enrolment in year t) must not be negative (got -1).');
      expect(negative?.messageZh).toBe('t 学年该年级在校生数(grades[0].enrolment)不能为负数,收到 -1');
      expect(fractional?.messageEn).toContain('whole number');
      expect(missing?.messageZh).toContain('缺少必填字段');
      expect(missing?.messageEn).toContain('missing the required field nextYearEnrolment');
      for (const issue of error.issues) {
        expect(issue.messageZh.length).toBeGreaterThan(0);
        expect(issue.messageEn.length).toBeGreaterThan(0);
      }
    });

    it('rejects unknown fields, bad labels, an empty table and a non-object', () => {
      expect(
        issuesOf({ grades: [{ enrolment: 1, nextYearEnrolment: 1, nextYearRepeaters: 0, repeaters: 1 }] }).path,
      ).toEqual(['grades', 0, 'repeaters']);
      expect(
        issuesOf({ grades: [{ grade: '', enrolment: 1, nextYearEnrolment: 1, nextYearRepeaters: 0 }] }).messageEn,
      ).toContain('whole number or a non-empty string');
      expect(issuesOf({ grades: [] }).path).toEqual(['grades']);
      expect(issuesOf({ grades: [], graduate: 1 }).issues.map((issue) => issue.path)).toEqual([
        ['graduate'],
        ['grades'],
      ]);
      expect(issuesOf([1, 2]).messageEn).toContain('must be an object');
      expect(issuesOf({ grades: [5] }).path).toEqual(['grades', 0]);
    });
  });
});
