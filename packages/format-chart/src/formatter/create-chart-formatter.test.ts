import { computeIndicator } from '@edukpi/core';
import { describe, expect, it } from 'vitest';
import { fixtureEvaluation } from '../_test/fixtures';
import { readSvg } from '../_test/svg';
import { chartFormatter, createChartFormatter } from './create-chart-formatter';

describe('createChartFormatter', () => {
  it('implements the v1 formatter contract of @edukpi/core with bar charts and the pass/fail matrix', async () => {
    const formatter = createChartFormatter({ locale: 'en' });
    expect(formatter).toMatchObject({ specificationVersion: 'v1', name: '@edukpi/format-chart', locale: 'en' });
    const result = computeIndicator('teacher_rotation_rate', { rotated: 12, eligible: 100 });
    const one = readSvg((await formatter.formatResult(result)).svg);
    expect(one.root.children[0]).toMatchObject({ children: ['Teacher rotation rate'] });
    expect(one.marks('rect').filter((item) => item.attributes['aria-roledescription'] === 'bar')).toHaveLength(1);
    const several = readSvg((await formatter.formatResults([result, result.toJSON()])).svg);
    expect(several.marks('rect').filter((item) => item.attributes['aria-roledescription'] === 'bar')).toHaveLength(2);
    const matrix = readSvg((await formatter.formatEvaluation(fixtureEvaluation(), { locale: 'zh-CN' })).svg);
    expect(matrix.root.children[0]).toMatchObject({ children: ['各校资源配置指标达标情况'] });
  });

  it('has a ready instance in Simplified Chinese and refuses unknown settings', async () => {
    expect(chartFormatter.locale).toBeUndefined();
    const chart = await chartFormatter.formatResult(
      computeIndicator('teacher_rotation_rate', { rotated: 8, eligible: 100 }),
    );
    expect(readSvg(chart.svg).root.attributes.lang).toBe('zh-CN');
    expect(() => createChartFormatter({ language: 'en' } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_option', path: ['settings', 'language'] }),
    );
  });
});
