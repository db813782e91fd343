import { readFileSync } from 'node:fs';
import { computeIndicator } from '@edukpi/core';
import { describe, expect, it } from 'vitest';
import { resultsTable, toMarkdown } from './index';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The fenced block that follows an `<!-- output: name -->` marker in the README. */
function outputBlock(name: string): string {
  const match = new RegExp(`<!-- output: ${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (match?.[1] === undefined) throw new Error(`README has no output block "${name}"`);
  return match[1];
}

describe('README', () => {
  it('the smallest example prints what the README shows', () => {
    const results = [
      computeIndicator('junior_three_year_consolidation_rate', { graduates: 1042, entrants: 1010 }),
      computeIndicator('student_aid_coverage_rate', { aided: 0, eligible: 0 }),
    ];
    expect(`${toMarkdown(resultsTable(results, { locale: 'zh-CN' }))}`).toBe(outputBlock('smallest example'));
  });
});
