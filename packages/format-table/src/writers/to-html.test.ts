import { InvalidOptionError } from '@edukpi/core';
import { describe, expect, it } from 'vitest';
import { smallTable } from '../_test/small-table';
import { createTable } from '../table/create-table';
import { toHtml } from './to-html';

describe('toHtml', () => {
  it('writes an accessible table: lang, caption, scoped headers with units, data-value, tfoot notes', () => {
    expect(toHtml(smallTable())).toBe(
      [
        '<table class="edukpi-table" lang="zh-CN">',
        '  <caption>课后服务参与情况</caption>',
        '  <thead>',
        '    <tr><th scope="col">学校</th><th scope="col" style="text-align: right">参与率<span class="edukpi-unit">(%)</span></th><th scope="col" style="text-align: right">在校生<span class="edukpi-unit">(人)</span></th><th scope="col" style="text-align: right">增减</th><th scope="col" style="text-align: center">是否达标</th></tr>',
        '  </thead>',
        '  <tbody>',
        '    <tr><th scope="row">城关小学</th><td style="text-align: right" data-value="92.8766">92.88</td><td style="text-align: right" data-value="1860">1860</td><td style="text-align: right" data-value="-3.5">-3.5</td><td class="edukpi-passed" style="text-align: center">✓ 达标</td></tr>',
        '    <tr><th scope="row">西山乡后沟教学点</th><td class="edukpi-missing" style="text-align: right">—</td><td style="text-align: right" data-value="32">32</td><td style="text-align: right" data-value="0">0.0</td><td class="edukpi-failed" style="text-align: center">✗ 未达标</td></tr>',
        '    <tr class="edukpi-summary"><th scope="row">全县</th><td style="text-align: right" data-value="91.5">91.50</td><td style="text-align: right" data-value="1892">1892</td><td style="text-align: right" data-value="-3.44">-3.4</td><td style="text-align: center"></td></tr>',
        '  </tbody>',
        '  <tfoot>',
        '    <tr><td colspan="5">教学点未开展课后服务。</td></tr>',
        '  </tfoot>',
        '</table>',
        '',
      ].join('\n'),
    );
  });

  it('escapes every text, in content and attributes', () => {
    const table = createTable({
      caption: '<b>表</b>',
      locale: 'en',
      columns: [{ label: 'Name "x"', unit: '<%>' }],
      rows: [["<script>alert('x')</script> & co\nline 2"]],
    });
    const html = toHtml(table);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<caption>&lt;b&gt;表&lt;/b&gt;</caption>');
    expect(html).toContain('<th scope="col">Name &quot;x&quot; <span class="edukpi-unit">(&lt;%&gt;)</span></th>');
    expect(html).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co<br>line 2');
    expect(html).toContain('lang="en"');
  });

  it('writes sections and a complete page on request', () => {
    const page = toHtml([{ id: 's', title: '学校', tables: [smallTable()] }], { document: true, headingLevel: 3 });
    expect(page.startsWith('<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(page).toContain('<title>学校</title>');
    expect(page).toContain('<section class="edukpi-section" lang="zh-CN">\n  <h3>学校</h3>\n  <table');
    expect(page.endsWith('</section>\n</body>\n</html>\n')).toBe(true);
  });

  it('rejects unknown options', () => {
    expect(() => toHtml(smallTable(), { headingLevel: 0 })).toThrow(InvalidOptionError);
    expect(() => toHtml(smallTable(), { fragment: true } as never)).toThrow(InvalidOptionError);
  });
});
