import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../render/_lib/estimate-text-width';
import { wrapLabel } from './wrap-label';

describe('wrapLabel', () => {
  it('breaks Chinese between characters and English at spaces', () => {
    expect(wrapLabel('每百名学生拥有高于规定学历教师数', 72, 12)).toEqual(['每百名学生拥', '有高于规定学', '历教师数']);
    expect(wrapLabel('Nine-year compulsory education consolidation rate', 220, 12)).toEqual([
      'Nine-year compulsory education',
      'consolidation rate',
    ]);
    expect(wrapLabel('短', 100, 12)).toEqual(['短']);
    // A Latin compound inside Chinese text breaks after its hyphen too (a case the property below found).
    expect(wrapLabel('A-Bz学', 30, 12)).toEqual(['A-', 'Bz学']);
    expect(wrapLabel('County-level-or-higher key teachers', 80, 12)).toEqual([
      'County-',
      'level-or-',
      'higher key',
      'teachers',
    ]);
  });

  it('never starts a line with closing punctuation', () => {
    expect(wrapLabel('体育、艺术(美术、音乐)', 24, 12)).toEqual(['体育、', '艺术', '(美', '术、', '音乐)']);
  });

  it('keeps every character, in order, and keeps lines within the width where a break allows', () => {
    const text = fc.string({
      unit: fc.constantFrom(...'学校教师每百名生均面积图书设备ABCxyz 123-'),
      minLength: 1,
    });
    fc.assert(
      fc.property(text, fc.integer({ min: 30, max: 300 }), (label, width) => {
        fc.pre(label.trim().length > 0);
        const lines = wrapLabel(label, width, 12);
        expect(lines.join('').replace(/\s+/g, '')).toBe(label.replace(/\s+/g, ''));
        for (const line of lines) {
          // A line wider than the width holds a single unit that cannot be broken: one character, or one word.
          if (estimateTextWidth(line, 12) > width) {
            expect(!/\s/.test(line) && ([...line].length === 1 || /^[\x21-\x2C\x2E-\x7E]+-?$/.test(line))).toBe(true);
          }
        }
      }),
    );
  });
});
