import type { Octokit } from '@octokit/core';
import type { CheckConclusion, CheckOutput } from '../core/report/index.js';
import type { CheckRunAnnotation } from './check-run-annotations.js';
import { withCallContext } from './github-call-error.js';
import { SILENT_LOG, type GitHubLog } from './github-log.js';
import type { PullRequestTarget } from './pull-request-target.js';

/** The check's name, as branch protection rules require it (DESIGN's public contract). */
export const CHECK_NAME = 'ML Docs Guard';

/** GitHub takes at most this many annotations per check-run request; more need more updates. */
export const ANNOTATIONS_PER_REQUEST = 50;

/**
 * Annotations published per check run at most: ten update requests. A pull request touching
 * thousands of data files would otherwise cost a request per 50 of them; the summary lists them all.
 */
export const MAX_ANNOTATIONS = 500;

type Repository = Pick<PullRequestTarget, 'owner' | 'repo'>;

/** A check run created on a commit, to be completed later. */
export interface StartedCheckRun {
  readonly id: number;
  readonly headSha: string;
}

/** What a new check run starts as: in progress, or already completed with its output. */
export type NewCheckRun =
  | { readonly status: 'in_progress'; readonly started_at: string; readonly external_id?: string }
  | {
      readonly status: 'completed';
      readonly conclusion: CheckConclusion;
      readonly completed_at: string;
      readonly output: CheckOutput;
    };

/**
 * Creates the `ML Docs Guard` check run on `headSha` as `run` describes it; `action` says what
 * for in an error. Returns the run's id.
 */
export async function createCheckRun({
  octokit,
  repository,
  headSha,
  run,
  action,
}: {
  octokit: Octokit;
  repository: Repository;
  headSha: string;
  run: NewCheckRun;
  action: string;
}): Promise<number> {
  const { owner, repo } = repository;
  const { data } = await withCallContext({
    action,
    call: `POST /repos/${owner}/${repo}/check-runs`,
    run: () =>
      octokit.request('POST /repos/{owner}/{repo}/check-runs', { owner, repo, name: CHECK_NAME, head_sha: headSha, ...run }),
  });
  return Number(data.id);
}

/**
 * Creates the `ML Docs Guard` check run on `headSha`, `in_progress`, so the pull request shows the
 * check is running (and a required check is pending) while it is judged. `externalId` (the pull
 * request number) lets a re-run find the pull request when GitHub's payload does not list it.
 */
export async function startCheckRun({
  octokit,
  repository,
  headSha,
  externalId,
}: {
  octokit: Octokit;
  repository: Repository;
  headSha: string;
  externalId?: string;
}): Promise<StartedCheckRun> {
  const run: NewCheckRun = {
    status: 'in_progress',
    started_at: new Date().toISOString(),
    ...(externalId === undefined ? {} : { external_id: externalId }),
  };
  const id = await createCheckRun({
    octokit,
    repository,
    headSha,
    run,
    action: `start the ${CHECK_NAME} check run on ${headSha}`,
  });
  return { id, headSha };
}

const batchesOf = <T>(items: readonly T[], size: number): T[][] => {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
};

/**
 * Completes the check run with its conclusion and output. Annotations go 50 per request: every
 * batch but the last is added while the run is still in progress, and the last comes with the
 * conclusion, so a completed run always has all of them. Past `MAX_ANNOTATIONS` the rest are
 * left out (logged); the summary still lists every file. Returns the number of requests sent.
 */
export async function completeCheckRun({
  octokit,
  repository,
  checkRun,
  conclusion,
  output,
  annotations = [],
  log = SILENT_LOG,
}: {
  octokit: Octokit;
  repository: Repository;
  checkRun: StartedCheckRun;
  conclusion: CheckConclusion;
  output: CheckOutput;
  annotations?: readonly CheckRunAnnotation[];
  log?: GitHubLog;
}): Promise<number> {
  const { owner, repo } = repository;
  if (annotations.length > MAX_ANNOTATIONS) {
    const left = annotations.length - MAX_ANNOTATIONS;
    log.warning(`${left} annotations left out (at most ${MAX_ANNOTATIONS} per check run); the summary lists every file.`);
  }
  const batches = batchesOf(annotations.slice(0, MAX_ANNOTATIONS), ANNOTATIONS_PER_REQUEST);
  const last = batches.pop() ?? [];
  const update = (fields: Record<string, unknown>, batch: readonly CheckRunAnnotation[]) =>
    withCallContext({
      action: `update the ${CHECK_NAME} check run ${checkRun.id} on ${checkRun.headSha}`,
      call: `PATCH /repos/${owner}/${repo}/check-runs/${checkRun.id}`,
      run: () =>
        octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
          owner,
          repo,
          check_run_id: checkRun.id,
          ...fields,
          // GitHub requires the title and summary with every output, annotations or not.
          output: { ...output, ...(batch.length === 0 ? {} : { annotations: [...batch] }) },
        }),
    });
  for (const batch of batches) await update({}, batch);
  await update({ status: 'completed', conclusion, completed_at: new Date().toISOString() }, last);
  return batches.length + 1;
}
