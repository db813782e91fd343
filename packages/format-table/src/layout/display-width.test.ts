import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from './display-width';

describe('displayWidth', () => {
  it('counts CJK characters and full-width punctuation as two columns', () => {
    // 城关镇 = 3 × 2, space = 1, '92.04%' = 6 → 13
    expect(displayWidth('城关镇 92.04%')).toBe(13);
    // U+FF08 and U+FF09 are the full-width parentheses of Chinese text: 2 × 2 + 2 letters → 6
    expect(displayWidth('\uff08ab\uff09')).toBe(6);
    expect(displayWidth('(ab)')).toBe(4);
    // Traditional characters, kana and Hangul are wide too
    expect(displayWidth('鞏固率')).toBe(6);
    expect(displayWidth('かな한국')).toBe(8);
    // an ideograph outside the BMP (extension B, U+20BB7 𠮷) is one character, two columns
    expect(displayWidth('\u{20bb7}')).toBe(2);
  });

  it('counts ambiguous symbols as one column and marks as none', () => {
    expect(displayWidth('— ≥ ✓ ✗')).toBe(7);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u200bb')).toBe(2);
    expect(displayWidth('\ufeffabc')).toBe(3);
    expect(displayWidth('')).toBe(0);
  });

  it('counts an emoji and an emoji sequence as one wide glyph', () => {
    expect(displayWidth('✅')).toBe(2);
    expect(displayWidth('🇨🇳')).toBe(2);
    expect(displayWidth('👨\u200d👩\u200d👧')).toBe(2);
  });

  it('is additive over ASCII and CJK text (property)', () => {
    const piece = fc.oneof(fc.string({ unit: fc.constantFrom('a', '1', ' ', '.') }), fc.constantFrom('学', '校', '，'));
    fc.assert(
      fc.property(fc.array(piece), (pieces) => {
        expect(displayWidth(pieces.join(''))).toBe(pieces.reduce((sum, text) => sum + displayWidth(text), 0));
      }),
    );
  });
});
