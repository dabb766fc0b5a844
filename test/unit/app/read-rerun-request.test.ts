import { describe, expect, it } from '@jest/globals';
import { readRerunRequest } from '../../../src/app/read-rerun-request.js';
import { fixture, HEAD } from './app-test-kit.js';

const checkRun = fixture('app-check_run.rerequested');
const suite = fixture('app-check_suite.rerequested-fork');
const withRun = (fields: Record<string, unknown>) => ({
  ...checkRun,
  check_run: { ...(checkRun.check_run as object), ...fields },
});
const pull = (number: number, baseRepoId: number) => ({
  number,
  head: { sha: HEAD },
  base: { ref: 'main', repo: { id: baseRepoId } },
});

describe('readRerunRequest', () => {
  it.each([
    {
      name: 'a check run with its pull request',
      event: 'check_run',
      payload: checkRun,
      expected: {
        owner: 'acme',
        repo: 'ml-service',
        headSha: HEAD,
        checkName: 'ML Docs Guard',
        pullNumbers: [7],
        externalPullNumber: 7,
      },
    },
    {
      name: 'a check suite of a fork: no pull requests listed',
      event: 'check_suite',
      payload: suite,
      expected: { owner: 'acme', repo: 'ml-service', headSha: HEAD, pullNumbers: [] },
      absent: ['checkName', 'externalPullNumber'],
    },
    {
      name: 'pull requests into another repository sharing the commit are left out',
      event: 'check_run.rerequested',
      payload: withRun({ pull_requests: [pull(7, 4242), pull(3, 999)] }),
      expected: { pullNumbers: [7] },
    },
    {
      name: 'an external id that is not a pull request number is ignored',
      event: 'check_run',
      payload: withRun({ external_id: 'build-17', pull_requests: [] }),
      expected: { pullNumbers: [] },
      absent: ['externalPullNumber'],
    },
  ])('$name', ({ event, payload, expected, absent = [] }) => {
    const request = readRerunRequest({ name: event, payload });
    expect(request).toMatchObject(expected);
    for (const key of absent) expect(request).not.toHaveProperty(key);
  });

  it.each([
    {
      name: 'pull_request',
      payload: checkRun,
      message: '`pull_request` is not a re-run request (expected one of check_run, check_suite).',
    },
    {
      name: 'check_run',
      payload: withRun({ head_sha: '' }),
      message: 'The check_run payload has no valid `check_run.head_sha` (expected a non-empty string).',
    },
    {
      name: 'check_suite',
      payload: { ...suite, repository: {} },
      message: 'The check_suite payload has no valid `repository.owner.login` (expected a non-empty string).',
    },
  ])('rejects $name payloads it cannot use, saying which field', ({ name, payload, message }) => {
    expect(() => readRerunRequest({ name, payload })).toThrow(message);
  });
});
