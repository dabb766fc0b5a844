/**
 * A local HTTP server that speaks the part of GitHub's REST API ml-docs-guard uses, for tests that
 * run the real Octokit client (and the bundled Action) over real HTTP. It holds a small state (one
 * pull request, its files, repository snapshots per commit, comments), records every request, and
 * injects faults on demand: 5xx answers, hangs, primary and secondary rate limits, refused writes,
 * and writes that succeed but answer with an error.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A file of the pull request as GitHub's files API returns it. */
export interface FakeFile {
  readonly filename: string;
  readonly status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  readonly patch?: string;
  readonly previous_filename?: string;
  readonly additions?: number;
  readonly deletions?: number;
}

export interface FakeIssueComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string };
}

export interface FakeReviewComment {
  id: number;
  body: string;
  path: string;
  line: number;
  side: string;
  commit_id: string;
  html_url: string;
}

export type Fault =
  | { readonly kind: 'status'; readonly status: number; readonly message?: string }
  /** Never answers; the client's deadline must give up. */
  | { readonly kind: 'hang' }
  | { readonly kind: 'secondary-rate-limit'; readonly retryAfterSeconds: number }
  | { readonly kind: 'rate-limit'; readonly resetInSeconds: number }
  /** The write is applied, then the answer is an error (a proxy dropping a good answer). */
  | { readonly kind: 'apply-then-status'; readonly status: number };

export interface FaultRule {
  readonly method: string;
  readonly path: RegExp;
  readonly fault: Fault;
  /** How many matching requests get the fault; `Infinity` for all. */
  readonly times: number;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly accept: string | undefined;
  readonly authorization: string | undefined;
}

export interface FakeGitHubOptions {
  readonly owner?: string;
  readonly repo?: string;
  readonly token?: string;
  readonly pullNumber?: number;
  readonly baseRef?: string;
  readonly baseSha?: string;
  readonly headSha?: string;
  /** The merge base the compare API reports; defaults to `baseSha`. */
  readonly mergeBaseSha?: string;
  readonly files?: readonly FakeFile[];
  /** Repository contents per commit SHA: path → text. `baseRef` resolves to `baseSha`. */
  readonly snapshots?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Commit SHAs whose recursive tree GitHub reports as truncated. */
  readonly truncatedTrees?: readonly string[];
  readonly comments?: readonly string[];
}

/** GitHub's files API never lists more than this many files of a pull request. */
const FILES_API_CAP = 3000;
/** The contents API inlines files up to 1 MB; larger ones come with `encoding: none`. */
const INLINE_CONTENT_LIMIT = 1024 * 1024;
const COMMENT_LIMIT = 65_536;

/** The object id git gives a blob: equal contents, equal ids, as the trees API reports them. */
export const gitBlobSha = (content: string): string => {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
};

/** Right-side line numbers of a unified-diff patch: where a review comment may be placed. */
const rightSideLines = (patch: string): Set<number> => {
  const lines = new Set<number>();
  let next = 0;
  for (const text of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header) {
      next = Number(header[1]);
    } else if (text.startsWith('+') || text.startsWith(' ')) {
      lines.add(next);
      next += 1;
    }
  }
  return lines;
};

const readBody = async (request: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : (JSON.parse(text) as unknown);
};

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly token: string;
  readonly pullNumber: number;
  readonly baseRef: string;
  readonly baseSha: string;
  readonly headSha: string;
  readonly mergeBaseSha: string;
  files: FakeFile[];
  snapshots: Record<string, Record<string, string>>;
  truncatedTrees: Set<string>;
  readonly issueComments: FakeIssueComment[] = [];
  readonly reviewComments: FakeReviewComment[] = [];
  readonly requests: RecordedRequest[] = [];
  private readonly faults: { rule: FaultRule; left: number }[] = [];
  private readonly server = createServer((request, response) => {
    this.handle(request, response).catch((error: unknown) => {
      this.send(response, 500, { message: `fake GitHub crashed: ${String(error)}` });
    });
  });
  private nextId = 1000;
  url = '';

  constructor(options: FakeGitHubOptions = {}) {
    this.owner = options.owner ?? 'acme';
    this.repo = options.repo ?? 'ml-service';
    this.token = options.token ?? 'test-token';
    this.pullNumber = options.pullNumber ?? 7;
    this.baseRef = options.baseRef ?? 'main';
    this.baseSha = options.baseSha ?? 'b'.repeat(40);
    this.headSha = options.headSha ?? 'c'.repeat(40);
    this.mergeBaseSha = options.mergeBaseSha ?? this.baseSha;
    this.files = [...(options.files ?? [])];
    this.snapshots = Object.fromEntries(Object.entries(options.snapshots ?? {}).map(([sha, files]) => [sha, { ...files }]));
    this.truncatedTrees = new Set(options.truncatedTrees ?? []);
    for (const body of options.comments ?? []) this.addIssueComment(body);
  }

  /** Starts listening on a free local port; `url` is then the API base URL. */
  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Stops the server, cutting requests left hanging by a `hang` fault. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  inject(rule: FaultRule): void {
    this.faults.push({ rule, left: rule.times });
  }

  /** Every request as `METHOD /path?query` (query keys sorted), in arrival order. */
  calls(): string[] {
    return this.requests.map((request) => {
      const query = Object.entries(request.query)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => `${key}=${value}`)
        .join('&');
      return `${request.method} ${request.path}${query === '' ? '' : `?${query}`}`;
    });
  }

  /** Comments holding `marker`: a test asserts there is exactly one. */
  commentsWith(marker: string): FakeIssueComment[] {
    return this.issueComments.filter((comment) => comment.body.includes(marker));
  }

  addIssueComment(body: string): FakeIssueComment {
    const id = this.nextId++;
    const comment = {
      id,
      body,
      html_url: `https://github.test/${this.owner}/${this.repo}/pull/${this.pullNumber}#issuecomment-${id}`,
      user: { login: 'github-actions[bot]' },
    };
    this.issueComments.push(comment);
    return comment;
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const entry = this.faults.find(({ rule, left }) => left > 0 && rule.method === method && rule.path.test(path));
    if (entry === undefined) return undefined;
    entry.left -= 1;
    return entry.rule.fault;
  }

  private send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (response.headersSent) return;
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    response.end(JSON.stringify(body));
  }

  private sendFault(response: ServerResponse, fault: Fault): void {
    switch (fault.kind) {
      case 'hang':
        return;
      case 'status':
      case 'apply-then-status':
        this.send(response, fault.status, { message: 'message' in fault && fault.message ? fault.message : 'Server Error' });
        return;
      case 'secondary-rate-limit':
        this.send(
          response,
          403,
          { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
          { 'retry-after': String(fault.retryAfterSeconds) },
        );
        return;
      case 'rate-limit':
        this.send(
          response,
          403,
          { message: 'API rate limit exceeded for installation.' },
          {
            'x-ratelimit-limit': '1000',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + fault.resetInSeconds),
          },
        );
    }
  }

  private paginate(response: ServerResponse, url: URL, items: readonly unknown[]): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Math.max(Number(url.searchParams.get('page') ?? 1), 1);
    const pages = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (n: number): string => {
      const target = new URL(url.toString());
      target.searchParams.set('page', String(n));
      return target.toString();
    };
    const links = [
      ...(page < pages ? [`<${link(page + 1)}>; rel="next"`, `<${link(pages)}>; rel="last"`] : []),
      ...(page > 1 ? [`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`] : []),
    ];
    this.send(
      response,
      200,
      items.slice((page - 1) * perPage, page * perPage),
      links.length > 0 ? { link: links.join(', ') } : {},
    );
  }

  private snapshotAt(ref: string): Record<string, string> | undefined {
    return this.snapshots[ref === this.baseRef ? this.baseSha : ref];
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const method = request.method ?? 'GET';
    const path = this.apiPath(decodeURIComponent(url.pathname));
    const body = await readBody(request);
    this.requests.push({
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      accept: request.headers.accept,
      authorization: request.headers.authorization,
    });
    if (!this.isAuthorized({ path, authorization: request.headers.authorization })) {
      this.send(response, 401, { message: 'Bad credentials' });
      return;
    }
    const fault = this.takeFault(method, path);
    if (fault !== undefined && fault.kind !== 'apply-then-status') {
      this.sendFault(response, fault);
      return;
    }
    const answer = this.route({ method, path, url, body, accept: request.headers.accept ?? '' });
    if (fault !== undefined) {
      this.sendFault(response, fault);
      return;
    }
    if (answer.paginate !== undefined) this.paginate(response, url, answer.paginate);
    else if (answer.raw !== undefined) {
      response.writeHead(200, { 'content-type': 'application/vnd.github.raw; charset=utf-8' });
      response.end(answer.raw);
    } else this.send(response, answer.status, answer.body);
  }

  /** The REST path a request names; subclasses strip a prefix such as GitHub Enterprise Server's `/api/v3`. */
  protected apiPath(path: string): string {
    return path;
  }

  /** Whether the request carries this server's token; subclasses accept other credentials too. */
  protected isAuthorized({ authorization }: { path: string; authorization: string | undefined }): boolean {
    return authorization === `token ${this.token}` || authorization === `bearer ${this.token}`;
  }

  protected route({
    method,
    path,
    url,
    body,
    accept,
  }: {
    method: string;
    path: string;
    url: URL;
    body: unknown;
    accept: string;
  }): { status: number; body?: unknown; paginate?: readonly unknown[]; raw?: string } {
    const repoPrefix = `/repos/${this.owner}/${this.repo}`;
    const notFound = { status: 404, body: { message: 'Not Found' } };
    if (!path.startsWith(`${repoPrefix}/`)) return notFound;
    const rest = path.slice(repoPrefix.length);
    const pull = `/pulls/${this.pullNumber}`;
    const input = (body ?? {}) as Record<string, unknown>;

    if (method === 'GET' && rest === `${pull}/files`) return { status: 200, paginate: this.files.slice(0, FILES_API_CAP) };
    if (method === 'GET' && rest === `/issues/${this.pullNumber}/comments`) return { status: 200, paginate: this.issueComments };
    if (method === 'POST' && rest === `/issues/${this.pullNumber}/comments`) {
      if (typeof input.body !== 'string' || input.body.length > COMMENT_LIMIT) {
        return { status: 422, body: { message: 'Validation Failed', errors: [{ field: 'body', code: 'custom' }] } };
      }
      return { status: 201, body: this.addIssueComment(input.body) };
    }
    const patchComment = /^\/issues\/comments\/(\d+)$/.exec(rest);
    if (method === 'PATCH' && patchComment) {
      const comment = this.issueComments.find((candidate) => candidate.id === Number(patchComment[1]));
      if (comment === undefined) return notFound;
      if (typeof input.body !== 'string' || input.body.length > COMMENT_LIMIT) {
        return { status: 422, body: { message: 'Validation Failed' } };
      }
      comment.body = input.body;
      return { status: 200, body: comment };
    }
    if (method === 'GET' && rest === `${pull}/comments`) return { status: 200, paginate: this.reviewComments };
    if (method === 'POST' && rest === `${pull}/comments`) return this.createReviewComment(input);
    const contents = /^\/contents\/(.+)$/.exec(rest);
    if (method === 'GET' && contents)
      return this.readContents(contents[1] as string, url.searchParams.get('ref') ?? this.baseRef, accept);
    const tree = /^\/git\/trees\/([^/]+)$/.exec(rest);
    if (method === 'GET' && tree) return this.readTree(tree[1] as string, url.searchParams.get('recursive') !== null);
    const compare = /^\/compare\/([^.]+)\.\.\.(.+)$/.exec(rest);
    if (method === 'GET' && compare) {
      return {
        status: 200,
        body: {
          status: 'ahead',
          merge_base_commit: { sha: this.mergeBaseSha },
          base_commit: { sha: compare[1] },
          commits: [],
          files: [],
        },
      };
    }
    return notFound;
  }

  private createReviewComment(input: Record<string, unknown>): { status: number; body: unknown } {
    const invalid = (field: string, message: string) => ({
      status: 422,
      body: { message: 'Validation Failed', errors: [{ resource: 'PullRequestReviewComment', code: 'custom', field, message }] },
    });
    if (input.commit_id !== this.headSha) return invalid('commit_id', 'commit_id is not part of the pull request');
    const file = this.files.find((candidate) => candidate.filename === input.path);
    if (file?.patch === undefined) return invalid('path', 'path could not be resolved');
    if (input.side !== 'RIGHT' || typeof input.line !== 'number' || !rightSideLines(file.patch).has(input.line)) {
      return invalid('pull_request_review_thread.line', 'could not be resolved');
    }
    if (typeof input.body !== 'string') return invalid('body', 'body is missing');
    const id = this.nextId++;
    const comment: FakeReviewComment = {
      id,
      body: input.body,
      path: file.filename,
      line: input.line,
      side: 'RIGHT',
      commit_id: this.headSha,
      html_url: `https://github.test/${this.owner}/${this.repo}/pull/${this.pullNumber}#discussion_r${id}`,
    };
    this.reviewComments.push(comment);
    return { status: 201, body: comment };
  }

  private readContents(path: string, ref: string, accept: string): { status: number; body?: unknown; raw?: string } {
    const snapshot = this.snapshotAt(ref);
    if (snapshot === undefined) return { status: 404, body: { message: `No commit found for the ref ${ref}` } };
    const content = snapshot[path];
    if (content === undefined) {
      const children = Object.keys(snapshot).filter((candidate) => candidate.startsWith(`${path}/`));
      if (children.length === 0) return { status: 404, body: { message: 'Not Found' } };
      return { status: 200, body: children.map((child) => ({ type: 'file', path: child, name: child.split('/').pop() })) };
    }
    if (/application\/vnd\.github(\.v3)?\.raw/.test(accept)) return { status: 200, raw: content };
    const large = Buffer.byteLength(content) > INLINE_CONTENT_LIMIT;
    return {
      status: 200,
      body: {
        type: 'file',
        path,
        name: path.split('/').pop(),
        sha: gitBlobSha(content),
        size: Buffer.byteLength(content),
        encoding: large ? 'none' : 'base64',
        content: large ? '' : Buffer.from(content, 'utf8').toString('base64'),
      },
    };
  }

  private readTree(sha: string, recursive: boolean): { status: number; body: unknown } {
    const snapshot = this.snapshots[sha];
    if (snapshot === undefined || !recursive) return { status: 404, body: { message: 'Not Found' } };
    const directories = new Set<string>();
    for (const path of Object.keys(snapshot)) {
      const parts = path.split('/');
      for (let depth = 1; depth < parts.length; depth += 1) directories.add(parts.slice(0, depth).join('/'));
    }
    const tree = [
      ...[...directories].map((path) => ({ path, mode: '040000', type: 'tree', sha: gitBlobSha(`tree:${path}`) })),
      ...Object.entries(snapshot).map(([path, content]) => ({
        path,
        mode: '100644',
        type: 'blob',
        sha: gitBlobSha(content),
        size: Buffer.byteLength(content),
      })),
    ].sort((a, b) => a.path.localeCompare(b.path));
    return { status: 200, body: { sha, tree, truncated: this.truncatedTrees.has(sha) } };
  }
}

/** Creates and starts a fake GitHub; close it in `afterEach`. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  return new FakeGitHub(options).start();
}
