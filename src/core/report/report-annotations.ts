import type { AreaReport, MissingDoc, Report } from '../types.js';

/** How serious an annotation is: a failing verdict blocks, anything else only informs. */
export const ANNOTATION_LEVELS = ['failure', 'warning'] as const;
export type AnnotationLevel = (typeof ANNOTATION_LEVELS)[number];

/**
 * One remark pinned to a file of the pull request (or, without `path`, to the run as a whole).
 * The Action turns it into a workflow command, the App into a check-run annotation.
 */
export interface ReportAnnotation {
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;
  readonly level: AnnotationLevel;
  readonly title: string;
  readonly message: string;
}

/** Globs quoted in one annotation; the summary lists them all. */
const MAX_GLOBS = 4;

const listGlobs = (globs: readonly string[]): string =>
  globs.length > MAX_GLOBS ? `${globs.slice(0, MAX_GLOBS).join(', ')} (or ${globs.length - MAX_GLOBS} more)` : globs.join(', ');

const annotateArea = (area: AreaReport, doc: MissingDoc, level: AnnotationLevel): ReportAnnotation[] =>
  area.files.map((file) => {
    const change = area.changes.find((candidate) => candidate.file === file && candidate.line !== undefined);
    const what = change === undefined ? '' : ` (${change.summary})`;
    return {
      path: file,
      ...(change?.line === undefined ? {} : { line: change.line }),
      level,
      title: `Documentation missing: ${doc.area}`,
      message: `This file changes the ${doc.area} area${what}, but its documentation was not updated: update ${listGlobs(doc.expected)}.`,
    };
  });

/**
 * The report's annotations: each problem of the repository's own config file at its line, each
 * file behind a missing requirement at its first changed line when the inspection found one, and
 * the missing changelog entry (no file to point at). Levels follow the verdict: `failure` when it
 * fails, `warning` otherwise. Problems of a config read from another repository (`_extends`, the
 * organisation's) are left to the summary: annotations can only point into this repository.
 */
export function reportAnnotations({ report, configPath }: { report: Report; configPath: string }): ReportAnnotation[] {
  const level: AnnotationLevel = report.verdict === 'fail' ? 'failure' : 'warning';
  const config = report.configProblems
    .filter((problem) => problem.file === configPath)
    .map(
      (problem): ReportAnnotation => ({
        path: problem.file,
        ...(problem.line === undefined ? {} : { line: problem.line }),
        ...(problem.column === undefined ? {} : { column: problem.column }),
        level: 'failure',
        title: 'Invalid ml-docs-guard config',
        message: problem.message,
      }),
    );
  const missing = report.missing.flatMap((doc): ReportAnnotation[] => {
    if (doc.area === 'changelog') {
      const message = `No changelog entry: add one to ${listGlobs(doc.expected)}. The generated entry is in the report.`;
      return [{ level, title: 'Changelog entry missing', message }];
    }
    const area = report.areas.find((candidate) => candidate.name === doc.area);
    return area === undefined ? [] : annotateArea(area, doc, level);
  });
  return [...config, ...missing];
}
