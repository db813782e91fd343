import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./cohort-benchmark.mjs', import.meta.url));

describe('the cohort benchmark', () => {
  it('runs both engines on the same province and they agree on every count', () => {
    const output = execFileSync(process.execPath, [script, '--students', '20000', '--counties', '7', '--repeat', '1'], {
      encoding: 'utf8',
    });
    expect(output).toContain('records                     37,');
    expect(output).toMatch(/time ratio edukpi \/ DuckDB: \d+\.\d\d/);
    expect(output).toContain('The engines agree on every count.');
  });
});
