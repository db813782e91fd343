// Adds up the vitest JSON reports of every workspace package and prints one closing line,
// "Tests: N passed, N failed", so a CI log states what ran. Exits 1 if any test failed or if
// no test ran at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const folder of ['packages', 'examples', 'bench']) {
  const base = join(root, folder);
  if (!existsSync(base)) continue;
  const candidates = folder === 'bench' ? [''] : readdirSync(base);
  for (const name of candidates) {
    const report = join(base, name, 'test-results', 'vitest.json');
    if (!existsSync(report)) continue;
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(report, 'utf8'));
    passed += numPassedTests;
    failed += numFailedTests;
    skipped += numPendingTests + numTodoTests;
    rows.push(`  ${join(folder, name).padEnd(32)} ${numPassedTests} passed, ${numFailedTests} failed`);
  }
}
console.log(rows.join('\n'));
console.log(`Tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0) process.exit(1);
