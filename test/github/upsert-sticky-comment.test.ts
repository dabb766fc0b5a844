import { afterEach, describe, expect, it } from '@jest/globals';
import { MAX_RETRIES } from '../../src/github/create-octokit.js';
import { GitHubCallError, isWriteRefused } from '../../src/github/github-call-error.js';
import { upsertStickyComment } from '../../src/github/upsert-sticky-comment.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { clientFor, recordingLog, targetOf } from './github-test-kit.js';

const MARKER = '<!-- ml-docs-guard -->';
const LIST = 'GET /repos/acme/ml-service/issues/7/comments?page=1&per_page=100';
const CREATE = 'POST /repos/acme/ml-service/issues/7/comments';
const CREATE_ROUTE = /\/issues\/7\/comments$/;
const report = (text: string) => `${MARKER}\n## ML Docs Guard\n\n${text}`;

let github: FakeGitHub;
afterEach(async () => github.close());

const upsert = (body: string, log = recordingLog()) =>
  upsertStickyComment({ octokit: clientFor(github, log), target: targetOf(github), body, log });

describe('upsertStickyComment', () => {
  it('creates the comment when the pull request has none with the marker', async () => {
    github = await startFakeGitHub({ comments: ['LGTM', 'Please add a model card'] });

    const result = await upsert(report('Missing: model card'));

    expect(result).toEqual({ action: 'created', id: expect.any(Number), url: expect.stringContaining('#issuecomment-') });
    expect(github.commentsWith(MARKER).map((comment) => comment.body)).toEqual([report('Missing: model card')]);
    expect(github.calls()).toEqual([LIST, CREATE]);
  });

  it('updates the marked comment in place, whoever wrote the others', async () => {
    github = await startFakeGitHub({ comments: ['LGTM', report('Missing: model card'), 'thanks'] });
    const [, marked] = github.issueComments;

    const result = await upsert(report('All documentation is up to date.'));

    expect(result).toMatchObject({ action: 'updated', id: marked?.id });
    expect(github.issueComments.map((comment) => comment.body)).toEqual([
      'LGTM',
      report('All documentation is up to date.'),
      'thanks',
    ]);
    expect(github.calls()).toEqual([LIST, `PATCH /repos/acme/ml-service/issues/comments/${marked?.id}`]);
  });

  it('writes nothing when the comment already says exactly that', async () => {
    github = await startFakeGitHub({ comments: [report('same')] });
    expect((await upsert(report('same'))).action).toBe('unchanged');
    expect(github.calls()).toEqual([LIST]);
  });

  it('finds the marked comment on a later page', async () => {
    github = await startFakeGitHub({
      comments: [...Array.from({ length: 150 }, (_, index) => `comment ${index}`), report('old')],
    });

    expect((await upsert(report('new'))).action).toBe('updated');
    expect(github.commentsWith(MARKER)).toHaveLength(1);
    expect(github.calls().slice(0, 2)).toEqual([LIST, LIST.replace('page=1', 'page=2')]);
  });

  it('keeps one comment over two runs: created, then updated', async () => {
    github = await startFakeGitHub();
    await upsert(report('first'));
    await upsert(report('second'));
    expect(github.commentsWith(MARKER).map((comment) => comment.body)).toEqual([report('second')]);
  });

  it('does not post twice when GitHub stored the comment but answered 502', async () => {
    github = await startFakeGitHub();
    github.inject({ method: 'POST', path: CREATE_ROUTE, fault: { kind: 'apply-then-status', status: 502 }, times: 1 });
    const log = recordingLog();

    const result = await upsert(report('once'), log);

    expect(result.action).toBe('created');
    expect(github.commentsWith(MARKER)).toHaveLength(1);
    expect(github.calls()).toEqual([LIST, CREATE, LIST]);
    expect(log.lines).toEqual([
      'warning: Creating the ml-docs-guard comment of acme/ml-service#7 failed (502); checking whether GitHub stored it before trying again.',
    ]);
  });

  it('posts again after a 502 that stored nothing, and succeeds', async () => {
    github = await startFakeGitHub();
    github.inject({ method: 'POST', path: CREATE_ROUTE, fault: { kind: 'status', status: 502 }, times: 2 });

    expect((await upsert(report('x'))).action).toBe('created');
    expect(github.commentsWith(MARKER)).toHaveLength(1);
    expect(github.calls()).toEqual([LIST, CREATE, LIST, CREATE, LIST, CREATE]);
  });

  it('gives up after the bound with a clear error and no comment', async () => {
    github = await startFakeGitHub();
    github.inject({ method: 'POST', path: CREATE_ROUTE, fault: { kind: 'status', status: 503 }, times: Infinity });

    const failure = upsert(report('x'));

    await expect(failure).rejects.toThrow(
      /^Could not comment on acme\/ml-service#7 \(POST \/repos\/acme\/ml-service\/issues\/7\/comments\): GitHub answered 503/,
    );
    expect(github.issueComments).toHaveLength(0);
    expect(github.calls().filter((call) => call === CREATE)).toHaveLength(MAX_RETRIES + 1);
  });

  it('waits out a secondary rate limit on the create without duplicating', async () => {
    github = await startFakeGitHub();
    github.inject({
      method: 'POST',
      path: CREATE_ROUTE,
      fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 1 },
      times: 2,
    });

    expect((await upsert(report('x'))).action).toBe('created');
    expect(github.calls()).toEqual([LIST, CREATE, CREATE, CREATE]);
    expect(github.commentsWith(MARKER)).toHaveLength(1);
  });

  it('reports a read-only token as a refused write (403)', async () => {
    github = await startFakeGitHub();
    github.inject({
      method: 'POST',
      path: CREATE_ROUTE,
      fault: { kind: 'status', status: 403, message: 'Resource not accessible by integration' },
      times: Infinity,
    });

    const error = await upsert(report('x')).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(GitHubCallError);
    expect(isWriteRefused(error)).toBe(true);
    expect(github.calls()).toEqual([LIST, CREATE]);
  });

  const invalid = [
    { name: 'a body without the marker', body: '## report', message: /must contain the marker <!-- ml-docs-guard -->/ },
    { name: 'a body over 65,536 characters', body: report('x'.repeat(65_536)), message: /GitHub accepts at most 65536/ },
  ];

  it.each(invalid)('refuses $name before any request', async ({ body, message }) => {
    github = await startFakeGitHub();
    await expect(upsert(body)).rejects.toThrow(message);
    expect(github.requests).toHaveLength(0);
  });
});
