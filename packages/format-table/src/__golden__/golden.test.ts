import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldenFiles } from './golden-files';

const folder = dirname(fileURLToPath(import.meta.url));
// `pnpm golden` runs this file in the `update-golden` mode; CI never does, and refuses to.
const updating = (import.meta as unknown as { env: { MODE?: string } }).env.MODE === 'update-golden';
if (updating && process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false') {
  throw new Error('Golden files are never updated in CI: run `pnpm --filter @edukpi/format-table golden` locally.');
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(directory, entry.name))
      : /\.(md|html|csv|txt)$/.test(entry.name)
        ? [relative(folder, join(directory, entry.name)).split('\\').join('/')]
        : [],
  );
}

/** The first line that differs, with its neighbours, for a message a person can read. */
function firstDifference(expected: string, actual: string): string {
  const expectedLines = expected.split('\n');
  const actualLines = actual.split('\n');
  const index = expectedLines.findIndex((line, position) => line !== actualLines[position]);
  const line = index === -1 ? expectedLines.length : index;
  return [
    `first difference at line ${line + 1}:`,
    `  golden: ${JSON.stringify(expectedLines[line] ?? '(end of file)')}`,
    `  now:    ${JSON.stringify(actualLines[line] ?? '(end of file)')}`,
  ].join('\n');
}

describe('golden files (inputs → outputs per locale)', async () => {
  const files = await goldenFiles();

  it.each([...files.keys()])('%s', (path) => {
    const actual = files.get(path) ?? '';
    const file = join(folder, path);
    if (updating) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, actual);
      return;
    }
    expect(existsSync(file), `${path} is missing: run \`pnpm --filter @edukpi/format-table golden\``).toBe(true);
    const expected = readFileSync(file, 'utf8');
    expect(
      actual,
      `${path} differs from its golden file; if the change is intended, run \`pnpm --filter @edukpi/format-table golden\` and review the diff.\n${firstDifference(expected, actual)}`,
    ).toBe(expected);
  });

  it('has no stale golden file', () => {
    expect(filesUnder(folder).filter((path) => !files.has(path))).toEqual([]);
  });
});
