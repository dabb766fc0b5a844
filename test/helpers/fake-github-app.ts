/**
 * The fake GitHub of `fake-github.ts`, extended with what a GitHub App talks to: the installation
 * token exchange (JWTs checked against the app's public key), check runs
 * (with GitHub's validation of outputs and its 50-annotations-per-request limit), the pull request
 * itself (to learn its current head), the pull requests of a commit, other repositories' files on
 * their default branch (an organisation's `.github` repository), and GitHub Enterprise Server's
 * `/api/v3` path prefix.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { FakeGitHub, type FakeGitHubOptions } from './fake-github.js';

/** GitHub's limit on annotations per check-run request. */
const ANNOTATIONS_PER_REQUEST = 50;
const CHECK_RUN_STATUSES = ['queued', 'in_progress', 'completed'];
const CHECK_RUN_CONCLUSIONS = ['success', 'failure', 'neutral', 'cancelled', 'skipped', 'timed_out', 'action_required'];
const ANNOTATION_LEVELS = ['notice', 'warning', 'failure'];

export interface FakeAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly annotation_level: string;
  readonly message: string;
  readonly title?: string;
}

export interface FakeCheckRun {
  readonly id: number;
  readonly name: string;
  readonly head_sha: string;
  status: string;
  conclusion: string | null;
  external_id: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  readonly annotations: FakeAnnotation[];
  /** PATCH requests received, to count how annotations were batched. */
  updates: number;
}

export interface FakeGitHubAppOptions extends FakeGitHubOptions {
  readonly appId: number;
  /** The app's public key (PEM): installation tokens are only given for JWTs it signed. */
  readonly publicKey: string;
  readonly installationId?: number;
  /** Required in front of every path, as GitHub Enterprise Server's `/api/v3`. */
  readonly apiPrefix?: string;
  readonly title?: string;
  readonly body?: string;
  readonly labels?: readonly string[];
  readonly headRef?: string;
  /** Where the head branch lives; a fork's owner for pull requests from forks. */
  readonly headOwner?: string;
  /** Files on the default branch of other repositories, keyed `owner/repo`. */
  readonly repositories?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Numeric id of the fake's repository, as payloads and pull requests carry it. */
export const FAKE_REPOSITORY_ID = 4242;

const decodeSegment = (segment: string): unknown => JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as unknown;

export class FakeGitHubApp extends FakeGitHub {
  readonly appId: number;
  readonly installationId: number;
  readonly checkRuns: FakeCheckRun[] = [];
  /** The pull request's head as GitHub has it now; a test moves it to simulate a newer push. */
  pullHeadSha: string;
  pullState = 'open';
  title: string;
  body: string;
  labels: string[];
  readonly headRef: string;
  readonly headOwner: string;
  readonly repositories: Record<string, Record<string, string>>;
  private readonly publicKey: KeyObject;
  private readonly apiPrefix: string | undefined;
  private nextCheckRunId = 9000;

  constructor(options: FakeGitHubAppOptions) {
    super(options);
    this.appId = options.appId;
    this.installationId = options.installationId ?? 42;
    this.publicKey = createPublicKey(options.publicKey);
    this.apiPrefix = options.apiPrefix;
    this.pullHeadSha = this.headSha;
    this.title = options.title ?? 'Lower the learning rate';
    this.body = options.body ?? '## Why\nTraining diverged after epoch 3.\n\n## Testing\nValidation loss 0.41 -> 0.37.';
    this.labels = [...(options.labels ?? [])];
    this.headRef = options.headRef ?? 'tune-lr';
    this.headOwner = options.headOwner ?? this.owner;
    this.repositories = Object.fromEntries(
      Object.entries(options.repositories ?? {}).map(([name, files]) => [name, { ...files }]),
    );
  }

  /** The check runs of one commit, oldest first. */
  checkRunsOn(sha: string): FakeCheckRun[] {
    return this.checkRuns.filter((run) => run.head_sha === sha);
  }

  /** The pull request as the REST API returns it. */
  pullRequest(): Record<string, unknown> {
    const repository = (owner: string) => ({
      id: owner === this.owner ? FAKE_REPOSITORY_ID : FAKE_REPOSITORY_ID + 1,
      name: this.repo,
      full_name: `${owner}/${this.repo}`,
      owner: { login: owner },
      fork: owner !== this.owner,
    });
    return {
      number: this.pullNumber,
      state: this.pullState,
      title: this.title,
      body: this.body,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${this.pullNumber}`,
      user: { login: 'octocat' },
      labels: this.labels.map((name, index) => ({ id: index + 1, name })),
      draft: false,
      changed_files: this.files.length,
      head: { ref: this.headRef, sha: this.pullHeadSha, repo: repository(this.headOwner) },
      base: { ref: this.baseRef, sha: this.baseSha, repo: repository(this.owner) },
    };
  }

  protected override apiPath(path: string): string {
    if (this.apiPrefix === undefined) return path;
    // A request without the prefix reaches no route: GitHub Enterprise Server serves the API under it.
    return path.startsWith(`${this.apiPrefix}/`) ? path.slice(this.apiPrefix.length) : `/missing-api-prefix${path}`;
  }

  protected override isAuthorized({ path, authorization }: { path: string; authorization: string | undefined }): boolean {
    if (this.needsAppJwt(path)) return this.isAppJwt(authorization);
    return super.isAuthorized({ path, authorization });
  }

  /** The app's own endpoints (`/app/...`) take its JWT; everything else the installation token. */
  private needsAppJwt(path: string): boolean {
    return path.startsWith('/app/');
  }

  /** A JWT the app signed with its private key (RS256), issued by its id and not expired. */
  private isAppJwt(authorization: string | undefined): boolean {
    const match = /^bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/i.exec(authorization ?? '');
    if (match === null) return false;
    const [, header, payload, signature] = match as unknown as [string, string, string, string];
    const signed = verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), this.publicKey, Buffer.from(signature, 'base64url'));
    const claims = decodeSegment(payload) as { iss?: unknown; exp?: unknown };
    return (
      signed && String(claims.iss) === String(this.appId) && typeof claims.exp === 'number' && claims.exp * 1000 > Date.now()
    );
  }

  protected override route(request: { method: string; path: string; url: URL; body: unknown; accept: string }): {
    status: number;
    body?: unknown;
    paginate?: readonly unknown[];
    raw?: string;
  } {
    const { method, path, url } = request;
    const input = (request.body ?? {}) as Record<string, unknown>;
    const token = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(path);
    if (method === 'POST' && token) {
      if (Number(token[1]) !== this.installationId) return { status: 404, body: { message: 'Not Found' } };
      return {
        status: 201,
        body: {
          token: this.token,
          expires_at: new Date(Date.now() + 3_600_000).toISOString(),
          permissions: { checks: 'write', pull_requests: 'write', contents: 'read', metadata: 'read' },
          repository_selection: 'all',
        },
      };
    }
    const repoPrefix = `/repos/${this.owner}/${this.repo}`;
    if (method === 'GET' && path === `${repoPrefix}/pulls/${this.pullNumber}`) return { status: 200, body: this.pullRequest() };
    const commitPulls = new RegExp(`^${repoPrefix}/commits/([0-9a-f]{40})/pulls$`).exec(path);
    if (method === 'GET' && commitPulls) {
      return { status: 200, body: commitPulls[1] === this.pullHeadSha ? [this.pullRequest()] : [] };
    }
    if (method === 'POST' && path === `${repoPrefix}/check-runs`) return this.createCheckRun(input);
    const checkRun = new RegExp(`^${repoPrefix}/check-runs/(\\d+)$`).exec(path);
    if (checkRun) {
      const run = this.checkRuns.find((candidate) => candidate.id === Number(checkRun[1]));
      if (run === undefined) return { status: 404, body: { message: 'Not Found' } };
      if (method === 'GET') return { status: 200, body: run };
      if (method === 'PATCH') return this.updateCheckRun(run, input);
    }
    const otherContents = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(path);
    if (method === 'GET' && otherContents && `/repos/${otherContents[1]}/${otherContents[2]}` !== repoPrefix) {
      const files = this.repositories[`${otherContents[1]}/${otherContents[2]}`];
      const content = files?.[otherContents[3] as string];
      if (content === undefined || url.searchParams.has('ref')) return { status: 404, body: { message: 'Not Found' } };
      return {
        status: 200,
        body: { type: 'file', path: otherContents[3], encoding: 'base64', content: Buffer.from(content).toString('base64') },
      };
    }
    return super.route(request);
  }

  private invalid(message: string): { status: number; body: unknown } {
    return { status: 422, body: { message: 'Invalid request.', errors: [message] } };
  }

  private createCheckRun(input: Record<string, unknown>): { status: number; body: unknown } {
    if (typeof input.name !== 'string' || input.name === '') return this.invalid('name is missing');
    if (typeof input.head_sha !== 'string' || !/^[0-9a-f]{40}$/.test(input.head_sha)) return this.invalid('head_sha is invalid');
    const run: FakeCheckRun = {
      id: this.nextCheckRunId,
      name: input.name,
      head_sha: input.head_sha,
      status: 'queued',
      conclusion: null,
      external_id: typeof input.external_id === 'string' ? input.external_id : null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      updates: 0,
    };
    // A run may be created already completed, with its conclusion and output, as GitHub allows.
    const problem = this.applyCheckRunFields(run, input);
    if (problem !== undefined) return problem;
    this.nextCheckRunId += 1;
    this.checkRuns.push(run);
    return { status: 201, body: run };
  }

  private updateCheckRun(run: FakeCheckRun, input: Record<string, unknown>): { status: number; body: unknown } {
    const problem = this.applyCheckRunFields(run, input);
    if (problem !== undefined) return problem;
    run.updates += 1;
    return { status: 200, body: run };
  }

  /** Validates and applies status, conclusion, output and annotations; a 422 answer when invalid. */
  private applyCheckRunFields(run: FakeCheckRun, input: Record<string, unknown>): { status: number; body: unknown } | undefined {
    // Validated whole before anything changes, as GitHub rejects a request without applying part of it.
    const output = input.output as Record<string, unknown> | undefined;
    const annotations = (output?.annotations ?? []) as FakeAnnotation[];
    if (output !== undefined && (typeof output.title !== 'string' || typeof output.summary !== 'string')) {
      return this.invalid('output needs a title and a summary');
    }
    if (annotations.length > ANNOTATIONS_PER_REQUEST) {
      return this.invalid(`at most ${ANNOTATIONS_PER_REQUEST} annotations per request; got ${annotations.length}`);
    }
    const bad = annotations.find(
      (annotation) =>
        typeof annotation.path !== 'string' ||
        !Number.isInteger(annotation.start_line) ||
        !Number.isInteger(annotation.end_line) ||
        !ANNOTATION_LEVELS.includes(annotation.annotation_level) ||
        typeof annotation.message !== 'string',
    );
    if (bad !== undefined) return this.invalid(`annotation is invalid: ${JSON.stringify(bad)}`);
    const status = input.status ?? run.status;
    if (typeof status !== 'string' || !CHECK_RUN_STATUSES.includes(status)) return this.invalid('status is invalid');
    const conclusion = input.conclusion ?? run.conclusion;
    if (conclusion !== null && (typeof conclusion !== 'string' || !CHECK_RUN_CONCLUSIONS.includes(conclusion))) {
      return this.invalid(`conclusion "${String(conclusion)}" is invalid`);
    }
    if (status === 'completed' && conclusion === null) return this.invalid('a completed check run needs a conclusion');

    if (output !== undefined) {
      run.output = {
        title: output.title as string,
        summary: output.summary as string,
        text: typeof output.text === 'string' ? output.text : null,
      };
    }
    run.annotations.push(...annotations);
    run.status = status;
    run.conclusion = conclusion;
    return undefined;
  }
}

/** Creates and starts a fake GitHub for an app; close it in `afterEach`. */
export async function startFakeGitHubApp(options: FakeGitHubAppOptions): Promise<FakeGitHubApp> {
  return new FakeGitHubApp(options).start();
}
