// The counts both engines must agree on, per county, in one shape.

/** From an edukpi cohort report. */
export function countsFromReport(report) {
  return report.groups.map(({ key, results }) => ({
    county: Number(key.county),
    enrolledAtStart: results.annual_dropout_rate.denominator.toString(),
    dropouts: results.annual_dropout_rate.numerator.toString(),
    aided: results.student_aid_coverage_rate.numerator.toString(),
    eligible: results.student_aid_coverage_rate.denominator.toString(),
    participants: results.after_school_participation_rate.numerator.toString(),
    enrolledAtEnd: results.after_school_participation_rate.denominator.toString(),
    graduates: results.progression_rate?.denominator.toString(),
    admitted: results.progression_rate?.numerator.toString(),
    retention: (results.grade_retention_rate ?? [])
      .filter((entry) => entry.grade <= 9)
      .map((entry) => [entry.grade, entry.result.numerator.toString(), entry.result.denominator.toString()]),
  }));
}

/** From the rows of the DuckDB query. */
export function countsFromRows(rows) {
  return rows.map((row) => {
    const byGrade = new Map((row.grades ?? []).map((entry) => [Number(entry.grade), entry]));
    return {
      county: Number(row.county),
      enrolledAtStart: String(row.enrolled_at_start),
      dropouts: String(row.dropouts),
      aided: String(row.aided),
      eligible: String(row.eligible),
      participants: String(row.participants),
      enrolledAtEnd: String(row.enrolled_at_end),
      graduates: String(row.graduates),
      admitted: String(row.admitted),
      retention: Array.from({ length: 9 }, (_, offset) => {
        const entry = byGrade.get(offset + 1);
        return [offset + 1, String(entry?.autumn ?? 0), String(entry?.spring ?? 0)];
      }),
    };
  });
}
