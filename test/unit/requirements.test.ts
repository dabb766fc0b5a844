import { describe, expect, it } from '@jest/globals';
import { classifyFiles } from '../../src/core/classify/classify-files.js';
import { checkRequirements } from '../../src/core/requirements/check-requirements.js';
import { hasContentChange } from '../../src/core/requirements/has-content-change.js';
import type { Change, ChangedFile, Config } from '../../src/core/types.js';
import { MemorySource } from '../helpers/memory-source.js';
import { area } from '../helpers/area-config.js';

const config: Config = {
  mode: 'fail',
  areas: {
    data: area({
      paths: ['data/**'],
      docs: ['DATASHEET.md', 'docs/data/**'],
      fallbackDocs: ['README.md'],
      template: 'DATASHEET.md',
    }),
    model: area({
      paths: ['src/models/**', 'params.yaml'],
      docs: ['MODEL_CARD.md'],
      fallbackDocs: ['README.md'],
      template: 'MODEL_CARD.md',
    }),
    deployment: area({ paths: ['Dockerfile'], docs: ['docs/deploy.md'] }),
  },
  ignore: ['scratch/**'],
  docs: ['docs/**', '*.md'],
  changelog: { path: 'CHANGELOG.md', required: true },
  skip: { labels: [], marker: '', authors: [] },
  comment: true,
};

const modified = (path: string, extra: Partial<ChangedFile> = {}): ChangedFile => ({
  path,
  status: 'modified',
  additions: 3,
  deletions: 1,
  ...extra,
});

async function check({
  files,
  base = ['MODEL_CARD.md', 'DATASHEET.md', 'CHANGELOG.md'],
  changes = new Map<string, Change[]>(),
  settings = config,
}: {
  files: ChangedFile[];
  base?: string[];
  changes?: Map<string, Change[]>;
  settings?: Config;
}) {
  const source = new MemorySource({ base: Object.fromEntries(base.map((path) => [path, '# doc'])) });
  const classification = classifyFiles({ files, config: settings });
  const result = await checkRequirements({ classification, config: settings, source, changes });
  return { ...result, source };
}

describe('hasContentChange', () => {
  it.each<[string, ChangedFile, boolean]>([
    ['a modified file with lines', modified('a.md'), true],
    ['a deletion-only edit', modified('a.md', { additions: 0, deletions: 4 }), true],
    ['a removed file', modified('a.md', { status: 'removed' }), false],
    ['an added empty file', { path: 'a.md', status: 'added', additions: 0, deletions: 0 }, false],
    ['a pure rename', { path: 'b.md', previousPath: 'a.md', status: 'renamed', additions: 0, deletions: 0 }, false],
    ['a rename with edits', { path: 'b.md', previousPath: 'a.md', status: 'renamed', additions: 2, deletions: 0 }, true],
    ['a rename without counts or patch', { path: 'b.md', previousPath: 'a.md', status: 'renamed' }, false],
    ['a rename whose patch edits', { path: 'b.md', previousPath: 'a.md', status: 'renamed', patch: '@@ -1 +1 @@\n-a\n+b' }, true],
    ['a patch with context only', { path: 'b.md', status: 'modified', patch: '@@ -1 +1 @@\n a' }, false],
    ['a modified file without counts or patch (too large)', { path: 'a.md', status: 'modified' }, true],
    ['a modified binary doc', { path: 'card.pdf', status: 'modified', binary: true, additions: 0, deletions: 0 }, true],
    ['a renamed binary doc', { path: 'b.pdf', previousPath: 'a.pdf', status: 'renamed', binary: true }, false],
    ['an unchanged file', { path: 'a.md', status: 'unchanged' }, false],
  ])('%s: %s', (_name, file, expected) => {
    expect(hasContentChange(file)).toBe(expected);
  });
});

describe('checkRequirements', () => {
  it('is satisfied by an updated dedicated doc, without listing the repository', async () => {
    const result = await check({ files: [modified('params.yaml'), modified('MODEL_CARD.md'), modified('CHANGELOG.md')] });
    expect(result.areas).toEqual([
      {
        name: 'model',
        description: 'test area',
        files: ['params.yaml'],
        satisfied: true,
        docs: ['MODEL_CARD.md'],
        expected: ['MODEL_CARD.md'],
        changes: [],
        findings: [],
      },
    ]);
    expect(result.missing).toEqual([]);
    expect(result.changelogUpdated).toBe(true);
    expect(result.source.calls).toEqual([]);
  });

  it.each<[string, ChangedFile, RegExp]>([
    ['a deleted doc', modified('MODEL_CARD.md', { status: 'removed' }), /Deleting `MODEL_CARD.md` does not count/],
    [
      'a pure rename',
      { path: 'MODEL_CARD.md', previousPath: 'model.md', status: 'renamed', additions: 0, deletions: 0 },
      /`MODEL_CARD.md` changed no line/,
    ],
  ])('is not satisfied by %s, and says why', async (_name, doc, reason) => {
    const result = await check({ files: [modified('params.yaml'), doc, modified('CHANGELOG.md')] });
    expect(result.areas[0]?.satisfied).toBe(false);
    expect(result.missing).toHaveLength(1);
    expect(result.missing[0]?.area).toBe('model');
    expect(result.missing[0]?.expected).toEqual(['MODEL_CARD.md']);
    expect(result.missing[0]?.reason).toMatch(
      /^1 `model` file changed \(`params.yaml`\) but no matching doc was added or updated\./,
    );
    expect(result.missing[0]?.reason).toMatch(reason);
  });

  it('is satisfied by a rename that also edits the doc', async () => {
    const doc = { path: 'MODEL_CARD.md', previousPath: 'model.md', status: 'renamed', additions: 4, deletions: 2 } as const;
    const result = await check({ files: [modified('params.yaml'), doc] });
    expect(result.areas[0]?.satisfied).toBe(true);
  });

  it('accepts fallback docs when the repository keeps no dedicated doc, and suggests the template', async () => {
    const result = await check({
      files: [modified('src/models/net.py'), modified('README.md')],
      base: ['README.md', 'src/models/net.py'],
    });
    expect(result.areas[0]).toMatchObject({
      name: 'model',
      satisfied: true,
      docs: ['README.md'],
      expected: ['MODEL_CARD.md', 'README.md'],
      suggestedDoc: 'MODEL_CARD.md',
    });
    expect(result.source.calls).toEqual([{ method: 'listFiles', side: 'base' }]);
  });

  it('refuses fallback docs while the repository keeps a dedicated doc', async () => {
    const result = await check({
      files: [modified('src/models/net.py'), modified('README.md')],
      base: ['MODEL_CARD.md', 'README.md'],
    });
    expect(result.areas[0]).toMatchObject({ satisfied: false, docs: [], expected: ['MODEL_CARD.md'] });
    expect(result.areas[0]?.suggestedDoc).toBeUndefined();
    expect(result.missing[0]?.reason).toMatch(/`README.md` counts only while the repository keeps no dedicated doc/);
  });

  it('suggests the template when nothing satisfies an area of a repository without its doc', async () => {
    const result = await check({ files: [modified('src/models/net.py')], base: ['src/models/net.py'] });
    expect(result.areas[0]).toMatchObject({
      satisfied: false,
      suggestedDoc: 'MODEL_CARD.md',
      expected: ['MODEL_CARD.md', 'README.md'],
    });
    expect(result.missing[0]?.reason).toMatch(/create `MODEL_CARD.md`/);
  });

  it('lists the repository once for several areas that need it', async () => {
    const result = await check({ files: [modified('data/a.csv'), modified('params.yaml')], base: ['README.md'] });
    expect(result.areas.map((entry) => entry.suggestedDoc)).toEqual(['DATASHEET.md', 'MODEL_CARD.md']);
    expect(result.source.count('listFiles')).toBe(1);
    expect(result.source.count('readFile')).toBe(0);
  });

  it('does not list the repository when the unsatisfied area has no fallback or template', async () => {
    const result = await check({ files: [modified('Dockerfile')] });
    expect(result.missing.map((entry) => entry.area)).toEqual(['deployment', 'changelog']);
    expect(result.source.calls).toEqual([]);
  });

  it('does not list the repository when nothing triggered', async () => {
    const result = await check({ files: [modified('src/cli.py'), modified('docs/usage.md')] });
    expect(result).toMatchObject({ areas: [], missing: [], changelogUpdated: false });
    expect(result.source.calls).toEqual([]);
  });

  it('counts a dedicated doc under an ignored path: ignore only stops triggering', async () => {
    const settings: Config = { ...config, ignore: ['**/*.md'] };
    const result = await check({ files: [modified('params.yaml'), modified('MODEL_CARD.md')], settings });
    expect(result.areas[0]?.satisfied).toBe(true);
  });

  it.each<[string, ChangedFile[], boolean, string[]]>([
    ['required and missing', [modified('params.yaml'), modified('MODEL_CARD.md')], true, ['changelog']],
    ['required and updated', [modified('params.yaml'), modified('MODEL_CARD.md'), modified('CHANGELOG.md')], true, []],
    [
      'required and added',
      [modified('params.yaml'), modified('MODEL_CARD.md'), modified('CHANGELOG.md', { status: 'added' })],
      true,
      [],
    ],
    [
      'required but deleted',
      [modified('params.yaml'), modified('MODEL_CARD.md'), modified('CHANGELOG.md', { status: 'removed' })],
      true,
      ['changelog'],
    ],
    ['not required', [modified('params.yaml'), modified('MODEL_CARD.md')], false, []],
  ])('changelog %s', async (_name, files, required, missing) => {
    const settings: Config = { ...config, changelog: { path: 'CHANGELOG.md', required } };
    const result = await check({ files, settings });
    expect(result.missing.map((entry) => entry.area)).toEqual(missing);
    if (missing.length > 0) {
      expect(result.missing[0]).toEqual({
        area: 'changelog',
        expected: ['CHANGELOG.md'],
        reason: '`CHANGELOG.md` was not updated: add an entry for this change (this report generates one).',
      });
    }
  });

  it('attaches the changes found for each area', async () => {
    const change: Change = { file: 'params.yaml', kind: 'hyperparameter', summary: '`train.lr`: 0.1 → 0.01' };
    const result = await check({ files: [modified('params.yaml')], changes: new Map([['model', [change]]]) });
    expect(result.areas[0]?.changes).toEqual([change]);
  });

  it('explains an area that lists no documentation globs', async () => {
    const settings: Config = { ...config, areas: { ...config.areas, deployment: area({ paths: ['Dockerfile'], docs: [] }) } };
    const result = await check({ files: [modified('Dockerfile')], settings });
    expect(result.missing[0]).toEqual({
      area: 'deployment',
      expected: [],
      reason: 'The `deployment` area lists no documentation globs, so no doc can satisfy it: add `docs` to its config.',
    });
  });

  it('names at most three triggering files in the reason', async () => {
    const files = ['a', 'b', 'c', 'd', 'e'].map((name) => modified(`data/${name}.csv`));
    const result = await check({ files });
    expect(result.missing[0]?.reason).toMatch(
      /^5 `data` files changed \(`data\/a.csv`, `data\/b.csv`, `data\/c.csv` and 2 more\)/,
    );
  });

  it('fails loudly when the classification names an area the config lacks', async () => {
    const source = new MemorySource();
    const classification = { areas: [{ name: 'ghost', files: [modified('x')] }], docs: [], ignored: [], other: [] };
    await expect(checkRequirements({ classification, config, source, changes: new Map() })).rejects.toThrow(
      'Area "ghost" was classified but is not in the config.',
    );
  });
});
