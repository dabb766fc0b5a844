/**
 * The App as docs/github-app.md deploys it on a Node function (Vercel, Netlify): Probot's
 * `createNodeMiddleware` with `createProbot` reading Probot's environment variables, mounted in a
 * plain HTTP server, receiving a webhook signed like GitHub signs them, talking to a fake GitHub
 * Enterprise Server.
 */
import { afterEach, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeMiddleware, createProbot } from 'probot';
import mlDocsGuardApp from '../../src/app/index.js';
import { startFakeGitHubApp, type FakeGitHubApp } from '../helpers/fake-github-app.js';
import { APP_ID, HEAD, KEYS, MARKER, pullRequestPayload, smallPr } from '../unit/app/app-test-kit.js';

const SECRET = 'webhook-secret-for-the-function';
const WEBHOOKS_PATH = '/api/github/webhooks';

let github: FakeGitHubApp | undefined;
let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
  await github?.close();
  server = undefined;
  github = undefined;
});

it('judges a signed pull request delivered to the documented createNodeMiddleware entry', async () => {
  github = await startFakeGitHubApp(smallPr({ apiPrefix: '/api/v3' }));
  // What the function's platform holds: Probot's variables, read by createProbot as in production.
  const env = {
    APP_ID: String(APP_ID),
    PRIVATE_KEY: KEYS.privateKey,
    WEBHOOK_SECRET: SECRET,
    GHE_HOST: new URL(github.url).host,
    GHE_PROTOCOL: 'http',
    LOG_LEVEL: 'silent' as const,
  };
  const middleware = await createNodeMiddleware(mlDocsGuardApp, { probot: createProbot({ env }), webhooksPath: WEBHOOKS_PATH });
  server = createServer((request, response) => {
    void middleware(request, response, () => response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${WEBHOOKS_PATH}`;

  const body = JSON.stringify(pullRequestPayload());
  const deliver = (signature: string) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'pull_request',
        'x-github-delivery': `delivery-${signature.slice(-8)}`,
        'x-hub-signature-256': signature,
      },
      body,
    });

  const forged = await deliver(`sha256=${createHmac('sha256', 'not-the-secret').update(body).digest('hex')}`);
  expect(forged.status).toBe(400);
  expect(github.requests).toHaveLength(0);

  // The handler's work is done by the time the function answers, as on a platform that stops it then.
  const signed = await deliver(`sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`);
  expect(signed.status).toBe(200);
  expect(github.checkRuns).toEqual([
    expect.objectContaining({ name: 'ML Docs Guard', head_sha: HEAD, status: 'completed', conclusion: 'failure' }),
  ]);
  expect(github.commentsWith(MARKER)).toHaveLength(1);
});
