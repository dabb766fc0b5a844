/**
 * `pull_request` actions that can change the verdict: a new head, a reopened pull request, a new
 * title or description (the changelog entry and the skip marker come from them), a skip label, or
 * a draft becoming ready.
 */
export const PULL_REQUEST_ACTIONS = [
  'opened',
  'synchronize',
  'reopened',
  'edited',
  'labeled',
  'unlabeled',
  'ready_for_review',
] as const;
export type PullRequestAction = (typeof PULL_REQUEST_ACTIONS)[number];

/** The webhooks the App judges a pull request on, as Probot names them. */
export const PULL_REQUEST_WEBHOOKS = PULL_REQUEST_ACTIONS.map((action) => `pull_request.${action}` as const);

/** Events by which a user asks GitHub to run the check again: one check run, or a commit's whole suite. */
export const RERUN_EVENTS = ['check_run', 'check_suite'] as const;
export type RerunEvent = (typeof RERUN_EVENTS)[number];
export const isRerunEvent = (value: string): value is RerunEvent => (RERUN_EVENTS as readonly string[]).includes(value);

/** The re-run webhooks, as Probot names them. */
export const RERUN_WEBHOOKS = RERUN_EVENTS.map((event) => `${event}.rerequested` as const);

/**
 * A merge queue asking for the required checks on a group commit (its only action). The App's
 * check must report there too, or a queue that requires it never merges.
 */
export const MERGE_GROUP_WEBHOOKS = ['merge_group.checks_requested'] as const;
