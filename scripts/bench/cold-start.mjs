import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The smallest `pull_request` event the Action accepts. */
const EVENT = {
  action: 'synchronize',
  number: 1,
  pull_request: {
    number: 1,
    title: 'Retune the model',
    body: '',
    user: { login: 'octocat' },
    labels: [],
    changed_files: 1,
    head: { ref: 'feature', sha: 'c'.repeat(40), repo: { full_name: 'acme/ml', owner: { login: 'acme' }, name: 'ml' } },
    base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'acme/ml', owner: { login: 'acme' }, name: 'ml' } },
  },
  repository: { name: 'ml', full_name: 'acme/ml', owner: { login: 'acme' } },
};

/** A run that has not called the API by then is broken, not slow. */
const FIRST_REQUEST_DEADLINE_MS = 30_000;

/**
 * Time from spawning `node <bundle>` with a runner's environment to the arrival of its first
 * request at a local HTTP server: module loading, input and event parsing, client set-up. The
 * child is killed as soon as the request arrives; nothing after it is measured.
 *
 * @returns {Promise<number>} milliseconds
 */
export async function measureColdStart({ bundle }) {
  const dir = await mkdtemp(join(tmpdir(), 'ml-docs-guard-cold-'));
  let child;
  let started = 0n;
  let arrived;
  const firstRequest = new Promise((resolve) => (arrived = resolve));
  const server = createServer((_request, response) => {
    arrived(process.hrtime.bigint());
    response.writeHead(503).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const eventPath = join(dir, 'event.json');
    await writeFile(eventPath, JSON.stringify(EVENT));
    await Promise.all(['output', 'summary'].map((name) => writeFile(join(dir, name), '')));
    const env = {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/ml',
      GITHUB_API_URL: `http://127.0.0.1:${server.address().port}`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      RUNNER_TEMP: dir,
      INPUT_TOKEN: 'ghs_benchmarkToken',
      'INPUT_CONFIG-PATH': '.github/ml-docs-guard.yml',
      INPUT_COMMENT: 'false',
    };
    started = process.hrtime.bigint();
    child = spawn(process.execPath, [bundle], { env, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', () => resolve(undefined)));
    const timeout = new Promise((resolve) => setTimeout(() => resolve(undefined), FIRST_REQUEST_DEADLINE_MS).unref());
    const at = await Promise.race([firstRequest, exited, timeout]);
    if (at === undefined)
      throw new Error(`${bundle} made no API request (it exited or took over ${FIRST_REQUEST_DEADLINE_MS} ms)`);
    return Number(at - started) / 1e6;
  } finally {
    child?.kill('SIGKILL');
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  }
}
