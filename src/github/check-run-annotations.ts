import { reportAnnotations } from '../core/report/index.js';
import type { Report } from '../core/types.js';

/** One check-run annotation, in the REST API's shape. */
export interface CheckRunAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly annotation_level: 'notice' | 'warning' | 'failure';
  readonly title: string;
  readonly message: string;
}

/** A file without a known line is annotated on its first line, as GitHub requires a line. */
const FIRST_LINE = 1;

/**
 * The report's annotations in the check-runs API's shape. Those without a file (the missing
 * changelog entry) are left to the check's summary: a check-run annotation needs a path.
 */
export function checkRunAnnotations({ report, configPath }: { report: Report; configPath: string }): CheckRunAnnotation[] {
  return reportAnnotations({ report, configPath }).flatMap((annotation) =>
    annotation.path === undefined
      ? []
      : [
          {
            path: annotation.path,
            start_line: annotation.line ?? FIRST_LINE,
            end_line: annotation.line ?? FIRST_LINE,
            annotation_level: annotation.level,
            title: annotation.title,
            message: annotation.message,
          },
        ],
  );
}
