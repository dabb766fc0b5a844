import * as core from '@actions/core';
import { reportAnnotations } from '../core/report/index.js';
import type { Report } from '../core/types.js';

/** GitHub shows at most 10 error and 10 warning annotations per step; more are dropped unseen. */
export const MAX_ANNOTATIONS = 10;

/**
 * Annotates the files behind each missing requirement (and config problems at their line) as
 * workflow commands: errors when the verdict fails, warnings otherwise. Bounded to what GitHub
 * displays; the rest is counted in the log.
 */
export function publishAnnotations({ report, configPath }: { report: Report; configPath: string }): void {
  const annotations = reportAnnotations({ report, configPath });
  for (const { path, line, column, level, title, message } of annotations.slice(0, MAX_ANNOTATIONS)) {
    const annotate = level === 'failure' ? core.error : core.warning;
    annotate(message, {
      title,
      ...(path === undefined ? {} : { file: path }),
      ...(line === undefined ? {} : { startLine: line }),
      ...(column === undefined ? {} : { startColumn: column }),
    });
  }
  if (annotations.length > MAX_ANNOTATIONS) {
    core.info(`${annotations.length - MAX_ANNOTATIONS} more annotations not shown; the job summary lists every file.`);
  }
}
