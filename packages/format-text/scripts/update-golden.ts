// Writes the golden files src/__golden__/<locale>.json from the cases in golden-cases.ts.
// Run it (`npm run golden`) after an intended change of output, review the diff, commit it.
// CI never runs it: golden.test.ts only compares.
import { writeFileSync } from 'node:fs';
import { renderGolden } from '../src/__golden__/render-golden';
import { formatLocales } from '../src/locale/format-locale';

for (const locale of formatLocales) {
  const path = new URL(`../src/__golden__/${locale}.json`, import.meta.url);
  writeFileSync(path, `${JSON.stringify(renderGolden(locale), null, 2)}\n`);
  console.log(`wrote ${path.pathname}`);
}
