import type { Octokit } from '@octokit/core';
import { backoffUnitMs, MAX_RETRIES } from './create-octokit.js';
import type { GitHubLog } from './github-log.js';

/** Per-request option of the retry plugin: this call is retried here, where duplicates are checked. */
export const NO_PLUGIN_RETRY = { retries: 0 } as const;

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
};

/** A 5xx, a timeout or a dropped connection: the write may or may not have happened. */
const isAmbiguous = (error: unknown): boolean => {
  const status = statusOf(error);
  return status === undefined || status >= 500;
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Creates something (a comment) at most once. A create is never blindly retried: GitHub may have
 * stored it before answering 502 or timing out, so after such an error `findExisting` looks for
 * it first, and only when it is absent is the create tried again (`MAX_RETRIES` times, with
 * growing waits). Other errors (403, 404, 422) are thrown at once.
 */
export async function createOnce<T>({
  octokit,
  what,
  create,
  findExisting,
  log,
}: {
  octokit: Octokit;
  /** What is being created, for log lines: "the pull request comment". */
  what: string;
  create: () => Promise<T>;
  findExisting: () => Promise<T | undefined>;
  log: GitHubLog;
}): Promise<{ readonly value: T; readonly created: boolean }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return { value: await create(), created: true };
    } catch (error) {
      if (!isAmbiguous(error) || attempt > MAX_RETRIES) throw error;
      log.warning(
        `Creating ${what} failed (${statusOf(error) ?? 'no answer'}); checking whether GitHub stored it before trying again.`,
      );
      const existing = await findExisting();
      if (existing !== undefined) return { value: existing, created: false };
      await sleep(attempt * attempt * backoffUnitMs(octokit));
    }
  }
}
