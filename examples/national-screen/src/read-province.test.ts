import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidInputError, InvalidOptionError, LoadError, MissingColumnsError } from '@edukpi/core';
import { readDuckdbTable } from '@edukpi/loader-duckdb';
import { qualityBalance2017, screenCounties } from '@edukpi/standards';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProvinceCsv, provinceCsvPath } from './_lib/generate-province-csv';
import { provinceColumns } from './_lib/province-columns';
import { readProvince } from './read-province';

// The CSV is parsed here by hand (it has no quoted cells) and every cell compared with what
// DuckDB handed over, so the reader is checked against the file, not against itself.

const csvText = readFileSync(provinceCsvPath, 'utf8');
const [headerLine = '', ...dataLines] = csvText.trimEnd().split('\n');
const header = headerLine.split(',');
const cells = dataLines.map((line) => line.split(','));

let directory = '';
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'national-screen-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** Writes a variant of the province file: the header and rows changed by `edit`. */
async function writeVariant(name: string, edit: (rows: string[][]) => string[][]): Promise<string> {
  const path = join(directory, name);
  const rows = edit([[...header], ...cells.map((row) => [...row])]);
  await writeFile(path, `${rows.map((row) => row.join(',')).join('\n')}\n`);
  return path;
}

const withoutColumn = (rows: string[][], column: string) => {
  const index = (rows[0] as string[]).indexOf(column);
  return rows.map((row) => row.filter((_, position) => position !== index));
};

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, none was thrown');
}

describe('the bundled province file', () => {
  it('is what the generator writes', () => {
    expect(csvText).toBe(generateProvinceCsv());
  });
});

describe('readProvince', () => {
  it('reads every school, in file order, every column one entry per school', async () => {
    const columns = await readProvince({ source: provinceCsvPath });
    expect(dataLines).toHaveLength(128);
    expect(columns.id).toHaveLength(128);
    expect([...new Set(Array.from(columns.county))]).toEqual([
      '城关区',
      '河西县',
      '南山县',
      '北湖县',
      '青石县',
      '白云县',
    ]);
    expect(columns.id[0]).toBe('2101000001');
    expect(columns.name?.[0]).toBe('城关区实验小学');
    expect(columns.type[26]).toBe('complete_secondary');
    expect(columns.ownership[16]).toBe('private');
    for (const stage of ['primary', 'junior', 'senior'] as const) {
      for (const values of Object.values(columns[stage] ?? {})) {
        expect(values).toBeInstanceOf(Float64Array);
        expect(values).toHaveLength(128);
      }
    }
    expect(columns.equipmentValue).toBeInstanceOf(Float64Array);
    expect(columns.equipmentValueWan).toBeUndefined();
  });

  it('gives every number cell as the file writes it, and a blank one as NaN, never 0', async () => {
    const columns = await readProvince({ source: provinceCsvPath });
    // 城关区实验小学 teaches no junior stage; 城关区第四中学 (完全中学) no primary stage.
    expect(columns.junior?.students[0]).toBeNaN();
    expect(columns.primary?.students[26]).toBeNaN();
    expect(columns.senior?.students[26]).toBe(1100);
    let compared = 0;
    for (const column of provinceColumns) {
      const index = header.indexOf(column.name);
      if (index < 0 || column.target.kind === 'text') continue;
      const { target } = column;
      const values = target.kind === 'count' ? columns[target.stage]?.[target.field] : columns[target.field];
      cells.forEach((row, rowIndex) => {
        const cell = row[index] as string;
        if (cell === '') expect(values?.[rowIndex], `${column.name} row ${rowIndex + 1}`).toBeNaN();
        else expect(values?.[rowIndex], `${column.name} row ${rowIndex + 1}`).toBe(Number(cell));
        compared++;
      });
    }
    expect(compared).toBe(128 * 33); // every number column of every school
  });

  it('reads the same table from Parquet with read_parquet', async () => {
    const path = join(directory, 'province.parquet');
    await readDuckdbTable({
      source: {
        sql: `COPY (SELECT * FROM read_csv('${provinceCsvPath.replaceAll("'", "''")}')) TO '${path.replaceAll("'", "''")}' (FORMAT parquet)`,
      },
    });
    const fromParquet = await readProvince({ source: path });
    const fromCsv = await readProvince({ source: provinceCsvPath });
    expect(fromParquet).toEqual(fromCsv);
  });

  it('refuses a file without a required column, naming it in Chinese and English', async () => {
    const path = await writeVariant('no-key-teachers.csv', (rows) => withoutColumn(rows, 'primary_key_teachers'));
    const error = await caught(readProvince({ source: path }));
    expect(MissingColumnsError.isInstance(error)).toBe(true);
    const missing = error as MissingColumnsError;
    expect(missing.missing.map((column) => column.field)).toEqual(['primary_key_teachers']);
    expect(missing.messageZh).toContain('缺少学校的必需列:小学县级及以上骨干教师数(primary_key_teachers)');
    expect(missing.messageEn).toContain(
      'lacks required columns of the school table: primary county-level-or-higher key teachers (primary_key_teachers)',
    );
  });

  it('lists every missing column, with a near miss, and a senior stage given in part', async () => {
    const path = await writeVariant('renamed.csv', (rows) => {
      const edited = withoutColumn(withoutColumn(rows, 'county'), 'senior_classes');
      const first = edited[0] as string[];
      first[first.indexOf('teaching_area')] = 'TeachingArea';
      return edited;
    });
    const error = (await caught(readProvince({ source: path }))) as MissingColumnsError;
    expect(MissingColumnsError.isInstance(error)).toBe(true);
    expect(error.missing.map((column) => [column.field, column.nearMisses])).toEqual([
      ['county', []],
      ['senior_classes', []],
      ['teaching_area', ['TeachingArea']],
    ]);
  });

  it('reads a file with no senior stage and Chinese headers mapped to the columns', async () => {
    const path = await writeVariant('chinese-headers.csv', (rows) => {
      let edited = rows;
      for (const column of header.filter((name) => name.startsWith('senior_'))) {
        edited = withoutColumn(edited, column);
      }
      const first = edited[0] as string[];
      first[first.indexOf('county')] = '区县';
      first[first.indexOf('primary_students')] = '小学在校生数';
      return edited;
    });
    const columns = await readProvince({
      source: path,
      options: { mapping: { 区县: 'county', 小学在校生数: 'primary_students' } },
    });
    expect(columns.senior).toBeUndefined();
    expect(columns.county[127]).toBe('白云县');
    expect(columns.primary?.students[0]).toBe(1850);
  });

  it('refuses a file that does not exist, in both languages', async () => {
    const error = await caught(readProvince({ source: join(directory, 'missing.csv') }));
    expect(LoadError.isInstance(error)).toBe(true);
    expect((error as LoadError).code).toBe('read_failed');
    expect((error as LoadError).messageZh).toContain('找不到学校表文件');
    expect((error as LoadError).messageEn).toContain('does not exist');
  });

  it('refuses a mapping to an unknown column and an unknown option', async () => {
    const mapping = caught(readProvince({ source: provinceCsvPath, options: { mapping: { 区县: 'district' } } }));
    expect(InvalidOptionError.isInstance(await mapping)).toBe(true);
    const option = caught(readProvince({ source: provinceCsvPath, options: { maxRow: 10 } as never }));
    expect(InvalidOptionError.isInstance(await option)).toBe(true);
  });

  it("refuses text in a number column with DuckDB's message, which names the column", async () => {
    const path = await writeVariant('text-in-number.csv', (rows) => {
      (rows[3] as string[])[header.indexOf('primary_students')] = '1320人';
      return rows;
    });
    const error = await caught(readProvince({ source: path }));
    expect(LoadError.isInstance(error)).toBe(true);
    expect((error as LoadError).messageEn).toContain('1320人');
    expect((error as LoadError).messageEn).toContain('primary_students');
  });

  it('refuses a NaN cell rather than reading it as a blank stage', async () => {
    const path = await writeVariant('nan.csv', (rows) => {
      (rows[2] as string[])[header.indexOf('junior_students')] = 'nan';
      return rows;
    });
    const error = await caught(readProvince({ source: path }));
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as InvalidInputError).issues.map((issue) => issue.path)).toEqual([['columns', 'junior_students', 1]]);
    expect((error as InvalidInputError).messageZh).toContain('第 2 所学校:初中在校生数(junior_students)应为有限数');
  });

  it('passes a fractional head count on to the screen, which refuses it (no INTEGER cast rounds it)', async () => {
    const path = await writeVariant('fraction.csv', (rows) => {
      (rows[1] as string[])[header.indexOf('primary_teachers')] = '115.5';
      return rows;
    });
    const columns = await readProvince({ source: path });
    expect(columns.primary?.teachers[0]).toBe(115.5);
    expect(() => screenCounties(qualityBalance2017, columns)).toThrow(InvalidInputError);
    expect(() => screenCounties(qualityBalance2017, columns)).toThrow('第 1 行:小学专任教师数应为非负整数,收到 115.5');
  });

  it('keeps a row with a blank county, for the screen to refuse with its row', async () => {
    const path = await writeVariant('blank-county.csv', (rows) => {
      (rows[5] as string[])[header.indexOf('county')] = '';
      return rows;
    });
    const columns = await readProvince({ source: path });
    expect(columns.id).toHaveLength(128);
    expect(() => screenCounties(qualityBalance2017, columns)).toThrow('第 5 行:区县应为非空文本');
  });
});
