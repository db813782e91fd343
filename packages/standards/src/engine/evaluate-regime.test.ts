import { InvalidInputError } from '@edukpi/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primaryFigures, primarySchool } from '../_test/school-fixtures';
import { basicBalance2012 } from '../regimes/basic-balance-2012';
import { defineRegimeVariant } from '../regimes/define-regime-variant';
import { preschoolUniversal2020 } from '../regimes/preschool-universal-2020';
import { qualityBalance2017 } from '../regimes/quality-balance-2017';
import type { SchoolRecord } from '../school/school-record';
import { evaluateRegime } from './evaluate-regime';

const schoolOf = (evaluation: ReturnType<typeof evaluateRegime>, id: string) =>
  evaluation.resources?.schools.find((school) => school.id === id);

describe('evaluateRegime — the 2017 school rule', () => {
  it('six indicators at standard and equipment at 1700 元 (= 0.85 × 2000) passes', () => {
    const evaluation = evaluateRegime(qualityBalance2017, { schools: [primarySchool({ equipmentValue: 1_700_000 })] });
    const school = schoolOf(evaluation, 'P-01');
    expect(school?.atStandard).toBe(6);
    expect(school?.passed).toBe(true);
    const equipment = school?.indicators.find((check) => check.indicator === 'equipment_value_per_student');
    expect(equipment).toMatchObject({
      value: '1700',
      standard: '2000',
      passed: false,
      shareOfStandard: '0.85',
      gap: '-300',
    });
    expect(equipment?.shortfall).toMatchObject({ input: 'equipmentValue', amount: '300000' });
  });

  it('states the school rule the schools were held to, so the verdict explains itself', () => {
    const schools = [primarySchool()];
    expect(evaluateRegime(qualityBalance2017, { schools }).resources?.schoolRule).toEqual({
      minimumAtStandard: 6,
      floorShare: '0.85',
    });
    expect(evaluateRegime(basicBalance2012, { schools }).resources?.schoolRule).toBeNull();
    expect(JSON.parse(JSON.stringify(evaluateRegime(qualityBalance2017, { schools }))).resources.schoolRule).toEqual({
      minimumAtStandard: 6,
      floorShare: '0.85',
    });
  });

  it('1699 元 fails: below 85% of the standard', () => {
    const school = schoolOf(
      evaluateRegime(qualityBalance2017, { schools: [primarySchool({ equipmentValue: 1_699_000 })] }),
      'P-01',
    );
    expect(school?.passed).toBe(false);
    expect(school?.reasons.map((reason) => reason.en)).toEqual([
      'Teaching equipment value per student 1699.00 is below 85% of the standard 2000',
    ]);
  });

  it('five at standard fails, even with the other two above 85%', () => {
    const school = schoolOf(
      evaluateRegime(qualityBalance2017, {
        schools: [primarySchool({ equipmentValue: 1_900_000, multimediaClassrooms: 22 })],
      }),
      'P-01',
    );
    expect(school?.atStandard).toBe(5);
    expect(school?.passed).toBe(false);
    // 2.3 × 1000 ÷ 100 = 23 classrooms needed, 22 there: one more, a whole classroom
    expect(
      school?.indicators.find((check) => check.indicator === 'multimedia_classrooms_per_100_students')?.shortfall
        ?.amount,
    ).toBe('1');
  });

  it('states teacher shortfalls as whole teachers', () => {
    const school = schoolOf(
      evaluateRegime(qualityBalance2017, {
        schools: [primarySchool({ primary: { ...primaryFigures, qualifiedTeachers: 39 } })],
      }),
      'P-01',
    );
    // 4.2 per 100 × 1000 = 42 needed, 39 there
    expect(school?.indicators[0]?.shortfall).toMatchObject({ input: 'qualifiedTeachers', amount: '3' });
  });
});

describe('evaluateRegime — coefficients of variation', () => {
  const county = (factor = 1): SchoolRecord[] =>
    [
      { id: 'A', students: 400, teachingArea: 2000 },
      { id: 'B', students: 900, teachingArea: 5400 },
      { id: 'C', students: 1500, teachingArea: 9750 },
    ].map(({ id, students, teachingArea }) =>
      primarySchool({
        id,
        name: `${id}小学`,
        primary: { ...primaryFigures, students, qualifiedTeachers: Math.ceil(students * 0.05) },
        teachingArea: teachingArea * factor,
        sportsArea: students * 8 * factor,
        equipmentValue: students * 2100 * factor,
        multimediaClassrooms: Math.ceil(students * 0.025) * factor,
      }),
    );

  it('weights by enrolment, population form, and names the schools pulling it up', () => {
    const evaluation = evaluateRegime(qualityBalance2017, { schools: county() });
    const teaching = evaluation.resources?.coefficients.find(
      (check) => check.stage === 'primary' && check.indicator === 'teaching_space_per_student',
    );
    // X = 5, 6, 6.5 m²; P = 400, 900, 1500; X̄ = 17150 ÷ 2800 = 6.125
    // S² = (400·1.265625 + 900·0.015625 + 1500·0.140625) ÷ 2800 = 731.25 ÷ 2800; CV = S ÷ 6.125 = 0.0834…
    expect(teaching?.mean).toBe('6.125');
    expect(teaching?.displayCoefficient).toBe('0.083');
    expect(teaching?.passed).toBe(true);
    expect(teaching?.topContributors[0]).toMatchObject({ id: 'A', name: 'A小学' });
  });

  it('identical schools give CV 0 and pass the CV rule', () => {
    const same = ['A', 'B', 'C'].map((id) => primarySchool({ id }));
    const evaluation = evaluateRegime(qualityBalance2017, { schools: same });
    expect(
      evaluation.resources?.coefficients.every((check) => check.coefficient === '0' && check.passed === true),
    ).toBe(true);
    expect(evaluation.resources?.passed).toBe(true);
  });

  it('scaling every resource leaves every CV unchanged (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), (factor) => {
        const coefficients = (schools: SchoolRecord[]) =>
          evaluateRegime(qualityBalance2017, { schools })
            .resources?.coefficients.filter(
              (check) => check.indicator.includes('space') || check.indicator.includes('equipment'),
            )
            .map((check) => check.coefficient?.slice(0, 40));
        expect(coefficients(county(factor))).toEqual(coefficients(county()));
      }),
      { numRuns: 20 },
    );
  });

  it('the 2012 regime judges the mean of the unrounded CVs', () => {
    const evaluation = evaluateRegime(basicBalance2012, { schools: county() });
    expect(evaluation.resources?.coefficients).toHaveLength(8);
    expect(evaluation.resources?.coefficients.every((check) => check.threshold === null)).toBe(true);
    const composite = evaluation.resources?.composites[0];
    expect(composite).toMatchObject({ stage: 'primary', threshold: '0.65', passed: true });
    expect(evaluation.resources?.schools.every((school) => school.passed === null)).toBe(true);
  });
});

describe('evaluateRegime — scope, items and verdict', () => {
  const schools = [
    primarySchool(),
    primarySchool({
      id: 'T-01',
      name: '山口教学点',
      type: 'teaching_point',
      primary: { ...primaryFigures, students: 18, classes: 3 },
    }),
    primarySchool({ id: 'S-01', name: '特殊教育学校', type: 'special_education', primary: undefined }),
    primarySchool({ id: 'M-01', name: '民办小学', ownership: 'private' }),
  ];

  it('leaves out what the scope rules say, and says why', () => {
    const evaluation = evaluateRegime(qualityBalance2017, { schools });
    expect(evaluation.scope.excluded.map((school) => [school.schoolId, school.reason])).toEqual([
      ['T-01', 'small_teaching_point'],
      ['S-01', 'special_education'],
    ]);
    expect(evaluation.scope.schoolsEvaluated).toBe(2);
    const withoutPrivate = evaluateRegime(qualityBalance2017, { schools }, { scope: { includePrivate: false } });
    expect(withoutPrivate.scope.excluded.map((school) => school.reason)).toContain('private');
    expect(withoutPrivate.scope.options.includePrivate).toBe(false);
  });

  it('computes indicator items, reports evidence as supplied, and never assumes a missing item', () => {
    const evaluation = evaluateRegime(qualityBalance2017, {
      schools,
      items: {
        teacher_rotation: { rotated: 80, eligible: 1000 },
        layout_planned: { met: true, note: '《示范县中小学布局规划(2021—2035)》' },
        training_budget: { training: 45_000, budget: 1_000_000 },
      },
    });
    const item = (id: string) => evaluation.items.find((entry) => entry.id === id);
    expect(item('teacher_rotation')).toMatchObject({
      status: 'failed',
      value: '8',
      displayValue: '8.00%',
      threshold: '10',
    });
    expect(evaluation.verdict.failures.find((failure) => failure.id === 'teacher_rotation')?.message.en).toContain(
      ': 8.00% (needs >= 10)',
    );
    // 10% of 1000 = 100 rotated needed, 80 rotated
    expect(item('teacher_rotation')?.shortfall?.amount).toBe('20');
    expect(item('layout_planned')).toMatchObject({
      status: 'passed',
      evidence: { met: true, note: '《示范县中小学布局规划(2021—2035)》' },
    });
    expect(item('training_budget')).toMatchObject({ status: 'failed', value: '4.5' });
    expect(item('training_budget')?.shortfall).toMatchObject({ of: 'training', amount: '5000' });
    expect(item('unified_standards')?.status).toBe('not_supplied');
    expect(item('music_art_rooms')?.status).toBe('passed');
    expect(evaluation.verdict.status).toBe('failed');
    expect(evaluation.verdict.notSupplied).toContain('unified_standards');
  });

  it('puts a failed veto item first', () => {
    const evaluation = evaluateRegime(qualityBalance2017, {
      schools,
      items: {
        teacher_rotation: { rotated: 80, eligible: 1000 },
        social_recognition: { satisfied: 80, validResponses: 100 },
      },
    });
    expect(evaluation.verdict.vetoed).toBe(true);
    expect(evaluation.verdict.failures.map((failure) => [failure.kind, failure.id])).toEqual([
      ['veto', 'social_recognition'],
      ['item', 'teacher_rotation'],
    ]);
  });

  it('checks class sizes and school sizes on the school data', () => {
    const crowded = primarySchool({ primary: { ...primaryFigures, classSizes: [46, 44, 52] } });
    const evaluation = evaluateRegime(qualityBalance2017, { schools: [crowded] });
    const classSize = evaluation.items.find((entry) => entry.id === 'class_size');
    expect(classSize?.status).toBe('failed');
    expect(classSize?.failingSchools[0]?.reason.en).toBe('2 primary classes above 45 (largest 52)');
    expect(classSize?.shortfall?.amount).toBe('2');
  });

  it('a ratio over zero is not applicable, and does not hold the verdict back', () => {
    const evaluation = evaluateRegime(qualityBalance2017, {
      schools: [primarySchool()],
      items: { special_education_funding: { funding: 0, students: 0 } },
    });
    const item = evaluation.items.find((entry) => entry.id === 'special_education_funding');
    expect(item?.status).toBe('not_applicable');
    expect(evaluation.verdict.notSupplied).not.toContain('special_education_funding');
  });

  it('lists senior stages as not evaluated, with the reason', () => {
    const evaluation = evaluateRegime(qualityBalance2017, {
      schools: [
        primarySchool({
          id: 'W-01',
          type: 'complete_secondary',
          primary: undefined,
          junior: { ...primaryFigures, students: 600 },
          senior: { ...primaryFigures, students: 500 },
        }),
      ],
    });
    expect(evaluation.scope.stagesNotEvaluated.map((stage) => [stage.id, stage.reason])).toEqual([
      ['W-01#senior', 'senior_stage'],
    ]);
  });

  it('a provincial variant changes numbers without copying the regime', () => {
    const henan = defineRegimeVariant(qualityBalance2017, {
      id: 'quality_balance_2017_henan',
      itemThresholds: { teacher_rotation: '7' },
      standards: { equipment_value_per_student: { primary: '2200' } },
    });
    const evaluation = evaluateRegime(henan, {
      schools: [primarySchool()],
      items: { teacher_rotation: { rotated: 80, eligible: 1000 } },
    });
    expect(evaluation.regime.id).toBe('quality_balance_2017_henan');
    const rotation = evaluation.items.find((entry) => entry.id === 'teacher_rotation');
    expect(rotation?.status).toBe('passed');
    expect(rotation?.note?.en).toBe("this variant's threshold is 7 (nationally 10)");
    expect(schoolOf(evaluation, 'P-01')?.indicators[5]).toMatchObject({ standard: '2200', passed: false });
    expect(qualityBalance2017.resources?.indicators[5]?.standards?.primary).toBe('2000');
    expect(() => defineRegimeVariant(qualityBalance2017, { itemThresholds: { nonsense: '1' } })).toThrow(
      /no item nonsense/,
    );
  });

  it('the preschool regime evaluates its items only', () => {
    const evaluation = evaluateRegime(preschoolUniversal2020, {
      schools: [],
      items: {
        gross_enrolment: { enrolled: 9205, population: 10000 },
        children_per_teacher: { children: 1640, teachers: 100 },
      },
    });
    expect(evaluation.resources).toBeNull();
    expect(evaluation.items.find((entry) => entry.id === 'gross_enrolment')?.status).toBe('passed');
    expect(evaluation.items.find((entry) => entry.id === 'children_per_teacher')?.status).toBe('failed');
  });

  it('rejects a malformed school or item input with every issue, in both languages', () => {
    try {
      evaluateRegime(qualityBalance2017, {
        schools: [primarySchool({ primary: { ...primaryFigures, students: -1 } })],
      });
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).path).toEqual(['schools', 0, 'primary', 'students']);
      expect((error as InvalidInputError).messageZh).toContain('在校生数');
      expect((error as InvalidInputError).messageZh).toMatch(/^县域评估的输入无效:/);
      expect((error as InvalidInputError).subject).toEqual({ zh: '县域评估', en: 'the county evaluation' });
    }
    expect(() =>
      evaluateRegime(qualityBalance2017, { schools: [], items: { layout_planned: { met: 'yes' } } }),
    ).toThrow(/items/);
  });

  it('serialises to JSON as it is, exact figures included', () => {
    const evaluation = evaluateRegime(qualityBalance2017, {
      schools: [primarySchool(), primarySchool({ id: 'P-02', equipmentValue: 1_500_000 })],
    });
    const json = JSON.parse(JSON.stringify(evaluation));
    const checks = evaluation.resources?.schools.flatMap((school) => school.indicators) ?? [];
    expect(json.resources.schools.flatMap((school: { indicators: unknown[] }) => school.indicators)).toEqual(
      checks.map((check) => ({
        indicator: check.indicator,
        value: check.value,
        displayValue: check.displayValue,
        standard: check.standard,
        passed: check.passed,
        shareOfStandard: check.shareOfStandard,
        gap: check.gap,
        shortfall: check.shortfall,
        approximateValue: check.approximateValue,
      })),
    );
    expect(json.resources.coefficients).toEqual(
      evaluation.resources?.coefficients.map((check) => ({
        stage: check.stage,
        indicator: check.indicator,
        schoolCount: check.schoolCount,
        coefficient: check.coefficient,
        displayCoefficient: check.displayCoefficient,
        mean: check.mean,
        threshold: check.threshold,
        passed: check.passed,
        topContributors: check.topContributors,
        approximateCoefficient: check.approximateCoefficient,
      })),
    );
    expect(json.resources.schools[1].indicators[5]).toMatchObject({ value: '1500', shortfall: { amount: '500000' } });
    const rest = (value: typeof json) => ({
      ...value,
      resources: { ...value.resources, schools: [], coefficients: [] },
    });
    expect(rest(json)).toEqual(rest(evaluation));
  });
});

describe('evaluateRegime — the 2012 provincial basic standard', () => {
  const item = (evaluation: ReturnType<typeof evaluateRegime>) =>
    evaluation.items.find((entry) => entry.id === 'schools_meet_basic_standard');

  it('is not supplied until a province sets its standard or the county attests it', () => {
    expect(item(evaluateRegime(basicBalance2012, { schools: [primarySchool()] }))?.status).toBe('not_supplied');
    const attested = item(
      evaluateRegime(basicBalance2012, {
        schools: [primarySchool()],
        items: { schools_meet_basic_standard: { met: true, note: '省督导室 2024 年复核' } },
      }),
    );
    expect(attested).toMatchObject({ status: 'passed', evidence: { met: true, note: '省督导室 2024 年复核' } });
  });

  it("checks every school against the standard a province's variant supplies", () => {
    const province = defineRegimeVariant(basicBalance2012, {
      id: 'basic_balance_2012_demo_province',
      version: '2012.1-demo',
      standards: { teaching_space_per_student: { primary: '4.5' }, books_per_student: { primary: '30' } },
    });
    const evaluation = evaluateRegime(province, {
      schools: [primarySchool(), primarySchool({ id: 'P-02', name: '西河小学', teachingArea: 4000 })],
      // A statement cannot override what the data shows.
      items: { schools_meet_basic_standard: { met: true } },
    });
    const checked = item(evaluation);
    expect(checked?.status).toBe('failed');
    expect(checked?.failingSchools).toEqual([
      {
        schoolId: 'P-02',
        name: '西河小学',
        reason: {
          zh: '小学:生均教学及辅助用房面积 4.00 < 4.5',
          en: 'primary: Teaching and auxiliary floor area per student 4.00 < 4.5',
        },
      },
    ]);
    expect(evaluation.verdict.failures.map((failure) => failure.id)).toContain('schools_meet_basic_standard');
  });
});
