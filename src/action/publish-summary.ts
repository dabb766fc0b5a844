import * as core from '@actions/core';

/**
 * Writes the report to the job summary. A runner without `GITHUB_STEP_SUMMARY` (old or
 * self-hosted ones) loses only the summary: the run goes on with a warning.
 */
export async function publishSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }
}
