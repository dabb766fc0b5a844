import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { isPullRequestEvent, readPullRequestEvent } from '../../src/github/read-pull-request-event.js';

const fixture = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL('../fixtures/events/pull_request.synchronize.json', import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

/** The fixture with one field of `pull_request` replaced (`undefined` deletes it). */
const withPullRequest = (path: string, value: unknown): Record<string, unknown> => {
  const payload = fixture();
  const keys = path.split('.');
  let node = payload.pull_request as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return payload;
};

describe('readPullRequestEvent', () => {
  it('reads the target, the head branch and the PR facts of a pull_request payload', () => {
    expect(readPullRequestEvent(fixture())).toEqual({
      target: {
        owner: 'acme',
        repo: 'ml-service',
        pullNumber: 7,
        headSha: 'c'.repeat(40),
        baseSha: 'b'.repeat(40),
        baseRef: 'main',
      },
      head: { owner: 'acme', repo: 'ml-service', ref: 'tune-lr' },
      pullRequest: {
        number: 7,
        title: 'Raise the learning rate',
        body: '## Why\nTraining plateaued at epoch 12.\n\n## Testing\nValidation accuracy 0.91 -> 0.93 on the holdout set.',
        labels: ['ml'],
        author: 'octocat',
        url: 'https://github.com/acme/ml-service/pull/7',
        baseRef: 'main',
        headRef: 'tune-lr',
      },
      changedFiles: 2,
    });
  });

  it("points the head branch at the fork for a fork's pull request", () => {
    const payload = withPullRequest('head.repo', { name: 'ml-service-fork', owner: { login: 'contributor' } });
    const event = readPullRequestEvent(payload);
    expect(event.head).toEqual({ owner: 'contributor', repo: 'ml-service-fork', ref: 'tune-lr' });
    expect(event.target.owner).toBe('acme');
  });

  it('falls back to the base repository when the fork was deleted', () => {
    expect(readPullRequestEvent(withPullRequest('head.repo', null)).head).toEqual({
      owner: 'acme',
      repo: 'ml-service',
      ref: 'tune-lr',
    });
  });

  it('reads a null description as empty and leaves out an absent file count', () => {
    const payload = withPullRequest('body', null);
    delete (payload.pull_request as Record<string, unknown>).changed_files;
    const event = readPullRequestEvent(payload);
    expect(event.pullRequest.body).toBe('');
    expect(event).not.toHaveProperty('changedFiles');
  });

  const broken = [
    {
      path: 'head.sha',
      value: undefined,
      message: 'The event payload has no valid `pull_request.head.sha` (expected a non-empty string)',
    },
    { path: 'number', value: '7', message: 'The event payload has no valid `pull_request.number` (expected an integer)' },
    { path: 'labels', value: 'ml', message: 'The event payload has no valid `pull_request.labels` (expected an array)' },
  ];

  it.each(broken)('names the broken field $path', ({ path, value, message }) => {
    expect(() => readPullRequestEvent(withPullRequest(path, value))).toThrow(message);
  });

  it('rejects a payload without a pull request', () => {
    expect(() => readPullRequestEvent({ ref: 'refs/heads/main' })).toThrow(/is this a pull_request event\?/);
  });
});

describe('isPullRequestEvent', () => {
  it.each([
    ['pull_request', true],
    ['pull_request_target', true],
    ['push', false],
    ['pull_request_review', false],
  ])('%s → %s', (name, expected) => {
    expect(isPullRequestEvent(name)).toBe(expected);
  });
});
