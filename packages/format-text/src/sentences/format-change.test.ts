import { computeIndicator, InvalidInputError, InvalidOptionError } from '@edukpi/core';
import { describe, expect, it } from 'vitest';
import { catchError } from '../_test/catch-error';
import { expectOptionsChecked } from '../_test/expect-options-checked';
import { formatChange } from './format-change';

const enrolment = computeIndicator('change', { previous: 12786, current: 14161 });

describe('formatChange', () => {
  it('writes 较上年增加…,增长… from a change result (云州)', () => {
    expect(formatChange(enrolment, { unit: '人' })).toBe('较上年增加1375人,增长10.75%');
    expect(formatChange(enrolment, { unit: '人', locale: 'zh-TW' })).toBe('較上年增加1375人,增長10.75%');
    expect(formatChange(enrolment, { locale: 'en' })).toBe('Up 1,375 (10.75%) on the previous year');
    expect(formatChange(enrolment, { unit: '人', period: '2021年' })).toBe('较2021年增加1375人,增长10.75%');
  });

  it('writes a decrease without the minus sign, and no change', () => {
    const closed = computeIndicator('change', { previous: 56, current: 33 });
    expect(formatChange(closed, { unit: '所' })).toBe('较上年减少23所,下降41.07%');
    expect(formatChange(closed, { locale: 'en' })).toBe('Down 23 (41.07%) on the previous year');
    expect(formatChange(computeIndicator('change', { previous: 33, current: 33 }))).toBe('与上年持平');
  });

  it('writes from … to …', () => {
    expect(formatChange(enrolment, { style: 'fromTo', subject: '在校学生数', unit: '人' })).toBe(
      '在校学生数从12786人增加到14161人,增加1375人,增长10.75%',
    );
    expect(
      formatChange(computeIndicator('change', { previous: 33, current: 33 }), { style: 'fromTo', unit: '所' }),
    ).toBe('保持33所不变');
  });

  it('writes percentage-point changes as 个百分点', () => {
    const coverage = computeIndicator('change', { previous: 75.5, current: 78.72 });
    expect(formatChange(coverage, { percentagePoints: true })).toBe('较上年提高3.22个百分点');
    expect(formatChange(coverage, { percentagePoints: true, locale: 'zh-TW' })).toBe('較上年提高3.22個百分點');
    expect(formatChange(coverage, { percentagePoints: true, locale: 'en' })).toBe(
      'Up 3.22 percentage points on the previous year',
    );
    expect(
      formatChange(computeIndicator('change', { previous: 98.45, current: 97.9 }), {
        percentagePoints: true,
        style: 'fromTo',
      }),
    ).toBe('从98.45%下降到97.9%,下降0.55个百分点');
  });

  it('leaves the rate out when the previous figure is 0, and scales money', () => {
    expect(formatChange(computeIndicator('change', { previous: 0, current: 2 }), { unit: '名' })).toBe('较上年增加2名');
    expect(
      formatChange(computeIndicator('change', { previous: 18_000_000, current: 22_410_000 }), { unit: '元' }),
    ).toBe('较上年增加441万元,增长24.5%');
  });

  it('reads the JSON form, and refuses a result that is not a change', () => {
    expect(formatChange(JSON.parse(JSON.stringify(enrolment)), { unit: '人' })).toBe('较上年增加1375人,增长10.75%');
    const other = computeIndicator('student_teacher_ratio', { students: 10, teachers: 1 });
    expect(InvalidInputError.isInstance(catchError(() => formatChange(other)))).toBe(true);
    expect(InvalidOptionError.isInstance(catchError(() => formatChange(enrolment, { style: 'x' as never })))).toBe(
      true,
    );
  });

  it('refuses a misspelt option, naming it and listing the options, instead of ignoring it', () => {
    // Before, 「较上年增加1375,增长10.75%」 came out without its unit.
    expect(() => formatChange(enrolment, { unti: '人' } as never)).toThrow(/unknown option unti/);
    expectOptionsChecked((options) => formatChange(enrolment, options as never), 'percentagePoint', [
      'locale',
      'style',
      'subject',
      'period',
      'unit',
      'percentagePoints',
      'decimals',
      'rateDecimals',
    ]);
  });
});
