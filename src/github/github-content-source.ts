import type { Octokit } from '@octokit/core';
import type { ContentSource, Side } from '../core/types.js';
import { mergeBaseResolver } from './find-merge-base.js';
import { listTree } from './list-tree.js';
import type { PullRequestTarget } from './pull-request-target.js';
import { readFileAtRef } from './read-file-at-ref.js';

/**
 * A `ContentSource` over the REST API for one pull request: `base` reads at the merge base (the
 * "before" of every patch; found with one compare call on the first base read), `head` at the
 * head SHA. Every answer is cached (the core may ask twice), and once a side's tree is known,
 * files absent from it are answered without a request.
 */
export function createGitHubContentSource({
  octokit,
  target,
  mergeBase = mergeBaseResolver({ octokit, target }),
}: {
  octokit: Octokit;
  target: Pick<PullRequestTarget, 'owner' | 'repo' | 'baseSha' | 'headSha'>;
  /** Shared with the file listing, so the merge base is looked up once per pull request. */
  mergeBase?: () => Promise<string>;
}): ContentSource {
  const shaOf = async (side: Side): Promise<string> => (side === 'base' ? mergeBase() : target.headSha);
  const contents = new Map<string, Promise<string | undefined>>();
  const trees = new Map<Side, Promise<readonly string[]>>();
  const knownPaths = new Map<Side, ReadonlySet<string>>();

  const loadTree = async (side: Side): Promise<readonly string[]> => {
    const files = await listTree({ octokit, target, sha: await shaOf(side) });
    knownPaths.set(side, new Set(files.keys()));
    return [...files.keys()].sort();
  };

  return {
    readFile(side, path) {
      const key = `${side}\0${path}`;
      let content = contents.get(key);
      if (content === undefined) {
        const known = knownPaths.get(side);
        content =
          known !== undefined && !known.has(path)
            ? Promise.resolve(undefined)
            : shaOf(side).then((ref) => readFileAtRef({ octokit, target, path, ref }));
        contents.set(key, content);
      }
      return content;
    },
    listFiles(side) {
      let files = trees.get(side);
      if (files === undefined) {
        files = loadTree(side);
        trees.set(side, files);
      }
      return files;
    },
  };
}
