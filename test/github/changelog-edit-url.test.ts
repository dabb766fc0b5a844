import { describe, expect, it } from '@jest/globals';
import { changelogEditUrl } from '../../src/github/changelog-edit-url.js';

const head = { owner: 'octo-fork', repo: 'ml-service', ref: 'feature/lr#2' };

describe('changelogEditUrl', () => {
  it("opens the editor on the head branch's existing changelog (in the fork)", () => {
    expect(changelogEditUrl({ serverUrl: 'https://github.com', head, path: 'CHANGELOG.md', exists: true, entry: '- x' })).toBe(
      'https://github.com/octo-fork/ml-service/edit/feature/lr%232/CHANGELOG.md',
    );
  });

  it('opens the new-file page with the path and the entry filled in', () => {
    const url = new URL(
      changelogEditUrl({
        serverUrl: 'https://ghe.example.com/',
        head,
        path: 'docs/CHANGELOG.md',
        exists: false,
        entry: '- Model: x',
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe('https://ghe.example.com/octo-fork/ml-service/new/feature/lr%232');
    expect(url.searchParams.get('filename')).toBe('docs/CHANGELOG.md');
    expect(url.searchParams.get('value')).toBe('# Changelog\n\n## [Unreleased]\n\n- Model: x\n');
  });

  it('leaves the content out when it would make the link too long', () => {
    const url = changelogEditUrl({
      serverUrl: 'https://github.com',
      head,
      path: 'CHANGELOG.md',
      exists: false,
      entry: 'x'.repeat(7000),
    });
    expect(url).toBe('https://github.com/octo-fork/ml-service/new/feature/lr%232?filename=CHANGELOG.md');
  });
});
