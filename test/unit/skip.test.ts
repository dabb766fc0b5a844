import { describe, expect, it } from '@jest/globals';
import { findSkipReason } from '../../src/core/skip.js';
import type { Config, PullRequestInfo } from '../../src/core/types.js';

const config: Pick<Config, 'skip'> = {
  skip: { labels: ['no-docs-needed', 'dependencies'], marker: '[skip ml-docs]', authors: ['dependabot[bot]', ' Renovate[bot] '] },
};

const pullRequest = (fields: Partial<PullRequestInfo>): PullRequestInfo => ({
  title: 'Tune lr',
  body: '',
  labels: [],
  ...fields,
});

describe('findSkipReason', () => {
  it.each<[string, Partial<PullRequestInfo>, string | undefined]>([
    ['no label and no marker', {}, undefined],
    ['a skip label', { labels: ['no-docs-needed'] }, 'label `no-docs-needed`'],
    ['a skip label in another case', { labels: ['No-Docs-Needed'] }, 'label `no-docs-needed`'],
    ['the second configured label', { labels: ['bug', 'dependencies'] }, 'label `dependencies`'],
    ['an unrelated label', { labels: ['docs'] }, undefined],
    ['a label that only contains a skip label', { labels: ['no-docs-needed-later'] }, undefined],
    ['the marker in the title', { title: 'Bump numpy [skip ml-docs]' }, 'marker `[skip ml-docs]` in the title'],
    ['the marker in the description', { body: 'Typo fix.\n\n[SKIP ML-DOCS]' }, 'marker `[skip ml-docs]` in the description'],
    ['the marker only inside an HTML comment', { body: '<!-- add [skip ml-docs] to skip the check -->' }, undefined],
    ['a label before a marker', { labels: ['no-docs-needed'], title: '[skip ml-docs]' }, 'label `no-docs-needed`'],
    ['a listed author', { author: 'dependabot[bot]' }, 'author `dependabot[bot]`'],
    ['a listed author in another case, listed with spaces', { author: 'renovate[bot]' }, 'author `renovate[bot]`'],
    ['an author not listed', { author: 'octocat' }, undefined],
    ['an author that only contains a listed one', { author: 'dependabot[bot]-fork' }, undefined],
    ['a label before an author', { labels: ['dependencies'], author: 'dependabot[bot]' }, 'label `dependencies`'],
    ['an author before a marker', { author: 'dependabot[bot]', body: '[skip ml-docs]' }, 'author `dependabot[bot]`'],
  ])('%s', (_name, fields, expected) => {
    expect(findSkipReason({ pullRequest: pullRequest(fields), config })).toBe(expected);
  });

  it('never matches an empty marker', () => {
    const noMarker: Pick<Config, 'skip'> = { skip: { labels: [], marker: ' ', authors: [] } };
    expect(findSkipReason({ pullRequest: pullRequest({ body: 'anything at all' }), config: noMarker })).toBeUndefined();
  });
});
