// A synthetic province of student records, defined by integer formulas of the student's index
// that JavaScript and SQL evaluate identically, so both engines see exactly the same data.
//
// Student i (0 ≤ i < students) lives in county i % counties. Three Park–Miller steps give
// h1, h2, h3 < 2^31; every product stays below 2^53, so doubles are exact.
//   2022-2023 (autumn year 2022): grade 1 + h1 % 9; status from h2 % 1000; flags from h3.
//   2023-2024: those enrolled or transferred in, and grade-6 graduates, move up one grade; grade-9
//   graduates and those who left have no record; status from floor(h3 / 1000) % 1000.

export const FIRST_YEAR = 2022;
const MODULUS = 2147483647;
const MULTIPLIER = 48271;

/** Status codes in the order of @edukpi/core's studentStatuses. */
export const STATUS = {
  enrolled: 0,
  graduated: 1,
  transferredIn: 2,
  transferredOut: 3,
  droppedOut: 4,
  suspended: 5,
  deceased: 6,
};

/** The status of a draw r in 0–999 for a student in `grade`. */
export function statusOf(draw, grade) {
  if (draw < 5) return STATUS.droppedOut;
  if (draw < 15) return STATUS.transferredOut;
  if (draw < 25) return STATUS.transferredIn;
  if (draw < 27) return STATUS.suspended;
  if (draw === 27) return STATUS.deceased;
  return grade === 6 || grade === 9 ? STATUS.graduated : STATUS.enrolled;
}

/** The flag bits (disability, migrant, financialDifficulty, aided, afterSchool) of hash h3. */
export function flagsOf(h3) {
  const draw = h3 % 100;
  let flags = 0;
  if (draw === 99) flags |= 1;
  if (draw >= 90) flags |= 2;
  if (draw < 8) flags |= 4;
  if (draw < 7 || draw === 50) flags |= 8;
  if (Math.floor(h3 / 128) % 10 < 9) flags |= 16;
  return flags;
}

/** Generates the province as typed-array columns (no object per record). */
export function generateColumns({ students, counties }) {
  const capacity = students * 2;
  const schoolYear = new Uint16Array(capacity);
  const grade = new Uint8Array(capacity);
  const status = new Uint8Array(capacity);
  const flags = new Uint8Array(capacity);
  const group = new Uint32Array(capacity);
  const studentId = new Float64Array(capacity);
  let rows = 0;
  for (let index = 0; index < students; index++) {
    const h1 = (index * MULTIPLIER) % MODULUS;
    const h2 = (h1 * MULTIPLIER) % MODULUS;
    const h3 = (h2 * MULTIPLIER) % MODULUS;
    const firstGrade = 1 + (h1 % 9);
    const firstStatus = statusOf(h2 % 1000, firstGrade);
    const studentFlags = flagsOf(h3);
    const county = index % counties;
    schoolYear[rows] = FIRST_YEAR;
    grade[rows] = firstGrade;
    status[rows] = firstStatus;
    flags[rows] = studentFlags;
    group[rows] = county;
    studentId[rows] = index;
    rows += 1;
    const continues =
      firstStatus === STATUS.enrolled ||
      firstStatus === STATUS.transferredIn ||
      (firstStatus === STATUS.graduated && firstGrade === 6);
    if (continues) {
      const nextGrade = firstGrade + 1;
      schoolYear[rows] = FIRST_YEAR + 1;
      grade[rows] = nextGrade;
      status[rows] = statusOf(Math.floor(h3 / 1000) % 1000, nextGrade);
      flags[rows] = studentFlags;
      group[rows] = county;
      studentId[rows] = index;
      rows += 1;
    }
  }
  return {
    rows,
    columns: {
      schoolYear: schoolYear.subarray(0, rows),
      grade: grade.subarray(0, rows),
      status: status.subarray(0, rows),
      flags: flags.subarray(0, rows),
      group: group.subarray(0, rows),
      studentId: studentId.subarray(0, rows),
    },
  };
}

/** The same province as a DuckDB table `students`, built by SQL from the same formulas. */
export function generateSql({ students, counties }) {
  return `
CREATE OR REPLACE TABLE students AS
WITH hashes AS (
  SELECT i AS student_id, i % ${counties} AS county, h1, h2, (h2 * ${MULTIPLIER}) % ${MODULUS} AS h3
  FROM (
    SELECT i, h1, (h1 * ${MULTIPLIER}) % ${MODULUS} AS h2
    FROM (SELECT i, (i * ${MULTIPLIER}) % ${MODULUS} AS h1 FROM range(0, ${students}) t(i))
  )
),
first_year AS (
  SELECT student_id, county, h3, 1 + h1 % 9 AS grade, h2 % 1000 AS draw FROM hashes
),
first_status AS (
  SELECT *, CASE
    WHEN draw < 5 THEN 4 WHEN draw < 15 THEN 3 WHEN draw < 25 THEN 2 WHEN draw < 27 THEN 5 WHEN draw = 27 THEN 6
    WHEN grade IN (6, 9) THEN 1 ELSE 0 END AS status
  FROM first_year
),
flagged AS (
  SELECT *,
    (CASE WHEN h3 % 100 = 99 THEN 1 ELSE 0 END)
    + (CASE WHEN h3 % 100 >= 90 THEN 2 ELSE 0 END)
    + (CASE WHEN h3 % 100 < 8 THEN 4 ELSE 0 END)
    + (CASE WHEN h3 % 100 < 7 OR h3 % 100 = 50 THEN 8 ELSE 0 END)
    + (CASE WHEN (h3 // 128) % 10 < 9 THEN 16 ELSE 0 END) AS flags
  FROM first_status
)
SELECT ${FIRST_YEAR} AS school_year, grade, status, flags, county, student_id FROM flagged
UNION ALL
SELECT ${FIRST_YEAR + 1} AS school_year, grade + 1 AS grade,
  CASE
    WHEN (h3 // 1000) % 1000 < 5 THEN 4 WHEN (h3 // 1000) % 1000 < 15 THEN 3 WHEN (h3 // 1000) % 1000 < 25 THEN 2
    WHEN (h3 // 1000) % 1000 < 27 THEN 5 WHEN (h3 // 1000) % 1000 = 27 THEN 6
    WHEN grade + 1 IN (6, 9) THEN 1 ELSE 0 END AS status,
  flags, county, student_id
FROM flagged
WHERE status IN (0, 2) OR (status = 1 AND grade = 6);
`;
}

/**
 * The cohort computation of @edukpi/core for school year 2022, as DuckDB SQL: per county, the
 * counts behind the dropout rate, aid coverage, after-school participation, progression
 * (grade-6 graduates found in grade 7 the next year) and grade retention (per grade).
 */
export const COHORT_SQL = `
WITH y AS (SELECT * FROM students WHERE school_year = ${FIRST_YEAR} AND grade BETWEEN 1 AND 9),
per_county AS (
  SELECT county,
    count(*) FILTER (WHERE status <> 2) AS enrolled_at_start,
    count(*) FILTER (WHERE status = 4) AS dropouts,
    count(*) FILTER (WHERE flags & 8 <> 0) AS aided,
    count(*) FILTER (WHERE flags & 4 <> 0) AS eligible,
    count(*) FILTER (WHERE status IN (0, 1, 2) AND flags & 16 <> 0) AS participants,
    count(*) FILTER (WHERE status IN (0, 1, 2)) AS enrolled_at_end,
    count(*) FILTER (WHERE grade = 6 AND status = 1) AS graduates
  FROM y GROUP BY county
),
admitted AS (
  SELECT g.county, count(*) AS admitted
  FROM students g JOIN students n ON n.student_id = g.student_id
  WHERE g.school_year = ${FIRST_YEAR} AND g.grade = 6 AND g.status = 1 AND n.school_year = ${FIRST_YEAR + 1} AND n.grade = 7
  GROUP BY g.county
),
spring AS (
  SELECT county, grade, count(*) AS spring FROM students
  WHERE school_year = ${FIRST_YEAR} AND status IN (0, 1, 2) GROUP BY county, grade
),
autumn AS (
  SELECT county, grade - 1 AS grade, count(*) AS autumn FROM students
  WHERE school_year = ${FIRST_YEAR + 1} AND status <> 2 GROUP BY county, grade
),
retention AS (
  SELECT s.county, list(struct_pack(grade := s.grade, autumn := coalesce(a.autumn, 0), spring := s.spring) ORDER BY s.grade) AS grades
  FROM spring s LEFT JOIN autumn a ON a.county = s.county AND a.grade = s.grade
  GROUP BY s.county
)
SELECT p.*, coalesce(a.admitted, 0) AS admitted,
  round(100.0 * p.dropouts / p.enrolled_at_start, 2) AS dropout_rate,
  round(100.0 * p.aided / p.eligible, 2) AS aid_coverage,
  round(100.0 * p.participants / p.enrolled_at_end, 2) AS after_school_participation,
  round(100.0 * coalesce(a.admitted, 0) / p.graduates, 1) AS progression_rate,
  r.grades
FROM per_county p LEFT JOIN admitted a USING (county) LEFT JOIN retention r USING (county)
ORDER BY county;
`;
