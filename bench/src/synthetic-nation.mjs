// A synthetic nation of schools, defined by integer formulas of the school's index that JavaScript
// and DuckDB SQL evaluate identically, so both engines see exactly the same data.
//
// School i (0 ≤ i < schools) lies in county i % counties. Its seed s = (i + 1) × 48271 mod (2^31 − 1)
// is mixed by one quadratic step, s × (s mod 46337 + 7) mod (2^31 − 1) — without it, the hashes of
// schools i, i + counties, … would form an arithmetic progression and whole counties would get the
// same school type —, then Park–Miller steps give h1 … h12 < 2^31. Every product below stays
// under 2^53, so JavaScript doubles are exact and SQL BIGINTs never overflow.
//   type (h2 % 100):  < 60 小学 primary, < 88 初中 junior, else 九年一贯制 (both stages).
//   students:         primary 40 + h3 % 1960; junior 120 + h3 % 1880; 九年一贯制 A = 80 + h3 % 1100,
//                     B = 40 + h4 % 700.
//   each indicator has a factor f = 850 + h % 1500 (‰ of the standard, 0.85–2.35); a 九年一贯制's
//   junior teachers use f = 850 + (h // 1500) % 1500 of the same hash.
//   teachers (per stage, never split):  count = P × standard(hundredths per 100 students) × f // 10^7;
//   resources (whole school, split by the engine): amount = W × standard × f // 1000 over the school's
//   weighted students W = P (one stage) or A + 1.1B (九年一贯制, computed as (10A + 11B) / 10).
//   Areas are in tenths of m², equipment in 元, multimedia classrooms whole.

const MODULUS = 2147483647;
const MULTIPLIER = 48271;

/** The 2017 standards in integers: teachers in hundredths per 100 students, areas in tenths of m². */
export const STANDARDS = {
  primary: { qualified: 420, key: 100, peArts: 90, teaching: 45, sports: 75, equipment: 2000, multimedia: 230 },
  junior: { qualified: 530, key: 100, peArts: 90, teaching: 58, sports: 102, equipment: 2500, multimedia: 240 },
};

/** The school's hashes h1 … h12 (index 0 is h1). */
function hashes(index) {
  const result = new Array(12);
  const seed = ((index + 1) * MULTIPLIER) % MODULUS;
  let h = (((seed * ((seed % 46337) + 7)) % MODULUS) * MULTIPLIER) % MODULUS;
  for (let step = 0; step < 12; step++) {
    result[step] = h;
    h = (h * MULTIPLIER) % MODULUS;
  }
  return result;
}

const factor = (h) => 850 + (h % 1500);
const secondFactor = (h) => 850 + (Math.floor(h / 1500) % 1500);

function teachersOf(students, standards, h, second) {
  const f = second ? secondFactor : factor;
  const qualified = Math.floor((students * standards.qualified * f(h[4])) / 10_000_000);
  const key = Math.floor((students * standards.key * f(h[5])) / 10_000_000);
  const peArts = Math.floor((students * standards.peArts * f(h[6])) / 10_000_000);
  const pe = Math.floor(peArts / 2);
  const music = Math.floor((peArts - pe) / 2);
  const teachers = qualified + Math.floor(qualified / 8) + 1;
  return {
    students,
    classes: Math.floor((students + 44) / 45),
    teachers,
    qualifiedTeachers: qualified,
    keyTeachers: key,
    peTeachers: pe,
    musicTeachers: music,
    artTeachers: peArts - pe - music,
    intermediateOrAboveTitleTeachers: Math.floor(teachers / 2),
  };
}

/**
 * One school of the nation as the school table of @edukpi/standards files it.
 *
 * @param index - The school's index.
 * @param counties - The number of counties.
 * @returns `{ county, school }`.
 */
export function nationSchool(index, counties) {
  const h = hashes(index);
  const draw = h[1] % 100;
  const type = draw < 60 ? 'primary' : draw < 88 ? 'junior' : 'nine_year';
  const A = type === 'primary' ? 40 + (h[2] % 1960) : type === 'nine_year' ? 80 + (h[2] % 1100) : 0;
  const B = type === 'junior' ? 120 + (h[2] % 1880) : type === 'nine_year' ? 40 + (h[3] % 700) : 0;
  // Resources over tenfold weighted students: 10P for one stage, 10A + 11B for a 九年一贯制.
  const base = type === 'junior' ? STANDARDS.junior : STANDARDS.primary;
  const weighted10 = type === 'nine_year' ? 10 * A + 11 * B : 10 * (A + B);
  const school = {
    id: `S${index}`,
    name: `学校${index}`,
    type,
    ownership: 'public',
    teachingArea: Math.floor((weighted10 * base.teaching * factor(h[7])) / 10_000) / 10,
    sportsArea: Math.floor((weighted10 * base.sports * factor(h[8])) / 10_000) / 10,
    equipmentValue: Math.floor((weighted10 * base.equipment * factor(h[9])) / 10_000),
    computers: Math.floor((A + B) / 7) + (h[11] % 20),
    books: (A + B) * 25 + (h[11] % 1000),
    multimediaClassrooms: Math.floor((weighted10 * base.multimedia * factor(h[10])) / 100_000_000),
    ...(A > 0 ? { primary: teachersOf(A, STANDARDS.primary, h, false) } : {}),
    ...(B > 0 ? { junior: teachersOf(B, STANDARDS.junior, h, type === 'nine_year') } : {}),
  };
  return { county: index % counties, school };
}

/** The whole nation, as one array of schools per county. */
export function generateNation({ schools, counties }) {
  const byCounty = Array.from({ length: counties }, () => []);
  for (let index = 0; index < schools; index++) {
    const { county, school } = nationSchool(index, counties);
    byCounty[county].push(school);
  }
  return byCounty;
}

/** The same nation as a DuckDB table `schools`, built by SQL from the same formulas. */
export function generateNationSql({ schools, counties }) {
  const steps = Array.from({ length: 11 }, (_, step) => `(h${step + 1} * ${MULTIPLIER}) % ${MODULUS} AS h${step + 2}`);
  const chain = steps.reduce(
    (inner, step, position) => `SELECT *, ${step} FROM (${inner}) t${position}`,
    `SELECT i, (((seed * (seed % 46337 + 7)) % ${MODULUS}) * ${MULTIPLIER}) % ${MODULUS} AS h1
     FROM (SELECT i, ((i + 1) * ${MULTIPLIER}) % ${MODULUS} AS seed FROM range(0, ${schools}) r(i))`,
  );
  const f = (h) => `(850 + ${h} % 1500)`;
  const f2 = (h) => `(850 + (${h} // 1500) % 1500)`;
  const teacherColumns = (stage, students, second) => {
    const s = STANDARDS[stage];
    const factorOf = second ? f2 : f;
    return `
      (${students} * ${s.qualified} * ${factorOf('h5')}) // 10000000 AS ${stage}_qualified,
      (${students} * ${s.key} * ${factorOf('h6')}) // 10000000 AS ${stage}_key,
      (${students} * ${s.peArts} * ${factorOf('h7')}) // 10000000 AS ${stage}_pe_arts`;
  };
  return `
CREATE OR REPLACE TABLE schools AS
WITH hashed AS (${chain}),
typed AS (
  SELECT *, i % ${counties} AS county,
    CASE WHEN h2 % 100 < 60 THEN 'primary' WHEN h2 % 100 < 88 THEN 'junior' ELSE 'nine_year' END AS type
  FROM hashed
),
sized AS (
  SELECT *,
    CASE type WHEN 'primary' THEN 40 + h3 % 1960 WHEN 'nine_year' THEN 80 + h3 % 1100 ELSE 0 END AS a,
    CASE type WHEN 'junior' THEN 120 + h3 % 1880 WHEN 'nine_year' THEN 40 + h4 % 700 ELSE 0 END AS b
  FROM typed
),
weighted AS (
  SELECT *, CASE type WHEN 'nine_year' THEN 10 * a + 11 * b ELSE 10 * (a + b) END AS w10,
    type = 'junior' AS junior_base
  FROM sized
)
SELECT i, county, type, a, b, w10,
  ${teacherColumns('primary', 'a', false)},
  (b * ${STANDARDS.junior.qualified} * (CASE WHEN type = 'nine_year' THEN ${f2('h5')} ELSE ${f('h5')} END)) // 10000000 AS junior_qualified,
  (b * ${STANDARDS.junior.key} * (CASE WHEN type = 'nine_year' THEN ${f2('h6')} ELSE ${f('h6')} END)) // 10000000 AS junior_key,
  (b * ${STANDARDS.junior.peArts} * (CASE WHEN type = 'nine_year' THEN ${f2('h7')} ELSE ${f('h7')} END)) // 10000000 AS junior_pe_arts,
  (w10 * (CASE WHEN junior_base THEN ${STANDARDS.junior.teaching} ELSE ${STANDARDS.primary.teaching} END) * ${f('h8')}) // 10000 AS teaching_tenths,
  (w10 * (CASE WHEN junior_base THEN ${STANDARDS.junior.sports} ELSE ${STANDARDS.primary.sports} END) * ${f('h9')}) // 10000 AS sports_tenths,
  (w10 * (CASE WHEN junior_base THEN ${STANDARDS.junior.equipment} ELSE ${STANDARDS.primary.equipment} END) * ${f('h10')}) // 10000 AS equipment,
  (w10 * (CASE WHEN junior_base THEN ${STANDARDS.junior.multimedia} ELSE ${STANDARDS.primary.multimedia} END) * ${f('h11')}) // 100000000 AS multimedia
FROM weighted;
`;
}

/** The seven indicators of the 2017 resource part, in the regime's order, as the SQL computes them. */
export const INDICATORS = [
  'qualified_teachers_per_100_students',
  'key_teachers_per_100_students',
  'pe_arts_teachers_per_100_students',
  'teaching_space_per_student',
  'sports_space_per_student',
  'equipment_value_per_student',
  'multimedia_classrooms_per_100_students',
];

/**
 * The 2017 resource part in DuckDB SQL: one row per stage school (a 九年一贯制 split by weighted
 * students, 10A : 11B), each indicator as an exact fraction num / den of integers, the standard
 * and the 85% floor checked in integer arithmetic (no rounding), the 6-of-7 rule, then per county
 * and stage the enrolment-weighted population CV of each indicator:
 * X̄ = Σ P·x / Σ P, S = √(Σ (P/ΣP)(x − X̄)²), CV = S / X̄.
 */
export const BALANCE_SQL = (() => {
  // Per indicator: the numerator column for a stage, whether the school's resources are split, the
  // indicator's scale over the unit (per 100 students: 100; tenths of m²: 1/10), the standard as
  // an integer over its divisor, per stage.
  const indicators = [
    ['qualified', true, 100, 1, 'qualified', 100],
    ['key', true, 100, 1, 'key', 100],
    ['pe_arts', true, 100, 1, 'peArts', 100],
    ['teaching_tenths', false, 1, 10, 'teaching', 10],
    ['sports_tenths', false, 1, 10, 'sports', 10],
    ['equipment', false, 1, 1, 'equipment', 1],
    ['multimedia', false, 100, 1, 'multimedia', 100],
  ];
  // A stage school's value of indicator k is num_k / den_k × scale / unitDivisor.
  // Teachers: num = stage count, den = stage students. Resources: one stage: num = amount, den = P;
  // 九年一贯制 primary: num = 10 × amount, den = 10A + 11B; junior: num = 11 × amount, den = 10A + 11B.
  const stageRows = (stage, students, multiplier) => `
  SELECT i, county, '${stage}' AS stage, ${stage === 'primary' ? 0 : 1} AS stage_order, ${students} AS p,
    ${indicators
      .map(([column, teacher], k) =>
        teacher
          ? `${stage}_${column}::HUGEINT AS num${k}, ${students}::HUGEINT AS den${k}`
          : `(CASE WHEN type = 'nine_year' THEN ${multiplier} * ${column} ELSE ${column} END)::HUGEINT AS num${k},
             (CASE WHEN type = 'nine_year' THEN w10 ELSE ${students} END)::HUGEINT AS den${k}`,
      )
      .join(',\n    ')}
  FROM schools WHERE ${students} > 0`;
  const checks = (stage) =>
    indicators.map(([, , scale, unitDivisor, standard, standardDivisor], k) => {
      const value = STANDARDS[stage][standard];
      return {
        at: `num${k} * ${scale * standardDivisor} >= ${value} * den${k} * ${unitDivisor}`,
        floor: `num${k} * ${scale * standardDivisor * 100} >= ${85 * value} * den${k} * ${unitDivisor}`,
      };
    });
  const perStage = (stage) => {
    const list = checks(stage);
    return `
    SELECT *, ${list.map((check) => `(CASE WHEN ${check.at} THEN 1 ELSE 0 END)`).join(' + ')} AS at_standard,
      ${list.map((check) => `(${check.floor})`).join(' AND ')} AS above_floor
    FROM stage_schools WHERE stage = '${stage}'`;
  };
  const value = (k) => {
    const [, , scale, unitDivisor] = indicators[k];
    return `(num${k}::DOUBLE / den${k}::DOUBLE * ${scale / unitDivisor})`;
  };
  return `
WITH stage_schools AS (
  ${stageRows('primary', 'a', 10)}
  UNION ALL
  ${stageRows('junior', 'b', 11)}
),
checked AS (
  ${perStage('primary')}
  UNION ALL
  ${perStage('junior')}
),
valued AS (
  SELECT county, stage, p, ${indicators.map((_, k) => `${value(k)} AS x${k}`).join(', ')} FROM checked
),
means AS (
  SELECT county, stage, sum(p)::DOUBLE AS total,
    ${indicators.map((_, k) => `sum(p * x${k}) / sum(p) AS m${k}`).join(', ')}
  FROM valued GROUP BY county, stage
),
coefficients AS (
  SELECT v.county, v.stage,
    ${indicators.map((_, k) => `sqrt(sum(v.p / m.total * pow(v.x${k} - m.m${k}, 2))) / any_value(m.m${k}) AS cv${k}`).join(',\n    ')}
  FROM valued v JOIN means m USING (county, stage)
  GROUP BY v.county, v.stage
)
SELECT 'school' AS kind, i, stage_order, at_standard, (at_standard >= 6 AND above_floor) AS passed,
  NULL::INTEGER AS county, NULL::VARCHAR AS stage, ${indicators.map((_, k) => `NULL::DOUBLE AS cv${k}`).join(', ')}
FROM checked
UNION ALL
SELECT 'county', NULL, NULL, NULL, NULL, county, stage, ${indicators.map((_, k) => `cv${k}`).join(', ')}
FROM coefficients;
`;
})();
