// Writes docs/indicators.md, the reference table of every indicator, from the built
// @edukpi/core (`node scripts/indicator-reference.mjs`), or with `--check` fails when the file
// is out of date (run by `pnpm test`).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../packages/core/package.json', import.meta.url));
const { catalogueToMarkdown, indicatorIds } = require('@edukpi/core');
const target = new URL('../docs/indicators.md', import.meta.url);

const text = `# Indicator reference

Generated from \`@edukpi/core\` by \`node scripts/indicator-reference.mjs\`; do not edit by hand.
${indicatorIds.length} indicators. Thresholds are data: pass \`options.thresholds\` to use a
province's own numbers, or \`checkThresholds(result, thresholds)\` on an existing result.

## 简体中文

${catalogueToMarkdown({ locale: 'zh-CN' })}
## 繁體中文

${catalogueToMarkdown({ locale: 'zh-TW' })}
## English

${catalogueToMarkdown({ locale: 'en' })}`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== text) {
    console.error('docs/indicators.md is out of date: run `npx --yes pnpm@10.34.8 reference` and commit it.');
    process.exit(1);
  }
  console.log('docs/indicators.md is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`Wrote docs/indicators.md (${indicatorIds.length} indicators).`);
}
