import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineTableSpec } from '@edukpi/core';
import { afterAll, expect, it } from 'vitest';
import { loadJson } from './load-json';

const directory = mkdtempSync(join(tmpdir(), 'edukpi-readme-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** The README's example, on the file it shows. */
it('does what the README says', async () => {
  const path = join(directory, '学校.ndjson');
  writeFileSync(
    path,
    [
      '{"学校名称": "城关第一小学", "小学": {"在校生数": "1,200"}}',
      '{"school name": "河西小学", "primary students": -3}',
      '{"学校名称": "东关小学", "小学": {"在校生数":',
    ].join('\n'),
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

  const result = await loadJson({ source: path, spec: schoolSpec });

  expect(result.format).toBe('ndjson');
  expect(result.rows).toEqual([{ name: '城关第一小学', primary: { students: 1200 } }]);
  expect(result.rejections.map(({ row, column, code, reason }) => [row, column, code, reason.zh])).toEqual([
    [2, 'primary students', 'negative', '小学在校生数不能为负数,收到「-3」'],
    [3, null, 'invalid_value', '第 3 行不是有效的 JSON'],
  ]);
  expect(result.counts).toEqual({ read: 3, accepted: 1, rejected: 2, skipped: 0 });
});
