// Structural checks over every package in packages/, run by `pnpm test` after the build:
// - each package has the same file set and packaging fields (STYLE.md, "Packages");
// - all packages share one version (the changesets fixed group);
// - @edukpi/core stays isomorphic: no `node:` or Node built-in import in its source or build,
//   and no dependency beyond decimal.js, zod and date-fns;
// - each built package loads from both ESM and CommonJS, and an error thrown by one copy is
//   recognised by the other (EdukpiError.isInstance across copies).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const problems = [];
const requiredFiles = ['src', 'package.json', 'tsup.config.ts', 'tsconfig.json', 'README.md', 'CHANGELOG.md'];
const coreDependencies = new Set(['decimal.js', 'zod', 'date-fns']);
const builtins = new Set(builtinModules.flatMap((name) => [name, name.split('/')[0]]));

function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function importsOf(text) {
  const specifiers = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;
  for (const match of text.matchAll(pattern)) specifiers.push(match[1]);
  return specifiers;
}

const packagesFolder = join(root, 'packages');
const manifests = [];
for (const name of readdirSync(packagesFolder)) {
  const folder = join(packagesFolder, name);
  if (!statSync(folder).isDirectory()) continue;
  for (const file of requiredFiles) {
    if (!existsSync(join(folder, file))) problems.push(`packages/${name}: missing ${file}`);
  }
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  manifests.push({ folder, manifest });
  const where = `packages/${name}/package.json`;
  if (!manifest.name?.startsWith('@edukpi/')) problems.push(`${where}: name must be @edukpi/…`);
  if (manifest.type !== 'module') problems.push(`${where}: "type" must be "module"`);
  if (manifest.sideEffects !== false) problems.push(`${where}: "sideEffects" must be false`);
  if (!manifest.files?.includes('dist')) problems.push(`${where}: "files" must include dist`);
  for (const [subpath, branch] of Object.entries(manifest.exports ?? {})) {
    if (typeof branch === 'string') continue;
    for (const condition of ['import', 'require']) {
      const keys = Object.keys(branch[condition] ?? {});
      if (keys[0] !== 'types') problems.push(`${where}: exports["${subpath}"].${condition} must list "types" first`);
    }
  }
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    if (dependency.startsWith('@edukpi/') && manifest.dependencies[dependency] !== 'workspace:^') {
      problems.push(`${where}: depend on ${dependency} as workspace:^`);
    }
  }
}

const versions = new Set(manifests.map(({ manifest }) => manifest.version));
if (versions.size > 1)
  problems.push(`packages must share one version (fixed group); found ${[...versions].join(', ')}`);

// @edukpi/core is isomorphic.
const core = join(packagesFolder, 'core');
const coreManifest = JSON.parse(readFileSync(join(core, 'package.json'), 'utf8'));
for (const dependency of Object.keys(coreManifest.dependencies ?? {})) {
  if (!coreDependencies.has(dependency)) problems.push(`@edukpi/core must not depend on ${dependency}`);
}
const shipped = [
  ...walk(join(core, 'src')).filter((path) => /\.ts$/.test(path) && !/\.test(-d)?\.ts$/.test(path)),
  ...walk(join(core, 'dist')).filter((path) => /\.(c?js|d\.c?ts)$/.test(path)),
];
for (const path of shipped) {
  for (const specifier of importsOf(readFileSync(path, 'utf8'))) {
    if (specifier.startsWith('node:') || builtins.has(specifier.split('/')[0])) {
      problems.push(`${relative(root, path)}: @edukpi/core must not import ${specifier}`);
    }
  }
}

// Every built package loads from ESM and CommonJS.
for (const { folder, manifest } of manifests) {
  const require = createRequire(join(folder, 'package.json'));
  const entry = manifest.exports?.['.'];
  if (entry === undefined) continue;
  const commonJs = require(join(folder, entry.require.default));
  const esm = await import(pathToFileURL(join(folder, entry.import.default)).href);
  const exportsCjs = Object.keys(commonJs).sort().join(',');
  const exportsEsm = Object.keys(esm).sort().join(',');
  if (exportsCjs !== exportsEsm) problems.push(`${manifest.name}: ESM and CJS builds export different names`);
  if (manifest.name === '@edukpi/core') {
    for (const [label, module] of [
      ['ESM', esm],
      ['CJS', commonJs],
    ]) {
      const value = module.computeIndicator('offsite_tutoring_reduction_rate', {
        before: 120,
        after: 12,
      }).formattedValue;
      if (value !== '90.00') problems.push(`@edukpi/core (${label}): 120 → 12 gave ${value}, expected 90.00`);
    }
    try {
      esm.computeIndicator('change', { previous: -1, current: 1 });
      problems.push('@edukpi/core: a negative input did not throw');
    } catch (error) {
      if (!commonJs.EdukpiError.isInstance(error) || commonJs.InvalidInputError.isInstance(error) !== true) {
        problems.push('@edukpi/core: an error from the ESM copy is not recognised by the CJS copy');
      }
    }
  }
}

if (problems.length > 0) {
  console.error(`Package checks failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`Package checks passed: ${manifests.map(({ manifest }) => manifest.name).join(', ')}.`);
