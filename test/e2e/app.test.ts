/**
 * The App as operators run it: `node dist/app.js` (`npm run app`) configured by Probot's
 * environment, talking to a fake GitHub Enterprise Server (`GHE_HOST`, `/api/v3`) that checks the
 * app's JWT, receiving webhooks signed with `X-Hub-Signature-256`.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startAppProcess, waitFor, type AppProcess } from '../helpers/app-process.js';
import { startFakeGitHubApp, type FakeGitHubApp } from '../helpers/fake-github-app.js';
import { nodeReadsEnvProxy, PROXIED_HOST, startTunnelProxy, type TunnelProxy } from '../helpers/tunnel-proxy.js';
import { APP_ID, fixture, HEAD, KEYS, MARKER, pullRequestPayload, REPO, smallPr } from '../unit/app/app-test-kit.js';

const SECRET = 'webhook-secret-for-e2e';

let github: FakeGitHubApp;
let app: AppProcess | undefined;
let proxy: TunnelProxy | undefined;

beforeEach(async () => {
  github = await startFakeGitHubApp(smallPr({ apiPrefix: '/api/v3' }));
});
afterEach(async () => {
  await app?.stop();
  app = undefined;
  await proxy?.close();
  proxy = undefined;
  await github.close();
});

const start = async (): Promise<AppProcess> => {
  app = await startAppProcess({
    appId: APP_ID,
    privateKey: KEYS.privateKey,
    secret: SECRET,
    githubHost: new URL(github.url).host,
  });
  return app;
};

const seen = (): string => `Requests so far:\n${github.calls().join('\n')}\nServer output:\n${app?.output() ?? ''}`;

/** Waits until exactly `count` check runs exist and all are completed. */
const settled = (count: number) =>
  waitFor(
    `${count} completed check run(s)`,
    () => github.checkRuns.length === count && github.checkRuns.every((run) => run.status === 'completed'),
    seen,
  );

describe('the App server (dist/app.js)', () => {
  it('refuses to start when Node would ignore the HTTPS_PROXY it is given, saying how to fix it', async () => {
    const starting = startAppProcess({
      appId: APP_ID,
      privateKey: KEYS.privateKey,
      secret: SECRET,
      githubHost: 'ghes.corp.example',
      env: { GHE_PROTOCOL: 'https', HTTPS_PROXY: 'http://proxy.corp.example:3128' },
    });

    await expect(starting).rejects.toThrow(
      // One JSON line, as Probot logs (LOG_FORMAT=json), at pino's fatal level.
      /exited with code 1 before it was ready:\n\{"level":60,"time":\d+,"name":"ml-docs-guard","msg":"HTTPS_PROXY names the proxy proxy\.corp\.example:3128 for ghes\.corp\.example, but Node/,
    );
    expect(github.calls()).toEqual([]);
  });

  // Which of the two happens depends on the Node running the tests; CI runs both (Node 20 and 24).
  const outcome = nodeReadsEnvProxy()
    ? 'calls GitHub through the proxy'
    : `refuses to start, since Node ${process.versions.node} cannot use the proxy`;
  it(`with NODE_USE_ENV_PROXY=1 ${outcome}`, async () => {
    proxy = await startTunnelProxy();
    const githubHost = `${PROXIED_HOST}:${new URL(github.url).port}`;
    const starting = startAppProcess({
      appId: APP_ID,
      privateKey: KEYS.privateKey,
      secret: SECRET,
      githubHost,
      env: { HTTP_PROXY: proxy.url, NODE_USE_ENV_PROXY: '1' },
    });
    if (!nodeReadsEnvProxy()) {
      await expect(starting).rejects.toThrow(
        `but Node ${process.versions.node} cannot use it: NODE_USE_ENV_PROXY=1 needs Node 22.21 or 24 or later.`,
      );
      expect(github.calls()).toEqual([]);
      return;
    }
    app = await starting;
    expect(app.output()).toContain(`GitHub API requests go through the proxy ${new URL(proxy.url).host} (from HTTP_PROXY).`);
    await app.deliver({ event: 'pull_request', payload: pullRequestPayload() });
    await settled(1);
    expect(github.checkRuns[0]?.conclusion).toBe('failure');
    expect(new Set(proxy.tunnels)).toEqual(new Set([githubHost]));
  });

  it('rejects webhooks without a valid signature, calling GitHub for none of them', async () => {
    const server = await start();
    const forged = await server.deliver({ event: 'pull_request', payload: pullRequestPayload(), secret: 'not-the-secret' });
    expect(forged.status).toBe(400);
    expect(forged.body).toContain('signature does not match');
    const unsigned = await fetch(`${server.url}/api/github/webhooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-github-event': 'pull_request', 'x-github-delivery': 'unsigned-1' },
      body: JSON.stringify(pullRequestPayload()),
    });
    expect(unsigned.status).toBe(400);
    expect(github.requests).toHaveLength(0);

    // The same delivery correctly signed is handled: the forged one was refused for its signature alone.
    const signed = await server.deliver({ event: 'pull_request', payload: pullRequestPayload() });
    expect(signed.status).toBe(200);
    await settled(1);
    expect(github.checkRuns).toHaveLength(1);
    expect(github.calls().filter((call) => call === `POST ${REPO}/check-runs`)).toHaveLength(1);
  });

  it('judges an opened pull request: a check run on the head with the report and annotations, and one comment', async () => {
    const server = await start();
    const response = await server.deliver({ event: 'pull_request', payload: pullRequestPayload() });
    expect(response).toEqual({ status: 200, body: 'ok\n' });
    await settled(1);
    await waitFor('the sticky comment', () => github.commentsWith(MARKER).length === 1, seen);

    const [run] = github.checkRuns;
    expect(run).toMatchObject({
      name: 'ML Docs Guard',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'failure',
      external_id: '7',
    });
    expect(run?.output.title).toBe('Missing docs: model card, changelog');
    expect(run?.output.summary).toContain('## ❌ ML Docs Guard: documentation missing');
    expect(run?.output.text).toContain('### Changelog entry');
    expect(run?.annotations).toEqual([
      expect.objectContaining({
        path: 'params.yaml',
        start_line: 2,
        end_line: 2,
        annotation_level: 'failure',
        title: 'Documentation missing: model',
      }),
    ]);
    // Every call went through GitHub Enterprise Server's /api/v3 (the fake answers nothing else),
    // the first one exchanging the app's JWT for an installation token.
    const calls = github.calls();
    expect(calls[0]).toBe('POST /app/installations/42/access_tokens');
    const count = (call: string) => calls.filter((candidate) => candidate === call).length;
    expect(
      [`POST ${REPO}/check-runs`, `GET ${REPO}/pulls/7`, `PATCH ${REPO}/check-runs/9000`, `POST ${REPO}/issues/7/comments`].map(
        count,
      ),
    ).toEqual([1, 1, 1, 1]);
    // Retries and throttling are on in the real server; still no request is sent twice.
    expect(new Set(calls).size).toBe(calls.length);
    expect(github.calls().some((call) => call.includes('/missing-api-prefix'))).toBe(false);
  });

  it('re-runs the check when asked, with a new check run and the same comment updated in place', async () => {
    const server = await start();
    await server.deliver({ event: 'pull_request', payload: pullRequestPayload() });
    await settled(1);
    await waitFor('the sticky comment', () => github.commentsWith(MARKER).length === 1, seen);
    github.labels = ['needs-review'];
    github.title = 'Lower the learning rate (re-run)';

    const rerun = await server.deliver({ event: 'check_run', payload: fixture('app-check_run.rerequested') });
    expect(rerun.status).toBe(200);
    await settled(2);
    await waitFor('the comment to show the new title', () => github.commentsWith(MARKER)[0]?.body.includes('(re-run)'), seen);

    expect(github.checkRuns.map((run) => [run.head_sha, run.status, run.conclusion])).toEqual([
      [HEAD, 'completed', 'failure'],
      [HEAD, 'completed', 'failure'],
    ]);
    expect(github.commentsWith(MARKER)).toHaveLength(1);
    expect(github.calls().filter((call) => call === `POST ${REPO}/issues/7/comments`)).toHaveLength(1);
  });
});
