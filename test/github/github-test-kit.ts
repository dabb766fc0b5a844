import { createOctokit } from '../../src/github/create-octokit.js';
import type { GitHubLog } from '../../src/github/github-log.js';
import type { PullRequestTarget } from '../../src/github/pull-request-target.js';
import type { FakeGitHub } from '../helpers/fake-github.js';

/** Back-off of a millisecond per second GitHub asks for, and a short deadline: fast tests. */
export const FAST_TIMING = { unitMs: 1, requestTimeoutMs: 400 } as const;

/** A real Octokit client pointed at the fake server. */
export const clientFor = (github: FakeGitHub, log?: GitHubLog) =>
  createOctokit({ token: github.token, baseUrl: github.url, timing: FAST_TIMING, ...(log ? { log } : {}) });

export const targetOf = (github: FakeGitHub): PullRequestTarget => ({
  owner: github.owner,
  repo: github.repo,
  pullNumber: github.pullNumber,
  headSha: github.headSha,
  baseSha: github.baseSha,
  baseRef: github.baseRef,
});

/** A log that keeps its lines, to assert what the user is told. */
export const recordingLog = (): GitHubLog & { lines: string[] } => {
  const lines: string[] = [];
  return {
    lines,
    debug: () => undefined,
    info: (message) => lines.push(`info: ${message}`),
    warning: (message) => lines.push(`warning: ${message}`),
  };
};
