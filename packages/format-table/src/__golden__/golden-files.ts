import type { Locale } from '@edukpi/core';
import { dumpWorkbook } from '../_test/dump-workbook';
import { sampleEvaluations } from '../_test/sample-county';
import { sampleResults } from '../_test/sample-results';
import { evaluationTables } from '../builders/evaluation-tables';
import { resultsTable } from '../builders/results-table';
import type { TableSection } from '../table/table';
import { toCsv } from '../writers/to-csv';
import { toHtml } from '../writers/to-html';
import { toMarkdown } from '../writers/to-markdown';
import { toText } from '../writers/to-text';
import { toXlsx } from '../writers/to-xlsx';

/** The locales every golden file is written in. */
export const goldenLocales: readonly Locale[] = ['zh-CN', 'zh-TW', 'en'];

/** The date written into the golden workbooks, so they do not change from run to run. */
const workbookDate = new Date('2024-09-01T00:00:00Z');

/** Every table of some sections as CSV, one file each, joined with a line naming the table. */
function sectionsToCsv(sections: readonly TableSection[]): string {
  return sections
    .flatMap((section) => section.tables)
    .map((table) => `=== ${table.id}.csv ===\n${toCsv(table)}`)
    .join('\n');
}

/**
 * The golden files: inputs (real core results, a real evaluation of 样例县) → outputs of every
 * writer, per locale, by path under `src/__golden__/`.
 */
export async function goldenFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const { quality2017, basic2012, preschool2020 } = sampleEvaluations();
  for (const locale of goldenLocales) {
    const results = resultsTable(sampleResults(), { locale });
    files.set(`${locale}/results.md`, toMarkdown(results));
    files.set(`${locale}/results.html`, toHtml(results));
    files.set(`${locale}/results.csv`, toCsv(results));
    files.set(`${locale}/results.txt`, toText(results));
    files.set(`${locale}/results.xlsx.txt`, await dumpWorkbook(await toXlsx(results, { date: workbookDate })));
    const evaluation = evaluationTables(quality2017, { locale });
    files.set(`${locale}/evaluation-2017.md`, toMarkdown(evaluation));
    files.set(`${locale}/evaluation-2017.html`, toHtml(evaluation, { document: true }));
    files.set(`${locale}/evaluation-2017.csv.txt`, sectionsToCsv(evaluation));
    files.set(`${locale}/evaluation-2017.txt`, toText(evaluation));
    files.set(
      `${locale}/evaluation-2017.xlsx.txt`,
      await dumpWorkbook(await toXlsx(evaluation, { date: workbookDate })),
    );
    files.set(`${locale}/evaluation-2012.md`, toMarkdown(evaluationTables(basic2012, { locale })));
    files.set(`${locale}/evaluation-2020.md`, toMarkdown(evaluationTables(preschool2020, { locale })));
  }
  return files;
}
