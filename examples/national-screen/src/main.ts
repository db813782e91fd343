import { fileURLToPath } from 'node:url';
import { EdukpiError } from '@edukpi/core';
import { formatProvinceReport } from './format-province-report';
import { readProvince } from './read-province';
import { screenProvince } from './screen-province';

// Usage: npx tsx src/main.ts [file.csv | file.parquet]  (default: the bundled province file)
const given = process.argv[2];
const source = given ?? fileURLToPath(new URL('../data/province-schools.csv', import.meta.url));
try {
  const province = screenProvince(await readProvince({ source }));
  console.log(formatProvinceReport(province, given ?? 'data/province-schools.csv').join('\n'));
} catch (error) {
  if (!EdukpiError.isInstance(error)) throw error;
  // The error's message in both languages (and every problem, for a table with several), not a stack.
  console.error(error.message);
  const issues = (error as { issues?: readonly { messageZh: string; messageEn: string }[] }).issues ?? [];
  for (const issue of issues.slice(1, 20)) console.error(`  ${issue.messageZh}\n  ${issue.messageEn}`);
  process.exitCode = 1;
}
