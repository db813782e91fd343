import { indicatorIds, UnknownIndicatorError } from '@edukpi/core';
import { describe, expect, it } from 'vitest';
import { catchError } from '../_test/catch-error';
import { expectOptionsChecked } from '../_test/expect-options-checked';
import { createTextLocale } from '../locale/create-text-locale';
import { formatIndicatorLabel } from './format-indicator-label';

describe('formatIndicatorLabel', () => {
  it('gives the catalogue label in each script, zh-TW with the Wu’an vocabulary', () => {
    expect(formatIndicatorLabel('junior_three_year_consolidation_rate')).toBe('初中三年巩固率');
    expect(formatIndicatorLabel('junior_three_year_consolidation_rate', { locale: 'zh-TW' })).toBe('國中三年鞏固率');
    expect(formatIndicatorLabel('primary_net_enrolment_rate', { locale: 'zh-TW' })).toBe('國小學齡兒童淨入學率');
    expect(formatIndicatorLabel('disabled_children_enrolment_rate', { locale: 'zh-TW' })).toBe(
      '適齡殘障兒童少年入學率',
    );
    expect(formatIndicatorLabel('internet_access_rate', { locale: 'zh-TW' })).toBe('中小學(含教學點)網際網路接入率');
    expect(formatIndicatorLabel('student_teacher_ratio', { locale: 'en' })).toBe('Student-teacher ratio');
  });

  it('labels every catalogue indicator in every locale', () => {
    for (const id of indicatorIds) {
      for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
        expect(formatIndicatorLabel(id, { locale }).length, `${id} ${locale}`).toBeGreaterThan(1);
      }
    }
  });

  it('prefers a bureau’s own label', () => {
    const jiyuan = createTextLocale({ labels: { nine_year_consolidation_rate: '义务教育巩固率' } });
    expect(formatIndicatorLabel('nine_year_consolidation_rate', { locale: jiyuan })).toBe('义务教育巩固率');
    expect(formatIndicatorLabel('junior_three_year_consolidation_rate', { locale: jiyuan })).toBe('初中三年巩固率');
  });

  it('refuses a misspelt option, naming it and listing the options, instead of ignoring it', () => {
    // Before, `locle` gave the zh-CN label silently.
    expect(() => formatIndicatorLabel('student_teacher_ratio', { locle: 'en' } as never)).toThrow(
      /unknown option locle/,
    );
    expectOptionsChecked((options) => formatIndicatorLabel('student_teacher_ratio', options as never), 'locle', [
      'locale',
    ]);
  });

  it('throws UnknownIndicatorError with suggestions for an unknown id', () => {
    const error = catchError(() => formatIndicatorLabel('nine_year_consolidaton_rate'));
    expect(UnknownIndicatorError.isInstance(error)).toBe(true);
    expect((error as UnknownIndicatorError).suggestions).toContain('nine_year_consolidation_rate');
  });
});
