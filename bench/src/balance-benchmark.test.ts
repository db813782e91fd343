import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareOutcomes, emptyOutcome } from './balance-benchmark.mjs';
import { nationSchool } from './synthetic-nation.mjs';

const script = fileURLToPath(new URL('./balance-benchmark.mjs', import.meta.url));

describe('the balance benchmark', () => {
  it('runs the three engines on the same small nation and they agree school by school and CV by CV', () => {
    const settings = { schools: 3000, counties: 40 };
    // 九年一贯制 schools count twice: one stage school per stage.
    let stageSchools = 0;
    for (let index = 0; index < settings.schools; index++) {
      const { school } = nationSchool(index, settings.counties);
      stageSchools += school.type === 'nine_year' ? 2 : 1;
    }
    const output = execFileSync(
      process.execPath,
      [script, '--schools', String(settings.schools), '--counties', String(settings.counties), '--repeat', '1'],
      { encoding: 'utf8' },
    );
    const count = stageSchools.toLocaleString('en');
    expect(output).toMatch(new RegExp(`stage schools +${count} +${count} +${count}`));
    expect(output).toMatch(/time ratio screenCounties \/ DuckDB: \d+\.\d\d/);
    expect(output).toMatch(/time ratio evaluateRegime per county \/ DuckDB: \d+\.\d\d/);
    expect(output).toContain(`of ${count} stage schools pass the 6-of-7 rule; 560 CVs`);
    expect(output).toContain('screenCounties and DuckDB agree: same indicators at standard, same schools passing');
    expect(output).toContain('evaluateRegime and DuckDB agree: same indicators at standard, same schools passing');
  });

  it('reports a school judged differently, or a CV off by more than 1e-9 relative, as a mismatch', () => {
    const settings = { schools: 2, counties: 1 };
    const left = { engine: 'edukpi', stageSchools: 2, ...emptyOutcome(settings) };
    const right = { engine: 'duckdb', stageSchools: 2, ...emptyOutcome(settings) };
    for (const outcome of [left, right]) {
      outcome.atStandard[0] = '7';
      outcome.passed[0] = '1';
      outcome.atStandard[3] = '6';
      outcome.passed[3] = '1';
      outcome.coefficients[0] = 0.25;
    }
    expect(compareOutcomes(left, right).agree).toBe(true);
    right.coefficients[0] = 0.25 * (1 + 1e-12);
    expect(compareOutcomes(left, right).agree).toBe(true);
    right.coefficients[0] = 0.25 * (1 + 1e-8);
    expect(compareOutcomes(left, right)).toMatchObject({ agree: false, mismatchedCoefficients: 1 });
    right.coefficients[0] = 0.25;
    right.passed[3] = '0';
    expect(compareOutcomes(left, right)).toMatchObject({ agree: false, mismatchedSchools: 1 });
    expect(compareOutcomes(left, right).differing[0]).toMatchObject({ school: 'S1', stage: 'junior' });
  });

  it('generates a school from the formulas of synthetic-nation.mjs', () => {
    // School 4: seed 5 × 48271 = 241355, mixed 241355 × (241355 mod 46337 + 7) = 241355 × 9677
    // mod (2³¹ − 1) = 188108688; h1 = 633618932, h2 = 957365998 (h2 % 100 = 98 → 九年一贯制),
    // h3 = 1313489665 → A = 80 + 565, h4 = 1152425187 → B = 40 + 487; h5 = 299809789 → f = 850 + 289
    // for the qualified primary teachers: 645 × 420 × 1139 // 10⁷ = 30; h8 = 1365504146 → f = 850 + 695
    // for the teaching area: (10 × 645 + 11 × 527) × 45 × 1545 // 10⁴ = 85147 tenths of m².
    const { county, school } = nationSchool(4, 40);
    expect(county).toBe(4);
    expect(school.type).toBe('nine_year');
    expect(school.primary?.students).toBe(645);
    expect(school.junior?.students).toBe(527);
    expect(school.primary?.qualifiedTeachers).toBe(30);
    expect(school.teachingArea).toBe(8514.7);
  });
});
