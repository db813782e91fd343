// DuckDB's side of the CSV benchmark, in its own process: read_csv into a typed table (every
// column parsed), then the checksum query. With `encoding: 'gbk'`, DuckDB's encodings extension.
import { DuckDBInstance } from '@duckdb/node-api';
import { peakMemoryMegabytes } from './csv-benchmark.mjs';

const { file, threads, encoding } = JSON.parse(process.argv[2]);
const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const connection = await instance.connect();
if (encoding === 'gbk') await connection.run('LOAD encodings');
const path = file.replaceAll("'", "''");
const options = encoding === 'gbk' ? ", encoding = 'gbk'" : '';
const cpuStart = process.cpuUsage();
const start = performance.now();
await connection.run(`CREATE TABLE schools AS SELECT * FROM read_csv('${path}', header = true${options})`);
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const [{ rows, primaryStudents }] = (
  await connection.runAndReadAll(
    'SELECT count(*)::BIGINT AS rows, coalesce(sum("小学在校生数"), 0)::BIGINT AS "primaryStudents" FROM schools',
  )
).getRowObjectsJS();
connection.closeSync();
process.stdout.write(
  JSON.stringify({
    rows: Number(rows),
    primaryStudents: Number(primaryStudents),
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakMegabytes: peakMemoryMegabytes(),
  }),
);
