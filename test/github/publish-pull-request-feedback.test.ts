import { afterEach, describe, expect, it } from '@jest/globals';
import { evaluateOnGitHub, type GitHubEvaluation } from '../../src/github/evaluate-on-github.js';
import { GitHubCallError } from '../../src/github/github-call-error.js';
import { publishPullRequestFeedback } from '../../src/github/publish-pull-request-feedback.js';
import { startFakeGitHub, type FakeFile, type FakeGitHub } from '../helpers/fake-github.js';
import { clientFor, targetOf } from './github-test-kit.js';

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const MARKER = '<!-- ml-docs-guard -->';
const PARAMS: FakeFile = {
  filename: 'params.yaml',
  status: 'modified',
  patch: '@@ -1 +1 @@\n-lr: 0.1\n+lr: 0.2',
  additions: 1,
  deletions: 1,
};
const CHANGELOG: FakeFile = {
  filename: 'CHANGELOG.md',
  status: 'modified',
  patch: '@@ -1,3 +1,4 @@\n # Changelog\n \n ## [Unreleased]\n+- Tuned.',
  additions: 1,
  deletions: 0,
};
const head = { owner: 'fork-owner', repo: 'ml-service', ref: 'tune' };

let github: FakeGitHub;
afterEach(async () => github.close());

const evaluated = async (files: FakeFile[], headFiles: Record<string, string> = {}): Promise<GitHubEvaluation> => {
  github = await startFakeGitHub({
    files,
    snapshots: { [BASE]: { 'params.yaml': 'lr: 0.1\n' }, [HEAD]: { 'params.yaml': 'lr: 0.2\n', ...headFiles } },
  });
  const evaluation = await evaluateOnGitHub({
    octokit: clientFor(github),
    target: targetOf(github),
    pullRequest: { number: 7, title: 'Tune lr', body: '', labels: [] },
    configPath: '.github/ml-docs-guard.yml',
  });
  github.requests.length = 0;
  return evaluation;
};

const publish = (evaluation: GitHubEvaluation, write = true) =>
  publishPullRequestFeedback({
    octokit: clientFor(github),
    target: targetOf(github),
    head,
    evaluation,
    serverUrl: 'https://github.example.com',
    write,
  });

describe('publishPullRequestFeedback', () => {
  it('comments with a link to create the missing changelog in the head repository', async () => {
    const evaluation = await evaluated([PARAMS]);

    const feedback = await publish(evaluation);

    expect(feedback.comment.status).toBe('created');
    expect(feedback.suggestion.status).toBe('not-applicable');
    expect(feedback.markdown).toContain(
      '](https://github.example.com/fork-owner/ml-service/new/tune?filename=CHANGELOG.md&value=',
    );
    expect(github.commentsWith(MARKER).map((comment) => comment.body)).toEqual([feedback.markdown]);
  });

  it('links to the edit page when the changelog exists at head but is not in the diff', async () => {
    const evaluation = await evaluated([PARAMS], { 'CHANGELOG.md': '# Changelog\n' });
    const feedback = await publish(evaluation);
    expect(feedback.markdown).toContain('](https://github.example.com/fork-owner/ml-service/edit/tune/CHANGELOG.md)');
  });

  it('suggests the entry on the changelog in the diff instead of linking', async () => {
    const evaluation = await evaluated([PARAMS, CHANGELOG], { 'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n- Tuned.\n' });

    const feedback = await publish(evaluation);

    expect(feedback.suggestion.status).toBe('posted');
    expect(feedback.markdown).not.toContain('/edit/tune/CHANGELOG.md');
    expect(github.reviewComments).toHaveLength(1);
    expect(github.calls().filter((call) => !call.startsWith('GET '))).toEqual([
      'POST /repos/acme/ml-service/pulls/7/comments',
      'POST /repos/acme/ml-service/issues/7/comments',
    ]);
  });

  it('writes nothing with write: false and still returns the report', async () => {
    const evaluation = await evaluated([PARAMS, CHANGELOG], { 'CHANGELOG.md': '# Changelog\n' });
    const feedback = await publish(evaluation, false);
    expect(feedback.comment.status).toBe('skipped');
    expect(feedback.suggestion.status).toBe('skipped');
    expect(feedback.markdown.startsWith(MARKER)).toBe(true);
    expect(github.calls().filter((call) => !call.startsWith('GET '))).toEqual([]);
  });

  it('reports refused writes (a read-only token) instead of throwing', async () => {
    const evaluation = await evaluated([PARAMS, CHANGELOG], { 'CHANGELOG.md': '# Changelog\n' });
    github.inject({ method: 'POST', path: /\/comments$/, fault: { kind: 'status', status: 403 }, times: Infinity });

    const feedback = await publish(evaluation);

    expect(feedback.comment).toEqual({ status: 'refused', detail: expect.stringContaining('GitHub answered 403') });
    expect(feedback.suggestion.status).toBe('refused');
  });

  it('throws when a rate limit never lifts: that is not a permission problem', async () => {
    const evaluation = await evaluated([PARAMS]);
    github.inject({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 1 },
      times: Infinity,
    });
    await expect(publish(evaluation)).rejects.toThrow(GitHubCallError);
    expect(github.issueComments).toHaveLength(0);
  });
});
