// Wide (full-width) characters: Hangul Jamo, CJK radicals to Yi, Hangul syllables, CJK compatibility
// ideographs, vertical and compatibility forms, full-width forms, and the supplementary ideograph planes.
const widePattern =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;
const narrow = new Set([...'iljIft.,:;\'"!|()[]{}`· ']);
const wideLatin = new Set([...'mwMW@%—…']);

/**
 * @internal An upper estimate of the width of `text` in pixels, for laying out a chart without a
 * canvas to measure with: a full-width (CJK) character is 1 em, a Latin letter or digit about
 * 0.6 em (the proportional faces of the default font lists are narrower), bold 6% wider. Vega's
 * own estimate (0.8 em for every character) clips Chinese labels; overestimating by a little only
 * leaves a little space.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const character of text) {
    if (widePattern.test(character)) ems += 1;
    else if (narrow.has(character)) ems += 0.34;
    else if (wideLatin.has(character)) ems += 0.9;
    else if (character >= 'A' && character <= 'Z') ems += 0.68;
    else ems += 0.6;
  }
  return Math.ceil(ems * fontSize * (bold ? 1.06 : 1));
}
