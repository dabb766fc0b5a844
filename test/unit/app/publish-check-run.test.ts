/** Starting and completing the check run over real HTTP, against GitHub's limits as the fake enforces them. */
import { afterEach, describe, expect, it } from '@jest/globals';
import type { CheckRunAnnotation } from '../../../src/github/check-run-annotations.js';
import {
  ANNOTATIONS_PER_REQUEST,
  CHECK_NAME,
  completeCheckRun,
  MAX_ANNOTATIONS,
  startCheckRun,
} from '../../../src/github/publish-check-run.js';
import { clientFor, recordingLog } from '../../github/github-test-kit.js';
import { startFakeGitHubApp, type FakeGitHubApp } from '../../helpers/fake-github-app.js';
import { HEAD, REPO, smallPr } from './app-test-kit.js';

let github: FakeGitHubApp | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

const repository = { owner: 'acme', repo: 'ml-service' };
const output = { title: 'Missing docs: data sheet', summary: '## Report', text: '### Changelog entry' };

const annotations = (count: number): CheckRunAnnotation[] =>
  Array.from({ length: count }, (_, index) => ({
    path: `data/part-${String(index).padStart(4, '0')}.csv`,
    start_line: 1,
    end_line: 1,
    annotation_level: 'failure' as const,
    title: 'Documentation missing: data',
    message: 'This file changes the data area, but its documentation was not updated.',
  }));

describe('startCheckRun', () => {
  it('creates the named check run in progress on the head, with the pull request as external id', async () => {
    github = await startFakeGitHubApp(smallPr());
    const started = await startCheckRun({ octokit: clientFor(github), repository, headSha: HEAD, externalId: '7' });
    expect(github.calls()).toEqual([`POST ${REPO}/check-runs`]);
    expect(github.checkRuns).toEqual([
      expect.objectContaining({
        id: started.id,
        name: CHECK_NAME,
        head_sha: HEAD,
        status: 'in_progress',
        conclusion: null,
        external_id: '7',
      }),
    ]);
    expect(started).toEqual({ id: github.checkRuns[0]?.id, headSha: HEAD });
  });
});

describe('completeCheckRun', () => {
  it.each([
    { count: 0, requests: 1 },
    { count: 1, requests: 1 },
    { count: ANNOTATIONS_PER_REQUEST, requests: 1 },
    { count: ANNOTATIONS_PER_REQUEST + 1, requests: 2 },
    { count: 120, requests: 3 },
  ])(
    '$count annotations take $requests update request(s), and the conclusion comes with the last',
    async ({ count, requests }) => {
      github = await startFakeGitHubApp(smallPr());
      const octokit = clientFor(github);
      const checkRun = await startCheckRun({ octokit, repository, headSha: HEAD });
      const sent = await completeCheckRun({
        octokit,
        repository,
        checkRun,
        conclusion: 'failure',
        output,
        annotations: annotations(count),
      });

      expect(sent).toBe(requests);
      const updates = github.requests.filter((request) => request.method === 'PATCH');
      expect(updates).toHaveLength(requests);
      expect(updates.map((request) => (request.body as { status?: string }).status)).toEqual([
        ...Array.from({ length: requests - 1 }, () => undefined),
        'completed',
      ]);
      const run = github.checkRuns[0];
      expect(run).toMatchObject({
        status: 'completed',
        conclusion: 'failure',
        output: { title: output.title, summary: output.summary, text: output.text },
      });
      expect(run?.annotations.map((annotation) => annotation.path)).toEqual(
        annotations(count).map((annotation) => annotation.path),
      );
    },
  );

  it(`publishes at most ${MAX_ANNOTATIONS} annotations and says how many were left out`, async () => {
    github = await startFakeGitHubApp(smallPr());
    const octokit = clientFor(github);
    const log = recordingLog();
    const checkRun = await startCheckRun({ octokit, repository, headSha: HEAD });
    const sent = await completeCheckRun({
      octokit,
      repository,
      checkRun,
      conclusion: 'failure',
      output,
      annotations: annotations(MAX_ANNOTATIONS + 37),
      log,
    });
    expect(sent).toBe(MAX_ANNOTATIONS / ANNOTATIONS_PER_REQUEST);
    expect(github.checkRuns[0]?.annotations).toHaveLength(MAX_ANNOTATIONS);
    expect(log.lines).toEqual([
      `warning: 37 annotations left out (at most ${MAX_ANNOTATIONS} per check run); the summary lists every file.`,
    ]);
  });

  it('an output without a changelog entry sends no text', async () => {
    github = await startFakeGitHubApp(smallPr());
    const octokit = clientFor(github);
    const checkRun = await startCheckRun({ octokit, repository, headSha: HEAD });
    await completeCheckRun({
      octokit,
      repository,
      checkRun,
      conclusion: 'success',
      output: { title: 'No ML changes', summary: 'Nothing to document.' },
    });
    const patch = github.requests.find((request) => request.method === 'PATCH');
    expect(patch?.body).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      output: { title: 'No ML changes', summary: 'Nothing to document.' },
    });
    const { output } = (patch?.body ?? {}) as { output?: object };
    expect(output).not.toHaveProperty('text');
    expect(output).not.toHaveProperty('annotations');
  });

  it('a refused update is an error naming the check run and the call', async () => {
    github = await startFakeGitHubApp(smallPr());
    const octokit = clientFor(github);
    const checkRun = await startCheckRun({ octokit, repository, headSha: HEAD });
    github.inject({
      method: 'PATCH',
      path: /check-runs/,
      fault: { kind: 'status', status: 403, message: 'Resource not accessible by integration' },
      times: 1,
    });
    await expect(completeCheckRun({ octokit, repository, checkRun, conclusion: 'success', output })).rejects.toThrow(
      `Could not update the ML Docs Guard check run ${checkRun.id} on ${HEAD} (PATCH ${REPO}/check-runs/${checkRun.id}): GitHub answered 403`,
    );
  });
});
