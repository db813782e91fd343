// One engine of the balance benchmark: the 2017 resource part as DuckDB SQL over an in-memory table.
import { DuckDBInstance } from '@duckdb/node-api';
import { emptyOutcome, median, peakMemoryMegabytes } from './balance-benchmark.mjs';
import { BALANCE_SQL, generateNationSql, INDICATORS } from './synthetic-nation.mjs';

const settings = JSON.parse(process.argv[2]);
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();

const prepareStart = performance.now();
await connection.run(generateNationSql(settings));
const prepareMs = performance.now() - prepareStart;

const times = [];
let reader;
for (let run = 0; run < settings.repeat; run++) {
  const start = performance.now();
  reader = await connection.runAndReadAll(BALANCE_SQL);
  times.push(performance.now() - start);
}
const convertStart = performance.now();
const rows = reader.getRowObjectsJS();
const outcome = emptyOutcome(settings);
for (const row of rows) {
  if (row.kind === 'school') {
    const slot = Number(row.i) * 2 + Number(row.stage_order);
    outcome.atStandard[slot] = String(row.at_standard);
    outcome.passed[slot] = row.passed ? '1' : '0';
  } else {
    const base = (Number(row.county) * 2 + (row.stage === 'junior' ? 1 : 0)) * INDICATORS.length;
    INDICATORS.forEach((_, k) => {
      outcome.coefficients[base + k] = row[`cv${k}`];
    });
  }
}
const convertMs = performance.now() - convertStart;
connection.closeSync();

process.stdout.write(
  JSON.stringify({
    engine: 'duckdb',
    prepareMs,
    computeMs: median(times),
    convertMs,
    peakMegabytes: peakMemoryMegabytes(),
    stageSchools: rows.filter((row) => row.kind === 'school').length,
    atStandard: outcome.atStandard.join(''),
    passed: outcome.passed.join(''),
    coefficients: outcome.coefficients,
  }),
);
