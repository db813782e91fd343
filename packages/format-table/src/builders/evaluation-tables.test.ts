import { InvalidOptionError } from '@edukpi/core';
import { evaluateRegime, qualityBalance2017, type SchoolRecord } from '@edukpi/standards';
import { describe, expect, it } from 'vitest';
import { sampleEvaluations, sampleSchools } from '../_test/sample-county';
import type { Table, TableSection } from '../table/table';
import { evaluationTables } from './evaluation-tables';

const texts = (table: Table | undefined) => table?.rows.map((row) => row.cells.map((cell) => cell.text));
const tableOf = (sections: readonly TableSection[], id: string) =>
  sections.flatMap((section) => section.tables).find((table) => table.id === id);

describe('evaluationTables — 2017 regime', () => {
  const { quality2017 } = sampleEvaluations();
  const sections = evaluationTables(quality2017);

  it('builds the five sections, a table per part and per stage', () => {
    expect(sections.map((section) => [section.id, section.title, section.tables.map((table) => table.id)])).toEqual([
      ['verdict', '评估结论', ['verdict', 'failures']],
      ['items', '评估项目', ['items-government', 'items-quality', 'items-recognition', 'items-failing-schools']],
      ['schools', '学校达标情况', ['schools-primary', 'schools-junior']],
      ['coefficients', '校际差异系数', ['coefficients-primary', 'coefficients-junior']],
      ['exclusions', '未参评学校', ['exclusions']],
    ]);
  });

  it('leads with the verdict and every failure, veto items first', () => {
    expect(texts(tableOf(sections, 'verdict'))).toEqual([
      ['评估办法', '县域义务教育优质均衡发展(2017)'],
      ['版本', '2017.1'],
      ['依据', '教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)'],
      ['结论', '✗ 未达标'],
      ['一票否决', '否'],
      ['报送学校', '8 所'],
      ['参评学校', '6 所'],
      ['未达标项', '7 项'],
      ['未提供项目', '22 项'],
    ]);
    const failures = texts(tableOf(sections, 'failures'));
    expect(failures?.map((row) => row.slice(0, 2))).toEqual([
      ['1', '评估项目'],
      ['2', '评估项目'],
      ['3', '评估项目'],
      ['4', '评估项目'],
      ['5', '学校'],
      ['6', '学校'],
      ['7', '学校'],
    ]);
    expect(failures?.[4]?.[2]).toMatch(/^西山乡中心小学\(小学\):仅 3 项指标达标,少于 6 项/);
  });

  it('lists the items by part with status, value as published, threshold and shortfall', () => {
    const government = texts(tableOf(sections, 'items-government'));
    expect(government?.[0]).toEqual([
      '1',
      '按国家规定要求规划学校布局',
      '✓ 达标',
      '已举证',
      '举证',
      '',
      '《样例县中小学布局规划(2021—2035)》',
    ]);
    expect(government?.[10]).toEqual([
      '11',
      '每年教师交流轮岗比例不低于符合交流条件教师总数的 10% [1]',
      '✗ 未达标',
      // 58 ÷ 720 = 8.0555…%
      '8.06%',
      '≥ 10%',
      '分子还差 14(在分母不变时)',
      '',
    ]);
    expect(tableOf(sections, 'items-government')?.notes).toEqual(['[1] 本项数值取自办法的转述文本,可按省级口径覆盖']);
    expect(texts(tableOf(sections, 'items-recognition'))?.[0]).toEqual([
      '1',
      '社会认可度达到 85% 以上(一票否决)',
      '✓ 达标',
      // 1712 ÷ 1960 = 87.346…%
      '87.35%',
      '≥ 85%',
      '',
      '',
    ]);
    expect(texts(tableOf(sections, 'items-failing-schools'))).toEqual([
      [
        '3',
        '每 12 个班配备音乐、美术专用教室各 1 间以上,音乐教室 ≥ 96 m²,美术教室 ≥ 90 m²',
        '西山乡中心小学',
        '音乐教室面积 88 m² < 96 m²',
      ],
      [
        '5',
        '小学、初中所有班级学生数分别不超过 45 人、50 人',
        '样例县第一初级中学',
        '初中有 32 个班超过 50 人(最大 53 人)',
      ],
    ]);
  });

  it('lays out schools × indicators with the standards, marks and shortfalls in real units', () => {
    const primary = tableOf(sections, 'schools-primary');
    expect(
      primary?.columns.map((column) => (column.unit === null ? column.label : `${column.label}(${column.unit})`)),
    ).toEqual([
      '学校',
      '在校生(人)',
      '每百名学生拥有高于规定学历教师数',
      '每百名学生拥有县级以上骨干教师数',
      '每百名学生拥有体育、艺术(美术、音乐)专任教师数',
      '生均教学及辅助用房面积(平方米)',
      '生均体育运动场馆面积(平方米)',
      '生均教学仪器设备值(元)',
      '每百名学生拥有网络多媒体教室数',
      '达标指标数(共 7 项)',
      '结论',
      '差距(达到标准尚需)',
    ]);
    expect(texts(primary)?.[0]).toEqual([
      '标准',
      '',
      '≥ 4.2',
      '≥ 1',
      '≥ 0.9',
      '≥ 4.5',
      '≥ 7.5',
      '≥ 2000',
      '≥ 2.3',
      '',
      '',
      '',
    ]);
    expect(primary?.rows[0]?.summary).toBe(true);
    // 西山乡中心小学, 386 pupils: 15 qualified teachers (3.89 per 100), 3 key (0.78), 6 PE/arts (1.55),
    // 1853 m² (4.80), 2200 m² (5.70), 610000 元 (1580.31), 9 classrooms (2.33)
    expect(texts(primary)?.[3]).toEqual([
      '西山乡中心小学',
      '386',
      '3.89 ✗',
      '0.78 ✗',
      '1.55',
      '4.80',
      '5.70 ✗',
      '1580.31 ✗',
      '2.33',
      '3',
      '✗ 未达标',
      // 4.2 × 3.86 = 16.2 → 17 teachers (2 more); 1 × 3.86 → 4 key teachers (1 more);
      // 7.5 × 386 − 2200 = 695 m²; 2000 × 386 − 610000 = 162000 元
      '高于规定学历教师 2;县级以上骨干教师 1;体育运动场馆面积(m²) 695;教学仪器设备值(元) 162000',
    ]);
    expect(primary?.rows[3]?.cells[2]).toMatchObject({ kind: 'number', decimals: 2, status: 'failed' });
    expect(primary?.rows[3]?.cells[10]?.status).toBe('failed');
  });

  it('gives each stage its CVs with the schools pulling them up, and the exclusions with reasons', () => {
    const coefficients = texts(tableOf(sections, 'coefficients-primary'));
    expect(coefficients?.[3]?.slice(0, 7)).toEqual([
      '生均教学及辅助用房面积',
      '平方米',
      '4.93',
      '0.024',
      '≤ 0.50',
      '✓ 达标',
      '4',
    ]);
    expect(coefficients?.[3]?.[7]).toMatch(/^城关镇第二小学 \d+\.\d%、/);
    expect(texts(tableOf(sections, 'exclusions'))).toEqual([
      ['西山乡后沟教学点', '全部', '小规模教学点', '教学点在校生 32 人,少于 50 人,不参加评估'],
      ['样例县特殊教育学校', '全部', '特殊教育学校', '特殊教育学校不参加资源配置评估'],
      ['样例县第二中学', '高中', '高中学段', '高中学段不参加义务教育资源配置评估'],
    ]);
    expect(tableOf(sections, 'exclusions')?.notes).toEqual([
      '报送 8 所学校,参加评估 6 所。',
      '口径:特殊教育学校不计,职业学校不计,在校生少于 50 人的教学点不计,民办学校计入。',
    ]);
  });

  it('gives the same tables for the evaluation after a trip through JSON', () => {
    const copy = JSON.parse(JSON.stringify(quality2017));
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(evaluationTables(copy, { locale })).toEqual(evaluationTables(quality2017, { locale }));
    }
  });

  it('writes every label in English and in Traditional Chinese', () => {
    const english = evaluationTables(quality2017, { locale: 'en', sections: ['verdict', 'schools'] });
    expect(english.map((section) => section.title)).toEqual(['Verdict', 'Schools against the standards']);
    expect(texts(tableOf(english, 'verdict'))?.[3]).toEqual(['Verdict', '✗ failed']);
    expect(texts(tableOf(english, 'schools-primary'))?.[3]?.slice(0, 3)).toEqual(['西山乡中心小学', '386', '3.89 ✗']);
    expect(tableOf(english, 'schools-primary')?.caption).toBe('Resource standards: primary schools');
    const traditional = evaluationTables(quality2017, { locale: 'zh-TW', sections: ['exclusions'] });
    expect(traditional[0]?.title).toBe('未參評學校');
    expect(texts(traditional[0]?.tables[0])?.[1]).toEqual([
      '樣例縣特殊教育學校',
      '全部',
      '特殊教育學校',
      '特殊教育學校不參加資源配置評估',
    ]);
  });
});

describe('evaluationTables — other regimes and edge cases', () => {
  it('closes the 2012 CV tables with the composite and leaves out the school rule columns', () => {
    const sections = evaluationTables(sampleEvaluations().basic2012);
    const primary = tableOf(sections, 'schools-primary');
    expect(primary?.columns.map((column) => column.id)).not.toContain('result');
    expect(primary?.columns.map((column) => column.id)).not.toContain('at-standard');
    const coefficients = tableOf(sections, 'coefficients-primary');
    const last = coefficients?.rows.at(-1);
    expect(last?.summary).toBe(true);
    expect(last?.cells.map((cell) => cell.text).slice(0, 1)).toEqual(['综合差异系数']);
    expect(last?.cells[4]?.text).toBe('≤ 0.65');
  });

  it('leaves out the resource sections of the preschool regime', () => {
    const sections = evaluationTables(sampleEvaluations().preschool2020);
    expect(sections.map((section) => section.id)).toEqual(['verdict', 'items', 'exclusions']);
    expect(tableOf(sections, 'failures')?.notes).toEqual(['没有未达标项。']);
    expect(texts(tableOf(sections, 'verdict'))?.[3]).toEqual(['结论', '… 材料不全,尚不能判定']);
  });

  it('marks a coefficient above its threshold and names it among the failures', () => {
    // Two primary schools far apart on space: 2 m² and 12 m² per pupil
    const school = (id: string, students: number, area: number): SchoolRecord => ({
      ...(sampleSchools[0] as SchoolRecord),
      id,
      name: `${id}小学`,
      primary: { ...(sampleSchools[0] as SchoolRecord).primary!, students, classSizes: undefined },
      teachingArea: area,
    });
    const evaluation = evaluateRegime(qualityBalance2017, {
      schools: [school('A', 1000, 2000), school('B', 1000, 12000)],
    });
    const sections = evaluationTables(evaluation, { sections: ['verdict', 'coefficients'] });
    const space = texts(tableOf(sections, 'coefficients-primary'))?.find((row) => row[0] === '生均教学及辅助用房面积');
    // mean 7, σ = 5: CV = 0.714
    expect(space?.slice(2, 6)).toEqual(['7.00', '0.714', '≤ 0.50', '✗ 未达标']);
    expect(texts(tableOf(sections, 'failures'))?.some((row) => row[1] === '差异系数')).toBe(true);
  });

  it('rejects what is not an evaluation and unknown options', () => {
    const { quality2017 } = sampleEvaluations();
    expect(() => evaluationTables({} as never)).toThrow(InvalidOptionError);
    expect(() => evaluationTables(quality2017, { sections: ['verdict', 'summary' as never] })).toThrow(/summary/);
    expect(() => evaluationTables(quality2017, { language: 'en' } as never)).toThrow(InvalidOptionError);
  });
});
