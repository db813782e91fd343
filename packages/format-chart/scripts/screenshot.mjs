// Renders one chart of each type (and a few other locales) from the demo county of
// examples/county-evaluation with the built package, writes each as SVG, and screenshots it in
// headless Chromium to PNG, for a person to look at: are Chinese labels whole, do labels overlap,
// are the marks there? Not part of CI (CI has no Chromium); the unit tests need no browser.
//
//   npm run build && npm run screenshots        # in packages/format-chart
//
// Environment: CHROMIUM (default /usr/bin/chromium), OUT (default /tmp/edukpi-chart-screenshots).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeIndicator } from '@edukpi/core';
import { evaluateRegime, qualityBalance2017 } from '@edukpi/standards';
import { chromium } from 'playwright-core';
import { passFailMatrix, schoolDotPlot, thresholdBarChart, trendChart } from '../dist/index.js';

const out = process.env.OUT ?? '/tmp/edukpi-chart-screenshots';
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const demo = JSON.parse(
  readFileSync(new URL('../../../examples/county-evaluation/data/demo-county.json', import.meta.url), 'utf8'),
);
const evaluation = evaluateRegime(qualityBalance2017, { schools: demo.schools, items: demo.items });
const itemResults = evaluation.items.flatMap((item) => (item.result === null ? [] : [item.result]));
const rotation = (rotated, eligible) => computeIndicator('teacher_rotation_rate', { rotated, eligible });
const years = [2019, 2020, 2021, 2022, 2023];
const trend = [
  {
    label: '示范县',
    points: years.map((year, index) => ({ schoolYear: year, result: rotation([72, 85, 96, 110, 125][index], 1000) })),
  },
  {
    label: '城关镇',
    points: years.map((year, index) => ({
      schoolYear: year,
      result: index === 2 ? rotation(0, 0) : rotation([20, 28, 0, 41, 47][index], 300),
    })),
  },
  {
    label: '西山乡',
    points: years.map((year, index) => ({ schoolYear: year, result: rotation([5, 6, 9, 9, 12][index], 90) })),
  },
];

const charts = {
  'threshold-bars.zh-CN': () => thresholdBarChart(itemResults, { regime: 'quality_balance_2017' }),
  'threshold-bars.en': () => thresholdBarChart(itemResults, { regime: 'quality_balance_2017', locale: 'en' }),
  'school-dots.zh-CN': () => schoolDotPlot({ evaluation, indicator: 'equipment_value_per_student', stage: 'junior' }),
  'school-dots.zh-TW': () =>
    schoolDotPlot({ evaluation, indicator: 'sports_space_per_student', stage: 'junior' }, { locale: 'zh-TW' }),
  'pass-fail.zh-CN': () => passFailMatrix(evaluation, { stage: 'junior' }),
  'pass-fail.en': () => passFailMatrix(evaluation, { stage: 'junior', locale: 'en' }),
  'trend.zh-CN': () => trendChart(trend),
  'trend.zh-TW': () => trendChart(trend[0], { locale: 'zh-TW' }),
};

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath });
try {
  const page = await browser.newPage({ deviceScaleFactor: 2 });
  for (const [name, draw] of Object.entries(charts)) {
    const { svg } = await draw();
    writeFileSync(join(out, `${name}.svg`), svg);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`);
    await page
      .locator('svg')
      .first()
      .screenshot({ path: join(out, `${name}.png`) });
    console.log(`${join(out, name)}.{svg,png}`);
  }
} finally {
  await browser.close();
}
