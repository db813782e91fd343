import {
  getIndicatorDefinition,
  type IndicatorId,
  IndicatorResult,
  isIndicatorId,
  type Locale,
  type LocalizedText,
  type Unit,
  unitInfo,
} from '@edukpi/core';
import type { ItemEvaluation, RegimeEvaluation, SchoolEvaluation } from '@edukpi/standards';
import { columnOf, decimalsOf, decimalText, emptyCell, textCell } from '../_lib/cells';
import { checkOptions, failCheck } from '../_lib/check-options';
import { comparatorText } from '../_lib/comparator-text';
import { formatIndicatorLabel, formatResultValue } from '../_lib/format-text';
import { labels } from '../_lib/labels';
import { locales } from '../_lib/locales';
import { localize, localizeMessage, localizeName } from '../_lib/localize';
import { numberCellOf } from '../table/create-number-cell';
import type { CellStatus, NumberNotation, Table, TableCell, TableColumn, TableRow, TableSection } from '../table/table';

/** The sections {@link evaluationTables} can build, in their default order. */
export type EvaluationSectionId = 'verdict' | 'items' | 'schools' | 'coefficients' | 'exclusions';

/** Options of {@link evaluationTables}. */
export interface EvaluationTablesOptions {
  /** The locale of every header, label and number. Default `'zh-CN'`. */
  readonly locale?: Locale;
  /** The sections to build, in this order. Default: all five. */
  readonly sections?: readonly EvaluationSectionId[];
}

const sectionIds: readonly EvaluationSectionId[] = ['verdict', 'items', 'schools', 'coefficients', 'exclusions'];
const stages = ['primary', 'junior'] as const;

const notations: Partial<Record<Unit, NumberNotation>> = {
  percent: 'percent',
  ratio_to_one: 'ratio_to_one',
  one_to_ratio: 'one_to_ratio',
};

/** Units a resource indicator's label already says (每百名学生…, 生均…), so its header needs none. */
const unitsInLabel: ReadonlySet<Unit> = new Set(['per_100_students', 'per_student', 'ratio', 'count']);

interface Builder {
  readonly evaluation: RegimeEvaluation;
  readonly locale: Locale;
  readonly say: (text: LocalizedText, values?: Readonly<Record<string, string | number>>) => string;
  /** Free Chinese text (a school's name, a county's note) in the locale's script. */
  readonly name: (text: string) => string;
}

function tableOf(
  builder: Builder,
  id: string,
  caption: string,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  notes: readonly string[] = [],
): Table {
  return { id, caption, locale: builder.locale, columns, rows, notes };
}

function row(cells: readonly TableCell[], summary = false): TableRow {
  return { cells, summary };
}

function integerCell(value: number, locale: Locale, text?: string): TableCell {
  return numberCellOf({ value, decimals: 0, locale, ...(text === undefined ? {} : { text }) });
}

/** A threshold as the regime writes it (`0.50`, `2000`), through format-text (`2,000` in English). */
function thresholdNumber(value: string, locale: Locale): string {
  return decimalText(value, decimalsOf(value), locale);
}

function countText(count: number, unit: string, locale: Locale): string {
  const number = decimalText(count, 0, locale);
  return unit === '' ? number : `${number} ${unit}`;
}

function passText(builder: Builder, passed: boolean | null): TableCell {
  const { coefficients } = labels;
  if (passed === null) return textCell(builder.say(coefficients.noValue), 'missing');
  return passed
    ? textCell(builder.say(coefficients.passed), 'passed')
    : textCell(builder.say(coefficients.failed), 'failed');
}

function indicatorDecimals(id: string): number {
  return isIndicatorId(id) ? getIndicatorDefinition(id as IndicatorId).decimals : 2;
}

function indicatorUnitLabel(id: string, locale: Locale): string | null {
  if (!isIndicatorId(id)) return null;
  const unit = getIndicatorDefinition(id as IndicatorId).unit;
  return unitsInLabel.has(unit) ? null : unitInfo[unit].labels[locale];
}

function verdictSection(builder: Builder): TableSection {
  const { evaluation, locale, say } = builder;
  const { verdict } = labels;
  const status = evaluation.verdict.status;
  const statusCell = textCell(
    say(labels.verdictStatus[status]),
    status === 'passed' ? 'passed' : status === 'failed' ? 'failed' : 'missing',
  );
  const summary = tableOf(
    builder,
    'verdict',
    say(evaluation.regime.labels),
    [columnOf('field', say(verdict.field), 'text', { rowHeader: true }), columnOf('detail', say(verdict.detail))],
    [
      row([textCell(say(verdict.regime)), textCell(say(evaluation.regime.labels))]),
      row([textCell(say(verdict.version)), textCell(evaluation.regime.version)]),
      row([textCell(say(verdict.source)), textCell(builder.name(evaluation.regime.source))]),
      row([textCell(say(verdict.status)), statusCell], true),
      row([
        textCell(say(verdict.vetoed)),
        evaluation.verdict.vetoed ? textCell(say(verdict.yes), 'failed') : textCell(say(verdict.no)),
      ]),
      row([
        textCell(say(verdict.schoolsGiven)),
        integerCell(
          evaluation.scope.schoolsGiven,
          locale,
          countText(evaluation.scope.schoolsGiven, say(verdict.schoolsUnit), locale),
        ),
      ]),
      row([
        textCell(say(verdict.schoolsEvaluated)),
        integerCell(
          evaluation.scope.schoolsEvaluated,
          locale,
          countText(evaluation.scope.schoolsEvaluated, say(verdict.schoolsUnit), locale),
        ),
      ]),
      row([
        textCell(say(verdict.failures)),
        integerCell(
          evaluation.verdict.failures.length,
          locale,
          countText(evaluation.verdict.failures.length, say(verdict.itemsUnit), locale),
        ),
      ]),
      row([
        textCell(say(verdict.notSupplied)),
        integerCell(
          evaluation.verdict.notSupplied.length,
          locale,
          countText(evaluation.verdict.notSupplied.length, say(verdict.itemsUnit), locale),
        ),
      ]),
    ],
  );
  const { failures } = labels;
  const failureTable = tableOf(
    builder,
    'failures',
    say(failures.caption),
    [
      columnOf('number', say(failures.number), 'number'),
      columnOf('kind', say(failures.kind)),
      columnOf('message', say(failures.message)),
    ],
    evaluation.verdict.failures.map((failure, index) =>
      row([
        integerCell(index + 1, locale),
        textCell(
          labels.failureKinds[failure.kind] === undefined ? failure.kind : say(labels.failureKinds[failure.kind]!),
          failure.kind === 'veto' ? 'failed' : null,
        ),
        textCell(localizeMessage(failure.message, locale)),
      ]),
    ),
    evaluation.verdict.failures.length === 0 ? [say(failures.none)] : [],
  );
  return { id: 'verdict', title: say(labels.sections.verdict), tables: [summary, failureTable] };
}

function itemValue(builder: Builder, item: ItemEvaluation): TableCell {
  const { locale, say } = builder;
  if (item.kind === 'evidence') {
    if (item.evidence === null) return emptyCell();
    return item.evidence.met
      ? textCell(say(labels.items.attested), 'passed')
      : textCell(say(labels.items.notMet), 'failed');
  }
  if (item.kind === 'schools') {
    if (item.status === 'failed') {
      const count = item.failingSchools.length;
      return textCell(say(count === 1 ? labels.items.schoolFails : labels.items.schoolsFail, { count }), 'failed');
    }
    return item.status === 'passed' ? textCell(say(labels.items.allSchoolsPass), 'passed') : emptyCell();
  }
  if (item.result !== null) {
    const result = IndicatorResult.fromJson(item.result);
    const text = formatResultValue(item.result, { locale, keepTrailingZeros: true });
    if (result.exact === null) return emptyCell(text);
    return numberCellOf({
      value: result.exact,
      decimals: result.decimals,
      locale,
      text,
      notation: notations[result.unit] ?? 'plain',
    });
  }
  if (item.value === null) return emptyCell();
  const percent = item.displayValue?.endsWith('%') === true;
  return numberCellOf({ value: item.value, decimals: 2, locale, notation: percent ? 'percent' : 'plain' });
}

function itemThreshold(builder: Builder, item: ItemEvaluation): string {
  if (item.kind === 'evidence') return builder.say(labels.items.evidence);
  if (item.kind === 'schools') return builder.say(labels.items.eachSchool);
  if (item.comparator === null || item.threshold === null) return '';
  const percent = item.result?.unit === 'percent' || item.displayValue?.endsWith('%') === true;
  return comparatorText(
    item.comparator,
    `${thresholdNumber(item.threshold, builder.locale)}${percent ? '%' : ''}`,
    builder.locale,
  );
}

function itemStatusOf(item: ItemEvaluation): CellStatus | null {
  if (item.status === 'failed') return 'failed';
  if (item.status === 'passed') return 'passed';
  return item.status === 'not_supplied' ? 'missing' : null;
}

function itemsSection(builder: Builder): TableSection | null {
  const { evaluation, locale, say } = builder;
  if (evaluation.items.length === 0) return null;
  const { items } = labels;
  // Notes shared by many items (a number taken from restatements) are printed once under the
  // table, each marked [1], [2]… after the item's name.
  const columns = [
    columnOf('number', say(items.number), 'number'),
    columnOf('item', say(items.item), 'text', { rowHeader: true }),
    columnOf('status', say(items.status), 'status'),
    columnOf('value', say(items.value), 'value'),
    columnOf('threshold', say(items.threshold)),
    columnOf('shortfall', say(items.shortfall)),
    columnOf('note', say(items.note)),
  ];
  const parts = [...new Set(evaluation.items.map((item) => item.part))];
  const tables = parts.map((part) => {
    const notes: string[] = [];
    const rows = evaluation.items
      .filter((item) => item.part === part)
      .map((item) => {
        let name = `${say(item.labels)}${item.veto ? say(items.veto) : ''}`;
        if (item.note !== null) {
          const note = localizeMessage(item.note, locale);
          let index = notes.indexOf(note);
          if (index === -1) index = notes.push(note) - 1;
          name += ` [${index + 1}]`;
        }
        return row([
          integerCell(item.number, locale),
          textCell(name),
          textCell(say(labels.itemStatus[item.status] ?? labels.itemStatus.not_supplied!), itemStatusOf(item)),
          itemValue(builder, item),
          textCell(itemThreshold(builder, item)),
          textCell(item.shortfall === null ? '' : localizeMessage(item.shortfall.description, locale)),
          textCell(item.evidence?.note == null ? '' : builder.name(item.evidence.note)),
        ]);
      });
    const partLabel = labels.parts[part];
    return tableOf(
      builder,
      `items-${part}`,
      partLabel === undefined ? part : say(partLabel),
      columns,
      rows,
      notes.map((note, index) => `[${index + 1}] ${note}`),
    );
  });
  const failing = evaluation.items.flatMap((item) =>
    item.failingSchools.map((school) =>
      row([
        integerCell(item.number, locale),
        textCell(say(item.labels)),
        textCell(builder.name(school.name)),
        textCell(localizeMessage(school.reason, locale), 'failed'),
      ]),
    ),
  );
  if (failing.length > 0) {
    tables.push(
      tableOf(
        builder,
        'items-failing-schools',
        say(items.failingCaption),
        [
          columnOf('number', say(items.number), 'number'),
          columnOf('item', say(items.item)),
          columnOf('school', say(items.school), 'text', { rowHeader: true }),
          columnOf('reason', say(items.reason)),
        ],
        failing,
      ),
    );
  }
  return { id: 'items', title: say(labels.sections.items), tables };
}

function shortfallText(builder: Builder, school: SchoolEvaluation): string {
  return school.indicators
    .filter((check) => check.shortfall !== null)
    .map((check) => {
      const shortfall = check.shortfall!;
      const decimals = decimalsOf(shortfall.amount) === 0 ? 0 : 2;
      return `${builder.say(shortfall.labels)} ${decimalText(shortfall.amount, decimals, builder.locale, 'up')}`;
    })
    .join(builder.say(labels.clauses));
}

function schoolsSection(builder: Builder): TableSection | null {
  const { evaluation, locale, say } = builder;
  const resources = evaluation.resources;
  if (resources === null || resources.schools.length === 0) return null;
  const { schools: text } = labels;
  const tables: Table[] = [];
  for (const stage of stages) {
    const schools = resources.schools.filter((school) => school.stage === stage);
    const first = schools[0];
    if (first === undefined) continue;
    const indicators = first.indicators.map((check) => check.indicator);
    const standards = indicators.map(
      (indicator) =>
        schools
          .flatMap((school) => school.indicators)
          .find((check) => check.indicator === indicator && check.standard !== null)?.standard ?? null,
    );
    const judged = standards.some((standard) => standard !== null);
    const ruled = schools.some((school) => school.passed !== null);
    const columns: TableColumn[] = [
      columnOf('school', say(text.school), 'text', { rowHeader: true }),
      columnOf('students', say(text.students), 'number', { unit: say(text.studentsUnit) }),
      ...indicators.map((indicator) =>
        columnOf(indicator, formatIndicatorLabel(indicator, { locale }), 'number', {
          unit: indicatorUnitLabel(indicator, locale),
        }),
      ),
      ...(judged
        ? [
            columnOf('at-standard', say(text.atStandard), 'number', {
              unit: say(text.atStandardUnit, { count: indicators.length }),
            }),
          ]
        : []),
      ...(ruled ? [columnOf('result', say(text.result), 'status')] : []),
      ...(judged ? [columnOf('shortfall', say(text.shortfall))] : []),
    ];
    const rows: TableRow[] = [];
    if (judged) {
      rows.push(
        row(
          [
            textCell(say(text.standard)),
            textCell(''),
            ...standards.map((standard) =>
              standard === null
                ? textCell('')
                : numberCellOf({
                    value: standard,
                    decimals: decimalsOf(standard),
                    locale,
                    text: `≥ ${decimalText(standard, decimalsOf(standard), locale)}`,
                  }),
            ),
            textCell(''),
            ...(ruled ? [textCell('')] : []),
            textCell(''),
          ],
          true,
        ),
      );
    }
    for (const school of schools) {
      const values = indicators.map((indicator) => {
        const check = school.indicators.find((entry) => entry.indicator === indicator);
        if (check === undefined) return emptyCell();
        const decimals = indicatorDecimals(indicator);
        const shown = decimalText(check.value, decimals, locale);
        return numberCellOf({
          value: check.value,
          decimals,
          locale,
          text: check.passed === false ? `${shown} ✗` : shown,
          status: check.passed === false ? 'failed' : null,
        });
      });
      rows.push(
        row([
          textCell(builder.name(school.name)),
          integerCell(school.students, locale),
          ...values,
          ...(judged ? [integerCell(school.atStandard, locale)] : []),
          ...(ruled ? [passText(builder, school.passed)] : []),
          ...(judged ? [textCell(shortfallText(builder, school))] : []),
        ]),
      );
    }
    const stageLabel = labels.stages[stage]!;
    tables.push(
      tableOf(
        builder,
        `schools-${stage}`,
        say(text.caption, { stage: say(stageLabel) }),
        columns,
        rows,
        judged ? [say(text.markNote)] : [],
      ),
    );
  }
  return { id: 'schools', title: say(labels.sections.schools), tables };
}

function coefficientsSection(builder: Builder): TableSection | null {
  const { evaluation, locale, say } = builder;
  const resources = evaluation.resources;
  if (resources === null || resources.coefficients.length === 0) return null;
  const { coefficients: text } = labels;
  const tables: Table[] = [];
  for (const stage of stages) {
    const checks = resources.coefficients.filter((check) => check.stage === stage);
    const composite = resources.composites.find((entry) => entry.stage === stage);
    if (checks.length === 0) continue;
    const columns = [
      columnOf('indicator', say(text.indicator), 'text', { rowHeader: true }),
      columnOf('unit', say(text.unit)),
      columnOf('mean', say(text.mean), 'value'),
      columnOf('coefficient', say(text.coefficient), 'number'),
      columnOf('threshold', say(text.threshold)),
      columnOf('result', say(text.result), 'status'),
      columnOf('schools', say(text.schools), 'number'),
      columnOf('contributors', say(text.contributors)),
    ];
    const rows = checks.map((check) => {
      const decimals = indicatorDecimals(check.indicator);
      const contributors = check.topContributors
        .map((contributor) =>
          contributor.varianceShare === null
            ? builder.name(contributor.name)
            : `${builder.name(contributor.name)} ${decimalText(
                // the share of the variance, printed in percent
                `${contributor.varianceShare}e2`,
                1,
                locale,
              )}%`,
        )
        .join(say(labels.list));
      return row([
        textCell(formatIndicatorLabel(check.indicator, { locale })),
        textCell(indicatorUnitLabel(check.indicator, locale) ?? ''),
        check.mean === null ? emptyCell() : numberCellOf({ value: check.mean, decimals, locale }),
        check.coefficient === null ? emptyCell() : numberCellOf({ value: check.coefficient, decimals: 3, locale }),
        textCell(check.threshold === null ? '' : `≤ ${thresholdNumber(check.threshold, locale)}`),
        check.threshold === null ? textCell('') : passText(builder, check.passed),
        integerCell(check.schoolCount, locale),
        textCell(contributors),
      ]);
    });
    if (composite !== undefined) {
      rows.push(
        row(
          [
            textCell(say(text.composite)),
            textCell(''),
            textCell(''),
            composite.coefficient === null
              ? emptyCell()
              : numberCellOf({ value: composite.coefficient, decimals: 3, locale }),
            textCell(`≤ ${thresholdNumber(composite.threshold, locale)}`),
            passText(builder, composite.passed),
            textCell(''),
            textCell(''),
          ],
          true,
        ),
      );
    }
    tables.push(
      tableOf(
        builder,
        `coefficients-${stage}`,
        say(text.caption, { stage: say(labels.stages[stage]!) }),
        columns,
        rows,
      ),
    );
  }
  return { id: 'coefficients', title: say(labels.sections.coefficients), tables };
}

function exclusionsSection(builder: Builder): TableSection {
  const { evaluation, locale, say } = builder;
  const { exclusions: text } = labels;
  const { scope } = evaluation;
  const reason = (key: string) =>
    labels.exclusionReasons[key] === undefined ? key : say(labels.exclusionReasons[key]!);
  const rows = [
    ...scope.excluded.map((school) =>
      row([
        textCell(builder.name(school.name)),
        textCell(say(text.allStages)),
        textCell(reason(school.reason)),
        textCell(localizeMessage(school.message, locale)),
      ]),
    ),
    ...scope.stagesNotEvaluated.map((stage) =>
      row([
        textCell(builder.name(stage.name)),
        textCell(labels.stages[stage.stage] === undefined ? stage.stage : say(labels.stages[stage.stage]!)),
        textCell(reason(stage.reason)),
        textCell(localizeMessage(stage.message, locale)),
      ]),
    ),
  ];
  const options = scope.options;
  const inOut = (included: boolean) => say(included ? text.in : text.out);
  const notes = [
    say(text.given, { given: scope.schoolsGiven, evaluated: scope.schoolsEvaluated }),
    say(text.scope, {
      special: inOut(!options.excludeSpecialEducation),
      vocational: inOut(!options.excludeVocational),
      minimum: options.teachingPointMinimumStudents,
      private: inOut(options.includePrivate),
    }),
    ...(rows.length === 0 ? [say(text.none)] : []),
  ];
  return {
    id: 'exclusions',
    title: say(labels.sections.exclusions),
    tables: [
      tableOf(
        builder,
        'exclusions',
        say(text.caption),
        [
          columnOf('school', say(text.school), 'text', { rowHeader: true }),
          columnOf('stage', say(text.stage)),
          columnOf('reason', say(text.reason)),
          columnOf('detail', say(text.detail)),
        ],
        rows,
        notes,
      ),
    ],
  };
}

/**
 * The tables of a regime evaluation, one section per sheet or chapter:
 *
 * - `verdict`: the regime, the verdict (passed, failed, or incomplete when items were not
 *   supplied), the veto, the schools given and evaluated, and every failure — veto items first,
 *   then items, schools and coefficients — with its message;
 * - `items`: one table per part (政府保障程度, 教育质量, 社会认可度…): each item's number, name
 *   (veto items marked), status, value as published, threshold and shortfall, the county's note
 *   on evidence items; notes shared by items printed once under the table; then the schools that
 *   fail the checks made on the school table, with the reason;
 * - `schools`: one table per stage, schools × resource indicators: the standards row, each
 *   school's value (✗ and red below standard), how many indicators reach their standard, the
 *   school rule's result, and the shortfall in teachers, m², yuan or classrooms (rounded up);
 * - `coefficients`: one table per stage: each indicator's county mean, coefficient of variation,
 *   threshold and result, and the schools that pull it up most with their share of the variance;
 *   the composite (2012) closes the table;
 * - `exclusions`: the schools and stages left out, with the reason, and the scope applied.
 *
 * Sections with nothing to show (no resource part in the preschool regime) are left out. Every
 * header and label is in `options.locale`; the engine's messages are in Chinese (Traditional
 * characters for zh-TW) or English.
 *
 * @param evaluation - What `evaluateRegime` of @edukpi/standards returned.
 * @param options - Locale and the sections to build.
 * @returns The sections, ready for `toXlsx` (a sheet each), `toMarkdown` or `toHtml`.
 * @throws {InvalidOptionError} when an option is unknown or malformed.
 *
 * @example
 * ```ts
 * const evaluation = evaluateRegime(qualityBalance2017, { schools, items });
 * const sections = evaluationTables(evaluation, { locale: 'zh-CN' });
 * sections.map((section) => section.title);
 * // ['评估结论', '评估项目', '学校达标情况', '校际差异系数', '未参评学校']
 * await toXlsx(sections, { file: 'evaluation.xlsx' });
 * ```
 */
export function evaluationTables(evaluation: RegimeEvaluation, options: EvaluationTablesOptions = {}): TableSection[] {
  checkOptions(options, { locale: locales, sections: 'array' });
  if (typeof evaluation !== 'object' || evaluation === null || !('verdict' in evaluation) || !('scope' in evaluation)) {
    failCheck(
      {},
      ['evaluation'],
      'evaluation 应为 evaluateRegime 的返回值',
      'evaluation must be what evaluateRegime returned.',
    );
  }
  const { locale = 'zh-CN', sections = sectionIds } = options;
  sections.forEach((section, index) => {
    if (!sectionIds.includes(section)) {
      failCheck(
        {},
        ['options', 'sections', index],
        `未知的分节「${section}」;可用:${sectionIds.join('、')}`,
        `Unknown section "${section}"; known sections: ${sectionIds.join(', ')}.`,
      );
    }
  });
  const builder: Builder = {
    evaluation,
    locale,
    say: (text, values) => localize(text, locale, values),
    name: (text) => localizeName(text, locale),
  };
  const build: { readonly [Id in EvaluationSectionId]: () => TableSection | null } = {
    verdict: () => verdictSection(builder),
    items: () => itemsSection(builder),
    schools: () => schoolsSection(builder),
    coefficients: () => coefficientsSection(builder),
    exclusions: () => exclusionsSection(builder),
  };
  return sections.map((section) => build[section]()).filter((section): section is TableSection => section !== null);
}
