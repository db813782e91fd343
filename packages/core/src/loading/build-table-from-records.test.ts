import { describe, expect, it } from 'vitest';
import { testSpec } from './_lib/test-spec';
import { buildTableFromRecords } from './build-table-from-records';
import { LoadError } from './load-error';
import { MissingColumnsError } from './missing-columns-error';

function source(records: readonly unknown[]) {
  return { name: 'schools.json', records: records.map((record, index) => ({ row: index + 1, record })) };
}

describe('buildTableFromRecords', () => {
  it('maps keys in either language, reads nested objects as grouped headers, and validates', async () => {
    const result = await buildTableFromRecords({
      source: source([
        { 学校标识码: '1', 学校名称: '甲校', 学校类型: '小学', 在校生数: '1,234', 班级数: 30 },
        { code: 2, school_name: '乙校', type: 'junior', stage: { students: 5, classes: 1 } },
        { id: '3', name: '丙校', type: '小学', 在校生数: -3 },
        null,
        { 学校名称: '合计', 在校生数: 1236 },
        [1, 2],
      ]),
      spec: testSpec,
    });
    expect(result.rows).toEqual([
      { id: '1', name: '甲校', type: 'primary', stage: { students: 1234, classes: 30 } },
      { id: '2', name: '乙校', type: 'junior', stage: { students: 5, classes: 1 } },
    ]);
    expect(result.counts).toEqual({ read: 6, accepted: 2, rejected: 2, skipped: 2 });
    expect(result.rejections.map(({ row, field, value, code }) => [row, field, value, code])).toEqual([
      [3, 'stage.students', '-3', 'negative'],
      [6, null, 'array', 'invalid_value'],
    ]);
    expect(result.rejections[1]?.reason.en).toBe('record 6 must be an object (got array).');
    expect(result.skipped.map(({ row, kind }) => [row, kind])).toEqual([
      [4, 'blank'],
      [5, 'totals'],
    ]);
    expect(result.columns.map(({ header, field }) => [header, field])).toEqual([
      ['学校标识码', 'id'],
      ['学校名称', 'name'],
      ['学校类型', 'type'],
      ['在校生数', 'stage.students'],
      ['班级数', 'stage.classes'],
      ['code', 'id'],
      ['school_name', 'name'],
      ['type', 'type'],
      ['stage / students', 'stage.students'],
      ['stage / classes', 'stage.classes'],
      ['id', 'id'],
      ['name', 'name'],
    ]);
  });

  it('keeps __proto__ and constructor keys from JSON.parse harmless', async () => {
    const records = JSON.parse(
      '[{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "id": "1", "name": "甲", "type": "小学"}]',
    ) as unknown[];
    const result = await buildTableFromRecords({ source: source(records), spec: testSpec });
    expect(result.rows).toEqual([{ id: '1', name: '甲', type: 'primary' }]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.rows[0])).toBe(Object.prototype);
  });

  it('throws MissingColumnsError when the first records lack a required key', async () => {
    const error = await buildTableFromRecords({
      source: source([{ id: '1', 学校名: '甲', type: '小学' }]),
      spec: testSpec,
    }).catch((caught: unknown) => caught);
    expect(MissingColumnsError.isInstance(error)).toBe(true);
    expect((error as MissingColumnsError).missing).toEqual([
      { field: 'name', label: { zh: '学校名称', en: 'school name' }, nearMisses: ['学校名'] },
    ]);
  });

  it('reads async records (NDJSON lines) with their own row numbers', async () => {
    async function* lines() {
      yield { row: 1, record: { id: '1', name: '甲', type: '小学' } };
      yield { row: 3, record: undefined };
      yield { row: 4, record: { id: '2', name: '乙', type: '初中' } };
    }
    const result = await buildTableFromRecords({ source: { name: 'x.ndjson', records: lines() }, spec: testSpec });
    expect(result.rows.map(({ id }) => id)).toEqual(['1', '2']);
    expect(result.skipped).toEqual([
      { sheet: 'x.ndjson', row: 3, kind: 'blank', note: { zh: '空行', en: 'a blank row.' } },
    ]);
  });
});

describe('buildTableFromRecords against hostile records', () => {
  it('refuses records with more distinct keys than any table has columns', async () => {
    function* records() {
      yield { row: 1, record: { id: '1', name: '甲', type: '小学' } };
      for (let index = 0; index < 20_000; index++) yield { row: index + 2, record: { [`key${index}`]: 1 } };
    }
    const error = await buildTableFromRecords({ source: { name: 'x.json', records: records() }, spec: testSpec }).catch(
      (caught: unknown) => caught,
    );
    expect(LoadError.isInstance(error)).toBe(true);
    expect((error as LoadError).messageEn).toBe(
      'the records hold more than 10000 different keys; they are not a table.',
    );
  });
});
