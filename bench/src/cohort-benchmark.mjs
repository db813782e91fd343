// Benchmark: the edukpi cohort computation against the same computation in DuckDB SQL, in one run.
//
//   node src/cohort-benchmark.mjs [--students 5000000] [--counties 100] [--repeat 3]
//
// Each engine runs in its own child process on the same synthetic province (two school years,
// the same integer formulas in JavaScript and SQL), so its peak memory (VmHWM) is its own. The
// parent prints both times, the ratio, both peaks, and checks that the engines agree on every count.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const settings = {
  students: argument('students', 5_000_000),
  counties: argument('counties', 100),
  repeat: argument('repeat', 3),
};

export function peakMemoryMegabytes() {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

export function median(values) {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)];
}

function runEngine(engine) {
  const script = fileURLToPath(new URL(`./run-${engine}.mjs`, import.meta.url));
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', script, JSON.stringify(settings)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${engine} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout);
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
  console.log(
    `Cohort benchmark: ${settings.students.toLocaleString('en')} students, two school years, ${settings.counties} counties, median of ${settings.repeat} runs`,
  );
  const edukpi = runEngine('edukpi');
  const duckdb = runEngine('duckdb');
  const rows = [
    ['', 'edukpi (columnar, typed arrays)', 'DuckDB SQL (in-memory table)'],
    ['records', edukpi.records.toLocaleString('en'), duckdb.records.toLocaleString('en')],
    [
      'preparation (not compared)',
      `${edukpi.prepareMs.toFixed(0)} ms (check columns)`,
      `${duckdb.prepareMs.toFixed(0)} ms (build table)`,
    ],
    ['cohort computation', `${edukpi.computeMs.toFixed(0)} ms`, `${duckdb.computeMs.toFixed(0)} ms`],
    ['peak memory (VmHWM)', `${edukpi.peakMegabytes.toFixed(0)} MB`, `${duckdb.peakMegabytes.toFixed(0)} MB`],
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
  console.log(`time ratio edukpi / DuckDB: ${(edukpi.computeMs / duckdb.computeMs).toFixed(2)} (target ≤ 2)`);
  console.log(`edukpi peak memory: ${edukpi.peakMegabytes.toFixed(0)} MB (target < 2048 MB)`);
  const agree = JSON.stringify(edukpi.counts) === JSON.stringify(duckdb.counts);
  console.log(agree ? 'The engines agree on every count.' : 'MISMATCH: the engines disagree.');
  if (!agree) process.exit(1);
}
