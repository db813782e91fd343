import { displayWidth } from '@edukpi/format-table';
import { beforeAll, describe, expect, it } from 'vitest';
import { provinceCsvPath } from './_lib/generate-province-csv';
import { formatProvinceReport } from './format-province-report';
import { readProvince } from './read-province';
import { screenProvince } from './screen-province';

let lines: string[] = [];
beforeAll(async () => {
  lines = formatProvinceReport(
    screenProvince(await readProvince({ source: provinceCsvPath })),
    'data/province-schools.csv',
  );
});

const lineWith = (...parts: string[]) => lines.find((line) => parts.every((part) => line.includes(part)));

describe('formatProvinceReport', () => {
  it('leads with the province and the regime', () => {
    expect(lines[1]).toBe(
      '示范省 Demo Province · 义务教育资源配置筛查 resource-allocation screen of compulsory education',
    );
    expect(lines[3]).toBe('128 所学校 schools, 6 个区县 counties · data/province-schools.csv');
  });

  it('prints the table of counties, columns aligned by display width', () => {
    const start = lines.indexOf('各区县资源配置 Resource allocation by county (screenCounties)');
    const table = lines.slice(start + 1, start + 9);
    expect(table[0]).toMatch(/^ {3}区县 county +学校 schools +排除 left out/);
    expect(table.slice(1).map((line) => line.trim().split(/\s{2,}/))).toEqual([
      ['城关区', '28', '1', '29', '0', '0', '✓ 达标 pass'],
      ['河西县', '22', '0', '24', '2', '0', '✗ 未达标 fail'],
      ['南山县', '18', '1', '19', '0', '0', '✓ 达标 pass'],
      ['北湖县', '20', '0', '22', '0', '1', '✗ 未达标 fail'],
      ['青石县', '16', '0', '18', '1', '1', '✗ 未达标 fail'],
      ['白云县', '24', '0', '27', '0', '0', '✓ 达标 pass'],
      ['全省 province', '128', '2', '139', '3', '2', '3 个区县未达标 3 of 6 counties fail'],
    ]);
    // The verdicts start in one column: every row is as wide up to them.
    const widths = table.slice(1, 7).map((line) => displayWidth(line.slice(0, line.search(/[✓✗]/u))));
    widths.push(displayWidth((table[7] as string).slice(0, (table[7] as string).indexOf('3 个区县'))));
    expect(new Set(widths).size).toBe(1);
  });

  it('explains each failing county: the schools with their reasons, the CVs with the schools pulling them up', () => {
    expect(lines).toContain('── 河西县:资源配置未达标 resource allocation fails ──');
    expect(
      lineWith('杨庄乡杨庄小学', '小学 primary', '260', '5/7', 'teaching space m²/student', '4.19 m²', '4.5', '93.0%'),
    ).toBeDefined();
    expect(lineWith('杨庄乡中学', '初中 junior', '380', '6/7', '8.16 m²', '10.2', '80.0%')).toBeDefined();
    expect(lines).toContain(
      '   · 杨庄乡杨庄小学:仅 5 项指标达标,少于 6 项 — only 5 indicators at standard, fewer than 6',
    );
    expect(
      lineWith('小学 primary', '生均教学仪器设备值', '0.574', '≤ 0.50', '北湖县实验小学 (8800.00 元, 81.3%)'),
    ).toBeDefined();
    expect(lineWith('石门乡初级中学', '0.00', '0.0%')).toBeDefined();
    expect(lineWith('初中 junior', '生均体育运动场馆面积', '0.499', '≤ 0.45', '青石县第二中学')).toBeDefined();
    expect(lines.filter((line) => line.startsWith('── '))).toHaveLength(3);
  });

  it('lists what is left out, with the reason', () => {
    expect(
      lineWith('学校 schools:', '城关区特殊教育学校(城关区,特殊教育学校 special education)', '后岭乡后岭教学点'),
    ).toBeDefined();
    expect(lineWith('学段 stages not compared:', '城关区第四中学(城关区,高中 senior)')).toBeDefined();
  });
});
