import { readFileSync } from 'node:fs';
import {
  evaluateRegime,
  qualityBalance2017,
  type RegimeEvaluation,
  type SchoolColumns,
  schoolRecordsFromColumns,
  screenCounties,
} from '@edukpi/standards';
import { beforeAll, describe, expect, it } from 'vitest';
import { provinceCsvPath } from './_lib/generate-province-csv';
import { readProvince } from './read-province';
import { type ProvinceCounty, type ProvinceScreen, screenProvince } from './screen-province';

let columns: SchoolColumns;
let province: ProvinceScreen;
const evaluations = new Map<string, RegimeEvaluation>();

beforeAll(async () => {
  columns = await readProvince({ source: provinceCsvPath });
  province = screenProvince(columns);
  for (const county of new Set(Array.from(columns.county))) {
    evaluations.set(
      county,
      evaluateRegime(qualityBalance2017, { schools: schoolRecordsFromColumns(columns, { county }) }),
    );
  }
});

function countyOf(name: string): ProvinceCounty {
  const county = province.counties.find((entry) => entry.county === name);
  if (county === undefined) throw new Error(`no county ${name}`);
  return county;
}

function evaluationOf(name: string): RegimeEvaluation {
  const evaluation = evaluations.get(name);
  if (evaluation === undefined) throw new Error(`no evaluation of ${name}`);
  return evaluation;
}

// ── The CSV read by hand, for figures worked out independently of the engine ─────────────────
const [headerLine = '', ...dataLines] = readFileSync(provinceCsvPath, 'utf8').trimEnd().split('\n');
const header = headerLine.split(',');
const rows = dataLines.map((line) => {
  const cells = line.split(',');
  return Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])) as Record<string, string>;
});
const rowNamed = (name: string) => {
  const row = rows.find((entry) => entry.name === name);
  if (row === undefined) throw new Error(`no school ${name}`);
  return row;
};

/**
 * The enrolment-weighted CV of one stage of one county, in doubles from the CSV:
 *   X̄ = ΣR / ΣP,  S = √( Σ (P/ΣP)(R/P − X̄)² ),  CV = S / X̄,
 * a 九年一贯制 school's total split by weighted students (primary 1, junior 1.1), the 完全中学's
 * by 1 : 1.2 (junior : senior); special-education schools and teaching points under 50 left out.
 */
function coefficientOf(county: string, stage: 'primary' | 'junior', resource: string): number {
  const schools = rows
    .filter((row) => row.county === county && row[`${stage}_students`] !== '')
    .filter((row) => row.type !== 'special_education')
    .filter((row) => !(row.type === 'teaching_point' && Number(row.primary_students) < 50));
  const points = schools.map((row) => {
    const students = (name: string) => Number(row[`${name}_students`] || 0);
    const weighted =
      row.type === 'complete_secondary'
        ? students('junior') + 1.2 * students('senior')
        : students('primary') + 1.1 * students('junior') + 1.32 * students('senior');
    const stageWeight = stage === 'primary' ? 1 : row.type === 'complete_secondary' ? 1 : 1.1;
    const share = (students(stage) * stageWeight) / weighted;
    return { students: students(stage), resource: Number(row[resource]) * share };
  });
  const totalStudents = points.reduce((sum, point) => sum + point.students, 0);
  const mean = points.reduce((sum, point) => sum + point.resource, 0) / totalStudents;
  const variance = points.reduce(
    (sum, point) => sum + (point.students / totalStudents) * (point.resource / point.students - mean) ** 2,
    0,
  );
  return Math.sqrt(variance) / mean;
}

describe('screenProvince agrees with evaluateRegime on every county of the province', () => {
  it('on whether the resource part passes, the schools left out and the schools failing', () => {
    expect(province.counties).toHaveLength(6);
    for (const county of province.counties) {
      const evaluation = evaluationOf(county.county);
      expect(county.resourcesPassed, county.county).toBe(evaluation.resources?.passed);
      expect(county.schoolsGiven, county.county).toBe(evaluation.scope.schoolsGiven);
      expect(county.schoolsExcluded, county.county).toBe(evaluation.scope.excluded.length);
      expect(county.excluded.map((school) => [school.schoolId, school.reason])).toEqual(
        evaluation.scope.excluded.map((school) => [school.schoolId, school.reason]),
      );
      expect(county.stageSchools, county.county).toBe(evaluation.resources?.schools.length);
      expect(county.stageSchoolsFailing, county.county).toBe(
        evaluation.resources?.schools.filter((school) => school.passed === false).length,
      );
    }
  });

  it('on every stage school, one by one', () => {
    const screen = screenCounties(qualityBalance2017, columns);
    const fromScreen = new Map<string, boolean | null>();
    for (let index = 0; index < screen.stageSchools.length; index++) {
      const row = screen.stageSchools.row[index] as number;
      fromScreen.set(
        `${columns.id[row]}:${screen.stageSchools.stage[index]}`,
        screen.stageSchools.passed[index] ?? null,
      );
    }
    const fromEvaluation = new Map<string, boolean | null>();
    for (const evaluation of evaluations.values()) {
      for (const school of evaluation.resources?.schools ?? []) {
        fromEvaluation.set(`${school.schoolId}:${school.stage}`, school.passed);
      }
    }
    expect(fromScreen.size).toBe(139);
    expect(fromScreen).toEqual(fromEvaluation);
  });

  it('on every CV: its value to 3 decimals, its threshold and pass or fail', () => {
    for (const county of province.counties) {
      const checks = evaluationOf(county.county).resources?.coefficients ?? [];
      expect(county.coefficients).toHaveLength(14);
      expect(
        county.coefficients.map((check) => [
          check.stage,
          check.indicator,
          check.displayCoefficient,
          check.threshold,
          check.passed,
        ]),
      ).toEqual(
        checks.map((check) => [check.stage, check.indicator, check.displayCoefficient, check.threshold, check.passed]),
      );
    }
  });
});

describe('the province of the bundled file', () => {
  it('has three counties that pass the resource part and three that fail', () => {
    expect(province.schools).toBe(128);
    expect(province.counties.map((county) => [county.county, county.schoolsGiven, county.resourcesPassed])).toEqual([
      ['城关区', 28, true],
      ['河西县', 22, false],
      ['南山县', 18, true],
      ['北湖县', 20, false],
      ['青石县', 16, false],
      ['白云县', 24, true],
    ]);
    for (const county of province.counties) {
      expect(county.explanation === null, county.county).toBe(county.resourcesPassed !== false);
    }
  });

  it('河西县 fails on two schools: five indicators of seven at standard, and one below 85%', () => {
    const county = countyOf('河西县');
    expect([county.stageSchoolsFailing, county.coefficientsFailing]).toEqual([2, 0]);
    const [yangzhuang, middle] = county.explanation?.failingSchools ?? [];
    // 杨庄小学, 260 students: teaching space 1088.1 m² (4.185 m² a student, 93% of 4.5) and sports
    // space 1774.5 m² (6.825, 91% of 7.5) below standard, both above 85%: 5 of 7 is one too few.
    expect(Number(rowNamed('杨庄乡杨庄小学').teaching_area) / 260).toBeCloseTo(4.185, 3);
    expect(Number(rowNamed('杨庄乡杨庄小学').sports_area) / 260).toBeCloseTo(6.825, 3);
    expect(yangzhuang).toMatchObject({
      name: '杨庄乡杨庄小学',
      stage: 'primary',
      students: 260,
      atStandard: 5,
      indicatorCount: 7,
      reasons: [{ zh: '仅 5 项指标达标,少于 6 项' }],
    });
    expect(yangzhuang?.belowStandard.map((check) => [check.indicator, check.standard])).toEqual([
      ['teaching_space_per_student', '4.5'],
      ['sports_space_per_student', '7.5'],
    ]);
    // 杨庄乡中学, 380 students: 3100.8 m² of sports space, 8.16 a student, 80% of 10.2.
    expect(Number(rowNamed('杨庄乡中学').sports_area) / 380).toBeCloseTo(8.16, 6);
    expect(middle).toMatchObject({ name: '杨庄乡中学', stage: 'junior', atStandard: 6 });
    expect(middle?.reasons[0]?.zh).toBe('生均体育运动场馆面积 8.16,未达到标准 10.2 的 85%');
    expect(middle?.belowStandard[0]?.shareOfStandard).toBe('0.8');
  });

  it('河西县 keeps 李家小学, whose equipment is at 90% of the standard: 6 of 7, the other above 85%', () => {
    const school = evaluationOf('河西县').resources?.schools.find((entry) => entry.name === '杨庄乡李家小学');
    expect([school?.atStandard, school?.passed]).toEqual([6, true]);
    expect(Number(rowNamed('杨庄乡李家小学').equipment_value) / 140 / 2000).toBeCloseTo(0.9, 2);
  });

  it('北湖县 fails on its primary equipment CV, pulled up by 北湖县实验小学', () => {
    const county = countyOf('北湖县');
    expect([county.stageSchoolsFailing, county.coefficientsFailing]).toEqual([0, 1]);
    const [check] = county.explanation?.failingCoefficients ?? [];
    expect(check).toMatchObject({
      stage: 'primary',
      indicator: 'equipment_value_per_student',
      schoolCount: 14,
      threshold: '0.50',
    });
    const recomputed = coefficientOf('北湖县', 'primary', 'equipment_value');
    expect(recomputed).toBeGreaterThan(0.5);
    expect(check?.displayCoefficient).toBe(recomputed.toFixed(3));
    expect(check?.topContributors[0]?.name).toBe('北湖县实验小学');
    expect(Number(check?.topContributors[0]?.varianceShare)).toBeGreaterThan(0.5);
    expect(county.explanation?.failures.map((failure) => failure.kind)).toEqual(['coefficient']);
  });

  it('青石县 fails on a school with no key teacher and on its junior sports CV', () => {
    const county = countyOf('青石县');
    expect([county.stageSchoolsFailing, county.coefficientsFailing]).toEqual([1, 1]);
    const [school] = county.explanation?.failingSchools ?? [];
    expect(rowNamed('石门乡初级中学').junior_key_teachers).toBe('0');
    expect(school).toMatchObject({ name: '石门乡初级中学', atStandard: 6 });
    expect(school?.reasons[0]?.en).toContain('below 85% of');
    const [check] = county.explanation?.failingCoefficients ?? [];
    const recomputed = coefficientOf('青石县', 'junior', 'sports_area');
    expect(recomputed).toBeGreaterThan(0.45);
    expect(check).toMatchObject({
      stage: 'junior',
      indicator: 'sports_space_per_student',
      threshold: '0.45',
      displayCoefficient: recomputed.toFixed(3),
    });
    expect(check?.topContributors[0]?.name).toBe('青石县第二中学');
    expect(county.explanation?.failures.map((failure) => [failure.kind, failure.id])).toEqual([
      ['school', '2105000012'],
      ['coefficient', 'junior:sports_space_per_student'],
    ]);
  });

  it('every CV of the counties that pass is below its threshold, by the same formula', () => {
    for (const name of ['城关区', '南山县', '白云县']) {
      for (const check of countyOf(name).coefficients) {
        expect(check.passed).toBe(true);
      }
    }
    expect(
      countyOf('城关区').coefficients.find((check) => check.indicator === 'sports_space_per_student')
        ?.displayCoefficient,
    ).toBe(coefficientOf('城关区', 'primary', 'sports_area').toFixed(3));
  });

  it('leaves out the special-education school and the teaching point of 38 students, keeps the one of 62', () => {
    expect(province.counties.flatMap((county) => county.excluded)).toEqual([
      { schoolId: '2101000028', name: '城关区特殊教育学校', reason: 'special_education' },
      { schoolId: '2103000008', name: '后岭乡后岭教学点', reason: 'small_teaching_point' },
    ]);
    const kept = evaluationOf('南山县').resources?.schools.find((school) => school.name === '龙潭乡龙潭教学点');
    expect([kept?.students, kept?.passed]).toEqual([62, true]);
  });

  it('keeps the private schools, and compares no senior stage of the three 完全中学', () => {
    const compared = (name: string) =>
      [...evaluations.values()]
        .flatMap((evaluation) => evaluation.resources?.schools ?? [])
        .filter((school) => school.name === name);
    expect(compared('城关区育英小学').map((school) => school.stage)).toEqual(['primary']);
    expect(compared('白云县博文学校').map((school) => school.stage)).toEqual(['primary', 'junior']);
    expect(province.counties.flatMap((county) => county.stagesNotEvaluated)).toEqual([
      { schoolId: '2101000027', name: '城关区第四中学', stage: 'senior', reason: 'senior_stage' },
      { schoolId: '2102000022', name: '河西县第三中学', stage: 'senior', reason: 'senior_stage' },
      { schoolId: '2106000021', name: '白云县第三中学', stage: 'senior', reason: 'senior_stage' },
    ]);
  });

  it('is plain data: JSON gives it back unchanged', () => {
    expect(JSON.parse(JSON.stringify(province))).toEqual(province);
  });
});
