import type { Octokit } from '@octokit/core';
import type { GitHubLog } from '../github/github-log.js';

/** The part of Probot's logger the App writes to (pino's methods accept a plain message). */
export interface AppLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * What a handler uses of Probot's `Context`: the webhook payload, read and checked by our own
 * readers rather than trusted through Probot's typings, the installation's client, and the logger.
 */
export interface AppContext {
  readonly payload: unknown;
  readonly octokit: Octokit;
  readonly log: AppLogger;
}

/** `src/github`'s log lines, written to the event's Probot logger. */
export const githubLogOf = (log: AppLogger): GitHubLog => ({
  debug: (message) => log.debug(message),
  info: (message) => log.info(message),
  warning: (message) => log.warn(message),
});
