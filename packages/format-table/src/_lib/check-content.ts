import { type InputIssue, InvalidInputError } from '@edukpi/core';
import type { TableContent, TableRow } from '../table/table';
import { sectionsOf, type WriterSection } from './sections-of';

const cellKinds = new Set(['text', 'number', 'empty']);

/**
 * Checks what a writer was given (tables built by hand may be malformed) and returns it as sections.
 *
 * @throws {InvalidInputError} listing every table whose rows do not have one cell per column, and
 *   every malformed cell.
 */
export function checkContent(content: TableContent): WriterSection[] {
  if (typeof content !== 'object' || content === null) {
    throw new InvalidInputError({
      issues: [
        {
          path: ['content'],
          messageZh: '应为表格、表格分节或它们的数组',
          messageEn: 'content must be a table, a table section or an array of them.',
        },
      ],
    });
  }
  const sections = sectionsOf(content);
  const issues: InputIssue[] = [];
  sections.forEach((section, sectionIndex) => {
    if (!Array.isArray(section.tables)) {
      issues.push({
        path: ['content', sectionIndex, 'tables'],
        messageZh: 'tables 应为表格数组',
        messageEn: 'tables must be an array of tables.',
      });
      return;
    }
    section.tables.forEach((table, tableIndex) => {
      const path = ['content', sectionIndex, 'tables', tableIndex];
      if (
        typeof table !== 'object' ||
        table === null ||
        !Array.isArray(table.columns) ||
        !Array.isArray(table.rows) ||
        typeof table.caption !== 'string'
      ) {
        issues.push({
          path,
          messageZh: '表格应有 caption、columns 与 rows(可用 createTable 创建)',
          messageEn: 'a table needs a caption, columns and rows (make one with createTable).',
        });
        return;
      }
      table.rows.forEach((row: TableRow, rowIndex: number) => {
        const cells = row?.cells;
        if (!Array.isArray(cells) || cells.length !== table.columns.length) {
          issues.push({
            path: [...path, 'rows', rowIndex],
            messageZh: `表「${table.caption}」第 ${rowIndex + 1} 行的单元格数与列数 ${table.columns.length} 不符`,
            messageEn: `row ${rowIndex + 1} of "${table.caption}" does not have one cell for each of its ${table.columns.length} columns.`,
          });
          return;
        }
        cells.forEach((cell, columnIndex) => {
          if (typeof cell !== 'object' || cell === null || !cellKinds.has(cell.kind) || typeof cell.text !== 'string') {
            issues.push({
              path: [...path, 'rows', rowIndex, 'cells', columnIndex],
              messageZh: '单元格应由 createTextCell / createNumberCell / createEmptyCell 创建',
              messageEn: 'a cell must be made by createTextCell, createNumberCell or createEmptyCell.',
            });
          } else if (cell.kind === 'number' && !/^-?\d+(\.\d+)?$/.test(String(cell.value))) {
            issues.push({
              path: [...path, 'rows', rowIndex, 'cells', columnIndex, 'value'],
              messageZh: `数值单元格的 value 应为十进制数字符串,收到 ${String(cell.value)}`,
              messageEn: `a number cell's value must be a decimal string (got ${String(cell.value)}).`,
            });
          }
        });
      });
    });
  });
  const [first, ...rest] = issues;
  if (first !== undefined) throw new InvalidInputError({ issues: [first, ...rest] });
  return sections;
}
