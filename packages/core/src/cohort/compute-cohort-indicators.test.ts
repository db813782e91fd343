import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { SchoolYear } from '../school-year/school-year';
import { computeCohortIndicators } from './compute-cohort-indicators';
import { createStudentTable, type StudentRecord } from './create-student-table';
import { studentTableFromColumns } from './student-table-from-columns';

const records: StudentRecord[] = [
  // County A, the junior cohort of 2020: ten entrants in grade 7, s11 arrives during the year.
  ...Array.from({ length: 10 }, (_, index) => ({
    studentId: `s${index + 1}`,
    schoolYear: 2020,
    grade: 7,
    status: 'enrolled' as const,
    county: 'A',
  })),
  { studentId: 's11', schoolYear: '2020-2021学年', grade: 7, status: 'transferred_in', county: 'A' },
  // 2021, grade 8: s10 leaves, s12 arrives.
  ...Array.from({ length: 9 }, (_, index) => ({
    studentId: `s${index + 1}`,
    schoolYear: 2021,
    grade: 8,
    status: 'enrolled' as const,
    county: 'A',
  })),
  { studentId: 's10', schoolYear: 2021, grade: 8, status: 'transferred_out', county: 'A' },
  { studentId: 's11', schoolYear: 2021, grade: 8, status: 'enrolled', county: 'A' },
  { studentId: 's12', schoolYear: '2021/22', grade: 8, status: 'transferred_in', county: 'A' },
  // 2022, grade 9: eight of the entrants graduate, s9 drops out, s11 and s12 graduate.
  ...Array.from({ length: 8 }, (_, index) => ({
    studentId: `s${index + 1}`,
    schoolYear: 2022,
    grade: 9,
    status: 'graduated' as const,
    county: 'A',
    // s1: identified and aided; s2: identified, not aided; s3: aided without being identified
    financialDifficulty: index < 2,
    aided: index === 0 || index === 2,
    afterSchool: index < 5,
  })),
  { studentId: 's9', schoolYear: 2022, grade: 9, status: 'dropped_out', county: 'A' },
  { studentId: 's11', schoolYear: 2022, grade: 9, status: 'graduated', county: 'A' },
  { studentId: 's12', schoolYear: 2022, grade: 9, status: 'graduated', county: 'A' },
  // 2022, grade 6: four primary graduates; three are in grade 7 in 2023.
  ...['p1', 'p2', 'p3', 'p4'].map((studentId) => ({
    studentId,
    schoolYear: 2022,
    grade: 6,
    status: 'graduated' as const,
    county: 'A',
  })),
  ...['p1', 'p2', 'p3'].map((studentId) => ({
    studentId,
    schoolYear: 2023,
    grade: 7,
    status: 'enrolled' as const,
    county: 'A',
  })),
  // County B: three entrants in 2020, b3 drops out in 2021, two graduate in 2022.
  ...['b1', 'b2', 'b3'].map((studentId) => ({
    studentId,
    schoolYear: 2020,
    grade: 7,
    status: 'enrolled' as const,
    county: 'B',
  })),
  { studentId: 'b1', schoolYear: 2021, grade: 8, status: 'enrolled', county: 'B' },
  { studentId: 'b2', schoolYear: 2021, grade: 8, status: 'enrolled', county: 'B' },
  { studentId: 'b3', schoolYear: 2021, grade: 8, status: 'dropped_out', county: 'B' },
  { studentId: 'b1', schoolYear: 2022, grade: 9, status: 'graduated', county: 'B' },
  { studentId: 'b2', schoolYear: 2022, grade: 9, status: 'graduated', county: 'B' },
  // Records that cannot be placed.
  { studentId: 'x1', schoolYear: 2022, grade: 13, status: 'enrolled', county: 'A' },
  { studentId: 'x2', schoolYear: 2022, grade: 8, status: 'graduated', county: 'A' },
  { studentId: 's1', schoolYear: 2022, grade: 9, status: 'enrolled', county: 'A' },
  { studentId: 'x3', schoolYear: 2022, grade: 8, status: 'expelled' as never, county: 'A' },
  { studentId: '', schoolYear: 2022, grade: 8, status: 'enrolled', county: 'A' },
  { studentId: 'x4', schoolYear: '2022-2024', grade: 8, status: 'enrolled', county: 'A' },
];

describe('computeCohortIndicators', () => {
  const report = computeCohortIndicators(records, { schoolYear: '2022-2023学年', by: ['county'] });
  const countyA = report.groups.find((group) => group.key.county === 'A')?.results;
  const countyB = report.groups.find((group) => group.key.county === 'B')?.results;

  it('reports every record left out, and the counts reconcile', () => {
    expect(report.records.excluded.map((record) => [record.index, record.reason])).toEqual([
      [records.length - 6, 'grade_out_of_range'],
      [records.length - 5, 'contradictory_status'],
      [records.length - 4, 'duplicate_record'],
      [records.length - 3, 'unknown_status'],
      [records.length - 2, 'missing_student_id'],
      [records.length - 1, 'invalid_school_year'],
    ]);
    expect(report.records.read).toBe(records.length);
    expect(report.records.placed + report.records.excluded.length).toBe(report.records.read);
    expect(report.records.excluded[2]?.message.en).toContain('more than one record');
  });

  it('junior three-year consolidation, every variant, by county and in total', () => {
    // A: graduates s1–s8, s11, s12 = 10; intake in 2020 (s11 arrived during the year) = 10
    expect(countyA?.junior_three_year_consolidation_rate?.formattedValue).toBe('100.00');
    // B: 2 ÷ 3
    expect(countyB?.junior_three_year_consolidation_rate?.formattedValue).toBe('66.67');
    // total: 12 ÷ 13, a ratio of sums
    expect(report.total.junior_three_year_consolidation_rate?.formattedValue).toBe('92.31');

    const netted = computeCohortIndicators(records, {
      schoolYear: 2022,
      by: ['county'],
      consolidationMethod: 'net_transfers_denominator',
    }).groups[0]?.results.junior_three_year_consolidation_rate;
    // A: in = s11 (2020, grade 7) + s12 (2021, grade 8) = 2, out = s10 = 1: 10 ÷ (10 + 2 − 1) = 90.91%
    expect(netted?.formattedValue).toBe('90.91');
    const adjusted = computeCohortIndicators(records, {
      schoolYear: 2022,
      by: ['county'],
      consolidationMethod: 'adjusted_numerator',
    }).groups[0]?.results.junior_three_year_consolidation_rate;
    // (10 − 2 + 1) ÷ (10 − 0) = 90.00%
    expect(adjusted?.formattedValue).toBe('90.00');
  });

  it('annual dropout: strict and netted', () => {
    // A in 2022: at the start s1–s9, s11, s12 (grade 9) and p1–p4 (grade 6) = 15; s9 dropped out
    expect(countyA?.annual_dropout_rate.numerator.toString()).toBe('1');
    expect(countyA?.annual_dropout_rate.denominator.toString()).toBe('15');
    expect(countyA?.annual_dropout_rate.formattedValue).toBe('6.67');
    expect(countyB?.annual_dropout_rate.formattedValue).toBe('0.00');
    const netted = computeCohortIndicators(records, { schoolYear: 2022, dropoutMethod: 'netted' });
    // everyone together in 2022: decreases 1 (s9), increases 0; start 15 + 2 (b1, b2) = 17
    expect(netted.total.annual_dropout_rate.formattedValue).toBe('5.88');
  });

  it('progression and grade retention follow students into the next school year', () => {
    // p1–p3 of the four grade-6 graduates are in grade 7 in 2023
    expect(countyA?.progression_rate?.formattedValue).toBe('75.0');
    const grade6 = countyA?.grade_retention_rate?.find((entry) => entry.grade === 6);
    // autumn grade 7 in 2023 (3) ÷ spring grade 6 in 2022 (4)
    expect(grade6?.result.formattedValue).toBe('75.00');
  });

  it('aid coverage and after-school participation from the flags', () => {
    // identified: s1, s2; aided: s1, s3 → 2 ÷ 2 (s3 is aided without being identified)
    expect(countyA?.student_aid_coverage_rate.formattedValue).toBe('100.00');
    // participants s1–s5 ÷ there at the end of 2022: s1–s8, s11, s12, p1–p4 = 14
    expect(countyA?.after_school_participation_rate.formattedValue).toBe('35.71');
  });

  it('says which indicators the data cannot support, and why', () => {
    expect(report.unavailable).toEqual([
      expect.objectContaining({
        indicator: 'nine_year_consolidation_rate',
        reason: 'missing_school_year',
        missingYears: [2014],
      }),
    ]);
    expect(report.unavailable[0]?.message.zh).toContain('2014-2015学年');
    expect(countyA?.nine_year_consolidation_rate).toBeUndefined();
    expect(report.schoolYearsInData).toEqual([2020, 2021, 2022, 2023]);
  });

  it('gives the same numbers from a columnar table as from records', () => {
    const table = createStudentTable(records, { by: ['county'] });
    const columnar = studentTableFromColumns(
      {
        schoolYear: Array.from(table.schoolYear),
        grade: Array.from(table.grade),
        status: Array.from(table.status),
        flags: Array.from(table.flags),
        group: Array.from(table.group),
        studentId: Array.from(table.studentId ?? []),
      },
      { dimensions: table.dimensions, groups: table.groups },
    );
    const fromColumns = computeCohortIndicators(columnar, { schoolYear: 2022 });
    expect(JSON.stringify(fromColumns.total)).toBe(JSON.stringify(report.total));
  });

  it('fails clearly on a school year the data do not hold', () => {
    expect(() => computeCohortIndicators(records, { schoolYear: 2030 })).toThrow(InvalidOptionError);
    expect(() => computeCohortIndicators(records, { schoolYear: 'next year' })).toThrow(/cannot be read/);
  });

  it('takes the school year as a SchoolYear too', () => {
    const fromValue = computeCohortIndicators(records, { schoolYear: SchoolYear.of(2022), by: ['county'] });
    expect(JSON.stringify(fromValue.total)).toBe(JSON.stringify(report.total));
  });
});
