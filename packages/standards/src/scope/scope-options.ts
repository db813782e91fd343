import { checkOptionRecord, InvalidOptionError } from '@edukpi/core';

/**
 * Which schools a regime evaluates. Every rule is an explicit option and the evaluation reports
 * the options it applied and each school it left out, with the reason.
 */
export interface ScopeOptions {
  /** Leave out special-education schools (特殊教育学校). Default `true` (2017 regime). */
  readonly excludeSpecialEducation?: boolean;
  /** Leave out vocational schools. Default `true`. */
  readonly excludeVocational?: boolean;
  /** Leave out teaching points (教学点) with fewer students than this. Default 50 (2017); 0 keeps all. */
  readonly teachingPointMinimumStudents?: number;
  /**
   * Include private (民办) schools. The sources do not settle it: default `true`, reported in the
   * evaluation's scope so a reader sees which reading was used.
   */
  readonly includePrivate?: boolean;
}

/** The scope options with every default filled in. */
export type ResolvedScopeOptions = Required<ScopeOptions>;

/** The 2017 defaults of {@link ScopeOptions}. */
export const defaultScopeOptions: ResolvedScopeOptions = {
  excludeSpecialEducation: true,
  excludeVocational: true,
  teachingPointMinimumStudents: 50,
  includePrivate: true,
};

/**
 * Scope options with the defaults filled in, checked: an unknown rule (a typo such as
 * `includePrivat`), a flag that is not a boolean or a minimum that is not a whole number ≥ 0 is
 * refused with a bilingual {@link InvalidOptionError} rather than silently ignored.
 *
 * @param options - The scope options as given (`undefined`: the defaults).
 * @returns Every rule, defaults filled in.
 * @throws {InvalidOptionError} for an unknown or malformed rule.
 *
 * @example
 * ```ts
 * resolveScopeOptions({ includePrivate: false }).teachingPointMinimumStudents; // 50
 * resolveScopeOptions({ includePrivat: false }); // throws: unknown option includePrivat
 * ```
 */
export function resolveScopeOptions(options: ScopeOptions | undefined): ResolvedScopeOptions {
  const names = Object.keys(defaultScopeOptions);
  const given = checkOptionRecord(options ?? {}, names);
  for (const [name, value] of Object.entries(given)) {
    if (value === undefined) continue;
    const valid =
      name === 'teachingPointMinimumStudents'
        ? Number.isSafeInteger(value) && (value as number) >= 0
        : typeof value === 'boolean';
    if (!valid) {
      throw new InvalidOptionError({
        path: ['options', 'scope', name],
        messageZh:
          name === 'teachingPointMinimumStudents'
            ? `scope.${name} 应为非负整数,收到 ${String(value)}`
            : `scope.${name} 应为 true 或 false,收到 ${String(value)}`,
        messageEn:
          name === 'teachingPointMinimumStudents'
            ? `scope.${name} must be a whole number ≥ 0 (got ${String(value)}).`
            : `scope.${name} must be true or false (got ${String(value)}).`,
      });
    }
  }
  const resolved: Record<string, unknown> = { ...defaultScopeOptions };
  for (const [name, value] of Object.entries(given)) if (value !== undefined) resolved[name] = value;
  return resolved as unknown as ResolvedScopeOptions;
}
