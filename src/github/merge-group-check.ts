import type { Octokit } from '@octokit/core';
import { codeSpan } from '../core/report/escape/code-span.js';
import type { CheckOutput } from '../core/report/render-check-output.js';
import { CHECK_NAME, createCheckRun } from './publish-check-run.js';
import type { PullRequestTarget } from './pull-request-target.js';

/**
 * The output of the check on a merge queue's group commit. Documentation is required of each pull
 * request, and a queue takes in only pull requests whose required checks passed: the group has
 * nothing new to judge, and the check must still report, or the queue waits for it until it times
 * out.
 */
export function mergeGroupCheckOutput({ baseRef }: { baseRef: string }): CheckOutput {
  const branch = baseRef.replace(/^refs\/heads\//, '');
  return {
    title: 'Checked on each pull request',
    summary:
      `This commit is a merge queue group for ${codeSpan(branch)}. ML Docs Guard judged each of its pull requests ` +
      'before it could join the queue, and documentation is required of pull requests, so the group passes ' +
      'without being judged again.',
  };
}

/**
 * Reports the `ML Docs Guard` check on a merge group's commit, completed and successful, in one
 * request (see `mergeGroupCheckOutput` for why).
 */
export async function completeMergeGroupCheck({
  octokit,
  repository,
  headSha,
  baseRef,
}: {
  octokit: Octokit;
  repository: Pick<PullRequestTarget, 'owner' | 'repo'>;
  headSha: string;
  baseRef: string;
}): Promise<void> {
  await createCheckRun({
    octokit,
    repository,
    headSha,
    action: `report the ${CHECK_NAME} check on the merge group ${headSha}`,
    run: {
      status: 'completed',
      conclusion: 'success',
      completed_at: new Date().toISOString(),
      output: mergeGroupCheckOutput({ baseRef }),
    },
  });
}
