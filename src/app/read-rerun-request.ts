import { at, text } from './payload-fields.js';
import { isRerunEvent, RERUN_EVENTS } from './webhook-events.js';

/** What a `check_run.rerequested` or `check_suite.rerequested` payload asks for. */
export interface RerunRequest {
  readonly owner: string;
  readonly repo: string;
  /** The commit whose check is to run again. */
  readonly headSha: string;
  /** The check run's name (`check_run` only): another app's check is not ours to run. */
  readonly checkName?: string;
  /** Pull requests GitHub lists for the commit in this repository; empty for pull requests from forks. */
  readonly pullNumbers: readonly number[];
  /** The check run's `external_id` (`check_run` only): the pull request number it was created for. */
  readonly externalPullNumber?: number;
}

/** Pull requests of the payload whose base is this repository (GitHub may list others sharing the commit). */
const pullNumbersOf = (pulls: unknown, repositoryId: unknown): number[] =>
  (Array.isArray(pulls) ? pulls : []).flatMap((pull) => {
    const number = at(pull, 'number');
    const baseRepoId = at(pull, 'base.repo.id');
    const sameRepository = repositoryId === undefined || baseRepoId === undefined || baseRepoId === repositoryId;
    return typeof number === 'number' && Number.isInteger(number) && sameRepository ? [number] : [];
  });

const externalPullNumber = (value: unknown): number | undefined =>
  typeof value === 'string' && /^[1-9]\d*$/.test(value) ? Number(value) : undefined;

/** Reads a re-run request; a payload without the fields a re-run needs is a clear error. */
export function readRerunRequest({ name, payload }: { name: string; payload: unknown }): RerunRequest {
  // Probot names the event without its action (`check_run`); accept `check_run.rerequested` too.
  const subject = name.split('.')[0] ?? name;
  if (!isRerunEvent(subject))
    throw new Error(`\`${name}\` is not a re-run request (expected one of ${RERUN_EVENTS.join(', ')}).`);
  const repositoryId = at(payload, 'repository.id');
  const external = subject === 'check_run' ? externalPullNumber(at(payload, 'check_run.external_id')) : undefined;
  const checkName = subject === 'check_run' ? text(payload, 'check_run.name', name) : undefined;
  return {
    owner: text(payload, 'repository.owner.login', name),
    repo: text(payload, 'repository.name', name),
    headSha: text(payload, `${subject}.head_sha`, name),
    pullNumbers: pullNumbersOf(at(payload, `${subject}.pull_requests`), repositoryId),
    ...(checkName === undefined ? {} : { checkName }),
    ...(external === undefined ? {} : { externalPullNumber: external }),
  };
}
