/** `_extends`: where it points, and reading the target over real HTTP. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../../src/core/config/config-error.js';
import { readExtendedConfig, parseExtendsTarget } from '../../../src/github/read-extended-config.js';
import { readConfigOrOrgDefault, readOrgConfig } from '../../../src/github/read-org-config.js';
import { clientFor } from '../../github/github-test-kit.js';
import { startFakeGitHubApp, type FakeGitHubApp } from '../../helpers/fake-github-app.js';
import { smallPr } from './app-test-kit.js';

const DEFAULT = '.github/ml-docs-guard.yml';

describe('parseExtendsTarget', () => {
  it.each([
    ['policies', { owner: 'acme', repo: 'policies', path: DEFAULT }],
    ['.github', { owner: 'acme', repo: '.github', path: DEFAULT }],
    ['other-org/ml-policies', { owner: 'other-org', repo: 'ml-policies', path: DEFAULT }],
    ['other-org/ml-policies:configs/ml.yml', { owner: 'other-org', repo: 'ml-policies', path: 'configs/ml.yml' }],
    ['  acme/policies:configs/ml.yml ', { owner: 'acme', repo: 'policies', path: 'configs/ml.yml' }],
    ['acme/policies:/configs/ml.yml', undefined],
    ['a/b/c', undefined],
    ['acme/policies:', undefined],
    ['acme/policies:../secrets.yml', undefined],
    ['acme/..', undefined],
    ['acme/policies:configs/my file.yml', undefined],
    ['https://github.com/acme/policies', undefined],
  ])('%s', (value, expected) => {
    expect(parseExtendsTarget({ value, owner: 'acme' })).toEqual(expected);
  });
});

let github: FakeGitHubApp | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

const start = async (repositories: Record<string, Record<string, string>>): Promise<FakeGitHubApp> => {
  github = await startFakeGitHubApp(smallPr({ repositories }));
  return github;
};

const own = (text: string | undefined) => ({ text, path: DEFAULT, ref: 'main' });

const problemsOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('readExtendedConfig', () => {
  it('reads the target file from the default branch and names it owner/repo:path', async () => {
    const server = await start({ 'acme/policies': { 'configs/ml.yml': 'mode: warn\n' } });
    const parent = await readExtendedConfig({
      octokit: clientFor(server),
      owner: 'acme',
      config: own('mode: fail\n_extends: policies:configs/ml.yml\n'),
    });
    expect(parent).toEqual({ text: 'mode: warn\n', file: 'acme/policies:configs/ml.yml', ref: 'HEAD' });
    expect(server.calls()).toEqual(['GET /repos/acme/policies/contents/configs/ml.yml']);
  });

  it.each([
    ['no config file', undefined],
    ['no `_extends`', 'mode: warn\n'],
    ['an empty `_extends`', "_extends: ''\n"],
    ['an `_extends` that is not a string (the schema reports it)', '_extends: [a, b]\n'],
    ['a file that is not YAML (loadConfig reports it)', 'mode: [\n'],
  ])('%s: extends nothing, without a request', async (_name, text) => {
    const server = await start({});
    expect(await readExtendedConfig({ octokit: clientFor(server), owner: 'acme', config: own(text) })).toBeUndefined();
    expect(server.requests).toHaveLength(0);
  });

  it('a target that cannot be read is a config error at the `_extends` line', async () => {
    const server = await start({});
    const problems = await problemsOf(
      readExtendedConfig({ octokit: clientFor(server), owner: 'acme', config: own('mode: warn\n_extends: acme/policies\n') }),
    );
    expect(problems).toEqual([
      {
        file: DEFAULT,
        ref: 'main',
        line: 2,
        column: 11,
        field: '_extends',
        message:
          '`_extends: acme/policies` in `.github/ml-docs-guard.yml` (ref `main`) at 2:11 names `acme/policies:.github/ml-docs-guard.yml`, ' +
          'which does not exist on the default branch of acme/policies or cannot be read with this token ' +
          "(the App must be installed on that repository; the Action's token must be allowed to read it)",
      },
    ]);
  });

  it('a malformed target is a config error listing the valid forms, without a request', async () => {
    const server = await start({});
    const problems = await problemsOf(
      readExtendedConfig({ octokit: clientFor(server), owner: 'acme', config: own('_extends: acme/policies:../secrets.yml\n') }),
    );
    expect(problems[0]?.message).toBe(
      '`_extends` in `.github/ml-docs-guard.yml` (ref `main`) at 1:11 must be one of `repo`, `owner/repo` or ' +
        '`owner/repo:path/to/file.yml`, with a path relative to the repository root; got "acme/policies:../secrets.yml"',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('a target that extends again is a config error: one level is followed', async () => {
    const server = await start({ 'acme/policies': { [DEFAULT]: '_extends: acme/base\nmode: warn\n' } });
    const problems = await problemsOf(
      readExtendedConfig({ octokit: clientFor(server), owner: 'acme', config: own('_extends: policies\n') }),
    );
    expect(problems[0]?.message).toContain('names `acme/policies:.github/ml-docs-guard.yml`, which has an `_extends` of its own');
  });
});

describe('readOrgConfig / readConfigOrOrgDefault', () => {
  it("reads the owner's .github repository on its default branch", async () => {
    const server = await start({ 'acme/.github': { [DEFAULT]: 'mode: warn\n' } });
    expect(await readOrgConfig({ octokit: clientFor(server), owner: 'acme', path: DEFAULT })).toEqual({
      text: 'mode: warn\n',
      path: 'acme/.github:.github/ml-docs-guard.yml',
      ref: 'HEAD',
    });
  });

  it.each([
    {
      name: "the repository's own config wins, without asking the organisation",
      ownText: 'mode: fail\n',
      org: 'mode: warn\n',
      expected: 'mode: fail\n',
      requests: 0,
    },
    {
      name: 'without one, the organisation config applies',
      ownText: undefined,
      org: 'mode: warn\n',
      expected: 'mode: warn\n',
      requests: 1,
    },
    {
      name: 'without either, the repository (no file: the preset) stays',
      ownText: undefined,
      org: undefined,
      expected: undefined,
      requests: 1,
    },
  ])('$name', async ({ ownText, org, expected, requests }) => {
    const server = await start(org === undefined ? {} : { 'acme/.github': { [DEFAULT]: org } });
    const config = await readConfigOrOrgDefault({
      readOwn: async () => own(ownText),
      octokit: clientFor(server),
      owner: 'acme',
      path: DEFAULT,
    });
    expect(config.text).toBe(expected);
    expect(server.requests).toHaveLength(requests);
  });
});
