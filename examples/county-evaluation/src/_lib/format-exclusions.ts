import type { RegimeEvaluation, SchoolRecord } from '@edukpi/standards';
import { formatTable } from './format-table';
import { bilingual, exclusionNames, stageNames } from './report-labels';

/**
 * Everything left out of the evaluation, each with the reason: the scope options applied, the
 * schools out of scope (special-education schools, small teaching points, private schools if the
 * options leave them out), stages without students, and the senior stages of 完全中学 and
 * 十二年一贯制 schools, which the resource part of a compulsory-education regime does not compare
 * (the engine drops them without listing them, so the report lists them from the school table).
 *
 * @param evaluation - An evaluation by `evaluateRegime`.
 * @param schools - The school table the evaluation was run on.
 * @returns The section's lines.
 *
 * @example
 * ```ts
 * formatExclusions(evaluation, schools)[1];
 * // '不参加评估 Excluded: 60 所学校中 58 所参加 58 of 60 schools evaluated; 口径 scope: …'
 * ```
 */
export function formatExclusions(evaluation: RegimeEvaluation, schools: readonly SchoolRecord[]): string[] {
  const { scope } = evaluation;
  const options = scope.options;
  const lines = [
    '',
    `不参加评估 Excluded: ${scope.schoolsGiven} 所学校中 ${scope.schoolsEvaluated} 所参加 ${scope.schoolsEvaluated} of ${scope.schoolsGiven} schools evaluated`,
    `   口径 scope: 特殊教育学校${options.excludeSpecialEducation ? '不计' : '计入'} special education ${options.excludeSpecialEducation ? 'out' : 'in'}; 职业学校${options.excludeVocational ? '不计' : '计入'} vocational ${options.excludeVocational ? 'out' : 'in'}; 教学点少于 ${options.teachingPointMinimumStudents} 人不计 teaching points under ${options.teachingPointMinimumStudents} out; 民办学校${options.includePrivate ? '计入' : '不计'} private schools ${options.includePrivate ? 'in' : 'out'}`,
  ];
  const evaluated = new Set(
    schools.map((school) => school.id).filter((id) => !scope.excluded.some((excluded) => excluded.schoolId === id)),
  );
  const rows = [
    ...scope.excluded.map((school) => [
      school.name,
      bilingual(exclusionNames[school.reason]),
      `${school.message.zh} / ${school.message.en}`,
    ]),
    ...scope.stagesWithoutStudents.map((stage) => [
      stage.name,
      `${stage.stage} 学段无学生 no students`,
      '该学段在校生为 0,不计算生均值 / no students in the stage, so no per-student value',
    ]),
    ...schools
      .filter((school) => evaluated.has(school.id) && school.senior !== undefined)
      .map((school) => [
        school.name,
        `${bilingual(stageNames.senior)} ${school.senior?.students ?? 0} 人`,
        '高中学段不参加义务教育资源配置评估,资源按加权学生数拆分后不计 / the senior stage is outside compulsory education: its weighted share of the resources is split off and not compared',
      ]),
  ];
  lines.push(...formatTable(rows, ['left', 'left', 'left']));
  return lines;
}
