/**
 * The App inside a real Probot: webhooks fed through `probot.receive()`, every GitHub call made by
 * Probot's own Octokit over real HTTP to a fake GitHub that records them.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { CRASH_TITLE } from '../../../src/github/crash-check-output.js';
import { CHECK_NAME } from '../../../src/github/publish-check-run.js';
import { DEFAULT_CONFIG_PATH } from '../../../src/github/config-path.js';
import { evaluateOnGitHub } from '../../../src/github/evaluate-on-github.js';
import { publishPullRequestFeedback } from '../../../src/github/publish-pull-request-feedback.js';
import { readPullRequestEvent } from '../../../src/github/read-pull-request-event.js';
import { clientFor } from '../../github/github-test-kit.js';
import { startFakeGitHubApp, type FakeGitHubAppOptions } from '../../helpers/fake-github-app.js';
import {
  BASE,
  BASE_FILES,
  fixture,
  HEAD,
  HEAD_FILES,
  MARKER,
  NEWER_HEAD,
  pullRequestPayload,
  REPO,
  smallPr,
  startApp,
  TOKEN,
  type AppUnderTest,
} from './app-test-kit.js';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.github.close();
  app = undefined;
});

const start = async (options: Partial<FakeGitHubAppOptions> = {}): Promise<AppUnderTest> => {
  app = await startApp(options);
  return app;
};

/** Base-branch snapshot with a config file. */
const withConfig = (config: string): Partial<FakeGitHubAppOptions> => ({
  snapshots: { [BASE]: { ...BASE_FILES, '.github/ml-docs-guard.yml': config }, [HEAD]: HEAD_FILES },
});

/**
 * The requests the Action's shared code makes for the same pull request (evaluation, then the
 * comment), recorded on a fake of its own: the App must cost exactly these plus its own.
 */
const sharedCalls = async (
  options: Partial<FakeGitHubAppOptions> = {},
): Promise<{ evaluation: string[]; feedback: string[] }> => {
  const reference = await startFakeGitHubApp(smallPr(options));
  try {
    const octokit = clientFor(reference);
    const { target, head, pullRequest, changedFiles } = readPullRequestEvent(pullRequestPayload());
    const evaluated = await evaluateOnGitHub({ octokit, target, pullRequest, changedFiles, configPath: DEFAULT_CONFIG_PATH });
    const evaluation = reference.calls();
    await publishPullRequestFeedback({
      octokit,
      target,
      head,
      evaluation: evaluated,
      serverUrl: 'https://github.com',
      write: true,
    });
    return { evaluation, feedback: reference.calls().slice(evaluation.length) };
  } finally {
    await reference.close();
  }
};

describe('pull_request.opened', () => {
  it('costs the shared evaluation and comment plus exactly four requests of its own, and the organisation config read', async () => {
    const { github, deliver } = await start();
    await deliver('pull_request', pullRequestPayload());
    const shared = await sharedCalls();

    const calls = github.calls();
    // Reads of the evaluation run concurrently: compared sorted, each as often.
    const evaluationEnd = 2 + shared.evaluation.length + 1;
    expect(calls.slice(0, 2)).toEqual(['POST /app/installations/42/access_tokens', `POST ${REPO}/check-runs`]);
    expect(calls.slice(2, evaluationEnd).sort()).toEqual(
      [...shared.evaluation, 'GET /repos/acme/.github/contents/.github/ml-docs-guard.yml'].sort(),
    );
    expect(calls.slice(evaluationEnd)).toEqual([`GET ${REPO}/pulls/7`, `PATCH ${REPO}/check-runs/9000`, ...shared.feedback]);
    expect(shared.feedback).toEqual([
      `GET ${REPO}/contents/CHANGELOG.md?ref=${HEAD}`,
      `GET ${REPO}/issues/7/comments?page=1&per_page=100`,
      `POST ${REPO}/issues/7/comments`,
    ]);
    expect(new Set(calls).size).toBe(calls.length);
    // The installation token, not the app's JWT, authorises every call after the exchange.
    expect(github.requests.slice(1).every((request) => request.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('starts the check in progress on the head, then completes it as a failure with the report and annotations', async () => {
    const { github, deliver } = await start();
    await deliver('pull_request', pullRequestPayload());

    const created = github.requests.find((request) => request.method === 'POST' && request.path === `${REPO}/check-runs`);
    expect(created?.body).toMatchObject({ name: CHECK_NAME, head_sha: HEAD, status: 'in_progress', external_id: '7' });
    expect(github.checkRuns).toHaveLength(1);
    const [run] = github.checkRuns;
    expect(run).toMatchObject({ name: 'ML Docs Guard', head_sha: HEAD, status: 'completed', conclusion: 'failure', updates: 1 });
    expect(run?.output.title).toBe('Missing docs: model card, changelog');
    expect(run?.output.summary).toContain('| `model` | `params.yaml` | ❌ missing | — |');
    expect(run?.output.summary).not.toContain(MARKER);
    expect(run?.output.text).toContain('- Model: Lower the learning rate ([#7](https://github.com/acme/ml-service/pull/7))');
    expect(run?.annotations).toEqual([
      {
        path: 'params.yaml',
        start_line: 2,
        end_line: 2,
        annotation_level: 'failure',
        title: 'Documentation missing: model',
        // The preset's list of model-card globs may grow; four are quoted, the rest counted.
        message: expect.stringMatching(
          /^This file changes the model area \(`train\.lr`: 0\.01 → 0\.001\), but its documentation was not updated: update MODEL_CARD\.md, [^,]+, [^,]+, [^,]+ \(or \d+ more\)\.$/,
        ),
      },
    ]);
  });

  it('writes one sticky comment, and updates that same comment on the next push', async () => {
    const { github, deliver } = await start();
    await deliver('pull_request', pullRequestPayload());
    expect(github.commentsWith(MARKER)).toHaveLength(1);
    const first = github.commentsWith(MARKER)[0]?.body;
    expect(first).toContain('train.lr');

    github.title = 'Lower the learning rate again';
    const synchronize = pullRequestPayload({ action: 'synchronize' });
    await deliver('pull_request', { ...synchronize, pull_request: { ...synchronize.pull_request, title: github.title } });

    expect(github.commentsWith(MARKER)).toHaveLength(1);
    expect(github.commentsWith(MARKER)[0]?.body).toContain('Lower the learning rate again');
    expect(github.calls().filter((call) => call === `POST ${REPO}/issues/7/comments`)).toHaveLength(1);
    expect(github.calls().filter((call) => call.startsWith(`PATCH ${REPO}/issues/comments/`))).toHaveLength(1);
    expect(github.checkRuns.map((run) => [run.head_sha, run.conclusion])).toEqual([
      [HEAD, 'failure'],
      [HEAD, 'failure'],
    ]);
  });
});

describe('verdicts and conclusions', () => {
  it.each([
    {
      name: 'mode warn: neutral, annotations as warnings',
      options: withConfig('mode: warn\n'),
      payload: pullRequestPayload(),
      conclusion: 'neutral',
      title: 'Missing docs (not blocking): model card, changelog',
      levels: ['warning'],
    },
    {
      name: 'a skip label: neutral, no annotations',
      options: {},
      payload: (() => {
        const payload = pullRequestPayload({ action: 'labeled' });
        return { ...payload, pull_request: { ...payload.pull_request, labels: [{ id: 9, name: 'no-docs-needed' }] } };
      })(),
      conclusion: 'neutral',
      title: undefined,
      levels: [],
    },
    {
      name: 'an author listed in skip.authors (a dependency bot): neutral, the author named',
      options: withConfig('skip:\n  authors: ["dependabot[bot]"]\n'),
      payload: (() => {
        const payload = pullRequestPayload();
        return { ...payload, pull_request: { ...payload.pull_request, user: { login: 'dependabot[bot]', type: 'Bot' } } };
      })(),
      conclusion: 'neutral',
      title: 'Skipped: author `dependabot[bot]`',
      levels: [],
    },
    {
      name: 'nothing triggered: success',
      options: {
        files: [{ filename: 'README.md', status: 'modified' as const, patch: '@@ -1 +1 @@\n-# ML service\n+# The ML service' }],
      },
      payload: pullRequestPayload({ action: 'ready_for_review' }),
      conclusion: 'success',
      title: undefined,
      levels: [],
    },
  ])('$name', async ({ options, payload, conclusion, title, levels }) => {
    const { github, deliver } = await start(options);
    await deliver('pull_request', payload);
    const [run] = github.checkRuns;
    expect(run?.status).toBe('completed');
    expect(run?.conclusion).toBe(conclusion);
    if (title !== undefined) expect(run?.output.title).toBe(title);
    expect(run?.annotations.map((annotation) => annotation.annotation_level)).toEqual(levels);
    expect(github.commentsWith(MARKER)).toHaveLength(1);
  });

  it('an invalid config fails the check with the error table and an annotation at the line, never a pass', async () => {
    const { github, deliver } = await start(withConfig('mode: fail\nareas:\n  model:\n    pathz: ["src/**"]\n'));
    await deliver('pull_request', pullRequestPayload());
    const [run] = github.checkRuns;
    expect(run?.conclusion).toBe('failure');
    expect(run?.output.summary).toMatch(/\| .*`\.github\/ml-docs-guard\.yml`.* \| 4:5 \|/);
    expect(run?.output.summary).toContain('pathz');
    expect(run?.annotations).toEqual([
      expect.objectContaining({
        path: '.github/ml-docs-guard.yml',
        start_line: 4,
        annotation_level: 'failure',
        title: 'Invalid ml-docs-guard config',
      }),
    ]);
    // The organisation's config is not a fallback for an invalid one.
    expect(github.calls()).not.toContain('GET /repos/acme/.github/contents/.github/ml-docs-guard.yml');
  });

  it('`comment: false` publishes the check run and writes no comment', async () => {
    const { github, deliver, logs } = await start(withConfig('comment: false\n'));
    await deliver('pull_request', pullRequestPayload());
    expect(github.checkRuns[0]?.conclusion).toBe('failure');
    expect(github.issueComments).toHaveLength(0);
    expect(github.calls().some((call) => call.includes('/issues/'))).toBe(false);
    expect(logs).toContainEqual({
      level: 'info',
      message: 'acme/ml-service#7: no comment written (the config sets `comment: false`).',
    });
  });
});

describe('config from outside the repository', () => {
  it("uses the organisation's .github repository when the repository has no config", async () => {
    const { github, deliver } = await start({
      repositories: { 'acme/.github': { '.github/ml-docs-guard.yml': 'mode: warn\n' } },
    });
    await deliver('pull_request', pullRequestPayload());
    expect(github.checkRuns[0]?.conclusion).toBe('neutral');
  });

  it('follows `_extends` to another repository; the repository file overrides it', async () => {
    const { github, deliver } = await start({
      ...withConfig('_extends: acme/ml-policies\ncomment: false\n'),
      repositories: { 'acme/ml-policies': { '.github/ml-docs-guard.yml': 'mode: warn\ncomment: true\n' } },
    });
    await deliver('pull_request', pullRequestPayload());
    expect(github.calls()).toContain('GET /repos/acme/ml-policies/contents/.github/ml-docs-guard.yml');
    expect(github.checkRuns[0]?.conclusion).toBe('neutral');
    expect(github.issueComments).toHaveLength(0);
  });

  it('an `_extends` target that cannot be read fails the check, naming the key', async () => {
    const { github, deliver } = await start(withConfig('_extends: acme/missing-policies\n'));
    await deliver('pull_request', pullRequestPayload());
    const [run] = github.checkRuns;
    expect(run?.conclusion).toBe('failure');
    expect(run?.output.summary).toContain('acme/missing-policies:.github/ml-docs-guard.yml');
  });
});

describe('events out of order', () => {
  it('an event for an older head completes its own check run but leaves the comment to the newer head', async () => {
    const { github, deliver, logs } = await start();
    github.pullHeadSha = NEWER_HEAD;
    await deliver('pull_request', pullRequestPayload({ action: 'synchronize' }));

    expect(github.checkRuns).toHaveLength(1);
    expect(github.checkRuns[0]).toMatchObject({ head_sha: HEAD, status: 'completed', conclusion: 'failure' });
    expect(github.issueComments).toHaveLength(0);
    expect(github.calls().some((call) => call.includes('/issues/'))).toBe(false);
    expect(logs.map((line) => line.message)).toContain(
      `acme/ml-service#7 moved on to ${NEWER_HEAD} while ${HEAD} was checked; the comment is left to the newer head.`,
    );
  });

  it('a late event for an older head does not overwrite the comment written for the newer head', async () => {
    const { github, deliver } = await start();
    await deliver('pull_request', pullRequestPayload());
    const comment = github.commentsWith(MARKER)[0];
    const written = comment?.body;
    github.title = 'Retitled later';
    github.pullHeadSha = NEWER_HEAD;
    const late = pullRequestPayload({ action: 'edited' });
    await deliver('pull_request', { ...late, pull_request: { ...late.pull_request, title: 'Retitled later' } });
    expect(github.commentsWith(MARKER)).toHaveLength(1);
    expect(github.commentsWith(MARKER)[0]?.body).toBe(written);
  });
});

describe('re-run requests', () => {
  it('check_run.rerequested reads the pull request and runs a new check on its head', async () => {
    const { github, deliver } = await start();
    await deliver('check_run', fixture('app-check_run.rerequested'));

    const calls = github.calls();
    expect(calls.slice(0, 3)).toEqual([
      'POST /app/installations/42/access_tokens',
      `GET ${REPO}/pulls/7`,
      `POST ${REPO}/check-runs`,
    ]);
    // The pull request is read twice: for the re-run, and for its head before completing.
    const count = (call: string) => calls.filter((candidate) => candidate === call).length;
    expect(count(`GET ${REPO}/pulls/7`)).toBe(2);
    expect([
      count(`POST ${REPO}/check-runs`),
      count(`PATCH ${REPO}/check-runs/9000`),
      count(`POST ${REPO}/issues/7/comments`),
    ]).toEqual([1, 1, 1]);
    expect(github.checkRuns).toEqual([expect.objectContaining({ head_sha: HEAD, status: 'completed', conclusion: 'failure' })]);
    expect(github.commentsWith(MARKER)).toHaveLength(1);
  });

  it('check_suite.rerequested without pull requests (a fork) finds them by the head commit', async () => {
    const { github, deliver } = await start({ headOwner: 'contributor' });
    await deliver('check_suite', fixture('app-check_suite.rerequested-fork'));
    expect(github.calls().slice(0, 3)).toEqual([
      'POST /app/installations/42/access_tokens',
      `GET ${REPO}/commits/${HEAD}/pulls?per_page=100`,
      `GET ${REPO}/pulls/7`,
    ]);
    expect(github.checkRuns).toEqual([expect.objectContaining({ head_sha: HEAD, conclusion: 'failure' })]);
  });

  it('check_run.rerequested without pull requests uses the pull request number the run was created with', async () => {
    const { github, deliver } = await start({ headOwner: 'contributor' });
    const payload = fixture('app-check_run.rerequested');
    await deliver('check_run', { ...payload, check_run: { ...(payload.check_run as object), pull_requests: [] } });
    expect(github.calls().slice(0, 2)).toEqual(['POST /app/installations/42/access_tokens', `GET ${REPO}/pulls/7`]);
    expect(github.checkRuns).toHaveLength(1);
  });

  it('a re-run of an older head is skipped with a log line: the current head has its own check', async () => {
    const { github, deliver, logs } = await start();
    github.pullHeadSha = NEWER_HEAD;
    await deliver('check_run', fixture('app-check_run.rerequested'));
    expect(github.calls()).toEqual(['POST /app/installations/42/access_tokens', `GET ${REPO}/pulls/7`]);
    expect(github.checkRuns).toHaveLength(0);
    expect(logs.map((line) => line.message)).toContain(
      `acme/ml-service#7 is now at ${NEWER_HEAD}; the re-run asked for ${HEAD}, an older head, so the check of the current head stands.`,
    );
  });

  it("a re-run of another app's check run is ignored without a request", async () => {
    const { github, deliver } = await start();
    const payload = fixture('app-check_run.rerequested');
    await deliver('check_run', { ...payload, check_run: { ...(payload.check_run as object), name: 'Lint' } });
    expect(github.requests).toHaveLength(0);
  });

  it('a commit no open pull request has as head is logged and left alone', async () => {
    const { github, deliver, logs } = await start();
    github.pullHeadSha = NEWER_HEAD;
    await deliver('check_suite', fixture('app-check_suite.rerequested-fork'));
    expect(github.calls()).toEqual([
      'POST /app/installations/42/access_tokens',
      `GET ${REPO}/commits/${HEAD}/pulls?per_page=100`,
    ]);
    expect(logs.map((line) => line.message)).toContain(
      `No open pull request of acme/ml-service has ${HEAD} as its head; nothing to run again.`,
    );
  });
});

describe('merge queues', () => {
  const GROUP_HEAD = 'e'.repeat(40);

  it('merge_group.checks_requested reports the check as passed on the group commit, in one request', async () => {
    const { github, deliver } = await start();
    await deliver('merge_group', fixture('app-merge_group.checks_requested'));

    expect(github.calls()).toEqual(['POST /app/installations/42/access_tokens', `POST ${REPO}/check-runs`]);
    expect(github.checkRuns).toEqual([
      expect.objectContaining({ name: CHECK_NAME, head_sha: GROUP_HEAD, status: 'completed', conclusion: 'success' }),
    ]);
    expect(github.checkRuns[0]?.output).toEqual({
      title: 'Checked on each pull request',
      summary:
        'This commit is a merge queue group for `main`. ML Docs Guard judged each of its pull requests before it could ' +
        'join the queue, and documentation is required of pull requests, so the group passes without being judged again.',
      text: null,
    });
    expect(github.commentsWith(MARKER)).toHaveLength(0);
  });

  it('a merge_group payload without its commit is a clear error, and no check run is made', async () => {
    const { github, deliver } = await start();
    const payload = fixture('app-merge_group.checks_requested');
    const group = payload.merge_group as Record<string, unknown>;
    await expect(deliver('merge_group', { ...payload, merge_group: { ...group, head_sha: '' } })).rejects.toThrow(
      'The merge_group payload has no valid `merge_group.head_sha` (expected a non-empty string).',
    );
    expect(github.checkRuns).toHaveLength(0);
  });
});

describe('failures', () => {
  it('a crash after the check started completes it as a failure that says it could not run, then rethrows', async () => {
    const { github, deliver } = await start();
    github.inject({ method: 'GET', path: /\/pulls\/7\/files$/, fault: { kind: 'status', status: 502 }, times: Infinity });
    await expect(deliver('pull_request', pullRequestPayload())).rejects.toThrow(
      /list the files of pull request acme\/ml-service#7/,
    );

    const [run] = github.checkRuns;
    expect(run).toMatchObject({ head_sha: HEAD, status: 'completed', conclusion: 'failure' });
    expect(run?.output.title).toBe(CRASH_TITLE);
    expect(run?.output.summary).toContain('GitHub answered 502');
    expect(run?.output.summary).not.toContain(TOKEN);
    expect(github.issueComments).toHaveLength(0);
  });

  it('a refused check run (no checks permission) stops before any other call and rethrows', async () => {
    const { github, deliver } = await start();
    github.inject({
      method: 'POST',
      path: /\/check-runs$/,
      fault: { kind: 'status', status: 403, message: 'Resource not accessible by integration' },
      times: 1,
    });
    await expect(deliver('pull_request', pullRequestPayload())).rejects.toThrow(/start the ML Docs Guard check run/);
    expect(github.calls()).toEqual(['POST /app/installations/42/access_tokens', `POST ${REPO}/check-runs`]);
    expect(github.checkRuns).toHaveLength(0);
  });

  it('a refused comment (a read-only installation) is a warning: the check run still carries the verdict', async () => {
    const { github, deliver, logs } = await start();
    github.inject({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      fault: { kind: 'status', status: 403, message: 'Resource not accessible by integration' },
      times: 1,
    });
    await deliver('pull_request', pullRequestPayload());
    expect(github.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(github.issueComments).toHaveLength(0);
    expect(logs).toContainEqual({
      level: 'warn',
      message: expect.stringMatching(/^The comment on acme\/ml-service#7 was refused: .*GitHub answered 403/),
    });
  });

  it('a payload without a pull request is a clear error, and no check run is started', async () => {
    const { github, deliver } = await start();
    const payload = pullRequestPayload();
    await expect(deliver('pull_request', { ...payload, pull_request: { ...payload.pull_request, head: {} } })).rejects.toThrow(
      'The event payload has no valid `pull_request.head.sha`',
    );
    expect(github.requests).toHaveLength(0);
  });
});
