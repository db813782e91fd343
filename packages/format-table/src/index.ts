export {
  type EvaluationSectionId,
  type EvaluationTablesOptions,
  evaluationTables,
} from './builders/evaluation-tables';
export {
  type LabelledResult,
  type ResultsTableEntry,
  type ResultsTableOptions,
  resultsTable,
} from './builders/results-table';
export { neutralizeFormula } from './injection/neutralize-formula';
export { type AlignColumnsOptions, alignColumns } from './layout/align-columns';
export { displayWidth } from './layout/display-width';
export { createEmptyCell, type EmptyCellSpec } from './table/create-empty-cell';
export { createNumberCell, type NumberCellSpec } from './table/create-number-cell';
export { type CellSpec, type ColumnSpec, createTable, type RowSpec, type TableSpec } from './table/create-table';
export { createTextCell, type TextCellSpec } from './table/create-text-cell';
export type {
  CellStatus,
  ColumnAlignment,
  ColumnKind,
  EmptyCell,
  NumberCell,
  NumberNotation,
  Table,
  TableCell,
  TableColumn,
  TableContent,
  TableRow,
  TableSection,
  TextCell,
} from './table/table';
export { type ToCsvOptions, toCsv } from './writers/to-csv';
export { type ToHtmlOptions, toHtml } from './writers/to-html';
export { type ToMarkdownOptions, toMarkdown } from './writers/to-markdown';
export { type ToTextOptions, toText } from './writers/to-text';
export { type ToXlsxOptions, toXlsx } from './writers/to-xlsx';
