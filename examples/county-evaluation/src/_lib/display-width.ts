// The ranges a terminal draws two columns wide: Hangul Jamo, CJK radicals and punctuation
// (、。「」), kana and CJK symbols, CJK ideographs (extension A and the main block), Yi,
// Hangul syllables, CJK compatibility ideographs and forms, and the full-width forms
// (，：（）and full-width digits and letters).
const wideRanges = [
  '\\u1100-\\u115f',
  '\\u2e80-\\u303e',
  '\\u3041-\\u33ff',
  '\\u3400-\\u4dbf',
  '\\u4e00-\\u9fff',
  '\\ua000-\\ua4cf',
  '\\uac00-\\ud7a3',
  '\\uf900-\\ufaff',
  '\\ufe30-\\ufe4f',
  '\\uff00-\\uff60',
  '\\uffe0-\\uffe6',
];
const wideCharacter = new RegExp(`[${wideRanges.join('')}]`, 'u');

/**
 * How many terminal columns a text takes: two for each wide (CJK) character, one for the rest.
 *
 * @example
 * ```ts
 * displayWidth('城关镇 92.04%'); // 13
 * ```
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += wideCharacter.test(character) ? 2 : 1;
  return width;
}
