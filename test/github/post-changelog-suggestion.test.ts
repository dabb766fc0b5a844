import { afterEach, describe, expect, it } from '@jest/globals';
import { SUGGESTION_MARKER } from '../../src/github/changelog-suggestion.js';
import { isWriteRefused } from '../../src/github/github-call-error.js';
import { postChangelogSuggestion } from '../../src/github/post-changelog-suggestion.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github.js';
import { clientFor, targetOf } from './github-test-kit.js';

const PATCH = ['@@ -1,4 +1,5 @@', ' # Changelog', ' ', ' ## [Unreleased]', '+- Docs: typo', ' ## [1.0.0]'].join('\n');
const ENTRY = '### Changed\n- Model: Raise the learning rate (#7)';
const LIST = 'GET /repos/acme/ml-service/pulls/7/comments?page=1&per_page=100';
const CREATE = 'POST /repos/acme/ml-service/pulls/7/comments';

let github: FakeGitHub;
afterEach(async () => github.close());

const start = (options: FakeGitHubOptions = {}) =>
  startFakeGitHub({ files: [{ filename: 'CHANGELOG.md', status: 'modified', patch: PATCH }], ...options });

const post = (entry = ENTRY, target = targetOf(github)) =>
  postChangelogSuggestion({ octokit: clientFor(github), target, path: 'CHANGELOG.md', patch: PATCH, entry });

describe('postChangelogSuggestion', () => {
  it('posts a suggestion on a line of the diff, on the head commit', async () => {
    github = await start();

    const result = await post();

    expect(result).toEqual({ action: 'posted', url: expect.stringContaining('#discussion_r') });
    expect(github.calls()).toEqual([LIST, CREATE]);
    expect(github.reviewComments).toEqual([
      expect.objectContaining({ path: 'CHANGELOG.md', line: 3, side: 'RIGHT', commit_id: github.headSha }),
    ]);
    expect(github.reviewComments[0]?.body).toContain(`\`\`\`suggestion\n## [Unreleased]\n\n${ENTRY}\n\`\`\``);
  });

  it('does not post the same suggestion again on the next run', async () => {
    github = await start();
    await post();
    const second = await post();
    expect(second.action).toBe('exists');
    expect(github.reviewComments).toHaveLength(1);
    expect(github.calls()).toEqual([LIST, CREATE, LIST]);
  });

  it('posts once per head commit even when the entry changed', async () => {
    github = await start();
    await post();
    expect((await post(`${ENTRY} and more`)).action).toBe('exists');
    expect(github.reviewComments).toHaveLength(1);
  });

  it('suggests a changed entry on a new head commit', async () => {
    github = await start();
    await post();
    const newHead = 'd'.repeat(40);
    const next = await startFakeGitHub({
      headSha: newHead,
      files: [{ filename: 'CHANGELOG.md', status: 'modified', patch: PATCH }],
    });
    next.reviewComments.push(...github.reviewComments);
    await github.close();
    github = next;

    expect((await post(`${ENTRY} and more`)).action).toBe('posted');
    expect(github.reviewComments.map((comment) => comment.commit_id)).toEqual(['c'.repeat(40), newHead]);
  });

  it('ignores review comments that are not its own', async () => {
    github = await start();
    github.reviewComments.push({
      id: 1,
      body: 'nit: wording',
      path: 'CHANGELOG.md',
      line: 3,
      side: 'RIGHT',
      commit_id: github.headSha,
      html_url: 'https://github.test/r1',
    });
    expect((await post()).action).toBe('posted');
    expect(github.reviewComments.filter((comment) => comment.body.includes(SUGGESTION_MARKER))).toHaveLength(1);
  });

  it('reports a read-only token as a refused write', async () => {
    github = await start();
    github.inject({ method: 'POST', path: /\/pulls\/7\/comments$/, fault: { kind: 'status', status: 403 }, times: 1 });
    const error = await post().catch((caught: unknown) => caught);
    expect(isWriteRefused(error)).toBe(true);
  });

  it('does not duplicate when GitHub stored the suggestion but answered 502', async () => {
    github = await start();
    github.inject({ method: 'POST', path: /\/pulls\/7\/comments$/, fault: { kind: 'apply-then-status', status: 502 }, times: 1 });
    expect((await post()).action).toBe('posted');
    expect(github.reviewComments).toHaveLength(1);
    expect(github.calls()).toEqual([LIST, CREATE, LIST]);
  });

  it('makes no request when the diff offers no line to anchor the suggestion', async () => {
    github = await start();
    const result = await postChangelogSuggestion({
      octokit: clientFor(github),
      target: targetOf(github),
      path: 'CHANGELOG.md',
      patch: '@@ -40,1 +40,2 @@\n - a\n+- b',
      entry: ENTRY,
    });
    expect(result).toEqual({ action: 'no-anchor' });
    expect(github.requests).toHaveLength(0);
  });
});
