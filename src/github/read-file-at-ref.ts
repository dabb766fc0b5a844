import type { Octokit } from '@octokit/core';
import { withCallContext } from './github-call-error.js';
import type { PullRequestTarget } from './pull-request-target.js';

/** A NUL byte marks binary content, as git itself decides. */
const NUL = 0;

const hasStatus = (error: unknown, status: number): boolean =>
  typeof error === 'object' && error !== null && (error as { status?: unknown }).status === status;

const isNotFound = (error: unknown): boolean =>
  hasStatus(error, 404) || hasStatus((error as { cause?: unknown } | null)?.cause, 404);

const decodeText = (bytes: Buffer): string | undefined => (bytes.includes(NUL) ? undefined : bytes.toString('utf8'));

/**
 * A file's text at a ref through the contents API, or `undefined` when it does not exist there,
 * is a directory, a submodule or binary. Files over 1 MB come without inline content; they are
 * read again as raw bytes. Without `ref`, the repository's default branch is read.
 */
export async function readFileAtRef({
  octokit,
  target,
  path,
  ref,
}: {
  octokit: Octokit;
  target: Pick<PullRequestTarget, 'owner' | 'repo'>;
  path: string;
  ref?: string;
}): Promise<string | undefined> {
  const { owner, repo } = target;
  const context = {
    action: `read \`${path}\` ${ref === undefined ? `from the default branch of ${owner}/${repo}` : `at ${ref}`}`,
    call: `GET /repos/${owner}/${repo}/contents/${path}${ref === undefined ? '' : `?ref=${ref}`}`,
  };
  const route = 'GET /repos/{owner}/{repo}/contents/{path}' as const;
  try {
    const { data } = await withCallContext({
      ...context,
      run: () => octokit.request(route, { owner, repo, path, ref }),
    });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    if (data.encoding === 'base64') return decodeText(Buffer.from(data.content, 'base64'));
    const raw = await withCallContext({
      ...context,
      run: () => octokit.request(route, { owner, repo, path, ref, mediaType: { format: 'raw' } }),
    });
    const body: unknown = raw.data;
    if (typeof body === 'string') return decodeText(Buffer.from(body, 'utf8'));
    return body instanceof ArrayBuffer ? decodeText(Buffer.from(body)) : undefined;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}
