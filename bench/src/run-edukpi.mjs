// One engine of the cohort benchmark: @edukpi/core's columnar cohort computation.
import { computeCohortIndicators, studentTableFromColumns } from '@edukpi/core';
import { median, peakMemoryMegabytes } from './cohort-benchmark.mjs';
import { countsFromReport } from './cohort-counts.mjs';
import { FIRST_YEAR, generateColumns } from './synthetic-province.mjs';

const settings = JSON.parse(process.argv[2]);
const { rows, columns } = generateColumns(settings);
const groups = {
  dimensions: ['county'],
  groups: Array.from({ length: settings.counties }, (_, county) => ({ county })),
};

const prepareStart = performance.now();
const table = studentTableFromColumns(columns, groups);
const prepareMs = performance.now() - prepareStart;

const times = [];
let report;
for (let run = 0; run < settings.repeat; run++) {
  const start = performance.now();
  report = computeCohortIndicators(table, { schoolYear: FIRST_YEAR });
  times.push(performance.now() - start);
}

process.stdout.write(
  JSON.stringify({
    records: rows,
    prepareMs,
    computeMs: median(times),
    peakMegabytes: peakMemoryMegabytes(),
    counts: countsFromReport(report),
  }),
);
