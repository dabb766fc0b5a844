import { MAX_RETRIES } from './create-octokit.js';

/** What an Octokit error carries that we use; read structurally so any Octokit version fits. */
interface HttpErrorShape {
  readonly status: number;
  readonly message: string;
  /** Absent when no answer came back (a timeout, a refused connection): Octokit then says 500. */
  readonly response?: { readonly headers?: Readonly<Record<string, string | number | undefined>> };
}

const isHttpError = (error: unknown): error is HttpErrorShape =>
  error instanceof Error && typeof (error as { status?: unknown }).status === 'number';

const isRateLimit = (error: HttpErrorShape): boolean =>
  /rate limit/i.test(error.message) || String(error.response?.headers?.['x-ratelimit-remaining']) === '0';

const hintFor = (error: HttpErrorShape): string => {
  if (isRateLimit(error)) {
    return `GitHub's rate limit did not lift within the waits allowed (${MAX_RETRIES} retries); re-run the job later.`;
  }
  if (error.status === 401) return 'The token was rejected: check the `token` input.';
  if (error.status === 403) return 'The token lacks the permission this call needs (see the workflow `permissions`).';
  if (error.status === 404) return 'Not found, or the token cannot see it.';
  if (error.status >= 500) {
    return `GitHub kept failing after ${MAX_RETRIES} retries; this is usually an outage, re-run the job later.`;
  }
  return 'GitHub refused the call.';
};

/**
 * A failed GitHub call, named in words and by route, with GitHub's status so callers can choose
 * to degrade (a 403 on a comment) instead of failing.
 */
export class GitHubCallError extends Error {
  override readonly name = 'GitHubCallError';
  /** HTTP status, or `undefined` when no answer came back at all. */
  readonly status: number | undefined;
  /** The call as `METHOD /path`, e.g. `POST /repos/o/r/issues/7/comments`. */
  readonly call: string;
  /** True when GitHub's rate limit, not a permission, refused the call. */
  readonly rateLimited: boolean;

  constructor({ action, call, cause }: { action: string; call: string; cause: unknown }) {
    const detail = !isHttpError(cause)
      ? `${cause instanceof Error ? cause.message : String(cause)}.`
      : cause.response === undefined
        ? `GitHub did not answer (${cause.message}), also after ${MAX_RETRIES} retries; re-run the job later.`
        : `GitHub answered ${cause.status}: ${cause.message}. ${hintFor(cause)}`;
    super(`Could not ${action} (${call}): ${detail}`, { cause });
    this.status = isHttpError(cause) && cause.response !== undefined ? cause.status : undefined;
    this.call = call;
    this.rateLimited = isHttpError(cause) && isRateLimit(cause);
  }
}

/**
 * Runs one GitHub call and turns its failure into a `GitHubCallError` that says what we were
 * doing; errors that already say so pass through unchanged.
 */
export async function withCallContext<T>({
  action,
  call,
  run,
}: {
  action: string;
  call: string;
  run: () => Promise<T>;
}): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof GitHubCallError) throw error;
    throw new GitHubCallError({ action, call, cause: error });
  }
}

/**
 * True when GitHub refused a write for want of permission (403, or 404 as it answers for
 * repositories a token cannot write to), as with the read-only token of a fork's pull request.
 * A rate limit that never lifted is not a refusal.
 */
export function isWriteRefused(error: unknown): error is GitHubCallError {
  return error instanceof GitHubCallError && !error.rateLimited && (error.status === 403 || error.status === 404);
}
