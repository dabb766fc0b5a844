import { afterEach, describe, expect, it } from '@jest/globals';
import { createOctokit, MAX_RETRIES } from '../../src/github/create-octokit.js';
import { GitHubCallError } from '../../src/github/github-call-error.js';
import { readConfig } from '../../src/github/read-config.js';
import { startFakeGitHub, type Fault, type FakeGitHub } from '../helpers/fake-github.js';
import { clientFor, recordingLog, targetOf } from './github-test-kit.js';

const CONFIG_PATH = '.github/ml-docs-guard.yml';
const CONFIG_ROUTE = /\/contents\/\.github\/ml-docs-guard\.yml$/;
const CONFIG_CALL = `GET /repos/acme/ml-service/contents/${CONFIG_PATH}?ref=main`;

let github: FakeGitHub;
afterEach(async () => github.close());

const startWithConfig = () => startFakeGitHub({ snapshots: { ['b'.repeat(40)]: { [CONFIG_PATH]: 'mode: warn\n' } } });

const readWith = (log = recordingLog()) =>
  readConfig({ octokit: clientFor(github, log), target: targetOf(github), path: CONFIG_PATH });

describe('createOctokit: retries that recover', () => {
  const transient: { name: string; fault: Fault; times: number }[] = [
    { name: 'a 502', fault: { kind: 'status', status: 502 }, times: 1 },
    { name: 'three 503s (the bound)', fault: { kind: 'status', status: 503 }, times: MAX_RETRIES },
    { name: 'a secondary rate limit with retry-after', fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 2 }, times: 2 },
    { name: 'a primary rate limit (x-ratelimit-remaining: 0)', fault: { kind: 'rate-limit', resetInSeconds: 1 }, times: 1 },
    { name: 'a call that hangs past the deadline', fault: { kind: 'hang' }, times: 1 },
  ];

  it.each(transient)('recovers from $name and makes exactly one request per attempt', async ({ fault, times }) => {
    github = await startWithConfig();
    github.inject({ method: 'GET', path: CONFIG_ROUTE, fault, times });

    const result = await readWith();

    expect(result.text).toBe('mode: warn\n');
    expect(github.calls()).toEqual(Array.from({ length: times + 1 }, () => CONFIG_CALL));
  });

  it('tells the log why it waits on a rate limit', async () => {
    github = await startWithConfig();
    github.inject({ method: 'GET', path: CONFIG_ROUTE, fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 3 }, times: 1 });
    const log = recordingLog();

    await readWith(log);

    expect(log.lines).toEqual([
      `warning: GitHub secondary rate limit on GET /repos/{owner}/{repo}/contents/{path}: retrying in 3 s (retry 1 of ${MAX_RETRIES}).`,
    ]);
  });
});

describe('createOctokit: bounded retries that give up with a clear error', () => {
  it('names a call that never answers, after the bounded retries', async () => {
    github = await startWithConfig();
    github.inject({ method: 'GET', path: CONFIG_ROUTE, fault: { kind: 'hang' }, times: Infinity });

    const failure = readWith();

    await expect(failure).rejects.toThrow(
      /^Could not read `\.github\/ml-docs-guard\.yml` at main \(GET [^)]+\): GitHub did not answer \(timed out after 400 ms\), also after 3 retries/,
    );
    await expect(failure).rejects.toMatchObject({ status: undefined });
    expect(github.calls()).toHaveLength(MAX_RETRIES + 1);
  });

  const persistent: { name: string; fault: Fault; attempts: number; message: RegExp; status: number }[] = [
    {
      name: '502 on every attempt',
      fault: { kind: 'status', status: 502 },
      attempts: MAX_RETRIES + 1,
      message:
        /^Could not read `\.github\/ml-docs-guard\.yml` at main \(GET \/repos\/acme\/ml-service\/contents\/\.github\/ml-docs-guard\.yml\?ref=main\): GitHub answered 502: .*after 3 retries/,
      status: 502,
    },
    {
      name: 'a secondary rate limit that never lifts',
      fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 1 },
      attempts: MAX_RETRIES + 1,
      message: /GitHub answered 403: You have exceeded a secondary rate limit.*rate limit did not lift/,
      status: 403,
    },
    {
      name: 'a rate limit whose reset is hours away (not waited for)',
      fault: { kind: 'rate-limit', resetInSeconds: 3 * 3600 },
      attempts: 1,
      message: /GitHub answered 403: API rate limit exceeded.*rate limit did not lift/,
      status: 403,
    },
    {
      name: 'a permission refusal (403, not retried)',
      fault: { kind: 'status', status: 403, message: 'Resource not accessible by integration' },
      attempts: 1,
      message: /GitHub answered 403: Resource not accessible by integration\. The token lacks the permission/,
      status: 403,
    },
  ];

  it.each(persistent)('$name: $attempts request(s), then a GitHubCallError', async ({ fault, attempts, message, status }) => {
    github = await startWithConfig();
    github.inject({ method: 'GET', path: CONFIG_ROUTE, fault, times: Infinity });

    const failure = readWith();

    await expect(failure).rejects.toThrow(GitHubCallError);
    await expect(failure).rejects.toThrow(message);
    await expect(failure).rejects.toMatchObject({ status, call: CONFIG_CALL });
    expect(github.calls()).toHaveLength(attempts);
  });
});

describe('createOctokit: authentication', () => {
  it('sends the token as a token authorization header', async () => {
    github = await startWithConfig();
    await readWith();
    expect(github.requests.map((request) => request.authorization)).toEqual(['token test-token']);
  });

  it('refuses an empty token before any request', async () => {
    github = await startWithConfig();
    expect(() => createOctokit({ token: ' ', baseUrl: github.url })).toThrow(/A GitHub token is required/);
    expect(github.requests).toHaveLength(0);
  });

  it('does not put the token in the error of a rejected call', async () => {
    github = await startWithConfig();
    const octokit = createOctokit({ token: 'wrong-secret-value', baseUrl: github.url, timing: { unitMs: 1 } });
    const failure = readConfig({ octokit, target: targetOf(github), path: CONFIG_PATH });
    await expect(failure).rejects.toThrow(/GitHub answered 401: Bad credentials\. The token was rejected/);
    await failure.catch((error: unknown) => {
      expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain('wrong-secret-value');
    });
  });
});
