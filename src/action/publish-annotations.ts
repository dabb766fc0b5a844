import * as core from '@actions/core';
import type { Report } from '../core/types.js';

/** GitHub shows at most 10 error and 10 warning annotations per step; more are dropped unseen. */
export const MAX_ANNOTATIONS = 10;

/** Globs quoted in one annotation; the job summary has the full list. */
const MAX_GLOBS = 4;

interface Annotation {
  readonly message: string;
  readonly properties: core.AnnotationProperties;
}

const listGlobs = (globs: readonly string[]): string =>
  globs.length > MAX_GLOBS ? `${globs.slice(0, MAX_GLOBS).join(', ')} (or ${globs.length - MAX_GLOBS} more)` : globs.join(', ');

const annotationsOf = (report: Report): Annotation[] => {
  const problems = report.configProblems.map((problem) => ({
    message: problem.message,
    properties: {
      title: 'Invalid ml-docs-guard config',
      file: problem.file,
      ...(problem.line === undefined ? {} : { startLine: problem.line }),
      ...(problem.column === undefined ? {} : { startColumn: problem.column }),
    },
  }));
  const missing = report.missing.flatMap((doc) => {
    if (doc.area === 'changelog') {
      return [
        {
          message: `No changelog entry: add one to ${listGlobs(doc.expected)}. The generated entry is in the job summary.`,
          properties: { title: 'Changelog entry missing' },
        },
      ];
    }
    const files = report.areas.find((area) => area.name === doc.area)?.files ?? [];
    return files.map((file) => ({
      message: `This file changes the ${doc.area} area, but its documentation was not updated: update ${listGlobs(doc.expected)}.`,
      properties: { title: `Documentation missing: ${doc.area}`, file },
    }));
  });
  return [...problems, ...missing];
};

/**
 * Annotates the files behind each missing requirement (and config problems at their line):
 * errors when the verdict fails, warnings otherwise. Bounded to what GitHub displays; the rest
 * is counted in the log.
 */
export function publishAnnotations(report: Report): void {
  const annotations = annotationsOf(report);
  const annotate = report.verdict === 'fail' ? core.error : core.warning;
  for (const { message, properties } of annotations.slice(0, MAX_ANNOTATIONS)) annotate(message, properties);
  if (annotations.length > MAX_ANNOTATIONS) {
    core.info(`${annotations.length - MAX_ANNOTATIONS} more annotations not shown; the job summary lists every file.`);
  }
}
