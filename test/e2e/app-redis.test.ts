/**
 * Scaling past one machine: two App servers with `REDIS_URL` share Octokit's throttling through a
 * real Redis (Probot's Bottleneck clustering) and each handles the deliveries it is sent. The
 * servers keep no state of their own: the second one updates the comment the first one wrote.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { freePort, startAppProcess, waitFor, type AppProcess } from '../helpers/app-process.js';
import { startFakeGitHubApp, type FakeGitHubApp } from '../helpers/fake-github-app.js';
import { APP_ID, HEAD, KEYS, MARKER, pullRequestPayload, REPO, smallPr } from '../unit/app/app-test-kit.js';

const SECRET = 'webhook-secret-for-redis';

/** Fails with what to install, instead of skipping: a scaling test that never runs proves nothing. */
const requireTools = (): void => {
  const redis = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (redis.error !== undefined || redis.status !== 0) {
    throw new Error(
      'redis-server is not installed, and the App scaling test needs a real Redis: `apt-get install -y redis-server` ' +
        '(.ci/run installs it when absent).',
    );
  }
  try {
    createRequire(join(process.cwd(), 'package.json')).resolve('ioredis');
  } catch {
    throw new Error(
      'The npm package `ioredis` is not installed. Probot loads it when REDIS_URL is set, and without it an App server ' +
        'with REDIS_URL cannot start: add it to the dependencies (`npm install ioredis`).',
    );
  }
};

const redisCli = (port: number, ...args: string[]): string =>
  spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], { encoding: 'utf8' }).stdout.trim();

let redis: ChildProcess | undefined;
let redisPort = 0;
let github: FakeGitHubApp | undefined;
const apps: AppProcess[] = [];

beforeAll(async () => {
  requireTools();
  redisPort = await freePort();
  redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  await waitFor(`redis-server on port ${redisPort}`, () => redisCli(redisPort, 'ping') === 'PONG');
  github = await startFakeGitHubApp(smallPr({ apiPrefix: '/api/v3' }));
  const env = { REDIS_URL: `redis://127.0.0.1:${redisPort}` };
  for (let instance = 0; instance < 2; instance += 1) {
    apps.push(
      await startAppProcess({
        appId: APP_ID,
        privateKey: KEYS.privateKey,
        secret: SECRET,
        githubHost: new URL(github.url).host,
        env,
      }),
    );
  }
}, 90_000);

afterAll(async () => {
  for (const app of apps.splice(0)) await app.stop();
  await github?.close();
  if (redis !== undefined && redis.exitCode === null) {
    const exited = new Promise((resolve) => redis?.once('exit', resolve));
    redis.kill('SIGTERM');
    await exited;
  }
});

describe('two App servers sharing one Redis', () => {
  it('each handles the deliveries it receives, throttled through Redis', async () => {
    const [first, second] = apps as [AppProcess, AppProcess];
    const server = github as FakeGitHubApp;
    const seen = () => `Requests:\n${server.calls().join('\n')}\nFirst:\n${first.output()}\nSecond:\n${second.output()}`;

    expect(await first.deliver({ event: 'pull_request', payload: pullRequestPayload() })).toEqual({ status: 200, body: 'ok\n' });
    await waitFor(
      'the first check run and the comment',
      () => server.checkRuns[0]?.status === 'completed' && server.commentsWith(MARKER).length === 1,
      seen,
    );

    server.title = 'Lower the learning rate, second push';
    const push = pullRequestPayload({ action: 'synchronize' });
    const payload = { ...push, pull_request: { ...push.pull_request, title: server.title } };
    expect(await second.deliver({ event: 'pull_request', payload })).toEqual({ status: 200, body: 'ok\n' });
    await waitFor(
      'the second check run',
      () => server.checkRuns.length === 2 && server.checkRuns[1]?.status === 'completed',
      seen,
    );

    expect(server.checkRuns.map((run) => [run.head_sha, run.conclusion])).toEqual([
      [HEAD, 'failure'],
      [HEAD, 'failure'],
    ]);
    // One comment: the second server found and updated the one the first wrote.
    expect(server.commentsWith(MARKER)).toHaveLength(1);
    expect(server.commentsWith(MARKER)[0]?.body).toContain('second push');
    expect(server.calls().filter((call) => call === `POST ${REPO}/issues/7/comments`)).toHaveLength(1);

    // Both servers' rate limiters live in Redis (Bottleneck's `b_` keys), registered by two clients.
    const keys = redisCli(redisPort, '--scan', '--pattern', 'b_*').split('\n').filter(Boolean);
    expect(keys.length).toBeGreaterThan(0);
    const clients = new Set(
      keys
        .filter((key) => key.endsWith('_client_last_seen'))
        .flatMap((key) => redisCli(redisPort, 'zrange', key, '0', '-1').split('\n').filter(Boolean)),
    );
    expect(clients.size).toBeGreaterThanOrEqual(2);
  });
});
