// Benchmark: a national balance evaluation (优质均衡 2017, resource part) in @edukpi/standards
// against the same computation in DuckDB SQL, in one run.
//
//   node src/balance-benchmark.mjs [--schools 210000] [--counties 2850] [--repeat 1] [--cpu-prof]
//
// Three engines, each in its own child process on the same synthetic nation (synthetic-nation.mjs:
// the same integer formulas in JavaScript and SQL), so its peak memory (VmHWM) is its own:
// screenCounties over the nation as one table in columns (the national entry point, compared with
// the targets), evaluateRegime once per county over school records (the full evaluation, for
// reference), and DuckDB SQL. The parent prints the times, the ratios, the peaks and the targets,
// and checks that each edukpi engine agrees with DuckDB: the same indicators at standard and the
// same schools passing the 6-of-7 rule, stage school by stage school, and every county's CVs equal
// to 1e-9 relative. With --cpu-prof the screenCounties child is profiled and the parent prints
// where its time goes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TIME_TARGET_MS = 2000;
const CV_TOLERANCE = 1e-9;

const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};

export function peakMemoryMegabytes() {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

export function median(values) {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * What both engines fill in: per stage school (slot 2 × school index + 0 primary / 1 junior) the
 * number of indicators at standard and the 6-of-7 verdict ('-' where the school has no such
 * stage), and per county and stage the seven CVs (slot (2 × county + stage) × 7 + indicator).
 */
export function emptyOutcome({ schools, counties }) {
  return {
    atStandard: new Array(schools * 2).fill('-'),
    passed: new Array(schools * 2).fill('-'),
    coefficients: new Array(counties * 2 * 7).fill(null),
  };
}

/** Where two outcomes differ: counts, the first few differing stage schools, the largest CV difference. */
export function compareOutcomes(left, right) {
  const differing = [];
  let mismatchedSchools = 0;
  for (let slot = 0; slot < left.passed.length; slot++) {
    if (left.passed[slot] !== right.passed[slot] || left.atStandard[slot] !== right.atStandard[slot]) {
      mismatchedSchools += 1;
      if (differing.length < 5) {
        differing.push({
          school: `S${Math.floor(slot / 2)}`,
          stage: slot % 2 === 0 ? 'primary' : 'junior',
          [left.engine]: `${left.atStandard[slot]}/7, passed ${left.passed[slot]}`,
          [right.engine]: `${right.atStandard[slot]}/7, passed ${right.passed[slot]}`,
        });
      }
    }
  }
  let mismatchedCoefficients = 0;
  let largestRelativeDifference = 0;
  left.coefficients.forEach((value, slot) => {
    const other = right.coefficients[slot];
    if (value === null || other === null) {
      if (value !== other) mismatchedCoefficients += 1;
      return;
    }
    const difference = value === other ? 0 : Math.abs(value - other) / Math.max(Math.abs(value), Math.abs(other));
    largestRelativeDifference = Math.max(largestRelativeDifference, difference);
    if (!(difference <= CV_TOLERANCE)) mismatchedCoefficients += 1;
  });
  const schoolsPassing = [...left.passed].filter((flag) => flag === '1').length;
  return {
    agree: mismatchedSchools === 0 && mismatchedCoefficients === 0 && left.stageSchools === right.stageSchools,
    mismatchedSchools,
    differing,
    mismatchedCoefficients,
    largestRelativeDifference,
    schoolsPassing,
    coefficientCount: left.coefficients.filter((value) => value !== null).length,
  };
}

function libraryOf(url, functionName) {
  if (/packages\/core\//.test(url)) return '@edukpi/core';
  if (/packages\/standards\//.test(url)) return '@edukpi/standards';
  if (/decimal\.js/.test(url)) return 'decimal.js';
  if (/zod/.test(url)) return 'zod';
  if (/bench\/src\//.test(url)) return 'bench (data generation)';
  return url === '' ? `(${functionName || 'native'})` : 'node internals';
}

/**
 * Where an edukpi CPU profile spends its time: self time by library and by function, and the
 * inclusive time of each edukpi function (its own work and everything it calls, counted once
 * where it recurses), which says which step of the engine the decimal.js and zod time belongs to.
 */
export function summarizeProfile(path, top = 20) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map();
  profile.samples.forEach((id, index) => {
    selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const byFunction = new Map();
  const byLibrary = new Map();
  const inclusive = new Map();
  const nameOf = ({ functionName, url, lineNumber }) =>
    `${functionName || '(anonymous)'}${url === '' ? '' : ` ${basename(url)}:${lineNumber + 1}`}`;
  let total = 0;
  // Depth-first from the root, carrying the edukpi functions on the stack.
  const visit = (id, stack) => {
    const node = nodes.get(id);
    const ms = selfTime.get(id) ?? 0;
    const { functionName, url } = node.callFrame;
    const library = libraryOf(url, functionName);
    const name = nameOf(node.callFrame);
    total += ms;
    byLibrary.set(library, (byLibrary.get(library) ?? 0) + ms);
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    const edukpi = library.startsWith('@edukpi') ? `${name} (${library})` : null;
    const next = edukpi === null || stack.includes(edukpi) ? stack : [...stack, edukpi];
    for (const owner of next) inclusive.set(owner, (inclusive.get(owner) ?? 0) + ms);
    for (const child of node.children ?? []) visit(child, next);
  };
  visit(profile.nodes[0].id, []);
  const sorted = (map, count) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
  return {
    total,
    byLibrary: sorted(byLibrary, 8),
    byFunction: sorted(byFunction, top),
    inclusive: sorted(inclusive, top),
  };
}

function runEngine(engine, settings, profileDirectory) {
  const script = fileURLToPath(new URL(`./run-balance-${engine}.mjs`, import.meta.url));
  const flags = profileDirectory === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDirectory}`];
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', '--expose-gc', ...flags, script, JSON.stringify(settings)],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (child.status !== 0) throw new Error(`${engine} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout);
}

function printTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    );
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
  const settings = {
    schools: argument('schools', 210_000),
    counties: argument('counties', 2850),
    repeat: argument('repeat', 1),
  };
  const profileDirectory = process.argv.includes('--cpu-prof') ? join(tmpdir(), 'edukpi-balance-profile') : undefined;
  if (profileDirectory !== undefined) mkdirSync(profileDirectory, { recursive: true });
  console.log(
    `Balance benchmark (优质均衡 2017, resource part): ${settings.schools.toLocaleString('en')} schools in ${settings.counties.toLocaleString('en')} counties, median of ${settings.repeat} run(s)`,
  );
  const duckdb = runEngine('duckdb', settings);
  const screen = runEngine('screen', settings, profileDirectory);
  const edukpi = runEngine('edukpi', settings);
  printTable([
    ['', 'edukpi screenCounties (columns)', 'edukpi evaluateRegime per county', 'DuckDB SQL (in-memory table)'],
    [
      'stage schools',
      screen.stageSchools.toLocaleString('en'),
      edukpi.stageSchools.toLocaleString('en'),
      duckdb.stageSchools.toLocaleString('en'),
    ],
    [
      'preparation (not compared)',
      `${screen.prepareMs.toFixed(0)} ms (columns)`,
      `${edukpi.prepareMs.toFixed(0)} ms (school records)`,
      `${duckdb.prepareMs.toFixed(0)} ms (build table)`,
    ],
    [
      'national evaluation',
      `${screen.computeMs.toFixed(0)} ms`,
      `${edukpi.computeMs.toFixed(0)} ms`,
      `${duckdb.computeMs.toFixed(0)} ms (+ ${duckdb.convertMs.toFixed(0)} ms rows to JS, not counted)`,
    ],
    [
      'peak memory (VmHWM)',
      `${screen.peakMegabytes.toFixed(0)} MB`,
      `${edukpi.peakMegabytes.toFixed(0)} MB`,
      `${duckdb.peakMegabytes.toFixed(0)} MB`,
    ],
  ]);
  const ratio = screen.computeMs / duckdb.computeMs;
  console.log(`time ratio screenCounties / DuckDB: ${ratio.toFixed(2)} (target ≤ 1)`);
  console.log(`time ratio evaluateRegime per county / DuckDB: ${(edukpi.computeMs / duckdb.computeMs).toFixed(2)}`);
  console.log(
    `edukpi national screen: ${(screen.computeMs / 1000).toFixed(2)} s (target < ${TIME_TARGET_MS / 1000} s and no slower than SQL): ${screen.computeMs < TIME_TARGET_MS && ratio <= 1 ? 'target met' : 'TARGET MISSED'}`,
  );
  const comparisons = [
    ['screenCounties', compareOutcomes(screen, duckdb)],
    ['evaluateRegime', compareOutcomes(edukpi, duckdb)],
  ];
  const [, first] = comparisons[0];
  console.log(
    `${first.schoolsPassing.toLocaleString('en')} of ${screen.stageSchools.toLocaleString('en')} stage schools pass the 6-of-7 rule; ${first.coefficientCount.toLocaleString('en')} CVs`,
  );
  for (const [name, comparison] of comparisons) {
    if (comparison.agree) {
      console.log(
        `${name} and DuckDB agree: same indicators at standard, same schools passing, CVs equal to 1e-9 relative (largest relative difference ${comparison.largestRelativeDifference.toExponential(2)}).`,
      );
    } else {
      console.log(
        `MISMATCH between ${name} and DuckDB: ${comparison.mismatchedSchools} stage schools and ${comparison.mismatchedCoefficients} CVs differ.`,
      );
      for (const example of comparison.differing) console.log(`   ${JSON.stringify(example)}`);
    }
  }
  const agree = comparisons.every(([, comparison]) => comparison.agree);
  if (profileDirectory !== undefined) {
    const [latest] = readdirSync(profileDirectory)
      .filter((name) => name.endsWith('.cpuprofile'))
      .map((name) => join(profileDirectory, name))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
    const summary = summarizeProfile(latest);
    console.log(`\nscreenCounties CPU profile (${latest}), self time ${(summary.total / 1000).toFixed(1)} s:`);
    for (const [library, ms] of summary.byLibrary) {
      console.log(
        `   ${library.padEnd(26)} ${(ms / 1000).toFixed(2).padStart(8)} s  ${((100 * ms) / summary.total).toFixed(1).padStart(5)}%`,
      );
    }
    console.log('   edukpi functions by inclusive time (their own work and all they call):');
    for (const [name, ms] of summary.inclusive) {
      console.log(`   ${((100 * ms) / summary.total).toFixed(1).padStart(5)}%  ${name}`);
    }
    console.log('   functions by self time:');
    for (const [name, ms] of summary.byFunction) {
      console.log(`   ${((100 * ms) / summary.total).toFixed(1).padStart(5)}%  ${name}`);
    }
  }
  if (!agree) process.exit(1);
}
