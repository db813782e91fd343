import { computeIndicator } from '@edukpi/core';
import { expect, it } from 'vitest';
import { createTextLocale, formatChange, formatNumber, formatResult, formatUnitValue } from './index';

it('the README examples are true', () => {
  expect(formatNumber(69100, { unit: '人' })).toBe('6.91万人');
  expect(formatNumber(22_410_000, { unit: '元' })).toBe('2241万元');
  expect(formatNumber(69100, { locale: 'en' })).toBe('69,100');
  expect(() => formatNumber(69100, { decimls: 2 } as never)).toThrow(/unknown option decimls; the options are: locale/);
  const rate = computeIndicator('nine_year_consolidation_rate', { graduates: 9600, entrants: 10000 });
  expect(formatUnitValue('95', rate)).toBe('95%');
  const aid = computeIndicator('aid_per_student', { amountWan: 660.5, aided: 11256 });
  expect(formatUnitValue(2000, aid)).toBe('2000元');
  expect(formatUnitValue(2000, aid, { locale: 'en' })).toBe('2,000 yuan');
  const participation = computeIndicator('after_school_participation_rate', { participants: 69100, enrolled: 74400 });
  expect(formatResult(participation, { style: 'share' })).toBe('参加课后服务学生6.91万人,占92.88%');
  expect(formatResult(participation, { style: 'share', locale: 'zh-TW' })).toBe('參加課後服務學生6.91萬人,佔92.88%');
  const enrolment = computeIndicator('change', { previous: 12786, current: 14161 });
  expect(formatChange(enrolment, { unit: '人' })).toBe('较上年增加1375人,增长10.75%');
  expect(formatChange(enrolment, { locale: 'en' })).toBe('Up 1,375 (10.75%) on the previous year');
  const jiyuan = createTextLocale({
    templates: { statementPercent: '[{subject}]{label}已达{value}' },
    labels: { nine_year_consolidation_rate: '义务教育巩固率' },
  });
  expect(
    formatResult(computeIndicator('nine_year_consolidation_rate', { graduates: 10272, entrants: 10000 }), {
      locale: jiyuan,
    }),
  ).toBe('义务教育巩固率已达102.72%');
});
