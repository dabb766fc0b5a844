export { changelogEditUrl } from './changelog-edit-url.js';
export { changelogSuggestion, entryInPatch, SUGGESTION_MARKER, type ChangelogSuggestion } from './changelog-suggestion.js';
export { checkRunAnnotations, type CheckRunAnnotation } from './check-run-annotations.js';
export { collectPages, PER_PAGE, type Page } from './collect-pages.js';
export { compareTrees } from './compare-trees.js';
export { DEFAULT_CONFIG_PATH, describeRemoteConfig, ORG_SETTINGS_REPO } from './config-path.js';
export { CRASH_TITLE, crashCheckOutput, redactSecrets } from './crash-check-output.js';
export { createOnce } from './create-once.js';
export {
  backoffUnitMs,
  createOctokit,
  MAX_RATE_LIMIT_WAIT_SECONDS,
  MAX_RETRIES,
  REQUEST_TIMEOUT_MS,
  type CreateOctokitOptions,
  type GuardOctokitClient,
  type OctokitTiming,
} from './create-octokit.js';
export { findMergeBase, mergeBaseResolver } from './find-merge-base.js';
export { evaluateOnGitHub, type GitHubEvaluation } from './evaluate-on-github.js';
export { findPullRequestsForCommit } from './find-pull-requests-for-commit.js';
export { GitHubCallError, isWriteRefused, withCallContext } from './github-call-error.js';
export { createGitHubContentSource } from './github-content-source.js';
export { SILENT_LOG, type GitHubLog } from './github-log.js';
export { GITHUB_LIST_FILES_LIMIT, listPullRequestFiles, type PullRequestFiles } from './list-pull-request-files.js';
export { listTree, TreeTruncatedError } from './list-tree.js';
export {
  postChangelogSuggestion,
  SUGGESTION_ACTIONS,
  type SuggestionAction,
  type SuggestionResult,
} from './post-changelog-suggestion.js';
export {
  ANNOTATIONS_PER_REQUEST,
  CHECK_NAME,
  completeCheckRun,
  MAX_ANNOTATIONS,
  startCheckRun,
  type StartedCheckRun,
} from './publish-check-run.js';
export { describeProxyRoute, ProxyNotUsedError, proxyRoute, type ProxyEnvironment, type ProxyRoute } from './proxy-route.js';
export { publishPullRequestFeedback, type PublishedFeedback, type WriteOutcome } from './publish-pull-request-feedback.js';
export { describeTarget, type HeadBranch, type PullRequestTarget } from './pull-request-target.js';
export { readConfig, type ConfigText } from './read-config.js';
export {
  parseExtendsTarget,
  readExtendedConfig,
  type ExtendsTarget,
  type ParentConfigText,
} from './read-extended-config.js';
export { completeMergeGroupCheck, mergeGroupCheckOutput } from './merge-group-check.js';
export { readFileAtRef } from './read-file-at-ref.js';
export { DEFAULT_BRANCH_REF, readConfigOrOrgDefault, readOrgConfig } from './read-org-config.js';
export {
  isPullRequestEvent,
  PULL_REQUEST_EVENTS,
  readPullRequestEvent,
  type PullRequestEvent,
  type PullRequestEventName,
} from './read-pull-request-event.js';
export { readPullRequest, type CurrentPullRequest } from './read-pull-request.js';
export {
  findStickyComment,
  STICKY_COMMENT_ACTIONS,
  upsertStickyComment,
  type StickyCommentAction,
  type StickyCommentResult,
} from './upsert-sticky-comment.js';
