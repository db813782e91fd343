import { checkWithSchema, getIndicatorDefinition, type InputIssue, InvalidInputError } from '@edukpi/core';
import type { Regime } from '../regimes/regime';
import { isClearlyValidSchool } from '../school/_lib/is-clearly-valid-school';
import { schoolFieldNames } from '../school/school-field-names';
import { type SchoolRecord, schoolRecordSchema } from '../school/school-record';
import { applyScope } from '../scope/apply-scope';
import type { ScopeOptions } from '../scope/scope-options';
import { splitSchoolLazily } from '../split/_lib/split-school-lazily';
import type { StageSchool } from '../split/stage-school';
import { evaluationSubject } from './_lib/evaluation-subject';
import { evaluateItems } from './evaluate-items';
import { evaluateResources } from './evaluate-resources';
import type { Failure, RegimeEvaluation } from './evaluation';

/** What a county hands over to {@link evaluateRegime}. */
export interface CountyEvaluationInput {
  /** The school table the county files with the statistics system. */
  readonly schools: readonly SchoolRecord[];
  /**
   * The county-level inputs of the items, by item id: an indicator's inputs
   * (`teacher_rotation: { rotated, eligible }`), a ratio's two terms, `{ value }`, or for evidence
   * items `{ met, note }`. Items left out are reported as not supplied.
   */
  readonly items?: Readonly<Record<string, unknown>>;
}

/** Options of {@link evaluateRegime}. */
export interface EvaluateRegimeOptions {
  /** Scope rules over the regime's own (each one reported in the result). */
  readonly scope?: ScopeOptions;
}

/**
 * Evaluates a county against a regime: the flagship job. Schools are validated (every problem
 * reported, in both languages), scoped (special-education and vocational schools, small teaching
 * points, optionally private schools left out, each with the reason), split (九年一贯制,
 * 十二年一贯制 and 完全中学 by weighted students, exactly), then:
 *
 * - part 1: each school's resource indicators against the stage standards, with the shortfall in
 *   teachers, m², yuan or classrooms, and the school rule (2017: 6 of 7 at standard, the last at
 *   least 85%); each indicator's enrolment-weighted CV per stage against its threshold (2017), or
 *   the mean of the unrounded CVs (2012), with the schools that pull each CV up;
 * - parts 2–4: each item from the county's inputs (indicators computed, evidence reported as
 *   supplied), with the shortfall where one can be stated;
 * - the verdict: veto items first, then every failing item, school and coefficient.
 *
 * @param regime - The regime (e.g. `qualityBalance2017`) or a variant made with `defineRegimeVariant`.
 * @param input - The schools and the county-level item inputs.
 * @param options - Scope overrides.
 * @returns The evaluation; plain data with decimals as exact strings, ready for JSON.
 * @throws {InvalidInputError} when a school record or an item input is malformed.
 *
 * @example
 * ```ts
 * const evaluation = evaluateRegime(qualityBalance2017, { schools, items: { teacher_rotation: { rotated: 120, eligible: 1000 } } });
 * evaluation.verdict.status;        // 'failed'
 * evaluation.verdict.failures[0];   // { kind: 'item', id: 'teacher_rotation', message: { zh: '…', en: '…' } }
 * ```
 */
export function evaluateRegime(
  regime: Regime,
  input: CountyEvaluationInput,
  options: EvaluateRegimeOptions = {},
): RegimeEvaluation {
  const issues: InputIssue[] = [];
  const schools: SchoolRecord[] = [];
  const given = Array.isArray(input.schools) ? input.schools : [];
  if (!Array.isArray(input.schools)) {
    issues.push({
      path: ['schools'],
      messageZh: 'schools 应为学校数组',
      messageEn: 'schools must be an array of schools.',
    });
  }
  given.forEach((school, index) => {
    if (isClearlyValidSchool(school)) {
      schools.push(school);
      return;
    }
    const checked = checkWithSchema(schoolRecordSchema, school, {
      fieldNames: schoolFieldNames,
      path: ['schools', index],
    });
    if (checked.ok) schools.push(school);
    else issues.push(...checked.issues);
  });
  const [firstIssue, ...otherIssues] = issues;
  if (firstIssue !== undefined) {
    throw new InvalidInputError({ issues: [firstIssue, ...otherIssues], subject: evaluationSubject });
  }

  const scoped = applyScope(schools, { ...regime.scope, ...options.scope });
  const stageSchools: StageSchool[] = [];
  const stagesNotEvaluated: RegimeEvaluation['scope']['stagesNotEvaluated'][number][] = [];
  for (const school of scoped.included) {
    for (const stageSchool of splitSchoolLazily(school)) {
      const { id, name, stage } = stageSchool;
      if (stage === 'senior') {
        stagesNotEvaluated.push({
          id,
          name,
          stage,
          reason: 'senior_stage',
          message: {
            zh: '高中学段不参加义务教育资源配置评估',
            en: 'the senior stage is outside a compulsory-education evaluation',
          },
        });
      } else if (stageSchool.students === 0) {
        stagesNotEvaluated.push({
          id,
          name,
          stage,
          reason: 'no_students',
          message: { zh: '该学段没有在校生,不参加比较', en: 'the stage has no students, so it is not compared' },
        });
      } else {
        stageSchools.push(stageSchool);
      }
    }
  }

  const resources = regime.resources === undefined ? null : evaluateResources(regime.resources, stageSchools);
  const items = evaluateItems(regime, input.items ?? {}, scoped.included, resources?.schools);

  const failures: Failure[] = [];
  for (const item of items.filter((entry) => entry.veto && entry.status === 'failed')) {
    failures.push({
      kind: 'veto',
      id: item.id,
      message: { zh: `一票否决:${item.labels['zh-CN']}`, en: `veto: ${item.labels.en}` },
    });
  }
  for (const item of items.filter((entry) => !entry.veto && entry.status === 'failed')) {
    failures.push({
      kind: 'item',
      id: item.id,
      message: {
        zh: `${item.labels['zh-CN']}${item.displayValue === null ? '' : `:${item.displayValue}(应 ${item.comparator} ${item.threshold})`}${item.shortfall === null ? '' : `;${item.shortfall.description.zh}`}`,
        en: `${item.labels.en}${item.displayValue === null ? '' : `: ${item.displayValue} (needs ${item.comparator} ${item.threshold})`}${item.shortfall === null ? '' : `; ${item.shortfall.description.en}`}`,
      },
    });
  }
  if (resources !== null) {
    for (const school of resources.schools.filter((entry) => entry.passed === false)) {
      failures.push({
        kind: 'school',
        id: school.id,
        message: {
          zh: `${school.name}(${school.stage === 'primary' ? '小学' : '初中'}):${school.reasons.map((reason) => reason.zh).join(';')}`,
          en: `${school.name} (${school.stage}): ${school.reasons.map((reason) => reason.en).join('; ')}`,
        },
      });
    }
    for (const check of resources.coefficients.filter((entry) => entry.passed === false)) {
      const pulling = check.topContributors.map((contributor) => contributor.name).join('、');
      failures.push({
        kind: 'coefficient',
        id: `${check.stage}:${check.indicator}`,
        message: {
          zh: `${check.stage === 'primary' ? '小学' : '初中'}${getIndicatorDefinition(check.indicator).labels['zh-CN']}差异系数 ${check.displayCoefficient} 超过 ${check.threshold};拉大差异最多的学校:${pulling}`,
          en: `${check.stage} ${getIndicatorDefinition(check.indicator).labels.en}: CV ${check.displayCoefficient} above ${check.threshold}; schools pulling it up most: ${pulling}`,
        },
      });
    }
    for (const composite of resources.composites.filter((entry) => entry.passed === false)) {
      failures.push({
        kind: 'composite',
        id: composite.stage,
        message: {
          zh: `${composite.stage === 'primary' ? '小学' : '初中'}综合差异系数 ${composite.displayCoefficient} 超过 ${composite.threshold}`,
          en: `${composite.stage} composite CV ${composite.displayCoefficient} above ${composite.threshold}`,
        },
      });
    }
  }
  // Nothing compared (every school out of scope or without students) is no verdict, not a pass.
  const resourcesPassed =
    resources === null || (resources.schools.length === 0 && resources.coefficients.length === 0)
      ? null
      : !resources.schools.some((school) => school.passed === false) &&
        !resources.coefficients.some((check) => check.passed === false) &&
        !resources.composites.some((check) => check.passed === false);
  const notSupplied = items.filter((item) => item.status === 'not_supplied').map((item) => item.id);
  const vetoed = failures.some((failure) => failure.kind === 'veto');
  const status = failures.length > 0 ? 'failed' : notSupplied.length > 0 ? 'incomplete' : 'passed';

  return {
    regime: { id: regime.id, version: regime.version, labels: regime.labels, source: regime.source },
    scope: {
      options: scoped.options,
      schoolsGiven: schools.length,
      schoolsEvaluated: scoped.included.length,
      excluded: scoped.excluded,
      stagesNotEvaluated,
    },
    resources:
      resources === null
        ? null
        : { schoolRule: regime.resources?.schoolRule ?? null, ...resources, passed: resourcesPassed },
    items,
    verdict: { status, passed: status === 'passed', vetoed, failures, notSupplied },
  };
}
