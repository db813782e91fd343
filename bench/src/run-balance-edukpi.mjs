// One engine of the balance benchmark: evaluateRegime(qualityBalance2017, …) of @edukpi/standards,
// once per county, items omitted.
import { evaluateRegime, qualityBalance2017 } from '@edukpi/standards';
import { emptyOutcome, median, peakMemoryMegabytes } from './balance-benchmark.mjs';
import { generateNation, INDICATORS } from './synthetic-nation.mjs';

const settings = JSON.parse(process.argv[2]);

const prepareStart = performance.now();
const counties = generateNation(settings);
const prepareMs = performance.now() - prepareStart;

const times = [];
let outcome;
let stageSchools = 0;
for (let run = 0; run < settings.repeat; run++) {
  outcome = emptyOutcome(settings);
  stageSchools = 0;
  let elapsed = 0;
  // The preparation's garbage is collected first, so it is not charged to the evaluation.
  globalThis.gc?.();
  counties.forEach((schools, county) => {
    const start = performance.now();
    const evaluation = evaluateRegime(qualityBalance2017, { schools });
    elapsed += performance.now() - start;
    // Keep what the engines must agree on, drop the rest (the full evaluation of a nation is large).
    for (const school of evaluation.resources.schools) {
      const slot = Number(school.schoolId.slice(1)) * 2 + (school.stage === 'junior' ? 1 : 0);
      outcome.atStandard[slot] = String(school.atStandard);
      outcome.passed[slot] = school.passed ? '1' : '0';
      stageSchools += 1;
    }
    for (const check of evaluation.resources.coefficients) {
      const base = (county * 2 + (check.stage === 'junior' ? 1 : 0)) * INDICATORS.length;
      // The double the engine decided with (exact decisions fall back to decimals near a threshold);
      // reading check.coefficient would compute the exact 64-digit CV, which a national screen
      // does not need for every county.
      outcome.coefficients[base + INDICATORS.indexOf(check.indicator)] = check.approximateCoefficient;
    }
  });
  times.push(elapsed);
}

process.stdout.write(
  JSON.stringify({
    engine: 'edukpi',
    prepareMs,
    computeMs: median(times),
    convertMs: 0,
    peakMegabytes: peakMemoryMegabytes(),
    stageSchools,
    atStandard: outcome.atStandard.join(''),
    passed: outcome.passed.join(''),
    coefficients: outcome.coefficients,
  }),
);
