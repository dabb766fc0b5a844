/**
 * The Action as the runner runs it: `node dist/index.js` with the runner's environment (event
 * file, inputs as INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files) against a local
 * server that speaks GitHub's REST API and records every request.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, type FakeFile, type FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github.js';
import { nodeReadsEnvProxy, PROXIED_HOST, startTunnelProxy, type TunnelProxy } from '../helpers/tunnel-proxy.js';

const DIST = join(process.cwd(), 'dist', 'index.js');
const MARKER = '<!-- ml-docs-guard -->';
const TOKEN = 'ghs_e2eSecretToken123';
const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const MERGE_BASE = 'a'.repeat(40);
const REPO = '/repos/acme/ml-service';

const PARAMS: FakeFile = {
  filename: 'params.yaml',
  status: 'modified',
  patch: '@@ -1,2 +1,2 @@\n train:\n-  lr: 0.01\n+  lr: 0.001',
  additions: 1,
  deletions: 1,
};
const BASE_FILES = { 'params.yaml': 'train:\n  lr: 0.01\n', 'README.md': '# ML service\n' };
const HEAD_FILES = { 'params.yaml': 'train:\n  lr: 0.001\n', 'README.md': '# ML service\n' };

/**
 * The requests of one run on the small PR (one model file changed, no docs). Reads run
 * concurrently, so tests compare them sorted: the same requests, each as often, in any order.
 */
const SMALL_PR_CALLS = [
  `GET ${REPO}/contents/.github/ml-docs-guard.yml?ref=main`,
  `GET ${REPO}/pulls/7/files?page=1&per_page=100`,
  `GET ${REPO}/compare/${BASE}...${HEAD}?per_page=1`,
  `GET ${REPO}/contents/params.yaml?ref=${BASE}`,
  `GET ${REPO}/contents/params.yaml?ref=${HEAD}`,
  `GET ${REPO}/git/trees/${BASE}?recursive=1`,
  // The docs review reads the README the base tree lists, for values the change made stale.
  `GET ${REPO}/contents/README.md?ref=${HEAD}`,
  `GET ${REPO}/contents/CHANGELOG.md?ref=${HEAD}`,
  `GET ${REPO}/issues/7/comments?page=1&per_page=100`,
  `POST ${REPO}/issues/7/comments`,
];

const smallPr = (options: FakeGitHubOptions = {}): FakeGitHubOptions => ({
  token: TOKEN,
  files: [PARAMS],
  snapshots: { [BASE]: BASE_FILES, [HEAD]: HEAD_FILES },
  ...options,
});

const eventFixture = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/events/pull_request.synchronize.json'), 'utf8')) as Record<
    string,
    unknown
  >;

interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
}

/** Reads GITHUB_OUTPUT's `name<<delimiter` blocks. */
const parseOutputs = (text: string): Record<string, string> => {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] as string] = match[3] as string;
  return outputs;
};

let github: FakeGitHub | undefined;
const workDirs: string[] = [];
afterEach(async () => {
  await github?.close();
  github = undefined;
  for (const dir of workDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const start = async (options: FakeGitHubOptions): Promise<FakeGitHub> => {
  github = await startFakeGitHub(options);
  return github;
};

/** Runs the bundle once with a clean environment (nothing leaks in from the machine running the tests). */
const runAction = async ({
  server,
  eventName = 'pull_request',
  payload,
  inputs = {},
  env,
  moreEnv = {},
}: {
  server?: FakeGitHub;
  eventName?: string;
  payload?: unknown;
  inputs?: Readonly<Record<string, string>>;
  /** The whole environment, replacing the runner's. */
  env?: Readonly<Record<string, string>>;
  /** Variables added to (or overriding) the runner's environment. */
  moreEnv?: Readonly<Record<string, string>>;
}): Promise<ActionRun> => {
  const dir = mkdtempSync(join(tmpdir(), 'ml-docs-guard-action-'));
  workDirs.push(dir);
  const event = payload ?? eventFixture();
  const paths = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') };
  writeFileSync(paths.event, JSON.stringify(event));
  writeFileSync(paths.output, '');
  writeFileSync(paths.summary, '');
  const runnerEnv: Record<string, string> = env ?? {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REPOSITORY: 'acme/ml-service',
    GITHUB_API_URL: server?.url ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: HEAD,
    GITHUB_OUTPUT: paths.output,
    GITHUB_STEP_SUMMARY: paths.summary,
    RUNNER_TEMP: dir,
    ML_DOCS_GUARD_BACKOFF_UNIT_MS: '1',
    ML_DOCS_GUARD_REQUEST_TIMEOUT_MS: '1000',
    INPUT_TOKEN: TOKEN,
    'INPUT_CONFIG-PATH': '.github/ml-docs-guard.yml',
    INPUT_MODE: '',
    INPUT_COMMENT: 'true',
    'INPUT_DRY-RUN': 'false',
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
    ),
    ...moreEnv,
  };
  const child = spawn(process.execPath, [DIST], { env: runnerEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(paths.output, 'utf8')),
    summary: readFileSync(paths.summary, 'utf8'),
  };
};

const writes = (server: FakeGitHub): string[] => server.calls().filter((call) => !call.startsWith('GET '));

describe('the Action on a pull request that changes the model without docs', () => {
  it('fails the job, comments once, and sets outputs, summary and annotations with exactly 10 requests', async () => {
    const server = await start(smallPr());

    const run = await runAction({ server });

    expect(run.code).toBe(1);
    expect(server.calls().sort()).toEqual([...SMALL_PR_CALLS].sort());
    expect(server.calls().at(-1)).toBe(`POST ${REPO}/issues/7/comments`);
    const [comment] = server.commentsWith(MARKER);
    expect(server.issueComments).toHaveLength(1);
    expect(comment?.body).toMatch(/^<!-- ml-docs-guard -->\n## ❌ ML Docs Guard: documentation missing\n/);
    expect(comment?.body).toContain(
      '[Add it to `CHANGELOG.md`](https://github.com/acme/ml-service/new/tune-lr?filename=CHANGELOG.md&value=',
    );
    expect(run.summary).toBe(`${comment?.body}\n`);

    expect(run.outputs.verdict).toBe('fail');
    expect(JSON.parse(run.outputs.areas ?? '')).toEqual([
      expect.objectContaining({ name: 'model', files: ['params.yaml'], satisfied: false }),
    ]);
    expect(JSON.parse(run.outputs['missing-docs'] ?? '').map((doc: { area: string }) => doc.area)).toEqual([
      'model',
      'changelog',
    ]);
    expect(run.outputs['changelog-entry']).toBe(
      [
        '### Changed',
        '- Model: Raise the learning rate ([#7](https://github.com/acme/ml-service/pull/7))',
        '  - Files: `params.yaml`',
        '  - Changes: `train.lr`: 0.01 → 0.001',
        '  - Why: Training plateaued at epoch 12.',
        '  - Testing: Validation accuracy 0.91 -> 0.93 on the holdout set.',
      ].join('\n'),
    );

    expect(run.stdout).toContain(
      '::error title=Documentation missing%3A model,file=params.yaml,line=2::This file changes the model area (`train.lr`: 0.01 → 0.001)',
    );
    expect(run.stdout).toContain('::error title=Changelog entry missing::No changelog entry: add one to CHANGELOG.md.');
    expect(run.stdout).toContain('::error::ML Docs Guard: Missing docs: model card, changelog');
  });

  it('shows the token only in the line that masks it', async () => {
    const server = await start(smallPr());
    const run = await runAction({ server });
    const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => line.includes(TOKEN));
    expect(lines).toEqual([`::add-mask::${TOKEN}`]);
    expect(new Set(server.requests.map((request) => request.authorization))).toEqual(new Set([`token ${TOKEN}`]));
  });

  it('updates the same comment when the docs arrive, suggests the entry once, and passes', async () => {
    const server = await start(smallPr());
    await runAction({ server });
    const [first] = server.issueComments;

    const changelogPatch = '@@ -1,3 +1,4 @@\n # Changelog\n \n ## [Unreleased]\n+- Tuned the learning rate.';
    server.files = [
      PARAMS,
      {
        filename: 'MODEL_CARD.md',
        status: 'added',
        patch: '@@ -0,0 +1,2 @@\n+# Model card\n+lr is 0.001 now.',
        additions: 2,
        deletions: 0,
      },
      { filename: 'CHANGELOG.md', status: 'modified', patch: changelogPatch, additions: 1, deletions: 0 },
    ];
    server.snapshots[HEAD] = {
      ...HEAD_FILES,
      'MODEL_CARD.md': '# Model card\nlr is 0.001 now.\n',
      'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n- Tuned the learning rate.\n',
    };
    const payload = eventFixture();
    (payload.pull_request as Record<string, unknown>).changed_files = 3;
    server.requests.length = 0;

    const second = await runAction({ server, payload });

    expect(second.code).toBe(0);
    expect(second.outputs.verdict).toBe('pass');
    expect(server.commentsWith(MARKER)).toHaveLength(1);
    expect(server.issueComments[0]?.id).toBe(first?.id);
    expect(server.issueComments[0]?.body).toContain('documentation complete');
    expect(writes(server)).toEqual([`POST ${REPO}/pulls/7/comments`, `PATCH ${REPO}/issues/comments/${first?.id}`]);
    expect(server.reviewComments).toEqual([
      expect.objectContaining({ path: 'CHANGELOG.md', line: 3, side: 'RIGHT', commit_id: HEAD }),
    ]);
    expect(server.reviewComments[0]?.body).toContain(
      '```suggestion\n## [Unreleased]\n\n### Changed\n- Model: Raise the learning rate',
    );
    expect(second.stdout).not.toContain('::error');

    server.requests.length = 0;
    const third = await runAction({ server, payload });

    expect(third.code).toBe(0);
    expect(writes(server)).toEqual([]);
    expect(server.reviewComments).toHaveLength(1);
    expect(server.commentsWith(MARKER)).toHaveLength(1);
  });
});

describe('the Action under GitHub faults', () => {
  it('recovers from 502s, a hang and a secondary rate limit without a second comment', async () => {
    const server = await start(smallPr());
    server.inject({ method: 'GET', path: /\/pulls\/7\/files$/, fault: { kind: 'status', status: 502 }, times: 2 });
    server.inject({ method: 'GET', path: /\/contents\/\.github\//, fault: { kind: 'hang' }, times: 1 });
    server.inject({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 5 },
      times: 1,
    });

    const run = await runAction({ server });

    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(server.commentsWith(MARKER)).toHaveLength(1);
    expect(server.calls()).toHaveLength(SMALL_PR_CALLS.length + 4);
    expect(run.stdout).toContain(
      '::warning::GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying in 5 s',
    );
    expect(run.stdout).not.toContain('Could not');
  });

  it('fails clearly after the bounded retries, with no comment, but still writes the summary', async () => {
    const server = await start(smallPr());
    server.inject({ method: 'POST', path: /\/issues\/7\/comments$/, fault: { kind: 'status', status: 502 }, times: Infinity });

    const run = await runAction({ server });

    expect(run.code).toBe(1);
    expect(server.issueComments).toHaveLength(0);
    expect(server.calls().filter((call) => call === `POST ${REPO}/issues/7/comments`)).toHaveLength(4);
    expect(run.stdout).toMatch(
      /::error::Could not comment on acme\/ml-service#7 \(POST \/repos\/acme\/ml-service\/issues\/7\/comments\): GitHub answered 502: Server Error\. GitHub kept failing after 3 retries/,
    );
    expect(run.summary).toContain('## ❌ ML Docs Guard: documentation missing');
    expect(run.outputs.verdict).toBe('fail');
  });

  it('keeps one comment when GitHub stores it but keeps answering 502', async () => {
    const server = await start(smallPr());
    server.inject({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      fault: { kind: 'apply-then-status', status: 502 },
      times: Infinity,
    });

    const run = await runAction({ server });

    expect(server.commentsWith(MARKER)).toHaveLength(1);
    expect(writes(server)).toEqual([`POST ${REPO}/issues/7/comments`]);
    expect(run.stdout).toContain('Pull request comment created');
    expect(run.code).toBe(1);
  });

  const readOnly = [
    { mode: '', code: 1, verdict: 'fail', level: 'error' },
    { mode: 'warn', code: 0, verdict: 'warn', level: 'warning' },
  ];

  it.each(readOnly)(
    'degrades on a read-only token (403 on the comment) with mode "$mode": exit $code',
    async ({ mode, code, verdict, level }) => {
      const server = await start(smallPr());
      server.inject({
        method: 'POST',
        path: /\/comments$/,
        fault: { kind: 'status', status: 403, message: 'Resource not accessible by integration' },
        times: Infinity,
      });

      const run = await runAction({ server, inputs: { mode } });

      expect(run.code).toBe(code);
      expect(run.outputs.verdict).toBe(verdict);
      expect(server.issueComments).toHaveLength(0);
      expect(run.stdout).toContain(
        '::warning::The pull request comment could not be written: Could not comment on acme/ml-service#7 (POST /repos/acme/ml-service/issues/7/comments): GitHub answered 403: Resource not accessible by integration.',
      );
      expect(run.summary).toContain('ML Docs Guard');
      expect(run.stdout).toContain(`::${level} title=Documentation missing%3A model,file=params.yaml,line=2::`);
    },
  );
});

describe('the Action and the config', () => {
  it('fails on an invalid config on the base branch and shows the problem in the comment and summary', async () => {
    const server = await start(
      smallPr({ snapshots: { [BASE]: { ...BASE_FILES, '.github/ml-docs-guard.yml': 'mode: sometimes\n' }, [HEAD]: HEAD_FILES } }),
    );

    const run = await runAction({ server });

    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const [comment] = server.commentsWith(MARKER);
    expect(comment?.body).toContain('invalid configuration');
    expect(comment?.body).toContain('.github/ml-docs-guard.yml');
    expect(comment?.body).toContain('sometimes');
    expect(run.summary).toBe(`${comment?.body}\n`);
    expect(run.stdout).toMatch(/::error title=Invalid ml-docs-guard config,file=\.github\/ml-docs-guard\.yml,line=1,col=\d+::/);
  });

  /** The small PR, plus an edit of the config's one line from `base` to `head`. */
  const configEdit = ({ base, head }: { base: string; head: string }): FakeGitHubOptions =>
    smallPr({
      files: [
        PARAMS,
        {
          filename: '.github/ml-docs-guard.yml',
          status: 'modified',
          patch: `@@ -1 +1 @@\n-${base}\n+${head}`,
          additions: 1,
          deletions: 1,
        },
      ],
      snapshots: {
        [BASE]: { ...BASE_FILES, '.github/ml-docs-guard.yml': `${base}\n` },
        [HEAD]: { ...HEAD_FILES, '.github/ml-docs-guard.yml': `${head}\n` },
      },
    });

  it("uses the base branch's config when the PR changes it, and says so", async () => {
    const server = await start(configEdit({ base: 'mode: warn', head: 'mode: fail' }));

    const run = await runAction({ server });

    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('warn');
    expect(run.summary).toContain(
      "This pull request changes `.github/ml-docs-guard.yml`: the check uses the base branch's config, so the change applies after merge.",
    );
    // The config in use is read at the base; the edit is read once at the head, to validate it.
    expect(server.calls().filter((call) => call.includes('/contents/.github/'))).toEqual([
      `GET ${REPO}/contents/.github/ml-docs-guard.yml?ref=main`,
      `GET ${REPO}/contents/.github/ml-docs-guard.yml?ref=${HEAD}`,
    ]);
  });

  it('tells a PR that writes an invalid config what is wrong, at its line, before it breaks every check', async () => {
    const server = await start(configEdit({ base: 'mode: warn', head: 'mode: strict' }));

    const run = await runAction({ server });

    // Judged with the base's valid config, as always; the broken edit is reported in the comment.
    expect(run.outputs.verdict).toBe('warn');
    expect(run.summary).toContain('The new config is invalid, and once merged every check would fail on it until it is fixed:');
    expect(run.summary).toContain('`.github/ml-docs-guard.yml` (ref `tune-lr`) at 1:7');
    expect(server.commentsWith(MARKER)[0]?.body).toContain('The new config is invalid');
  });
});

describe('the Action on large pull requests', () => {
  const dataFiles = (count: number): FakeFile[] =>
    Array.from({ length: count }, (_, index) => ({
      filename: `data/raw/part-${String(index).padStart(4, '0')}.csv`,
      status: 'added',
      additions: 1,
      deletions: 0,
    }));

  it('reads 250 files in 3 pages and annotates 10 of them, counting the rest', async () => {
    const server = await start(smallPr({ files: dataFiles(250) }));
    const payload = eventFixture();
    (payload.pull_request as Record<string, unknown>).changed_files = 250;

    const run = await runAction({ server, payload });

    expect(server.calls().filter((call) => call.includes('/pulls/7/files'))).toEqual(
      [1, 2, 3].map((page) => `GET ${REPO}/pulls/7/files?page=${page}&per_page=100`),
    );
    expect(JSON.parse(run.outputs.areas ?? '')[0].files).toHaveLength(250);
    expect(run.stdout.match(/^::error title=/gm)).toHaveLength(10);
    expect(run.stdout).toContain('241 more annotations not shown; the job summary lists every file.');
  });

  it('stays within one request per 100 files plus a bounded constant when every file needs its contents', async () => {
    const count = 250;
    const name = (index: number): string => `configs/experiment/exp-${String(index).padStart(3, '0')}.yaml`;
    const configs = (lr: string): Record<string, string> =>
      Object.fromEntries(Array.from({ length: count }, (_, index) => [name(index), `train:\n  lr: ${lr}\n`]));
    const files: FakeFile[] = Array.from({ length: count }, (_, index) => ({
      filename: name(index),
      status: 'modified',
      patch: '@@ -1,2 +1,2 @@\n train:\n-  lr: 0.01\n+  lr: 0.001',
      additions: 1,
      deletions: 1,
    }));
    const server = await start(
      smallPr({
        files,
        snapshots: { [BASE]: { ...BASE_FILES, ...configs('0.01') }, [HEAD]: { ...HEAD_FILES, ...configs('0.001') } },
      }),
    );
    const payload = eventFixture();
    (payload.pull_request as Record<string, unknown>).changed_files = count;

    const run = await runAction({ server, payload });

    expect(run.outputs.verdict).toBe('fail');
    const contentReads = server.calls().filter((call) => call.includes('/contents/configs/'));
    // Base and head of the first 25 files (the read budget); the rest are judged from their patch.
    expect(contentReads).toHaveLength(2 * 25);
    expect(server.calls().length).toBeLessThanOrEqual(Math.ceil(count / 100) + 2 * 25 + 10);
    expect(run.summary).toContain('225 of the 250 inspected files were judged from their patch alone');
  });

  it('compares trees past 3,000 files, with a notice, and never calls the files API', async () => {
    const added = Object.fromEntries(dataFiles(3001).map((file) => [file.filename, 'a,b\n1,2\n']));
    const server = await start(
      smallPr({
        files: [],
        mergeBaseSha: MERGE_BASE,
        snapshots: { [MERGE_BASE]: BASE_FILES, [HEAD]: { ...HEAD_FILES, ...added } },
      }),
    );
    const payload = eventFixture();
    (payload.pull_request as Record<string, unknown>).changed_files = 3002;

    const withCount = await runAction({ server, payload });

    expect(withCount.code).toBe(1);
    expect(withCount.outputs.verdict).toBe('fail');
    expect(withCount.summary).toContain("This pull request changes 3,002 files, more than the 3,000 GitHub's files API lists");
    expect(
      JSON.parse(withCount.outputs.areas ?? '').map((area: { name: string; files: string[] }) => [area.name, area.files.length]),
    ).toEqual([
      ['data', 3001],
      ['model', 1],
    ]);
    expect(server.calls().filter((call) => call.includes('/pulls/7/files'))).toEqual([]);
    expect(server.calls()).toEqual(
      expect.arrayContaining([
        `GET ${REPO}/compare/${BASE}...${HEAD}?per_page=1`,
        `GET ${REPO}/git/trees/${MERGE_BASE}?recursive=1`,
        `GET ${REPO}/git/trees/${HEAD}?recursive=1`,
      ]),
    );
  });

  it('fails closed, with the reason, when GitHub truncates the tree', async () => {
    const server = await start(
      smallPr({
        files: [],
        mergeBaseSha: MERGE_BASE,
        snapshots: { [MERGE_BASE]: BASE_FILES, [HEAD]: HEAD_FILES },
        truncatedTrees: [HEAD],
      }),
    );
    const payload = eventFixture();
    (payload.pull_request as Record<string, unknown>).changed_files = 5000;

    const run = await runAction({ server, payload });

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::GitHub truncated the file tree of acme/ml-service at ${HEAD}`);
    expect(run.outputs).toEqual({});
    expect(writes(server)).toEqual([]);
  });
});

describe('the Action writing nothing', () => {
  const quiet: { name: string; inputs: Record<string, string>; log: string }[] = [
    {
      name: 'dry-run',
      inputs: { 'dry-run': 'true' },
      log: 'Pull request comment not written (dry run: nothing was written to the pull request).',
    },
    {
      name: 'comment: false',
      inputs: { comment: 'false' },
      log: 'Pull request comment not written (the `comment` input is false).',
    },
  ];

  it.each(quiet)('$name: computes, logs and summarises, and writes nothing to GitHub', async ({ inputs, log }) => {
    const server = await start(smallPr());

    const run = await runAction({ server, inputs });

    expect(run.code).toBe(1);
    expect(writes(server)).toEqual([]);
    expect(server.calls().filter((call) => call.includes('/comments'))).toEqual([]);
    expect(run.stdout).toContain(log);
    expect(run.stdout).toContain('✗ FAIL: documentation missing');
    expect(run.summary).toContain('## ❌ ML Docs Guard: documentation missing');
    expect(run.outputs.verdict).toBe('fail');
  });
});

describe('the Action behind an HTTP proxy', () => {
  const PROXY = 'http://build-bot:proxy-password@proxy.corp.example:3128';

  it('stops before its first request when Node would ignore HTTPS_PROXY, saying how to fix it', async () => {
    const run = await runAction({
      moreEnv: { GITHUB_API_URL: 'https://ghes.corp.example/api/v3', HTTPS_PROXY: PROXY, NODE_USE_ENV_PROXY: '' },
    });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::HTTPS_PROXY names the proxy proxy.corp.example:3128 for ghes.corp.example, but Node ignores it unless its proxy support is on: set NODE_USE_ENV_PROXY=1',
    );
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/proxy-password|build-bot/);
  });

  let proxy: TunnelProxy | undefined;
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });

  // Which of the two happens depends on the Node running the tests; CI runs both (Node 20 and 24).
  const outcome = nodeReadsEnvProxy()
    ? 'sends every request through the proxy, with its credentials'
    : `stops before its first request, since Node ${process.versions.node} cannot use the proxy`;
  it(`with NODE_USE_ENV_PROXY=1 ${outcome}`, async () => {
    const server = await start(smallPr());
    proxy = await startTunnelProxy();
    const port = new URL(server.url).port;
    const proxyUrl = new URL(proxy.url);
    const run = await runAction({
      server,
      moreEnv: {
        GITHUB_API_URL: `http://${PROXIED_HOST}:${port}`,
        HTTP_PROXY: `http://build-bot:proxy-password@${proxyUrl.host}`,
        NODE_USE_ENV_PROXY: '1',
      },
    });

    expect(`${run.stdout}${run.stderr}`).not.toMatch(/proxy-password/);
    if (nodeReadsEnvProxy()) {
      expect(run.stdout).toContain(`GitHub API requests go through the proxy ${proxyUrl.host} (from HTTP_PROXY).`);
      expect(server.calls().sort()).toEqual([...SMALL_PR_CALLS].sort());
      expect(new Set(proxy.tunnels)).toEqual(new Set([`${PROXIED_HOST}:${port}`]));
      const credentials = `Basic ${Buffer.from('build-bot:proxy-password').toString('base64')}`;
      expect(proxy.authorizations).toEqual(proxy.tunnels.map(() => credentials));
      expect(run.outputs.verdict).toBe('fail');
    } else {
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        `for ${PROXIED_HOST}:${port}, but Node ${process.versions.node} cannot use it: NODE_USE_ENV_PROXY=1 needs Node 22.21 or 24 or later.`,
      );
      expect(server.requests).toEqual([]);
      expect(proxy.tunnels).toEqual([]);
    }
  });

  it('reaches a GitHub on this machine directly, and says it skips the proxy', async () => {
    const server = await start(smallPr());
    const direct = await runAction({ server });
    const beside = await runAction({ server, moreEnv: { HTTP_PROXY: PROXY } });

    expect(beside.stdout).toContain('GitHub API requests skip the configured proxy: 127.0.0.1 is this machine.');
    expect(beside.outputs).toEqual(direct.outputs);
    expect(beside.code).toBe(direct.code);
  });
});

describe('the Action outside a pull request', () => {
  const otherEvents = [
    {
      name: 'skips a push event',
      eventName: 'push',
      fixture: 'push.json',
      notice: '::notice::ml-docs-guard checks pull requests; the `push` event has none, so nothing was checked.',
    },
    {
      name: 'passes a merge queue group, so the queue can merge,',
      eventName: 'merge_group',
      fixture: 'app-merge_group.checks_requested.json',
      notice: '::notice::This merge queue group holds pull requests ml-docs-guard judged before they could join the queue',
    },
  ];

  it.each(otherEvents)('$name with a notice and exit 0, without a request', async ({ eventName, fixture, notice }) => {
    const server = await start(smallPr());
    const payload = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/events', fixture), 'utf8')) as unknown;

    const run = await runAction({ server, eventName, payload });

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(notice);
    expect(run.outputs).toEqual({ verdict: 'skipped', areas: '[]', 'missing-docs': '[]', 'changelog-entry': '' });
    expect(server.requests).toEqual([]);
  });

  it('fails fast and clearly without the runner environment', async () => {
    const run = await runAction({ env: { PATH: process.env.PATH ?? '' } });
    expect(run.code).toBe(1);
    expect(run.stdout.trim()).toBe(
      '::error::GITHUB_EVENT_NAME is not set: ml-docs-guard runs as a step of a GitHub Actions workflow. To check a branch locally, use the CLI: `npx ml-docs-guard check`.',
    );
  });

  const badInputs: { inputs: Record<string, string>; message: string }[] = [
    { inputs: { token: '' }, message: '::error::Input required and not supplied: token' },
    {
      inputs: { mode: 'strict' },
      message: '::error::Input `mode` must be one of fail, warn (or empty to use the config\'s mode); got "strict".',
    },
    { inputs: { 'dry-run': 'yes' }, message: '::error::Input `dry-run` must be `true` or `false`; got "yes".' },
    {
      inputs: { 'config-path': '../outside.yml' },
      message: '::error::Input `config-path` must be a file path inside the repository',
    },
  ];

  it.each(badInputs)('rejects bad inputs before any request: $inputs', async ({ inputs, message }) => {
    const server = await start(smallPr());
    const run = await runAction({ server, inputs });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(message);
    expect(server.requests).toEqual([]);
  });
});
