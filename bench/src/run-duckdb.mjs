// One engine of the cohort benchmark: the same computation as DuckDB SQL over an in-memory table.
import { DuckDBInstance } from '@duckdb/node-api';
import { median, peakMemoryMegabytes } from './cohort-benchmark.mjs';
import { countsFromRows } from './cohort-counts.mjs';
import { COHORT_SQL, generateSql } from './synthetic-province.mjs';

const settings = JSON.parse(process.argv[2]);
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();

const prepareStart = performance.now();
await connection.run(generateSql(settings));
const prepareMs = performance.now() - prepareStart;
const [{ records }] = (
  await connection.runAndReadAll('SELECT count(*)::INTEGER AS records FROM students')
).getRowObjectsJS();

const times = [];
let rows;
for (let run = 0; run < settings.repeat; run++) {
  const start = performance.now();
  rows = (await connection.runAndReadAll(COHORT_SQL)).getRowObjectsJS();
  times.push(performance.now() - start);
}
connection.closeSync();

process.stdout.write(
  JSON.stringify({
    records,
    prepareMs,
    computeMs: median(times),
    peakMegabytes: peakMemoryMegabytes(),
    counts: countsFromRows(rows),
  }),
);
