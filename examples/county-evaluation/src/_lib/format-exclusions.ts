import { alignColumns } from '@edukpi/format-table';
import type { RegimeEvaluation, SchoolRecord } from '@edukpi/standards';
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
  const rows = [
    ...scope.excluded.map((school) => [
      school.name,
      bilingual(exclusionNames[school.reason]),
      `${school.message.zh} / ${school.message.en}`,
    ]),
    ...scope.stagesNotEvaluated.map((stage) => [
      stage.name,
      stage.reason === 'senior_stage'
        ? `${bilingual(stageNames.senior)} ${schools.find((school) => stage.id === `${school.id}#senior`)?.senior?.students ?? 0} 人`
        : `${stage.stage} 学段无学生 no students`,
      `${stage.message.zh} / ${stage.message.en}`,
    ]),
  ];
  lines.push(...alignColumns(rows, { alignments: ['left', 'left', 'left'], indent: '   ' }));
  return lines;
}
