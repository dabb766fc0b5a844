import type { PullRequestInfo } from '../core/types.js';
import type { HeadBranch, PullRequestTarget } from './pull-request-target.js';

/** Events whose payload carries the pull request this check judges. */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'] as const;
export type PullRequestEventName = (typeof PULL_REQUEST_EVENTS)[number];
export const isPullRequestEvent = (name: string): name is PullRequestEventName =>
  (PULL_REQUEST_EVENTS as readonly string[]).includes(name);

/** What a `pull_request` payload tells: where to call, what to judge, where the head branch lives. */
export interface PullRequestEvent {
  readonly target: PullRequestTarget;
  readonly head: HeadBranch;
  readonly pullRequest: PullRequestInfo;
  /** GitHub's count of changed files, when the payload has it. */
  readonly changedFiles?: number;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads `path` (dot-separated) from the payload; a missing or mistyped field is a clear error. */
const field = <T>(root: unknown, path: string, check: (value: unknown) => value is T, expected: string): T => {
  let value: unknown = root;
  for (const key of path.split('.')) value = isObject(value) ? value[key] : undefined;
  if (!check(value)) {
    throw new Error(`The event payload has no valid \`${path}\` (expected ${expected}); is this a pull_request event?`);
  }
  return value;
};

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
const isOptionalText = (value: unknown): value is string | null | undefined =>
  value === undefined || value === null || typeof value === 'string';
const isArray = (value: unknown): value is unknown[] => Array.isArray(value);

/**
 * Reads a `pull_request` / `pull_request_target` webhook payload (the Action's event file or the
 * App's webhook body) into the target of the REST calls and the PR facts the core needs.
 */
export function readPullRequestEvent(payload: unknown): PullRequestEvent {
  const text = (path: string): string => field(payload, path, isString, 'a non-empty string');
  const labels = field(payload, 'pull_request.labels', isArray, 'an array').flatMap((label) =>
    isObject(label) && typeof label.name === 'string' ? [label.name] : [],
  );
  const changedFiles = (payload as { pull_request?: { changed_files?: unknown } }).pull_request?.changed_files;
  const htmlUrl = (payload as { pull_request?: { html_url?: unknown } }).pull_request?.html_url;
  const author = (payload as { pull_request?: { user?: { login?: unknown } } }).pull_request?.user?.login;
  const target: PullRequestTarget = {
    owner: text('pull_request.base.repo.owner.login'),
    repo: text('pull_request.base.repo.name'),
    pullNumber: field(payload, 'pull_request.number', isNumber, 'an integer'),
    headSha: text('pull_request.head.sha'),
    baseSha: text('pull_request.base.sha'),
    baseRef: text('pull_request.base.ref'),
  };
  // A head branch whose fork was deleted has no repo: links then point at the base repository.
  const headRepo = (payload as { pull_request?: { head?: { repo?: unknown } } }).pull_request?.head?.repo;
  const head: HeadBranch = isObject(headRepo)
    ? {
        owner: text('pull_request.head.repo.owner.login'),
        repo: text('pull_request.head.repo.name'),
        ref: text('pull_request.head.ref'),
      }
    : { owner: target.owner, repo: target.repo, ref: text('pull_request.head.ref') };
  return {
    target,
    head,
    pullRequest: {
      number: target.pullNumber,
      title: field(payload, 'pull_request.title', isString, 'a non-empty string'),
      body: field(payload, 'pull_request.body', isOptionalText, 'a string or null') ?? '',
      labels,
      baseRef: target.baseRef,
      headRef: head.ref,
      ...(typeof author === 'string' ? { author } : {}),
      ...(typeof htmlUrl === 'string' ? { url: htmlUrl } : {}),
    },
    ...(isNumber(changedFiles) ? { changedFiles } : {}),
  };
}
