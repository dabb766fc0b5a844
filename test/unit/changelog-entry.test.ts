import { describe, expect, it } from '@jest/globals';
import { buildChangelogEntry } from '../../src/core/changelog/build-changelog-entry.js';
import { escapeInlineHtml } from '../../src/core/changelog/escape-inline-html.js';
import type { AreaReport, Change, ChangedFile, PullRequestInfo } from '../../src/core/types.js';

const report = (name: string, files: string[], changes: Change[] = []): AreaReport => ({
  name,
  description: `${name} area`,
  files,
  satisfied: true,
  docs: [],
  expected: [],
  changes,
  findings: [],
});

const pullRequest = (fields: Partial<PullRequestInfo> = {}): PullRequestInfo => ({
  number: 42,
  url: 'https://github.com/acme/churn/pull/42',
  title: 'Tune the learning rate',
  body: '',
  labels: [],
  ...fields,
});

const documented = [
  '## Why',
  'Validation loss plateaued after epoch 8.',
  '',
  '## Testing',
  '- Retrained on the March split',
  '- F1 0.81 → 0.84',
].join('\n');

describe('buildChangelogEntry', () => {
  it('writes a Keep a Changelog entry with files, changes, why and testing', () => {
    const changes: Change[] = [{ file: 'params.yaml', kind: 'hyperparameter', summary: '`train.lr`: 0.01 → 0.001' }];
    const entry = buildChangelogEntry({
      areas: [report('model', ['params.yaml', 'src/train.py'], changes)],
      pullRequest: pullRequest({ body: documented }),
    });
    expect(entry).toBe(
      [
        '### Changed',
        '- Model: Tune the learning rate ([#42](https://github.com/acme/churn/pull/42))',
        '  - Files: `params.yaml`, `src/train.py`',
        '  - Changes: `train.lr`: 0.01 → 0.001',
        '  - Why: Validation loss plateaued after epoch 8.',
        '  - Testing: Retrained on the March split; F1 0.81 → 0.84',
      ].join('\n'),
    );
  });

  it('says when the description gives neither why nor test results', () => {
    const entry = buildChangelogEntry({
      areas: [report('data', ['data/train.csv.dvc'])],
      pullRequest: pullRequest({ body: 'Bump data.' }),
    });
    expect(entry).toContain('  - Why: not given in the PR description.');
    expect(entry).toContain('  - Testing: not given in the PR description.');
    expect(entry).not.toContain('Changes:');
  });

  it('falls back to checked task items for test results', () => {
    const body = '- [x] Ran `pytest`\n- [ ] Ran the e2e suite\n- [x] Compared metrics';
    const entry = buildChangelogEntry({ areas: [report('model', ['m.py'])], pullRequest: pullRequest({ body }) });
    expect(entry).toContain('  - Testing: checked in the PR description: Ran `pytest`; Compared metrics');
  });

  it('orders built-in areas first, then custom ones, and sorts them into Added, Changed and Removed', () => {
    const files: ChangedFile[] = [
      { path: 'data/new.csv', status: 'added' },
      { path: 'k8s/old.yaml', status: 'removed' },
      { path: 'params.yaml', status: 'modified' },
      { path: 'features/store.py', status: 'modified' },
    ];
    const areas = [
      report('feature-store', ['features/store.py']),
      report('deployment', ['k8s/old.yaml']),
      report('model', ['params.yaml']),
      report('data', ['data/new.csv']),
    ];
    const entry = buildChangelogEntry({ areas, pullRequest: pullRequest(), files });
    const headings = entry.split('\n').filter((line) => line.startsWith('### ') || line.startsWith('- '));
    expect(headings).toEqual([
      '### Added',
      '- Data: Tune the learning rate ([#42](https://github.com/acme/churn/pull/42))',
      '### Changed',
      '- Model: Tune the learning rate ([#42](https://github.com/acme/churn/pull/42))',
      '- Feature store: Tune the learning rate ([#42](https://github.com/acme/churn/pull/42))',
      '### Removed',
      '- Deployment: Tune the learning rate ([#42](https://github.com/acme/churn/pull/42))',
    ]);
    expect(entry).toMatch(/\n\n### Changed\n/);
  });

  it('files an area with mixed statuses under Changed', () => {
    const files: ChangedFile[] = [
      { path: 'data/a.csv', status: 'added' },
      { path: 'data/b.csv', status: 'removed' },
    ];
    const entry = buildChangelogEntry({
      areas: [report('data', ['data/a.csv', 'data/b.csv'])],
      pullRequest: pullRequest(),
      files,
    });
    expect(entry.split('\n')[0]).toBe('### Changed');
  });

  it('names at most five files and five changes, then counts the rest', () => {
    const files = Array.from({ length: 8 }, (_, index) => `data/part-${index}.csv`);
    const changes = Array.from(
      { length: 7 },
      (_, index): Change => ({ file: 'params.yaml', kind: 'hyperparameter', summary: `k${index}` }),
    );
    const entry = buildChangelogEntry({ areas: [report('data', files, changes)], pullRequest: pullRequest() });
    expect(entry).toContain(
      '  - Files: `data/part-0.csv`, `data/part-1.csv`, `data/part-2.csv`, `data/part-3.csv`, `data/part-4.csv` and 3 more',
    );
    expect(entry).toContain('  - Changes: k0, k1, k2, k3, k4 and 2 more');
  });

  it.each<[string, Partial<PullRequestInfo>, string]>([
    ['a number without a URL', { url: undefined }, '- Model: Tune the learning rate (#42)'],
    ['no number (a local range)', { number: undefined, url: undefined }, '- Model: Tune the learning rate'],
    ['an empty title', { title: '  ', url: undefined }, '- Model: Untitled change (#42)'],
    [
      'a URL with parentheses',
      { url: 'https://example.test/pr/(42)' },
      '- Model: Tune the learning rate ([#42](https://example.test/pr/%2842%29))',
    ],
  ])('references the PR with %s', (_name, fields, expected) => {
    const entry = buildChangelogEntry({ areas: [report('model', ['m.py'])], pullRequest: pullRequest(fields) });
    expect(entry.split('\n')[1]).toBe(expected);
  });

  it('keeps Markdown safe: backticks in file names, HTML in the title and description', () => {
    const body =
      '## Why\n<details><summary>x</summary> see `<b>` <!-- hidden --> and <!-- ml-docs-guard -->\n## Testing\n<img src=x onerror=alert(1)>';
    const entry = buildChangelogEntry({
      areas: [report('data', ['data/odd`name.csv', '`lead.csv'])],
      pullRequest: pullRequest({ title: 'Fix <script>alert(1)</script>\nnow', body }),
    });
    expect(entry).toContain('- Data: Fix &lt;script>alert(1)&lt;/script> now');
    expect(entry).toContain('  - Files: ``data/odd`name.csv``, `` `lead.csv ``');
    expect(entry).toContain('  - Why: &lt;details>&lt;summary>x&lt;/summary> see `<b>` and');
    expect(entry).toContain('  - Testing: &lt;img src=x onerror=alert(1)>');
    expect(entry).not.toContain('<!--');
  });

  it('bounds the quoted description parts', () => {
    const body = `## Why\n${'because '.repeat(200)}`;
    const entry = buildChangelogEntry({ areas: [report('model', ['m.py'])], pullRequest: pullRequest({ body }) });
    const why = entry.split('\n').find((line) => line.startsWith('  - Why: ')) ?? '';
    expect(why.length).toBeLessThanOrEqual('  - Why: '.length + 500);
    expect(why.endsWith('…')).toBe(true);
  });

  it('is empty when no area triggered', () => {
    expect(buildChangelogEntry({ areas: [], pullRequest: pullRequest({ body: documented }) })).toBe('');
  });
});

describe('escapeInlineHtml', () => {
  it.each([
    ['a tag', 'a <b>bold</b>', 'a &lt;b>bold&lt;/b>'],
    ['a comment opener', 'x <!-- y', 'x &lt;!-- y'],
    ['a comparison stays', 'loss < 0.3 and a<=b', 'loss < 0.3 and a<=b'],
    ['code spans stay literal', 'use `<br>` here <br>', 'use `<br>` here &lt;br>'],
    ['double-backtick spans stay literal', 'x ``a ` <i>`` <i>', 'x ``a ` <i>`` &lt;i>'],
    ['an unpaired backtick is text', 'a ` <i>', 'a ` &lt;i>'],
    ['whitespace flattens', ' a\n\n b\t', 'a b'],
  ])('%s', (_name, text, expected) => {
    expect(escapeInlineHtml(text)).toBe(expected);
  });
});
