import { describe, expect, it } from '@jest/globals';
import { changelogSuggestion, entryInPatch, SUGGESTION_MARKER } from '../../src/github/changelog-suggestion.js';

const ENTRY = ['### Changed', '- Model: Raise the learning rate (#7)', '  - Files: `params.yaml`'].join('\n');

const suggestionBlock = (replacement: string, fence = '```') =>
  [
    SUGGESTION_MARKER,
    '**ML Docs Guard**: the changelog entry for this pull request. Commit the suggestion to add it (edit it first if you like).',
    '',
    `${fence}suggestion`,
    replacement,
    fence,
  ].join('\n');

describe('changelogSuggestion', () => {
  const cases = [
    {
      name: 'under an Unreleased heading shown as context',
      patch: [
        '@@ -5,3 +5,4 @@ and this project adheres',
        ' ## [Unreleased]',
        ' ',
        '+- Fixed a typo',
        ' ## [1.2.0] - 2024-05-01',
      ].join('\n'),
      line: 5,
      replacement: `## [Unreleased]\n\n${ENTRY}`,
    },
    {
      name: 'above the first release heading when there is no Unreleased section',
      patch: ['@@ -3,2 +3,3 @@', ' ', '+Notes.', ' ## [1.2.0] - 2024-05-01'].join('\n'),
      line: 5,
      replacement: `## [Unreleased]\n\n${ENTRY}\n\n## [1.2.0] - 2024-05-01`,
    },
    {
      name: 'after the first line of a new changelog',
      patch: ['@@ -0,0 +1,2 @@', '+# Changelog', '+'].join('\n'),
      line: 1,
      replacement: `# Changelog\n\n## [Unreleased]\n\n${ENTRY}`,
    },
    {
      name: 'on an added Unreleased heading rather than a deleted one',
      patch: ['@@ -1,2 +1,2 @@', '-## [unreleased]', '+## Unreleased', ' text'].join('\n'),
      line: 1,
      replacement: `## Unreleased\n\n${ENTRY}`,
    },
  ];

  it.each(cases)('places the entry $name', ({ patch, line, replacement }) => {
    expect(changelogSuggestion({ patch, entry: ENTRY })).toEqual({ line, body: suggestionBlock(replacement) });
  });

  it('uses a fence longer than any backtick run in the entry', () => {
    const entry = '- Model: add ``` fences to docs';
    const patch = '@@ -0,0 +1 @@\n+# Changelog';
    expect(changelogSuggestion({ patch, entry })?.body).toBe(
      suggestionBlock(`# Changelog\n\n## [Unreleased]\n\n${entry}`, '````'),
    );
  });

  const unanchored = [
    { name: 'a diff with no heading and not at the top', patch: '@@ -40,2 +40,3 @@\n - old item\n+- new item\n - other' },
    { name: 'a diff that only deletes', patch: '@@ -1,2 +0,0 @@\n-# Changelog\n-## [1.0.0]' },
    { name: 'an empty patch', patch: '' },
  ];

  it.each(unanchored)('offers nothing for $name', ({ patch }) => {
    expect(changelogSuggestion({ patch, entry: ENTRY })).toBeUndefined();
  });

  it('offers nothing for an empty entry', () => {
    expect(changelogSuggestion({ patch: '@@ -0,0 +1 @@\n+# Changelog', entry: '' })).toBeUndefined();
  });
});

describe('entryInPatch', () => {
  const cases = [
    { name: 'every bullet added', added: ['- Model: Raise the learning rate (#7)', '  - Files: `params.yaml`'], expected: true },
    { name: 'the bullets added with other indentation', added: ['  - Model: Raise the learning rate (#7)'], expected: true },
    { name: 'a different entry', added: ['- Model: something else'], expected: false },
    { name: 'nothing added', added: [], expected: false },
  ];

  it.each(cases)('is $expected for $name', ({ added, expected }) => {
    const patch = [`@@ -1,1 +1,${added.length + 1} @@`, ' # Changelog', ...added.map((line) => `+${line}`)].join('\n');
    expect(entryInPatch({ patch, entry: ENTRY })).toBe(expected);
  });
});
