import { completeMergeGroupCheck } from '../github/merge-group-check.js';
import type { AppContext } from './app-context.js';
import { readMergeGroup } from './read-merge-group.js';

/**
 * `merge_group.checks_requested`: a merge queue asks for the required checks on its group
 * commit. The pull requests in it were judged before they could join, so the check reports
 * success at once; without a report the queue would wait for it until it times out.
 */
export async function handleMergeGroup(context: AppContext): Promise<void> {
  const request = readMergeGroup(context.payload);
  await completeMergeGroupCheck({
    octokit: context.octokit,
    repository: request,
    headSha: request.headSha,
    baseRef: request.baseRef,
  });
  context.log.info(`Merge group ${request.headSha} of ${request.owner}/${request.repo}: check reported as passed.`);
}
