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
  // Widths in hundredths of an em, summed as integers so the total never depends on the order of
  // the characters (a float sum can land a hair above an integer and round up one pixel more).
  let hundredths = 0;
  for (const character of text) {
    if (widePattern.test(character)) hundredths += 100;
    else if (narrow.has(character)) hundredths += 34;
    else if (wideLatin.has(character)) hundredths += 90;
    else if (character >= 'A' && character <= 'Z') hundredths += 68;
    else hundredths += 60;
  }
  return Math.ceil((hundredths * fontSize * (bold ? 106 : 100)) / 10_000);
}
