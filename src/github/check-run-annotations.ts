import type { AreaReport, MissingDoc, Report } from '../core/types.js';

/** The levels GitHub's check-run annotations take. */
export const ANNOTATION_LEVELS = ['notice', 'warning', 'failure'] as const;
export type AnnotationLevel = (typeof ANNOTATION_LEVELS)[number];

/** One check-run annotation, in the REST API's shape. */
export interface CheckRunAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly annotation_level: AnnotationLevel;
  readonly title: string;
  readonly message: string;
}

/** Globs quoted in one annotation; the summary lists them all. */
const MAX_GLOBS = 4;

/** A file without a known line is annotated on its first line, as GitHub requires a line. */
const FIRST_LINE = 1;

const listGlobs = (globs: readonly string[]): string =>
  globs.length > MAX_GLOBS ? `${globs.slice(0, MAX_GLOBS).join(', ')} (or ${globs.length - MAX_GLOBS} more)` : globs.join(', ');

const annotateArea = (area: AreaReport, doc: MissingDoc, level: AnnotationLevel): CheckRunAnnotation[] =>
  area.files.map((file) => {
    const change = area.changes.find((candidate) => candidate.file === file && candidate.line !== undefined);
    const line = change?.line ?? FIRST_LINE;
    const what = change === undefined ? '' : ` (${change.summary})`;
    return {
      path: file,
      start_line: line,
      end_line: line,
      annotation_level: level,
      title: `Documentation missing: ${doc.area}`,
      message: `This file changes the ${doc.area} area${what}, but its documentation was not updated: update ${listGlobs(doc.expected)}.`,
    };
  });

/**
 * The check run's annotations: each file behind a missing requirement, at its first changed line
 * when the inspection found one (a `failure` when the verdict fails, a `warning` otherwise), and
 * each problem of the repository's own config file at its line. A missing changelog entry has no
 * file to point at; the summary carries it. Problems of a config read from another repository
 * (`owner/repo:path`) are not annotated: annotations can only point into this repository.
 */
export function checkRunAnnotations({ report, configPath }: { report: Report; configPath: string }): CheckRunAnnotation[] {
  const level: AnnotationLevel = report.verdict === 'fail' ? 'failure' : 'warning';
  const config = report.configProblems
    .filter((problem) => problem.file === configPath)
    .map((problem) => ({
      path: problem.file,
      start_line: problem.line ?? FIRST_LINE,
      end_line: problem.line ?? FIRST_LINE,
      annotation_level: 'failure' as const,
      title: 'Invalid ml-docs-guard config',
      message: problem.message,
    }));
  const missing = report.missing.flatMap((doc) => {
    const area = report.areas.find((candidate) => candidate.name === doc.area);
    return area === undefined ? [] : annotateArea(area, doc, level);
  });
  return [...config, ...missing];
}
