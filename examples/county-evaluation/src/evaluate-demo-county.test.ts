import { Decimal } from '@edukpi/core';
import { displayWidth } from '@edukpi/format-table';
import { basicBalance2012, evaluateRegime, qualityBalance2017, type RegimeEvaluation } from '@edukpi/standards';
import { describe, expect, it } from 'vitest';
import demoCountyJson from '../data/demo-county.json' with { type: 'json' };
import { loadDemoCounty } from './demo-county';
import { demoProvinceVariant, evaluateDemoCounty } from './evaluate-demo-county';

// Every expectation below is worked out by hand from data/demo-county.json, or recomputed in this
// file from the JSON with the textbook formula — never read back from the engine under test.

const report = evaluateDemoCounty();
const { quality2017, provincial, basic2012 } = report.evaluations;

function schoolOf(evaluation: RegimeEvaluation, id: string) {
  const school = evaluation.resources?.schools.find((entry) => entry.id === id);
  if (school === undefined) throw new Error(`no stage school ${id}`);
  return school;
}

function indicatorCheckOf(evaluation: RegimeEvaluation, id: string, indicator: string) {
  const check = schoolOf(evaluation, id).indicators.find((entry) => entry.indicator === indicator);
  if (check === undefined) throw new Error(`no ${indicator} for ${id}`);
  return check;
}

function itemOf(evaluation: RegimeEvaluation, id: string) {
  const item = evaluation.items.find((entry) => entry.id === id);
  if (item === undefined) throw new Error(`no item ${id}`);
  return item;
}

// ── An independent computation of the CV from the JSON ─────────────────────────────────────────
// Scope (no special-education school, no teaching point under 50 students), the split of mixed
// schools by weighted students (1 : 1.1 : 1.32, 完全中学 1 : 1.2), then per stage
//   X̄ = ΣR / ΣP,  S = √( Σ (P/ΣP)(R/P − X̄)² ),  CV = S / X̄
// in decimal arithmetic: the population form, weighted by enrolment, as spec/balance.md writes it.

type Stage = 'primary' | 'junior';
type JsonSchool = (typeof demoCountyJson.schools)[number];
type JsonStage = { students: number; teachers: number; qualifiedTeachers: number; keyTeachers: number } & Record<
  string,
  unknown
>;
type Resource = 'teachingArea' | 'sportsArea' | 'equipment' | 'computers' | 'books' | 'multimediaClassrooms';
type Measure = Resource | 'teachers' | 'qualifiedTeachers' | 'keyTeachers' | 'peArtsTeachers' | 'seniorTitleTeachers';

function stageFigures(school: JsonSchool, stage: 'primary' | 'junior' | 'senior'): JsonStage | undefined {
  return (school as Partial<Record<'primary' | 'junior' | 'senior', JsonStage>>)[stage];
}

function shareOf(school: JsonSchool, stage: Stage): Decimal {
  const students = (name: 'primary' | 'junior' | 'senior') => new Decimal(stageFigures(school, name)?.students ?? 0);
  const stages = (['primary', 'junior', 'senior'] as const).filter((name) => stageFigures(school, name) !== undefined);
  if (stages.length === 1) return new Decimal(1);
  if (school.type === 'complete_secondary') {
    return students('junior').div(students('junior').plus(students('senior').times('1.2')));
  }
  const weighted = students('primary').plus(students('junior').times('1.1')).plus(students('senior').times('1.32'));
  return (stage === 'primary' ? students('primary') : students('junior').times('1.1')).div(weighted);
}

function measureOf(school: JsonSchool, stage: Stage, measure: Measure): Decimal {
  const figures = stageFigures(school, stage) as JsonStage;
  const count = (field: string) => new Decimal(figures[field] as number);
  switch (measure) {
    case 'teachers':
    case 'qualifiedTeachers':
    case 'keyTeachers':
      return count(measure);
    case 'peArtsTeachers':
      return count('peTeachers').plus(count('musicTeachers')).plus(count('artTeachers'));
    case 'seniorTitleTeachers':
      return count('intermediateOrAboveTitleTeachers');
    case 'equipment': {
      const record = school as { equipmentValue?: number; equipmentValueWan?: string };
      const total =
        record.equipmentValue === undefined
          ? new Decimal(record.equipmentValueWan ?? '0').times(10_000)
          : new Decimal(record.equipmentValue);
      return total.times(shareOf(school, stage));
    }
    default:
      return new Decimal(school[measure]).times(shareOf(school, stage));
  }
}

function inScope(school: JsonSchool): boolean {
  if (school.type === 'special_education' || school.type === 'vocational') return false;
  return !(school.type === 'teaching_point' && (stageFigures(school, 'primary')?.students ?? 0) < 50);
}

function independentCv(stage: Stage, measure: Measure): Decimal {
  const members = demoCountyJson.schools.filter(
    (school) => inScope(school) && stageFigures(school, stage) !== undefined,
  );
  const students = members.map((school) => new Decimal(stageFigures(school, stage)?.students ?? 0));
  const resources = members.map((school) => measureOf(school, stage, measure));
  const totalStudents = students.reduce((sum, value) => sum.plus(value), new Decimal(0));
  const mean = resources.reduce((sum, value) => sum.plus(value), new Decimal(0)).div(totalStudents);
  const variance = members.reduce((sum, _, index) => {
    const weight = (students[index] as Decimal).div(totalStudents);
    const value = (resources[index] as Decimal).div(students[index] as Decimal);
    return sum.plus(weight.times(value.minus(mean).pow(2)));
  }, new Decimal(0));
  return variance.sqrt().div(mean);
}

function relativeDifference(engine: string | null, independent: Decimal): number {
  if (engine === null) throw new Error('the engine gave no CV');
  return new Decimal(engine).minus(independent).abs().div(independent).toNumber();
}

const measuresOf2017: Record<string, Measure> = {
  qualified_teachers_per_100_students: 'qualifiedTeachers',
  key_teachers_per_100_students: 'keyTeachers',
  pe_arts_teachers_per_100_students: 'peArtsTeachers',
  teaching_space_per_student: 'teachingArea',
  sports_space_per_student: 'sportsArea',
  equipment_value_per_student: 'equipment',
  multimedia_classrooms_per_100_students: 'multimediaClassrooms',
};

const measuresOf2012: Record<string, Measure> = {
  teaching_space_per_student: 'teachingArea',
  sports_space_per_student: 'sportsArea',
  equipment_value_per_student: 'equipment',
  computers_per_100_students: 'computers',
  books_per_student: 'books',
  teacher_student_ratio: 'teachers',
  qualified_teachers_per_student: 'qualifiedTeachers',
  senior_title_teachers_per_student: 'seniorTitleTeachers',
};

describe('the demo county data', () => {
  it('is a county of 60 schools with every kind the evaluation must handle', () => {
    const { schools } = loadDemoCounty();
    expect(schools).toHaveLength(60);
    const types = schools.map((school) => school.type);
    expect(types.filter((type) => type === 'nine_year')).toHaveLength(6);
    expect(types.filter((type) => type === 'twelve_year')).toHaveLength(1);
    expect(types.filter((type) => type === 'complete_secondary')).toHaveLength(1);
    expect(types.filter((type) => type === 'special_education')).toHaveLength(1);
    expect(schools.filter((school) => school.ownership === 'private')).toHaveLength(5);
    expect(new Set(schools.map((school) => school.township)).size).toBe(5);
    // Equipment value in 万元 for some schools, in 元 for the others.
    expect(schools.filter((school) => school.equipmentValueWan !== undefined).length).toBeGreaterThan(5);
    expect(schools.filter((school) => school.equipmentValue !== undefined).length).toBeGreaterThan(30);
  });
});

describe('splitting mixed schools by weighted students', () => {
  // 南湖镇莲塘学校 (九年一贯制): A = 420 primary, B = 260 junior students; A + 1.1B = 706.
  // Primary share 420 / 706, junior share 286 / 706. Per student: primary R / 706, junior 1.1R / 706.
  it('gives a 九年一贯制 school A / (A + 1.1B) of each resource for its primary part', () => {
    // Teaching area 4130.1 m²: primary 4130.1 × 420 / 706 = 2457 m² → 2457 / 420 = 5.85 m² a student;
    // junior 4130.1 − 2457 = 1673.1 m² → 1673.1 / 260 = 6.435.
    expect(indicatorCheckOf(quality2017, 'NH-05#primary', 'teaching_space_per_student').value).toBe('5.85');
    expect(indicatorCheckOf(quality2017, 'NH-05#junior', 'teaching_space_per_student').value).toBe('6.435');
    // Equipment 1 906 200 元: primary 1 906 200 × 420 / 706 = 1 134 000 → 2700 元 a student;
    // junior 772 200 → 2970 元 a student.
    expect(indicatorCheckOf(quality2017, 'NH-05#primary', 'equipment_value_per_student').value).toBe('2700');
    expect(indicatorCheckOf(quality2017, 'NH-05#junior', 'equipment_value_per_student').value).toBe('2970');
    // Sports area 7942.5 m²: primary 4725 m² → 11.25; junior 3217.5 m² → 12.375.
    expect(indicatorCheckOf(quality2017, 'NH-05#primary', 'sports_space_per_student').value).toBe('11.25');
    expect(indicatorCheckOf(quality2017, 'NH-05#junior', 'sports_space_per_student').value).toBe('12.375');
    // Teachers are reported per stage and never split: 26 qualified primary teachers / 420 × 100.
    expect(indicatorCheckOf(quality2017, 'NH-05#primary', 'qualified_teachers_per_100_students').displayValue).toBe(
      '6.19',
    );
  });

  it('gives a 完全中学 B / (B + 1.2C) and a 十二年一贯制 A / (A + 1.1B + 1.32C)', () => {
    // 示范县第一中学: 2611.95 万元 = 26 119 500 元; B + 1.2C = 1150 + 2016 = 3166 → 8250 元 a junior student.
    expect(indicatorCheckOf(quality2017, 'CG-12#junior', 'equipment_value_per_student').value).toBe('8250');
    // 示范县实验学校: 1035.67 万元 = 10 356 700 元; A + 1.1B + 1.32C = 860 + 649 + 844.8 = 2353.8;
    // primary 10 356 700 / 2353.8 = 4399.9915…, junior × 1.1 = 4839.9906….
    expect(indicatorCheckOf(quality2017, 'CG-13#primary', 'equipment_value_per_student').displayValue).toBe('4399.99');
    expect(indicatorCheckOf(quality2017, 'CG-13#junior', 'equipment_value_per_student').displayValue).toBe('4839.99');
    // Their senior stages are not compared.
    expect(quality2017.resources?.schools.some((school) => school.id.endsWith('#senior'))).toBe(false);
  });
});

describe('the school rule: 6 of 7 at standard, the other at least 85%', () => {
  it('passes 东河镇青石小学 with its equipment at exactly 85% of the standard', () => {
    // 154 students. Qualified 9 → 5.84 per 100 (≥ 4.2); key 2 → 1.30 (≥ 1); PE 1 + music 1 + art 0
    // = 2 → 1.30 (≥ 0.9); teaching 1228.5 m² → 7.98 (≥ 4.5); sports 3871 m² → 25.14 (≥ 7.5);
    // equipment 261 800 元 → 1700 (< 2000, = 0.85 × 2000); multimedia 5 → 3.25 (≥ 2.3).
    const school = schoolOf(quality2017, 'DH-08');
    expect(school.indicators.map((check) => check.displayValue)).toEqual([
      '5.84',
      '1.30',
      '1.30',
      '7.98',
      '25.14',
      '1700.00',
      '3.25',
    ]);
    expect(school.indicators.map((check) => check.passed)).toEqual([true, true, true, true, true, false, true]);
    expect(indicatorCheckOf(quality2017, 'DH-08', 'equipment_value_per_student').shareOfStandard).toBe('0.85');
    // 2000 × 154 − 261 800 = 46 200 元 short of the standard, yet the school passes.
    expect(indicatorCheckOf(quality2017, 'DH-08', 'equipment_value_per_student').shortfall?.amount).toBe('46200');
    expect(school.atStandard).toBe(6);
    expect(school.passed).toBe(true);
  });

  it('fails 西山乡白岩小学: six at standard, but 1 key teacher for 118 students is 84.7% of the standard', () => {
    const school = schoolOf(quality2017, 'XS-07');
    expect(school.atStandard).toBe(6);
    expect(indicatorCheckOf(quality2017, 'XS-07', 'key_teachers_per_100_students').displayValue).toBe('0.85');
    expect(school.passed).toBe(false);
    // 1 × 118 / 100 = 1.18 key teachers needed, 1 there → 1 more (whole people).
    expect(indicatorCheckOf(quality2017, 'XS-07', 'key_teachers_per_100_students').shortfall?.amount).toBe('1');
  });

  it('states each shortfall of a school far below standard in teachers, 元 and classrooms', () => {
    // 西山乡高坪小学, 132 students: no key teacher (1.32 needed → 2), no PE or arts teacher (1.188 → 2),
    // 110 880 元 of equipment (264 000 needed → 153 120), 2 multimedia rooms (3.036 needed → 2 more).
    const school = schoolOf(quality2017, 'XS-05');
    expect(school.atStandard).toBe(3);
    expect(school.passed).toBe(false);
    expect(
      school.indicators.filter((check) => check.shortfall !== null).map((check) => check.shortfall?.amount),
    ).toEqual(['2', '2', '153120', '2']);
    // 城关镇第一小学: 7.5 m² × 1860 = 13 950 m² of sports space needed, 8649 m² there → 5301 m².
    expect(indicatorCheckOf(quality2017, 'CG-02', 'sports_space_per_student').shortfall?.amount).toBe('5301');
  });
});

describe('the coefficients of variation', () => {
  it('matches an independent computation of the primary sports-space CV, which fails 0.50', () => {
    const check = quality2017.resources?.coefficients.find(
      (entry) => entry.stage === 'primary' && entry.indicator === 'sports_space_per_student',
    );
    const independent = independentCv('primary', 'sportsArea');
    expect(independent.toFixed(3)).toBe('0.576');
    expect(relativeDifference(check?.coefficient ?? null, independent)).toBeLessThan(1e-15);
    expect(check?.schoolCount).toBe(48);
    expect(check?.displayCoefficient).toBe('0.576');
    expect(check?.passed).toBe(false);
  });

  it('matches the independent computation for all 14 CVs; only two fail', () => {
    for (const check of quality2017.resources?.coefficients ?? []) {
      const measure = measuresOf2017[check.indicator] as Measure;
      expect(relativeDifference(check.coefficient, independentCv(check.stage, measure))).toBeLessThan(1e-15);
    }
    expect(
      quality2017.resources?.coefficients
        .filter((check) => check.passed === false)
        .map((check) => [check.stage, check.indicator, check.displayCoefficient]),
    ).toEqual([
      ['primary', 'sports_space_per_student', '0.576'],
      ['junior', 'equipment_value_per_student', '0.492'],
    ]);
  });

  it('gives the 2012 composite as the mean of the eight unrounded CVs', () => {
    for (const [stage, display] of [
      ['primary', '0.212'],
      ['junior', '0.176'],
    ] as const) {
      const cvs = Object.values(measuresOf2012).map((measure) => independentCv(stage, measure));
      const mean = cvs.reduce((sum, cv) => sum.plus(cv), new Decimal(0)).div(8);
      const composite = basic2012.resources?.composites.find((entry) => entry.stage === stage);
      expect(mean.toFixed(3)).toBe(display);
      expect(composite?.displayCoefficient).toBe(display);
      expect(relativeDifference(composite?.coefficient ?? null, mean)).toBeLessThan(1e-15);
      expect(composite?.passed).toBe(true);
    }
    expect(basic2012.resources?.composites.map((entry) => entry.threshold)).toEqual(['0.65', '0.55']);
    expect(basic2012.verdict.status).toBe('passed');
  });
});

describe('the scope', () => {
  it('leaves out the special-education school and the teaching point of 38 students, with the reasons', () => {
    expect(quality2017.scope.excluded.map((school) => [school.schoolId, school.reason])).toEqual([
      ['CG-17', 'special_education'],
      ['DH-12', 'small_teaching_point'],
    ]);
    expect(quality2017.scope.excluded[1]?.message.zh).toBe('教学点在校生 38 人,少于 50 人,不参加评估');
    expect(quality2017.scope.schoolsEvaluated).toBe(58);
  });

  it('keeps the teaching point of 62 students and the private schools', () => {
    expect(schoolOf(quality2017, 'XS-10').students).toBe(62);
    expect(schoolOf(quality2017, 'CG-15').students).toBe(560);
    expect(quality2017.scope.options.includePrivate).toBe(true);
  });
});

describe('the verdict', () => {
  it('fails the county and lists items, then schools, then CVs', () => {
    expect(quality2017.verdict.status).toBe('failed');
    expect(quality2017.verdict.vetoed).toBe(false);
    expect(quality2017.verdict.failures.map((failure) => `${failure.kind}:${failure.id}`)).toEqual([
      'item:music_art_rooms',
      'item:class_size',
      'item:key_teacher_rotation',
      'item:teacher_certification',
      'school:CG-02',
      'school:CG-10',
      'school:CG-16',
      'school:XS-05',
      'school:XS-07',
      'school:BL-02',
      'coefficient:primary:sports_space_per_student',
      'coefficient:junior:equipment_value_per_student',
    ]);
    // 20% × 150 rotated = 30 key teachers needed, 26 rotated → 4 more.
    expect(itemOf(quality2017, 'key_teacher_rotation').shortfall?.amount).toBe('4');
    // 13 classes above the caps: 3 + 4 + 1 primary classes above 45, 5 junior classes above 50.
    expect(itemOf(quality2017, 'class_size').shortfall?.amount).toBe('13');
  });

  it('puts a failing veto item first', () => {
    const { schools, items } = loadDemoCounty();
    // 4000 / 4812 = 83.13% < 85%: 社会认可度 is a veto item.
    const vetoed = evaluateRegime(qualityBalance2017, {
      schools,
      items: { ...items, social_recognition: { satisfied: 4000, validResponses: 4812 } },
    });
    expect(vetoed.verdict.vetoed).toBe(true);
    expect(vetoed.verdict.failures[0]).toMatchObject({ kind: 'veto', id: 'social_recognition' });
    expect(vetoed.verdict.failures[1]).toMatchObject({ kind: 'item', id: 'music_art_rooms' });
  });
});

describe('the provincial variant', () => {
  it('fails the rotation item that passes nationally: 150 / 1200 = 12.5%, ≥ 10% but not ≥ 15%', () => {
    expect(itemOf(quality2017, 'teacher_rotation').status).toBe('passed');
    expect(itemOf(provincial, 'teacher_rotation').status).toBe('failed');
    expect(itemOf(provincial, 'teacher_rotation').threshold).toBe('15');
    // 15% × 1200 = 180 teachers, 150 rotated → 30 more.
    expect(itemOf(provincial, 'teacher_rotation').shortfall?.amount).toBe('30');
    expect(provincial.regime).toMatchObject({ id: 'quality_balance_2017_demo_province', version: '2017.1+示范省2023' });
  });

  it('fails 东河镇青石小学 under the stricter equipment standard: 1700 / 2200 = 77.3% < 85%', () => {
    expect(schoolOf(provincial, 'DH-08').passed).toBe(false);
    // 2200 × 154 − 261 800 = 77 000 元.
    expect(indicatorCheckOf(provincial, 'DH-08', 'equipment_value_per_student').shortfall?.amount).toBe('77000');
    // 西山乡中学 at 2750 元 is below the new junior 2800 but above 85% of it: it still passes.
    expect(indicatorCheckOf(provincial, 'XS-02', 'equipment_value_per_student').passed).toBe(false);
    expect(schoolOf(provincial, 'XS-02').passed).toBe(true);
    expect(provincial.verdict.failures.map((failure) => failure.id)).toEqual([
      'music_art_rooms',
      'class_size',
      'teacher_rotation',
      'key_teacher_rotation',
      'teacher_certification',
      'CG-02',
      'CG-10',
      'CG-16',
      'DH-08',
      'XS-05',
      'XS-07',
      'BL-02',
      'primary:sports_space_per_student',
      'junior:equipment_value_per_student',
    ]);
  });

  it('does not touch the national regime', () => {
    expect(demoProvinceVariant.id).not.toBe(qualityBalance2017.id);
    expect(qualityBalance2017.resources?.indicators[5]?.standards).toEqual({ primary: '2000', junior: '2500' });
    expect(basicBalance2012.resources?.indicators).toHaveLength(8);
  });
});

describe('the report', () => {
  const { lines } = report;

  it('opens each regime with its verdict and lists the failures under it', () => {
    const heading = lines.indexOf(
      'quality_balance_2017 2017.1 · 教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)',
    );
    expect(heading).toBeGreaterThan(0);
    expect(lines[heading + 2]).toBe(
      '结论 Verdict: ✗ 未通过 FAILED — 12 项不达标 failures (一票否决 veto 0 · 项目 items 4 · 学校 schools 6 · 差异系数 CVs 2)',
    );
    expect(lines[heading + 3]).toMatch(/^ {4}1 {2}项目 item {4}政府保障 3 音乐美术专用教室 music and art rooms/);
  });

  it('aligns the CV table by display width, CJK characters counting two columns', () => {
    const start = lines.findIndex((line) => line.startsWith('差异系数 Coefficients of variation — 小学 primary'));
    const rows = lines.slice(start + 2, start + 9);
    expect(rows).toHaveLength(7);
    // The threshold 0.50 stands at the same display column in every row, whatever the Chinese name's length.
    const columns = rows.map((row) => displayWidth(row.slice(0, row.indexOf(' 0.50 '))));
    expect(new Set(columns).size).toBe(1);
    expect(rows[4]).toContain('生均体育运动场馆面积 sports space m²/student');
    expect(rows[4]).toContain('0.576  0.50  ✗ 未达标 fail');
  });

  it('prints shortfalls in real units and everything excluded with the reason', () => {
    const text = lines.join('\n');
    expect(text).toContain('还差 153,120 元 教学仪器设备');
    expect(text).toContain('还差 2 名县级以上骨干教师');
    expect(text).toContain('还差 5,301.00 m² 体育运动场馆');
    expect(text).toContain('东河镇马家湾教学点  小规模教学点 small teaching point');
    expect(text).toContain('示范县第一中学      高中 senior 1680 人');
    expect(text).toContain('项目 教师交流轮岗 teacher rotation  ✓ 达标 pass → ✗ 未达标 fail');
    expect(text).toMatch(/综合差异系数 composite \(mean of the CVs\) +0\.212 {2}0\.65 {2}✓ 达标 pass/);
  });
});
