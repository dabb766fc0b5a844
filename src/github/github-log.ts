/**
 * Where `src/github` reports what it does. The Action passes `@actions/core`'s functions, the App
 * its Probot logger, tests a recorder; nothing in `src/github` writes to the console itself.
 */
export interface GitHubLog {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}

/** A log that drops everything: for callers that have nowhere to report to. */
export const SILENT_LOG: GitHubLog = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
};
