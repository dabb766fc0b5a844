/**
 * The App as operators run it: `node dist/app.js` (what `npm run app` runs) in its own process,
 * configured only by Probot's environment variables, with webhooks delivered over HTTP and signed
 * like GitHub signs them. Waits are on conditions with a deadline, never fixed sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const APP_BUNDLE = join(process.cwd(), 'dist', 'app.js');
/** Probot's webhook path (@octokit/webhooks' default). */
export const WEBHOOK_PATH = '/api/github/webhooks';
/** Long enough for a cold start on a loaded 2-core machine; a hang fails with what was seen. */
export const DEADLINE_MS = 25_000;
const POLL_MS = 50;

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('Could not find a free port.');
  return address.port;
}

/** Polls `condition` until it is truthy; past the deadline, fails saying what was awaited. */
export async function waitFor<T>(
  what: string,
  condition: () => T | undefined | false | Promise<T | undefined | false>,
  context: () => string = () => '',
): Promise<T> {
  const deadline = Date.now() + DEADLINE_MS;
  for (;;) {
    const value = await condition();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${DEADLINE_MS} ms waiting for ${what}. ${context()}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export interface AppProcess {
  readonly url: string;
  readonly output: () => string;
  /** POSTs a webhook signed with `secret` (the app's, unless a test forges another); returns the HTTP status. */
  deliver(options: { event: string; payload: unknown; secret?: string }): Promise<{ status: number; body: string }>;
  stop(): Promise<void>;
}

/**
 * Starts `node dist/app.js` on a free loopback port with a private key file, the webhook secret
 * and `GHE_HOST` pointing at the fake GitHub; resolves once the server answers `/ping`. Runs in
 * an empty working directory, so no `.env` of the machine leaks in.
 */
export async function startAppProcess({
  appId,
  privateKey,
  secret,
  githubHost,
  env = {},
}: {
  appId: number;
  privateKey: string;
  secret: string;
  /** `host:port` of the fake GitHub, as `GHE_HOST`. */
  githubHost: string;
  env?: Readonly<Record<string, string>>;
}): Promise<AppProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'ml-docs-guard-app-'));
  const keyPath = join(dir, 'private-key.pem');
  writeFileSync(keyPath, privateKey, { mode: 0o600 });
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [APP_BUNDLE], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      APP_ID: String(appId),
      PRIVATE_KEY_PATH: keyPath,
      WEBHOOK_SECRET: secret,
      HOST: '127.0.0.1',
      PORT: String(port),
      GHE_HOST: githubHost,
      GHE_PROTOCOL: 'http',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));

  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (exitCode === undefined) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(
      `the app server at ${url} to answer /ping`,
      async () => {
        if (exitCode !== undefined)
          throw new Error(`The app server exited with code ${String(exitCode)} before it was ready:\n${output}`);
        try {
          const response = await fetch(`${url}/ping`);
          return response.ok && (await response.text()) === 'PONG';
        } catch {
          return false;
        }
      },
      () => `Server output:\n${output}`,
    );
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url,
    output: () => output,
    stop,
    async deliver({ event, payload, secret: signingSecret = secret }) {
      const body = JSON.stringify(payload);
      const signature = `sha256=${createHmac('sha256', signingSecret).update(body).digest('hex')}`;
      const response = await fetch(`${url}${WEBHOOK_PATH}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-event': event,
          'x-github-delivery': randomUUID(),
          'x-hub-signature-256': signature,
        },
        body,
      });
      return { status: response.status, body: await response.text() };
    },
  };
}
