import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./csv-benchmark.mjs', import.meta.url));

describe('the CSV benchmark', () => {
  it('loads the same UTF-8 and GBK files with both engines, which agree on rows and the sum of primary students', () => {
    const output = execFileSync(process.execPath, [script, '--rows', '2000', '--breakdown'], { encoding: 'utf8' });
    expect(output).toMatch(/edukpi loadCsv \+ schoolTableSpec, UTF-8 +2,000 /);
    expect(output).toMatch(/edukpi loadCsv \+ schoolTableSpec, GBK +2,000 /);
    expect(output).toMatch(/DuckDB read_csv, UTF-8, 1 thread +2,000 /);
    expect(output).toMatch(/ratio edukpi \/ DuckDB, UTF-8, DuckDB 1 thread: time \d+\.\d\d, CPU \d+\.\d\d/);
    expect(output).toMatch(/where the time goes, GBK \(CPU time, total \d+\.\d\d s\):/);
    expect(output).toContain('The engines agree: 2,000 rows, 1,503,354 primary students.');
  });
});
