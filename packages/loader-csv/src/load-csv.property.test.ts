import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { schoolSpec } from './_test/school-spec';
import { chunked, toCsv } from './_test/to-csv';
import { loadCsv } from './load-csv';

const header = [
  '学校标识码',
  '学校名称',
  '学校类型',
  '举办者',
  '小学在校生数',
  '小学班级数',
  '教学仪器设备值(万元)',
  '体质健康合格率',
];
const types = { 小学: 'primary', 初中: 'junior', 九年一贯制学校: 'nine_year' } as const;
const owners = { 公办: 'public', 民办: 'private' } as const;

/** A school as the table holds it, and the cells Excel would write for it. */
const school = fc
  .record({
    id: fc.bigInt({ min: 1n, max: 9_999_999_999n }),
    // Names with the characters that make CSV hard: quotes, commas, line breaks.
    name: fc.string({
      minLength: 1,
      maxLength: 12,
      unit: fc.constantFrom('阳', '光', '小', '学', '东', '"', ',', '\n', 'x', '1', '·'),
    }),
    type: fc.constantFrom('小学', '初中', '九年一贯制学校'),
    owner: fc.constantFrom('公办', '民办'),
    students: fc.option(fc.nat({ max: 9_999_999 }), { nil: undefined }),
    classes: fc.option(fc.nat({ max: 500 }), { nil: undefined }),
    equipment: fc.option(
      fc
        .tuple(fc.nat({ max: 100_000 }), fc.nat({ max: 99 }))
        .map(([whole, cents]) => (cents % 10 === 0 ? `${whole}` : `${whole}.${String(cents).padStart(2, '0')}`)),
      { nil: undefined },
    ),
    rate: fc.option(
      fc.nat({ max: 10_000 }).map((basis) => `${basis / 100}`),
      { nil: undefined },
    ),
    thousands: fc.boolean(),
  })
  .filter(({ name }) => name.trim() !== '');

describe('loadCsv round trip', () => {
  it('writes schools as Excel would, loads them back and gets the same rows (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(school, { minLength: 1, maxLength: 20 }),
        fc.constantFrom('utf-8', 'utf-8-bom', 'gbk'),
        fc.array(fc.nat({ max: 2000 }), { maxLength: 5 }),
        async (schools, encoding, cuts) => {
          const cells = schools.map((item) => [
            String(item.id),
            item.name,
            item.type,
            item.owner,
            item.students === undefined
              ? ''
              : item.thousands
                ? item.students.toLocaleString('en')
                : String(item.students),
            item.classes === undefined ? '' : String(item.classes),
            item.equipment ?? '',
            item.rate === undefined ? '' : `${item.rate}%`,
          ]);
          const text = toCsv([header, ...cells]);
          const bytes =
            encoding === 'gbk'
              ? iconv.encode(text, 'gbk')
              : Buffer.from(`${encoding === 'utf-8-bom' ? '\uFEFF' : ''}${text}`);
          const result = await loadCsv({ source: chunked(bytes, cuts), spec: schoolSpec });
          const expected = schools.map((item) => {
            const primary = {
              ...(item.students === undefined ? {} : { students: item.students }),
              ...(item.classes === undefined ? {} : { classes: item.classes }),
            };
            return {
              id: String(item.id),
              name: item.name.trim(),
              type: types[item.type],
              ownership: owners[item.owner],
              ...(Object.keys(primary).length > 0 ? { primary } : {}),
              ...(item.equipment === undefined ? {} : { equipmentValueWan: item.equipment }),
              ...(item.rate === undefined ? {} : { passRate: item.rate }),
            };
          });
          expect(result.rows).toEqual(expected);
          expect(result.counts).toEqual({
            read: schools.length + 1,
            accepted: schools.length,
            rejected: 0,
            skipped: 1,
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
