import { Converter, CustomConverter } from 'opencc-js';

/** The OpenCC targets a Traditional locale can be built with. */
export type TraditionalVariant = 't' | 'tw' | 'twp' | 'hk';

// Building an OpenCC converter loads its dictionaries into a trie (about 150 ms), so each target
// is built once, on first use, and shared: the cache holds pure functions, nothing a plugin mutates.
const converters = new Map<TraditionalVariant, (text: string) => string>();

/** The OpenCC Simplified → Traditional converter for `variant`, built on first use. */
export function characterConverter(variant: TraditionalVariant): (text: string) => string {
  let converter = converters.get(variant);
  if (converter === undefined) {
    converter = Converter({ from: 'cn', to: variant });
    converters.set(variant, converter);
  }
  return converter;
}

/** A converter that replaces whole words of `vocabulary`, longest match first (identity when empty). */
export function vocabularyConverter(vocabulary: readonly (readonly [string, string])[]): (text: string) => string {
  if (vocabulary.length === 0) return (text) => text;
  return CustomConverter(vocabulary.map(([from, to]) => [from, to] as [string, string]));
}
