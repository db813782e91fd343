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
