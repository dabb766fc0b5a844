/**
 * Shared set-up of the App's tests: an RSA key pair made at test time (never committed), the fake
 * GitHub an app talks to, a real Probot with the App loaded (retries and throttling off, so a
 * test's request count is exact), and payloads from the fixtures.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Probot, ProbotOctokit, type Logger } from 'probot';
import mlDocsGuardApp from '../../../src/app/index.js';
import type { FakeFile } from '../../helpers/fake-github.js';
import { startFakeGitHubApp, type FakeGitHubApp, type FakeGitHubAppOptions } from '../../helpers/fake-github-app.js';

export const APP_ID = 1234;
export const TOKEN = 'ghs_installationTokenForTests0123456789';
export const BASE = 'b'.repeat(40);
export const HEAD = 'c'.repeat(40);
export const NEWER_HEAD = 'd'.repeat(40);
export const REPO = '/repos/acme/ml-service';
export const MARKER = '<!-- ml-docs-guard -->';

/** The app's key pair, in the formats GitHub hands out (PKCS#1) and publishes (SPKI). */
export const KEYS = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
});

/** A hyperparameter change (the model area) with no documentation. */
export const PARAMS: FakeFile = {
  filename: 'params.yaml',
  status: 'modified',
  patch: '@@ -1,2 +1,2 @@\n train:\n-  lr: 0.01\n+  lr: 0.001',
  additions: 1,
  deletions: 1,
};
export const BASE_FILES = { 'params.yaml': 'train:\n  lr: 0.01\n', 'README.md': '# ML service\n' };
export const HEAD_FILES = { 'params.yaml': 'train:\n  lr: 0.001\n', 'README.md': '# ML service\n' };

/** The small pull request most tests judge: one model file changed, no docs. */
export const smallPr = (options: Partial<FakeGitHubAppOptions> = {}): FakeGitHubAppOptions => ({
  appId: APP_ID,
  publicKey: KEYS.publicKey,
  token: TOKEN,
  files: [PARAMS],
  snapshots: { [BASE]: BASE_FILES, [HEAD]: HEAD_FILES },
  ...options,
});

export const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/events', `${name}.json`), 'utf8')) as Record<string, unknown>;

/** The `pull_request` fixture with another action, and optionally another head. */
export const pullRequestPayload = ({ action = 'opened', headSha = HEAD }: { action?: string; headSha?: string } = {}) => {
  const payload = fixture('app-pull_request.opened');
  const pull = payload.pull_request as { head: { sha: string } };
  return { ...payload, action, pull_request: { ...pull, head: { ...pull.head, sha: headSha } } };
};

export interface LogLine {
  readonly level: string;
  readonly message: string;
}

/** A logger with pino's methods that keeps its lines, so tests can assert what operators are told. */
export const recordingLogger = (): { logger: Logger; lines: LogLine[] } => {
  const lines: LogLine[] = [];
  const write =
    (level: string) =>
    (...args: unknown[]): void => {
      const error = args.find((arg): arg is { err: Error } => typeof arg === 'object' && arg !== null && 'err' in arg);
      const text = args.filter((arg): arg is string => typeof arg === 'string').join(' ');
      lines.push({ level, message: [text, error?.err?.message].filter(Boolean).join(': ') });
    };
  const logger: Record<string, unknown> = {
    level: 'trace',
    trace: write('trace'),
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    fatal: write('fatal'),
    silent: () => undefined,
  };
  logger.child = () => logger;
  return { logger: logger as unknown as Logger, lines };
};

export interface AppUnderTest {
  readonly github: FakeGitHubApp;
  readonly probot: Probot;
  readonly logs: LogLine[];
  /** Delivers one webhook to the App and waits for its handlers. */
  deliver(name: string, payload: unknown): Promise<void>;
}

/**
 * Probot's client with retries and throttling off. A function, not an object: Probot passes its
 * own `throttle` options to every client, and an object default is merged shallowly under them,
 * so `{ throttle: { enabled: false } }` is lost and writes stay spaced a second apart.
 */
const WITHOUT_RETRY_OR_THROTTLE = ProbotOctokit.defaults((options: { throttle?: object }) => ({
  ...options,
  retry: { enabled: false },
  throttle: { ...options.throttle, enabled: false },
}));

let deliveries = 0;

/** Starts the fake GitHub and a Probot running the App against it. */
export async function startApp(options: Partial<FakeGitHubAppOptions> = {}): Promise<AppUnderTest> {
  const github = await startFakeGitHubApp(smallPr(options));
  const { logger, lines } = recordingLogger();
  const probot = new Probot({
    appId: APP_ID,
    privateKey: KEYS.privateKey,
    baseUrl: github.url,
    log: logger,
    Octokit: WITHOUT_RETRY_OR_THROTTLE,
  });
  await probot.load(mlDocsGuardApp);
  const deliver = async (name: string, payload: unknown): Promise<void> => {
    deliveries += 1;
    await probot.receive({ id: `delivery-${deliveries}`, name, payload } as Parameters<Probot['receive']>[0]);
  };
  return { github, probot, logs: lines, deliver };
}
