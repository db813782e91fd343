// East Asian Wide and Fullwidth code points (Unicode 15 EastAsianWidth.txt, merged into ranges):
// Hangul Jamo, CJK radicals, punctuation (、。「」), kana, CJK symbols, ideographs (the main
// block, extensions A–H and the compatibility blocks), Yi, Hangul syllables, vertical and small
// forms, the full-width forms (，：（）and full-width digits and letters), Tangut, Khitan and kana
// supplements, and the emoji that default to emoji presentation.
const wideCharacter = new RegExp(
  [
    '[\\u1100-\\u115f\\u231a\\u231b\\u2329\\u232a\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff',
    '\\ua000-\\ua4cf\\ua960-\\ua97f\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe10-\\ufe19\\ufe30-\\ufe6f\\uff00-\\uff60',
    '\\uffe0-\\uffe6\\u{16fe0}-\\u{16fe4}\\u{17000}-\\u{18cd5}\\u{1aff0}-\\u{1b2fb}\\u{1f200}-\\u{1f251}',
    '\\u{20000}-\\u{2fffd}\\u{30000}-\\u{3fffd}]|\\p{Emoji_Presentation}',
  ].join(''),
  'u',
);
// Combining marks, format characters (zero-width space and joiner, direction marks, BOM),
// variation selectors and control characters take no column.
const zeroWidthCharacter = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u;
const emojiVariation = '\ufe0f';

const segmenter: { segment(text: string): Iterable<{ segment: string }> } | null =
  typeof Intl === 'object' && typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

function codePointWidth(character: string): number {
  if (zeroWidthCharacter.test(character)) return 0;
  return wideCharacter.test(character) ? 2 : 1;
}

function clusterWidth(cluster: string): number {
  // An emoji sequence (a flag, a family joined by ZWJ, a symbol with VS16) is drawn as one wide glyph.
  if (cluster.includes(emojiVariation) || /\p{Emoji_Presentation}/u.test(cluster)) return 2;
  let width = 0;
  for (const character of cluster) width += codePointWidth(character);
  return width;
}

/**
 * How many columns a text takes in a monospaced font or a terminal: two for each wide character
 * (Chinese, Japanese and Korean characters, full-width punctuation and forms such as `，（）`, emoji),
 * none for combining marks, zero-width and control characters, one for the rest. Characters of
 * ambiguous width (`—`, `≥`, `·`, `①`) count as one, as terminals draw them outside CJK locales.
 * Emoji sequences (flags, ZWJ families) count as one wide glyph where `Intl.Segmenter` is available.
 *
 * @param text - Any text.
 * @returns Its width in columns; `0` for `''`.
 *
 * @example
 * ```ts
 * displayWidth('城关镇 92.04%'); // 13
 * displayWidth('（ab）');        // 6
 * displayWidth('e\u0301');      // 1 (e and a combining acute accent)
 * ```
 */
export function displayWidth(text: string): number {
  let width = 0;
  if (segmenter === null) {
    for (const character of text) width += codePointWidth(character);
    return width;
  }
  for (const { segment } of segmenter.segment(text)) width += clusterWidth(segment);
  return width;
}
