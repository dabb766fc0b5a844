import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { SILENT_LOG, type GitHubLog } from './github-log.js';

/**
 * Retries of one call after a 5xx, a timeout or a rate limit: enough to ride out a blip, small
 * enough that a real outage fails the job within a few minutes instead of hanging it.
 */
export const MAX_RETRIES = 3;

/**
 * The longest rate-limit wait we sit through; a primary limit resets hourly, and a runner idling
 * for most of an hour costs more than a clear failure the author can re-run.
 */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120;

/** fetch has no deadline of its own: a call that hangs this long is abandoned and retried. */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * GitHub answers these deliberately; retrying cannot change the answer. 403 and 429 belong to the
 * throttling plugin, which retries them only when they are rate limits.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

const GuardOctokit = Octokit.plugin(retry, throttling);

/** The client `createOctokit` returns; every `src/github` function accepts any `Octokit`. */
export type GuardOctokitClient = InstanceType<typeof GuardOctokit>;

/** Back-off timing. Production uses the defaults; tests shrink them so waits take milliseconds. */
export interface OctokitTiming {
  /** Milliseconds per second of back-off (GitHub's `retry-after` is in seconds). */
  readonly unitMs?: number;
  readonly requestTimeoutMs?: number;
}

export interface CreateOctokitOptions {
  readonly token: string;
  /** `GITHUB_API_URL`: `https://api.github.com`, or `https://HOST/api/v3` on GitHub Enterprise Server. */
  readonly baseUrl: string;
  readonly userAgent?: string;
  readonly log?: GitHubLog;
  readonly timing?: OctokitTiming;
}

/** Back-off unit of each client made here, for the retries `src/github` runs itself. */
const backoffUnits = new WeakMap<object, number>();

/** Milliseconds per second of back-off for `octokit`: its `timing.unitMs`, or a real second. */
export function backoffUnitMs(octokit: object): number {
  return backoffUnits.get(octokit) ?? 1000;
}

/** GitHub asks integrations to space writes by at least a second to avoid secondary rate limits. */
const WRITE_SPACING_UNITS = 1;
/** Writes that notify people (comments) are spaced wider, as the throttling plugin does by default. */
const NOTIFICATION_SPACING_UNITS = 3;

/**
 * fetch with a deadline. A missed deadline becomes a plain error, which Octokit reports as a
 * failed request and the retry plugin retries (an abort would be passed through unretried).
 */
const fetchWithTimeout =
  (timeoutMs: number): typeof fetch =>
  async (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    try {
      return await fetch(input, { ...init, signal });
    } catch (error) {
      if (deadline.aborted && init?.signal?.aborted !== true) {
        throw new Error(`timed out after ${timeoutMs} ms`, { cause: error });
      }
      throw error;
    }
  };

/**
 * An Octokit client for GitHub's REST API with bounded retries: 5xx answers and timeouts are
 * retried with growing waits (1, 4, 9 units), primary and secondary rate limits wait the time
 * GitHub asks for, and after `MAX_RETRIES` the call fails with GitHub's error.
 */
export function createOctokit({
  token,
  baseUrl,
  userAgent = 'ml-docs-guard',
  log = SILENT_LOG,
  timing = {},
}: CreateOctokitOptions): GuardOctokitClient {
  if (token.trim() === '') {
    throw new Error('A GitHub token is required (the `token` input; it defaults to `${{ github.token }}`).');
  }
  const unitMs = timing.unitMs ?? 1000;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const call = `${options.method} ${options.url}`;
      if (retryCount < MAX_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS) {
        log.warning(`GitHub ${kind} on ${call}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${MAX_RETRIES}).`);
        return true;
      }
      log.warning(`GitHub ${kind} on ${call}: not retrying (retry-after ${retryAfter} s, ${retryCount} retries done).`);
      return false;
    };
  const octokit = new GuardOctokit({
    auth: token,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    userAgent,
    log: { debug: log.debug, info: log.info, warn: log.warning, error: log.warning },
    request: { fetch: fetchWithTimeout(timing.requestTimeoutMs ?? REQUEST_TIMEOUT_MS) },
    retry: { retries: MAX_RETRIES, retryAfterBaseValue: unitMs, doNotRetry: DO_NOT_RETRY },
    throttle: {
      retryAfterBaseValue: unitMs,
      // Per-client pacers in the same unit as the back-off, so tests can shrink them too.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: WRITE_SPACING_UNITS * unitMs }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: NOTIFICATION_SPACING_UNITS * unitMs }),
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
  });
  backoffUnits.set(octokit, unitMs);
  return octokit;
}
