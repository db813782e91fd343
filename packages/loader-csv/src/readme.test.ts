import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineTableSpec } from '@edukpi/core';
import iconv from 'iconv-lite';
import { afterAll, expect, it } from 'vitest';
import { loadCsv } from './load-csv';

const directory = mkdtempSync(join(tmpdir(), 'edukpi-readme-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** The README's example, on the file it shows, saved in GBK. */
it('does what the README says', async () => {
  const path = join(directory, '学校.csv');
  writeFileSync(
    path,
    iconv.encode(
      '2023年小学基本情况,\r\n学校名称,小学在校生数\r\n城关第一小学,"1,200"\r\n河西小学,三百\r\n合计,"1,200"\r\n',
      'gbk',
    ),
  );

  const schoolSpec = defineTableSpec({
    name: 'school',
    label: { zh: '学校', en: 'school' },
    fields: [
      { name: 'name', label: { zh: '学校名称', en: 'school name' }, kind: 'text', required: true },
      {
        name: 'primary.students',
        label: { zh: '小学在校生数', en: 'primary students' },
        kind: 'count',
        required: true,
      },
    ],
  });

  const result = await loadCsv({ source: path, spec: schoolSpec });

  expect(result.encoding).toBe('gb18030');
  expect(result.rows).toEqual([{ name: '城关第一小学', primary: { students: 1200 } }]);
  expect(result.rejections).toEqual([
    {
      sheet: '学校.csv',
      row: 4,
      column: '小学在校生数',
      columnIndex: 1,
      field: 'primary.students',
      value: '三百',
      code: 'not_a_number',
      reason: {
        zh: '小学在校生数应为数字,「三百」不是数字',
        en: 'primary students must be a number; "三百" is not one.',
      },
    },
  ]);
  expect(result.counts).toEqual({ read: 5, accepted: 1, rejected: 1, skipped: 3 });
});
