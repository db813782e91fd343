import { defineConfig } from 'tsup';

/**
 * The one build of every published package: `src/index.ts` to ESM and CJS with declarations and
 * source maps, for ES2022. `platform` is `'neutral'` for the isomorphic packages (core, standards,
 * the formatters) and `'node'` for the loaders, which read files.
 *
 * @example
 * ```ts
 * // packages/loader-csv/tsup.config.ts
 * export default packageBuildConfig('node');
 * ```
 */
export function packageBuildConfig(platform: 'neutral' | 'node') {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform,
    treeshake: true,
  });
}
