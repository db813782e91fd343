import { computeIndicator, InvalidOptionError } from '@edukpi/core';
import { formatResultValue } from '@edukpi/format-text';
import { describe, expect, it } from 'vitest';
import { sampleResults } from '../_test/sample-results';
import { toCsv } from '../writers/to-csv';
import { resultsTable } from './results-table';

// The no-value text is format-text's wording; the table must show it, whatever it is.
const noValue = formatResultValue(computeIndicator('student_aid_coverage_rate', { aided: 0, eligible: 0 }));
const texts = (table: ReturnType<typeof resultsTable>) => table.rows.map((row) => row.cells.map((cell) => cell.text));

describe('resultsTable', () => {
  it('prints each result as published, with its parts, unit, thresholds and warnings (zh-CN)', () => {
    const table = resultsTable(sampleResults());
    expect(table.caption).toBe('指标结果');
    expect(table.locale).toBe('zh-CN');
    expect(table.columns.map((column) => [column.id, column.label, column.kind, column.align])).toEqual([
      ['indicator', '指标', 'text', 'left'],
      ['value', '数值', 'value', 'right'],
      ['numerator', '分子', 'number', 'right'],
      ['denominator', '分母', 'number', 'right'],
      ['unit', '单位', 'text', 'left'],
      ['threshold', '标准', 'text', 'left'],
      ['status', '是否达标', 'status', 'center'],
      ['note', '说明', 'text', 'left'],
    ]);
    const rows = texts(table);
    expect(rows[0]?.slice(0, 7)).toEqual([
      '初中三年巩固率',
      '103.17%',
      '1042',
      '1010',
      '%',
      '≥ 95%(优质均衡 2017)',
      '✓ 达标',
    ]);
    expect(rows[0]?.[7]).toMatch(/^原始口径不扣除转入学生.*巩固率因此可超过 100%/);
    expect(rows.map((row) => row[1])).toEqual([
      '103.17%',
      '92.88%',
      '90.00%',
      '10.75%',
      '-3.50%',
      '16.18:1',
      '1:14.19',
      '586.80元',
      '98.00%',
      noValue,
    ]);
    expect(rows[8]?.slice(5, 7)).toEqual([
      '等于 100%(优质均衡 2017);等于 100%(学前普及普惠 2020 学前)',
      '✗ 未达标;✗ 未达标',
    ]);
    expect(rows[9]?.slice(5, 7)).toEqual(['≥ 100%(国家目标)', '— 无值']);
  });

  it('keeps exact values, publishes rounded numbers, and never turns "no value" into 0', () => {
    const table = resultsTable(sampleResults());
    const participation = table.rows[1]?.cells[1];
    expect(participation).toMatchObject({ kind: 'number', decimals: 2, notation: 'percent' });
    expect(participation?.kind === 'number' && participation.value.startsWith('92.8775924407586123')).toBe(true);
    expect(table.rows[5]?.cells[1]).toMatchObject({ kind: 'number', notation: 'ratio_to_one', text: '16.18:1' });
    expect(noValue).toMatch(/^—/);
    expect(table.rows[9]?.cells[1]).toEqual({ kind: 'empty', text: noValue, status: 'missing' });
    expect(table.rows[9]?.cells[6]?.status).toBe('missing');
    expect(table.rows[8]?.cells[6]?.status).toBe('failed');
    // CSV holds the published numbers, the negative change as a number
    const csv = toCsv(table, { bom: false }).split('\r\n');
    expect(csv[5]).toBe('增减,-3.50,-70,2000,%,,,"本期数少于上期数,为减少"');
    expect(csv[10]).toBe(
      `家庭经济困难学生资助覆盖率,${noValue.includes(',') ? `"${noValue}"` : noValue},0,0,%,≥ 100%(国家目标),— 无值,`,
    );
  });

  it('writes every header and label in English and in Traditional Chinese', () => {
    const [first] = sampleResults();
    const english = resultsTable([first!], { locale: 'en' });
    expect(english.columns.map((column) => column.label)).toEqual([
      'Indicator',
      'Value',
      'Numerator',
      'Denominator',
      'Unit',
      'Threshold',
      'Met',
      'Note',
    ]);
    expect(texts(english)[0]?.slice(0, 7)).toEqual([
      'Junior-secondary three-year consolidation rate',
      '103.17%',
      '1,042',
      '1,010',
      '%',
      '≥ 95% (quality balance 2017)',
      '✓ met',
    ]);
    const traditional = resultsTable([first!], { locale: 'zh-TW' });
    expect(traditional.caption).toBe('指標結果');
    expect(texts(traditional)[0]?.slice(0, 7)).toEqual([
      '國中三年鞏固率',
      '103.17%',
      '1042',
      '1010',
      '%',
      '≥ 95%(優質均衡 2017)',
      '✓ 達標',
    ]);
    expect(texts(traditional)[0]?.[7]).toMatch(/^原始口徑不扣除轉入學生/);
  });

  it('leads with a group column for labelled results, reads JSON, and leaves empty columns out', () => {
    const town = computeIndicator('after_school_participation_rate', { participants: 1722, enrolled: 1860 });
    const village = computeIndicator('after_school_participation_rate', { participants: 301, enrolled: 386 });
    const table = resultsTable(
      [
        { label: '城关镇', result: town },
        { label: '西山乡', result: JSON.parse(JSON.stringify(village)) },
      ],
      { caption: '课后服务', id: 'after-school', notes: ['2023 年秋季学期'] },
    );
    expect(table.columns.map((column) => column.id)).toEqual([
      'group',
      'indicator',
      'value',
      'numerator',
      'denominator',
      'unit',
    ]);
    expect(table.columns[0]?.rowHeader).toBe(true);
    expect(table.columns[1]?.rowHeader).toBe(false);
    expect(texts(table)).toEqual([
      ['城关镇', '课后服务学生参与率', '92.58%', '1722', '1860', '%'],
      ['西山乡', '课后服务学生参与率', '77.98%', '301', '386', '%'],
    ]);
    expect([table.id, table.caption, table.notes]).toEqual(['after-school', '课后服务', ['2023 年秋季学期']]);
  });

  it('shows only the thresholds of the regimes asked for', () => {
    const certification = computeIndicator('teacher_certification_rate', { certified: 98, teachers: 100 });
    const table = resultsTable([certification], { regimes: ['preschool_universal_2020'] });
    expect(texts(table)[0]?.slice(5)).toEqual(['等于 100%(学前普及普惠 2020 学前)', '✗ 未达标']);
    const none = resultsTable([certification], { regimes: ['basic_balance_2012'] });
    expect(none.columns.map((column) => column.id)).not.toContain('status');
  });

  it('rejects a non-array and unknown options', () => {
    expect(() => resultsTable('x' as never)).toThrow(InvalidOptionError);
    expect(() => resultsTable([], { locale: 'fr' as never })).toThrow(/locale/);
    expect(() => resultsTable([], { lang: 'en' } as never)).toThrow(InvalidOptionError);
  });
});
