import { describe, expect, it } from 'vitest';
import type { FormatLocale } from '../locale/format-locale';
import en from './en.json';
import { type GoldenFile, renderGolden } from './render-golden';
import zhCN from './zh-CN.json';
import zhTW from './zh-TW.json';

// The golden files are the formatters' published output: inputs → outputs per locale. This test
// only compares; it never writes. After an intended change, run `npm run golden`, review the
// diff of src/__golden__/*.json and commit it with the change.
const files: Readonly<Record<FormatLocale, unknown>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

function describeDifferences(expected: GoldenFile, actual: GoldenFile): string {
  const lines: string[] = [];
  const expectedById = new Map(expected.cases.map((entry) => [entry.id, entry]));
  const actualIds = new Set(actual.cases.map((entry) => entry.id));
  for (const entry of actual.cases) {
    const before = expectedById.get(entry.id);
    if (before === undefined) lines.push(`+ new case ${entry.id}: ${JSON.stringify(entry.output)}`);
    else if (JSON.stringify(before) !== JSON.stringify(entry)) {
      lines.push(`~ ${entry.id}`);
      if (before.output !== entry.output) {
        lines.push(...before.output.split('\n').map((line) => `  - ${line}`));
        lines.push(...entry.output.split('\n').map((line) => `  + ${line}`));
      } else lines.push('  (input, options or source changed)');
    }
  }
  for (const entry of expected.cases) if (!actualIds.has(entry.id)) lines.push(`- removed case ${entry.id}`);
  return lines.join('\n');
}

describe('golden files', () => {
  it.each(['zh-CN', 'zh-TW', 'en'] as const)('%s.json is what the formatters write', (locale) => {
    const expected = files[locale] as GoldenFile;
    const actual = renderGolden(locale);
    const differences = describeDifferences(expected, actual);
    expect(
      differences,
      `src/__golden__/${locale}.json differs from the formatters' output; if the change is intended, run \`npm run golden\` and review the diff:\n${differences}`,
    ).toBe('');
    expect(actual).toEqual(expected);
  });

  it('the zh-CN golden file quotes the reports where it reproduces them', () => {
    const outputs = new Map((zhCN as GoldenFile).cases.map((entry) => [entry.id, entry.output]));
    // Literal sentences of fixtures/reports.
    expect(outputs.get('result-consolidation-jiyuan')).toBe('义务教育巩固率达102.72%');
    expect(outputs.get('result-disabled-children-jiyuan')).toBe('适龄残疾儿童少年义务教育入学率达98.45%');
    expect(outputs.get('result-share-xuecheng')).toBe('参加课后服务学生6.91万人,占92.88%');
    expect(outputs.get('result-share-template-xuecheng')).toBe('已完成整改36个,占比90%');
    expect(outputs.get('result-reduction-jiyuan')).toBe('全市学科类培训机构由原来的120家压减为12家,压减率90%');
    expect(outputs.get('number-aided')).toBe('1.1256万名');
    expect(outputs.get('number-loans')).toBe('1052.017万元');
  });

  it('the zh-TW golden file quotes the Wu’an report', () => {
    const outputs = new Map((zhTW as GoldenFile).cases.map((entry) => [entry.id, entry.output]));
    expect(outputs.get('result-preschool-wuan')).toBe('學前三年普及率達92.05%');
    expect(outputs.get('result-senior-wuan')).toBe('高中入學率達86.2%');
    expect(outputs.get('result-disabled-children-wuan')).toBe('三類殘障兒童入學率達93.82%');
    expect(outputs.get('number-capacity')).toBe('1.2萬人');
    expect(outputs.get('result-consolidation-wuan')).toBe('我市由534所調整爲348所,撤併186所');
  });
});
