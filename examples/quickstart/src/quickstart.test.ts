import { computeIndicator, Decimal, indicatorIds } from '@edukpi/core';
import { describe, expect, it } from 'vitest';
import { type DemoCounty, loadDemoCounty } from './demo-county';
import { runQuickstart } from './quickstart';

// Every expectation below is worked out by hand from data/demo-county.json; the arithmetic is in
// the comments. Values are rounded half up (四舍五入) to the indicator's decimals.
const report = runQuickstart();
const { results, lines, caughtError } = report;

function groupValues(groups: readonly { label: string; result: { formattedValue: string | null } }[]) {
  return groups.map((group) => [group.label, group.result.formattedValue]);
}

function groupParts(groups: readonly { label: string; result: { numerator: Decimal; denominator: Decimal } }[]) {
  return groups.map((group) => [group.label, group.result.numerator.toFixed(), group.result.denominator.toFixed()]);
}

describe('nine-year consolidation rate of the county, each method', () => {
  // County cohort: graduates 830, entrants 872, transfersIn 46, transfersOut 71, deaths 3.
  it('raw: graduates ÷ entrants', () => {
    // 830 / 872 = 0.951834… → 95.18%
    const result = results.nineYearConsolidation.raw;
    expect(result.method).toBe('raw');
    expect([result.numerator.toFixed(), result.denominator.toFixed()]).toEqual(['830', '872']);
    expect(result.formattedValue).toBe('95.18');
    expect(result.warnings).toEqual([]);
  });

  it('net_transfers_denominator: graduates ÷ (entrants + in − out)', () => {
    // 872 + 46 − 71 = 847; 830 / 847 = 0.979929… → 97.99%
    const result = results.nineYearConsolidation.net_transfers_denominator;
    expect(result.method).toBe('net_transfers_denominator');
    expect([result.numerator.toFixed(), result.denominator.toFixed()]).toEqual(['830', '847']);
    expect(result.formattedValue).toBe('97.99');
    expect(result.warnings).toEqual([]);
  });

  it('adjusted_numerator: (graduates − in + out) ÷ (entrants − deaths)', () => {
    // 830 − 46 + 71 = 855; 872 − 3 = 869; 855 / 869 = 0.983889… → 98.39%
    const result = results.nineYearConsolidation.adjusted_numerator;
    expect(result.method).toBe('adjusted_numerator');
    expect([result.numerator.toFixed(), result.denominator.toFixed()]).toEqual(['855', '869']);
    expect(result.formattedValue).toBe('98.39');
    expect(result.warnings).toEqual([]);
  });

  it('prints one row per method', () => {
    expect(lines).toContainEqual(expect.stringMatching(/^ {3}原始口径 raw +95\.18% {2}830 \/ 872$/));
    expect(lines).toContainEqual(expect.stringMatching(/ net_transfers_denominator +97\.99% {2}830 \/ 847$/));
    expect(lines).toContainEqual(expect.stringMatching(/ adjusted_numerator +98\.39% {2}855 \/ 869$/));
  });
});

describe('junior three-year consolidation rate, per school and county, against ≥ 95% (2017)', () => {
  it('rates each junior school and checks the threshold on the exact value', () => {
    // 城关镇中学 441 / 420 = 1.05      → 105.00%, pass, margin +10
    // 东河乡中学 163 / 180 = 0.905555… →  90.56%, fail, margin −4.444… → −4.44
    // 西山镇中学 226 / 240 = 0.941666… →  94.17%, fail, margin −0.833… → −0.83
    expect(groupValues(results.juniorConsolidation.groups)).toEqual([
      ['城关镇中学', '105.00'],
      ['东河乡中学', '90.56'],
      ['西山镇中学', '94.17'],
    ]);
    expect(
      results.juniorConsolidation.groups.map((group) => group.result.thresholds.map((check) => check.passed)),
    ).toEqual([[true], [false], [false]]);
    const [townSchool] = results.juniorConsolidation.groups;
    expect(townSchool?.result.thresholds[0]).toMatchObject({
      regime: 'quality_balance_2017',
      value: '95',
      margin: '10',
    });
  });

  it('rolls the county up as a ratio of sums', () => {
    // (441 + 163 + 226) / (420 + 180 + 240) = 830 / 840 = 0.988095… → 98.81%, pass
    const county = results.juniorConsolidation.county;
    expect([county.numerator.toFixed(), county.denominator.toFixed()]).toEqual(['830', '840']);
    expect(county.formattedValue).toBe('98.81');
    expect(county.thresholds.map((check) => check.passed)).toEqual([true]);
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {3}全县 County +98\.81% {2}830 \/ 840 {2}✓ 达标 pass \(≥ 95%, \+3\.81\)$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {3}东河乡中学 +90\.56% {2}163 \/ 180 {2}✗ 未达标 fail \(≥ 95%, -4\.44\)$/),
    );
  });

  it('keeps the town school above 100% and prints why', () => {
    // 城关镇中学 has 38 transfers in: 441 graduates from 420 entrants.
    const [townSchool] = results.juniorConsolidation.groups;
    expect(townSchool?.result.warnings.map((warning) => warning.code)).toEqual(['above_100_percent']);
    const rowIndex = lines.findIndex((line) => line.includes('城关镇中学') && line.includes('105.00%'));
    expect(rowIndex).toBeGreaterThan(-1);
    expect(lines[rowIndex + 1]).toMatch(/⚠ above_100_percent: 原始口径不扣除转入学生/);
    expect(lines[rowIndex + 2]).toMatch(/the raw method does not net out transfers in/);
  });
});

describe('after-school participation, per township and county', () => {
  it('computes each township as a ratio of sums', () => {
    // 城关镇 (1712 + 1098 + 1021) / (1860 + 1245 + 1310) = 3831 / 4415 = 0.867723… → 86.77%
    // 东河乡 (575 + 430 + 0) / (612 + 538 + 86)          = 1005 / 1236 = 0.813106… → 81.31%
    // 西山镇 (801 + 596) / (934 + 702)                   = 1397 / 1636 = 0.853911… → 85.39%
    expect(groupParts(results.afterSchoolParticipation.groups)).toEqual([
      ['城关镇', '3831', '4415'],
      ['东河乡', '1005', '1236'],
      ['西山镇', '1397', '1636'],
    ]);
    expect(groupValues(results.afterSchoolParticipation.groups)).toEqual([
      ['城关镇', '86.77'],
      ['东河乡', '81.31'],
      ['西山镇', '85.39'],
    ]);
  });

  it('differs from the mean of the school rates', () => {
    // 东河乡 school rates: 575/612 = 93.954…%, 430/538 = 79.925…%, 0/86 = 0%;
    // their mean (93.954… + 79.925… + 0) / 3 = 57.959…% → 57.96%, far from the 81.31% ratio of sums,
    // because the village school with 86 students weighs as much as the central school with 612.
    const dongheSchools = loadDemoCounty().schools.filter((school) => school.township === '东河乡');
    const schoolRates = dongheSchools.map(
      (school) =>
        computeIndicator('after_school_participation_rate', {
          participants: school.afterSchool.participants,
          enrolled: school.afterSchool.enrolled,
        }).exact ?? new Decimal(Number.NaN),
    );
    const meanOfRates = schoolRates.reduce((sum, rate) => sum.plus(rate), new Decimal(0)).div(schoolRates.length);
    expect(meanOfRates.toFixed(2)).toBe('57.96');
    const donghe = results.afterSchoolParticipation.groups.find((group) => group.label === '东河乡');
    expect(donghe?.result.formattedValue).toBe('81.31');
    expect(donghe?.result.exact?.equals(meanOfRates)).toBe(false);
  });

  it('rolls the county up over every school, matching the county enrolment', () => {
    // 6233 / 7287 = 0.855358… → 85.54%; 7287 is also the county's current enrolment.
    const county = results.afterSchoolParticipation.county;
    expect([county.numerator.toFixed(), county.denominator.toFixed()]).toEqual(['6233', '7287']);
    expect(county.formattedValue).toBe('85.54');
    expect(county.denominator.toNumber()).toBe(loadDemoCounty().countyFigures.enrolment.current);
    expect(lines).toContainEqual(expect.stringMatching(/^ {3}全县 County +85\.54% {2}6233 \/ 7287$/));
  });

  it('computes the national monitoring scope without boarding and village schools', () => {
    // Non-boarding, non-village: 城关镇第一小学, 城关镇第二小学, 城关镇中学, 西山镇中心小学.
    // (1712 + 1098 + 1021 + 801) / (1860 + 1245 + 1310 + 934) = 4632 / 5349 = 0.865956… → 86.60%
    const scope = results.afterSchoolParticipationMonitoringScope;
    expect([scope.numerator.toFixed(), scope.denominator.toFixed(), scope.formattedValue]).toEqual([
      '4632',
      '5349',
      '86.60',
    ]);
  });
});

describe('after-school teachers and school coverage (1 decimal)', () => {
  it('rolls up teacher participation', () => {
    // 城关镇 (85 + 61 + 94) / (98 + 70 + 112) = 240 / 280 = 0.857142… → 85.7%
    // 东河乡 (36 + 45 + 0) / (41 + 52 + 9)    =  81 / 102 = 0.794117… → 79.4%
    // 西山镇 (51 + 57) / (60 + 66)            = 108 / 126 = 0.857142… → 85.7%
    // 全县 429 / 508 = 0.844488… → 84.4%
    expect(groupValues(results.afterSchoolTeacherParticipation.groups)).toEqual([
      ['城关镇', '85.7'],
      ['东河乡', '79.4'],
      ['西山镇', '85.7'],
    ]);
    const county = results.afterSchoolTeacherParticipation.county;
    expect([county.numerator.toFixed(), county.denominator.toFixed(), county.formattedValue]).toEqual([
      '429',
      '508',
      '84.4',
    ]);
  });

  it('counts the schools offering the service', () => {
    // 城关镇 3/3 = 100.0%; 东河乡 2/3 = 66.666…% → 66.7% (柳树村小学 offers none); 西山镇 2/2 = 100.0%;
    // 全县 7/8 = 87.5%
    expect(groupValues(results.afterSchoolSchoolCoverage.groups)).toEqual([
      ['城关镇', '100.0'],
      ['东河乡', '66.7'],
      ['西山镇', '100.0'],
    ]);
    expect(results.afterSchoolSchoolCoverage.county.formattedValue).toBe('87.5');
  });
});

describe('student aid', () => {
  it('checks coverage against the 应助尽助 target of 100%', () => {
    // 城关镇 (142 + 97 + 126) / (142 + 97 + 124) = 365 / 363 = 1.005509… → 100.55%, pass, above 100%
    // 东河乡 (138 + 156 + 18) / (138 + 156 + 19) = 312 / 313 = 0.996805… →  99.68%, fail
    // 西山镇 (173 + 201) / (173 + 201)           = 374 / 374 = 1         → 100.00%, pass, margin 0
    // 全县 1051 / 1050 = 1.000952… → 100.10%, pass
    const { groups, county } = results.studentAidCoverage;
    expect(groupValues(groups)).toEqual([
      ['城关镇', '100.55'],
      ['东河乡', '99.68'],
      ['西山镇', '100.00'],
    ]);
    expect(groups.map((group) => group.result.thresholds.map((check) => check.passed))).toEqual([
      [true],
      [false],
      [true],
    ]);
    expect(groups[2]?.result.thresholds[0]?.margin).toBe('0');
    expect(groups[0]?.result.warnings.map((warning) => warning.code)).toEqual(['above_100_percent']);
    expect([county.numerator.toFixed(), county.denominator.toFixed(), county.formattedValue]).toEqual([
      '1051',
      '1050',
      '100.10',
    ]);
  });

  it('computes aid per student in 元 from amounts in 万元', () => {
    // 城关镇 (18.46 + 12.35 + 25.20)万 = 56.01万 = 560100元; / 365 = 1534.520547… → 1534.52元
    // 东河乡 (31.74 + 48.36 + 3.06)万  = 83.16万 = 831600元; / 312 = 2665.384615… → 2665.38元
    // 西山镇 (22.49 + 58.29)万         = 80.78万 = 807800元; / 374 = 2159.893048… → 2159.89元
    // 全县 219.95万 = 2199500元; / (365 + 312 + 374 = 1051) = 2092.768791… → 2092.77元
    const { groups, county } = results.aidPerStudent;
    expect(groupParts(groups)).toEqual([
      ['城关镇', '560100', '365'],
      ['东河乡', '831600', '312'],
      ['西山镇', '807800', '374'],
    ]);
    expect(groupValues(groups)).toEqual([
      ['城关镇', '1534.52'],
      ['东河乡', '2665.38'],
      ['西山镇', '2159.89'],
    ]);
    expect(county.unit).toBe('yuan');
    expect(county.inputs.amount?.toFixed()).toBe('2199500');
    expect([county.numerator.toFixed(), county.denominator.toFixed(), county.formattedValue]).toEqual([
      '2199500',
      '1051',
      '2092.77',
    ]);
    expect(lines).toContainEqual(expect.stringMatching(/^ {3}全县 County +2092\.77元 {2}2199500 \/ 1051$/));
  });
});

describe('county figures', () => {
  it('computes the tutoring reduction', () => {
    // (46 − 5) / 46 = 41 / 46 = 0.891304… → 89.13%
    const result = results.tutoringReduction;
    expect([result.numerator.toFixed(), result.denominator.toFixed(), result.formattedValue]).toEqual([
      '41',
      '46',
      '89.13',
    ]);
  });

  it('computes the enrolment change, count and rate, and keeps it negative', () => {
    // 7287 − 7512 = −225 students; −225 / 7512 = −0.029952… → −3.00%
    const result = results.enrolmentChange;
    expect(result.numerator.toFixed()).toBe('-225');
    expect(result.denominator.toFixed()).toBe('7512');
    expect(result.formattedValue).toBe('-3.00');
    expect(result.warnings.map((warning) => warning.code)).toEqual(['negative_value']);
    expect(lines).toContainEqual(expect.stringMatching(/增减 change -225 +-3\.00% {2}-225 \/ 7512$/));
  });

  it('computes school consolidation, count and rate', () => {
    // 11 − 8 = 3 schools closed or merged; 3 / 11 = 0.272727… → 27.27%
    const result = results.schoolConsolidation;
    expect([result.numerator.toFixed(), result.denominator.toFixed(), result.formattedValue]).toEqual([
      '3',
      '11',
      '27.27',
    ]);
  });
});

describe('the deliberately bad input', () => {
  // 西山镇中学 (row 7) is typed in with participants and enrolled swapped: 702 participants, 596 enrolled.
  it('is rejected with the field path', () => {
    expect(caughtError.code).toBe('invalid_input');
    expect(caughtError.path).toEqual(['rows', 7, 'participants']);
  });

  it('is printed in Chinese and in English', () => {
    expect(caughtError.messageZh).toContain(
      '参加课后服务学生数(participants = 702)不能大于范围内学校在校生数(enrolled = 596)',
    );
    expect(caughtError.messageEn).toContain('participants (participating students, 702) cannot exceed enrolled');
    expect(lines).toContain(`   中文: ${caughtError.messageZh}`);
    expect(lines).toContain(`   English: ${caughtError.messageEn}`);
    expect(lines).toContain('   代码 code: invalid_input   路径 path: rows[7].participants');
  });
});

describe('the report as a whole', () => {
  it('covers each of the ten seed indicators', () => {
    const resultIds = new Set([
      ...Object.values(results.nineYearConsolidation).map((result) => result.id),
      results.juniorConsolidation.county.id,
      results.afterSchoolParticipation.county.id,
      results.afterSchoolTeacherParticipation.county.id,
      results.afterSchoolSchoolCoverage.county.id,
      results.studentAidCoverage.county.id,
      results.aidPerStudent.county.id,
      results.tutoringReduction.id,
      results.enrolmentChange.id,
      results.schoolConsolidation.id,
    ]);
    // The ten seed indicators of the foundation, all of them in the catalogue.
    expect([...resultIds].sort()).toEqual([
      'after_school_participation_rate',
      'after_school_school_coverage',
      'after_school_teacher_participation_rate',
      'aid_per_student',
      'change',
      'junior_three_year_consolidation_rate',
      'nine_year_consolidation_rate',
      'offsite_tutoring_reduction_rate',
      'school_consolidation',
      'student_aid_coverage_rate',
    ]);
    for (const id of resultIds) expect(indicatorIds).toContain(id);
    expect(lines[1]).toContain('8 所学校 schools · 3 个乡镇 townships · 10 项指标 indicators');
  });

  it('computes from the data it is given, not from the bundled file', () => {
    // With 872 graduates from 872 entrants, the raw nine-year rate is exactly 100.00%.
    const demoCounty = loadDemoCounty();
    const changed: DemoCounty = {
      ...demoCounty,
      countyFigures: {
        ...demoCounty.countyFigures,
        nineYearCohort: { ...demoCounty.countyFigures.nineYearCohort, graduates: 872 },
      },
    };
    expect(runQuickstart(changed).results.nineYearConsolidation.raw.formattedValue).toBe('100.00');
  });
});
