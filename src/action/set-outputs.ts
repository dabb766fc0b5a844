import * as core from '@actions/core';
import { toJsonReport } from '../core/report/index.js';
import type { Report } from '../core/types.js';

/** The step outputs, in the stable JSON shapes of the public report. */
export function setOutputs(report: Report): void {
  const json = toJsonReport(report);
  core.setOutput('verdict', json.verdict);
  core.setOutput('areas', JSON.stringify(json.areas));
  core.setOutput('missing-docs', JSON.stringify(json.missing));
  core.setOutput('changelog-entry', json.changelog.entry);
}

/** Outputs of a run that checked nothing (not a pull request event). */
export function setSkippedOutputs(): void {
  core.setOutput('verdict', 'skipped');
  core.setOutput('areas', '[]');
  core.setOutput('missing-docs', '[]');
  core.setOutput('changelog-entry', '');
}
