import { text } from './payload-fields.js';

/** What a `merge_group.checks_requested` payload asks a check for. */
export interface MergeGroupRequest {
  readonly owner: string;
  readonly repo: string;
  /** The merge group's commit: the one required checks must report on. */
  readonly headSha: string;
  /** The branch the queue merges into (`refs/heads/main`). */
  readonly baseRef: string;
}

const EVENT = 'merge_group';

/** Reads a merge group request; a payload without its commit or repository is a clear error. */
export function readMergeGroup(payload: unknown): MergeGroupRequest {
  return {
    owner: text(payload, 'repository.owner.login', EVENT),
    repo: text(payload, 'repository.name', EVENT),
    headSha: text(payload, 'merge_group.head_sha', EVENT),
    baseRef: text(payload, 'merge_group.base_ref', EVENT),
  };
}
