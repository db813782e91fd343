// One engine of the balance benchmark: screenCounties(qualityBalance2017, columns) of
// @edukpi/standards — the whole nation in one call, from one school table in columns (typed
// arrays, a blank stage as NaN), as a columnar source such as Parquet or DuckDB hands it over.
// Building the columns is preparation, as building DuckDB's table is.
import { qualityBalance2017, screenCounties, splitResources, stageCountFields } from '@edukpi/standards';
import { emptyOutcome, median, peakMemoryMegabytes } from './balance-benchmark.mjs';
import { INDICATORS, nationSchool } from './synthetic-nation.mjs';

const settings = JSON.parse(process.argv[2]);
/** The synthetic nation as one table in columns. */
function nationColumns({ schools, counties }) {
  const stage = () =>
    Object.fromEntries(stageCountFields.map((field) => [field, new Float64Array(schools).fill(Number.NaN)]));
  const columns = {
    county: new Array(schools),
    id: new Array(schools),
    name: new Array(schools),
    type: new Array(schools),
    ownership: new Array(schools),
    primary: stage(),
    junior: stage(),
    ...Object.fromEntries(splitResources.map((field) => [field, new Float64Array(schools)])),
  };
  for (let index = 0; index < schools; index++) {
    const { county, school } = nationSchool(index, counties);
    columns.county[index] = String(county);
    columns.id[index] = school.id;
    columns.name[index] = school.name;
    columns.type[index] = school.type;
    columns.ownership[index] = school.ownership;
    for (const field of splitResources) columns[field][index] = school[field];
    for (const name of ['primary', 'junior']) {
      if (school[name] === undefined) continue;
      for (const field of stageCountFields) columns[name][field][index] = school[name][field];
    }
  }
  return columns;
}

const prepareStart = performance.now();
const columns = nationColumns(settings);
const prepareMs = performance.now() - prepareStart;

const times = [];
let screen;
for (let run = 0; run < settings.repeat; run++) {
  // The preparation's garbage is collected first, so it is not charged to the evaluation.
  globalThis.gc?.();
  const start = performance.now();
  screen = screenCounties(qualityBalance2017, columns);
  times.push(performance.now() - start);
}

const outcome = emptyOutcome(settings);
const { stageSchools } = screen;
for (let j = 0; j < stageSchools.length; j++) {
  const slot = Number(columns.id[stageSchools.row[j]].slice(1)) * 2 + (stageSchools.stage[j] === 'junior' ? 1 : 0);
  outcome.atStandard[slot] = String(stageSchools.atStandard[j]);
  outcome.passed[slot] = stageSchools.passed[j] ? '1' : '0';
}
for (const county of screen.counties) {
  for (const check of county.coefficients) {
    const base = (Number(county.county) * 2 + (check.stage === 'junior' ? 1 : 0)) * INDICATORS.length;
    outcome.coefficients[base + INDICATORS.indexOf(check.indicator)] = check.approximateCoefficient;
  }
}

process.stdout.write(
  JSON.stringify({
    engine: 'screen',
    prepareMs,
    computeMs: median(times),
    convertMs: 0,
    peakMegabytes: peakMemoryMegabytes(),
    stageSchools: stageSchools.length,
    atStandard: outcome.atStandard.join(''),
    passed: outcome.passed.join(''),
    coefficients: outcome.coefficients,
  }),
);
