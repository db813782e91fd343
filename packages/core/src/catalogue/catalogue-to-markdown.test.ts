import { describe, expect, it } from 'vitest';
import { catalogueToMarkdown } from './catalogue-to-markdown';
import { indicatorIds } from './indicator-ids';
import { listIndicators } from './list-indicators';

describe('catalogueToMarkdown', () => {
  it('renders one row per indicator with id, name, formula, unit and thresholds', () => {
    const table = catalogueToMarkdown();
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toBe('| id | 名称 | 计算方法 | 单位(小数位) | 标准 |');
    expect(lines).toHaveLength(indicatorIds.length + 2);
    expect(table).toContain(
      '| `junior_three_year_consolidation_rate` | 初中三年巩固率 | `raw`(默认): 毕业生数 ÷ 入学人数 × 100%<br>',
    );
    expect(table).toContain('| % (2) | ≥ 95 (县域义务教育优质均衡发展(2017)) |');
  });

  it('renders in English and Traditional Chinese', () => {
    const english = catalogueToMarkdown({
      locale: 'en',
      indicators: listIndicators().filter((row) => row.id === 'aid_per_student'),
    });
    expect(english).toBe(
      '| id | name | formula | unit (decimals) | thresholds |\n| --- | --- | --- | --- | --- |\n' +
        '| `aid_per_student` | Aid per aided student | amount (yuan) ÷ aided students | yuan (2) | — |\n',
    );
    expect(catalogueToMarkdown({ locale: 'zh-TW' })).toContain('| 九年義務教育鞏固率 |');
  });
});
