import { defineConfig } from 'vitest/config';

/** What a workspace package's test set-up may change. */
export interface WorkspaceTestOptions {
  /** Run the `*.test-d.ts` type tests too (packages: yes; examples and the bench have none). */
  readonly typecheck?: boolean;
  /** Per test, in ms. Default 60 s: busy 2-core CI machines need far more than vitest's 5 s for DuckDB, exceljs and property tests. */
  readonly testTimeout?: number;
  /** Per hook, in ms. Default 60 s, for the same reason; `undefined` keeps vitest's own. */
  readonly hookTimeout?: number | undefined;
}

/**
 * The one test set-up of every workspace package: `src/**\/*.test.ts`, the default reporter plus
 * the JSON report that `scripts/report-tests.mjs` sums up, generous timeouts, and type tests for
 * the packages. Each package's `vitest.config.ts` calls it, so a setting cannot be missing from one
 * of them (the 5 s timeout left in core's copy once failed CI).
 *
 * @example
 * ```ts
 * // packages/loader-csv/vitest.config.ts
 * export default workspaceTestConfig();
 * // examples/quickstart/vitest.config.ts
 * export default workspaceTestConfig({ typecheck: false });
 * ```
 */
export function workspaceTestConfig({
  typecheck = true,
  testTimeout = 60_000,
  hookTimeout = 60_000,
}: WorkspaceTestOptions = {}) {
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts'],
      testTimeout,
      ...(hookTimeout === undefined ? {} : { hookTimeout }),
      reporters: ['default', 'json'],
      outputFile: { json: 'test-results/vitest.json' },
      ...(typecheck
        ? { typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' } }
        : {}),
    },
  });
}
