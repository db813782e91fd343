// Benchmark: loading a school CSV through @edukpi/loader-csv (with validation) beside DuckDB's
// read_csv on the same file, in one run.
//
//   node src/csv-benchmark.mjs [--rows 1000000] [--repeat 1] [--breakdown] [--keep]
//
// Writes the same synthetic schools (csv-synthetic.mjs) as UTF-8 and as GBK into a temp dir.
// Each measurement runs in its own child process, so its peak memory (VmHWM) is its own:
// edukpi loads each file with loadCsv + schoolTableSpec, streaming rows to onRow; DuckDB runs
// CREATE TABLE … AS SELECT * FROM read_csv(…) (every column parsed and typed), with two threads
// and with one. DuckDB reads GBK only through its `encodings` extension; when it cannot be
// downloaded, the GBK file is compared with DuckDB on the UTF-8 file, and the run says so.
// Wall time and CPU time are both printed: on a shared machine CPU time is the steadier measure.
// With --breakdown, edukpi is also run in passes (decode; + parse; + map; + validate; zod for
// every row) to show where the CPU time goes. The run fails unless both engines agree on the
// row count and the sum of primary students.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function peakMemoryMegabytes() {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};

const repeat = Math.max(1, argument('repeat', 1));

function runOnce(script, settings) {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', path, JSON.stringify(settings)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${script} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout);
}

/** Runs a measurement `repeat` times, each in a fresh process: median times, the highest peak. */
function run(script, settings) {
  const runs = Array.from({ length: repeat }, () => runOnce(script, settings));
  const median = (key) =>
    runs.map((result) => result[key]).sort((left, right) => left - right)[Math.floor(runs.length / 2)];
  return {
    ...runs[0],
    ms: median('ms'),
    cpuMs: median('cpuMs'),
    peakMegabytes: Math.max(...runs.map((result) => result.peakMegabytes)),
  };
}

/** Whether DuckDB can load its `encodings` extension here (it is downloaded on first use). */
function duckdbReadsGbk() {
  const probe = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import { DuckDBInstance } from '@duckdb/node-api'; const c = await (await DuckDBInstance.create(':memory:')).connect(); await c.run('INSTALL encodings'); await c.run('LOAD encodings');",
    ],
    { encoding: 'utf8', cwd: fileURLToPath(new URL('..', import.meta.url)) },
  );
  return probe.status === 0;
}

const rate = (rows, ms) => Math.round((rows / ms) * 1000).toLocaleString('en');
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
  const { csvHeader, writeSchoolCsv } = await import('./csv-synthetic.mjs');
  const rows = argument('rows', 1_000_000);
  const directory = mkdtempSync(join(tmpdir(), 'edukpi-csv-bench-'));
  try {
    const files = {};
    let expectedStudents = 0;
    for (const encoding of ['utf-8', 'gbk']) {
      files[encoding] = join(directory, `schools-${encoding}.csv`);
      expectedStudents = await writeSchoolCsv(files[encoding], rows, encoding);
    }
    const megabytes = (file) => (statSync(file).size / 1024 / 1024).toFixed(0);
    console.log(
      `CSV benchmark: ${rows.toLocaleString('en')} schools, ${csvHeader.length} columns, UTF-8 ${megabytes(files['utf-8'])} MB, GBK ${megabytes(files.gbk)} MB, median of ${repeat} run${repeat > 1 ? 's' : ''}`,
    );

    const edukpi = {};
    for (const encoding of ['utf-8', 'gbk']) {
      edukpi[encoding] = run('./csv-run-edukpi.mjs', { file: files[encoding], encoding, pass: 'full' });
    }
    const duckdbTwo = run('./csv-run-duckdb.mjs', { file: files['utf-8'], threads: 2 });
    const duckdbOne = run('./csv-run-duckdb.mjs', { file: files['utf-8'], threads: 1 });
    const readsGbk = duckdbReadsGbk();
    const duckdbGbk = readsGbk ? run('./csv-run-duckdb.mjs', { file: files.gbk, threads: 1, encoding: 'gbk' }) : null;

    const table = [['', 'rows', 'time', 'rows/s', 'CPU time', 'rows per CPU s', 'peak RSS']];
    const line = (label, result) => [
      label,
      result.rows.toLocaleString('en'),
      seconds(result.ms),
      rate(result.rows, result.ms),
      seconds(result.cpuMs),
      rate(result.rows, result.cpuMs),
      `${result.peakMegabytes.toFixed(0)} MB`,
    ];
    table.push(line('edukpi loadCsv + schoolTableSpec, UTF-8', edukpi['utf-8']));
    table.push(line('edukpi loadCsv + schoolTableSpec, GBK', edukpi.gbk));
    table.push(line('DuckDB read_csv, UTF-8, 2 threads', duckdbTwo));
    table.push(line('DuckDB read_csv, UTF-8, 1 thread', duckdbOne));
    if (duckdbGbk !== null) table.push(line('DuckDB read_csv, GBK, 1 thread', duckdbGbk));
    const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
    for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));

    const ratio = (mine, theirs) =>
      `time ${(mine.ms / theirs.ms).toFixed(2)}, CPU ${(mine.cpuMs / theirs.cpuMs).toFixed(2)}`;
    console.log(`ratio edukpi / DuckDB, UTF-8, DuckDB 2 threads: ${ratio(edukpi['utf-8'], duckdbTwo)}`);
    console.log(`ratio edukpi / DuckDB, UTF-8, DuckDB 1 thread: ${ratio(edukpi['utf-8'], duckdbOne)}`);
    console.log(
      duckdbGbk === null
        ? `ratio edukpi / DuckDB, GBK against DuckDB 1 thread on the UTF-8 file (DuckDB's encodings extension cannot be downloaded here): ${ratio(edukpi.gbk, duckdbOne)}`
        : `ratio edukpi / DuckDB, GBK, DuckDB 1 thread: ${ratio(edukpi.gbk, duckdbGbk)}`,
    );

    if (process.argv.includes('--breakdown')) {
      for (const encoding of ['utf-8', 'gbk']) {
        // CPU time, not wall time: on a shared machine it is what each step costs.
        const passes = {};
        for (const pass of ['decode', 'parse', 'map', 'full', 'zod']) {
          passes[pass] = run('./csv-run-edukpi.mjs', { file: files[encoding], encoding, pass }).cpuMs;
        }
        const steps = [
          ['read + decode', passes.decode],
          ['parse (RFC 4180 split into cells)', passes.parse - passes.decode],
          ['map (header, cells read by kind, rows built)', passes.map - passes.parse],
          ['validate (quick check; zod where it declines)', passes.full - passes.map],
        ];
        console.log(
          `where the time goes, ${encoding === 'gbk' ? 'GBK' : 'UTF-8'} (CPU time, total ${seconds(passes.full)}):`,
        );
        for (const [label, ms] of steps) {
          console.log(
            `  ${label.padEnd(46)} ${seconds(ms).padStart(8)}  ${((ms / passes.full) * 100).toFixed(0).padStart(3)}%`,
          );
        }
        console.log(
          `  ${'validate with zod for every row instead'.padEnd(46)} ${seconds(passes.zod - passes.map).padStart(8)}  (whole load ${seconds(passes.zod)})`,
        );
      }
    }

    const all = [edukpi['utf-8'], edukpi.gbk, duckdbTwo, duckdbOne, ...(duckdbGbk === null ? [] : [duckdbGbk])];
    const agree = all.every((result) => result.rows === rows && result.primaryStudents === expectedStudents);
    console.log(
      agree
        ? `The engines agree: ${rows.toLocaleString('en')} rows, ${expectedStudents.toLocaleString('en')} primary students.`
        : `MISMATCH: expected ${rows} rows and ${expectedStudents} primary students, got ${JSON.stringify(all)}`,
    );
    if (!agree) process.exitCode = 1;
  } finally {
    if (!process.argv.includes('--keep')) rmSync(directory, { recursive: true, force: true });
  }
}
