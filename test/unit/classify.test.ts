import { describe, expect, it } from '@jest/globals';
import { classifyFiles } from '../../src/core/classify/classify-files.js';
import { matchGlobs } from '../../src/core/classify/match-globs.js';
import type { AreaConfig, ChangedFile, Config } from '../../src/core/types.js';

describe('matchGlobs', () => {
  it.each<[string, string[], string, boolean]>([
    ['a double star crosses directories', ['src/**'], 'src/a/b/c.py', true],
    ['dotfiles match', ['**/*.yml'], '.github/workflows/deploy.yml', true],
    ['a dot directory matches under **', ['configs/**'], 'configs/.hydra/config.yaml', true],
    ['a slash anchors at the root', ['src/models/**'], 'lib/src/models/a.py', false],
    ['a leading slash anchors a name at the root', ['/params.yaml'], 'configs/params.yaml', false],
    ['a leading slash still matches at the root', ['/params.yaml'], 'params.yaml', true],
    ['a name without slash matches at any depth', ['*.dvc'], 'data/raw/images.dvc', true],
    ['a name without slash matches at the root', ['Dockerfile*'], 'Dockerfile', true],
    ['a name without slash matches a nested file', ['Dockerfile*'], 'services/api/Dockerfile.gpu', true],
    ['a name without slash matches a directory at any depth', ['mlruns'], 'exp/mlruns/0/meta.yaml', true],
    ['a name is not a substring match', ['Dockerfile*'], 'docs/MyDockerfile', false],
    ['a trailing slash means everything under the directory', ['data/'], 'data/raw/train.csv', true],
    ['a trailing slash does not match a file of that name', ['data/'], 'data', false],
    ['a ./ prefix anchors at the root', ['./data/**'], 'data/x.csv', true],
    ['a negation excludes', ['src/**', '!**/*_test.py'], 'src/model_test.py', false],
    ['a negation leaves the rest', ['src/**', '!**/*_test.py'], 'src/model.py', true],
    ['a negation wins whatever its position', ['!**/*_test.py', 'src/**'], 'src/model_test.py', false],
    ['a negated name without slash excludes at any depth', ['src/**', '!*.md'], 'src/a/README.md', false],
    ['only negations match the rest', ['!docs/**'], 'train.py', true],
    ['only negations exclude their paths', ['!docs/**'], 'docs/index.md', false],
    ['an empty list matches nothing', [], 'anything', false],
    ['spaces in names', ['data sets/**'], 'data sets/raw file.csv', true],
    ['non-ASCII names', ['données/**'], 'données/été/数据.parquet', true],
    ['non-ASCII in the pattern name', ['*.csv'], 'données/été/数据.csv', true],
    ['case matters, as in git', ['*.CSV'], 'data/train.csv', false],
    ['braces', ['configs/{train,model}*.yaml'], 'configs/model-large.yaml', true],
    ['whitespace around a pattern is ignored', ['  params.yaml '], 'params.yaml', true],
    ['a ./ path is read from the root', ['data/**'], './data/x.csv', true],
  ])('%s', (_name, patterns, path, expected) => {
    expect(matchGlobs(patterns)(path)).toBe(expected);
  });

  it.each([[''], ['!'], ['  '], ['/'], ['!./']])('rejects the empty pattern %j with a message naming it', (pattern) => {
    expect(() => matchGlobs(['data/**', pattern])).toThrow(`Glob pattern #2 ${JSON.stringify(pattern)} names no path`);
  });
});

const area = (paths: string[], docs: string[] = [], fallbackDocs: string[] = []): AreaConfig => ({
  description: 'test area',
  paths,
  docs,
  fallbackDocs,
  sections: [],
  mentionChanges: false,
});

const config: Pick<Config, 'areas' | 'ignore' | 'docs'> = {
  areas: {
    data: area(['data/**', '*.dvc', 'src/features/**'], ['data/README.md', 'DATASHEET.md']),
    model: area(['src/models/**', 'params.yaml', 'src/features/**'], ['MODEL_CARD.md'], ['README.md']),
    deployment: area(['Dockerfile*', 'k8s/**'], ['docs/deploy*']),
  },
  ignore: ['notebooks/scratch/**', '**/*.lock'],
  docs: ['docs/**', '*.md'],
};

const file = (path: string, extra: Partial<ChangedFile> = {}): ChangedFile => ({ path, status: 'modified', ...extra });

/** The classification as paths, to compare against readable tables. */
function classify(files: ChangedFile[]): Record<string, string[]> {
  const result = classifyFiles({ files, config });
  const paths = (list: readonly ChangedFile[]): string[] => list.map((changed) => changed.path);
  return {
    ...Object.fromEntries(result.areas.map(({ name, files: areaFiles }) => [name, paths(areaFiles)])),
    docs: paths(result.docs),
    ignored: paths(result.ignored),
    other: paths(result.other),
  };
}

describe('classifyFiles', () => {
  it.each<[string, ChangedFile, Record<string, string[]>]>([
    ['a data file triggers data', file('data/train.csv'), { data: ['data/train.csv'] }],
    ['a DVC pointer at any depth triggers data', file('raw/images.dvc'), { data: ['raw/images.dvc'] }],
    [
      'a file in several areas triggers each',
      file('src/features/scale.py'),
      { data: ['src/features/scale.py'], model: ['src/features/scale.py'] },
    ],
    ['a doc never triggers even when an area path matches', file('data/README.md'), { docs: ['data/README.md'] }],
    ['a doc by config.docs never triggers', file('docs/deploy.md'), { docs: ['docs/deploy.md'] }],
    ["an area's fallback doc never triggers", file('README.md'), { docs: ['README.md'] }],
    ['ignore wins over areas', file('notebooks/scratch/data/x.csv'), { ignored: ['notebooks/scratch/data/x.csv'] }],
    ['ignore wins over docs', file('notebooks/scratch/NOTES.md'), { ignored: ['notebooks/scratch/NOTES.md'] }],
    ['an ignored name at any depth', file('data/poetry.lock'), { ignored: ['data/poetry.lock'] }],
    ['anything else is other', file('src/utils/io.py'), { other: ['src/utils/io.py'] }],
    [
      'a rename out of an area triggers it under the old path',
      file('archive/train.csv', { status: 'renamed', previousPath: 'data/train.csv' }),
      { data: ['archive/train.csv'] },
    ],
    [
      'a rename into an area triggers it under the new path',
      file('src/models/net.py', { status: 'renamed', previousPath: 'src/net.py' }),
      { model: ['src/models/net.py'] },
    ],
    [
      'a rename between areas triggers both',
      file('k8s/train-job.yaml', { status: 'renamed', previousPath: 'data/train-job.yaml' }),
      { data: ['k8s/train-job.yaml'], deployment: ['k8s/train-job.yaml'] },
    ],
    [
      'a rename into an ignored directory still counts under the old path',
      file('notebooks/scratch/train.csv', { status: 'renamed', previousPath: 'data/train.csv' }),
      { data: ['notebooks/scratch/train.csv'] },
    ],
    [
      'moving code into docs/ still changes the code area',
      file('docs/examples/net.py', { status: 'renamed', previousPath: 'src/models/net.py' }),
      { model: ['docs/examples/net.py'] },
    ],
    [
      'a doc renamed to another doc stays a doc',
      file('docs/model.md', { status: 'renamed', previousPath: 'MODEL_CARD.md' }),
      { docs: ['docs/model.md'] },
    ],
    [
      'a file ignored under both paths is ignored',
      file('notebooks/scratch/b.csv', { status: 'renamed', previousPath: 'notebooks/scratch/a.csv' }),
      { ignored: ['notebooks/scratch/b.csv'] },
    ],
    ['a removed data file triggers data', file('data/old.csv', { status: 'removed' }), { data: ['data/old.csv'] }],
  ])('%s', (_name, changed, expected) => {
    expect(classify([changed])).toEqual({ docs: [], ignored: [], other: [], ...expected });
  });

  it('keeps areas in config order and files in diff order', () => {
    const files = [file('k8s/svc.yaml'), file('params.yaml'), file('data/b.csv'), file('data/a.csv')];
    const result = classifyFiles({ files, config });
    expect(result.areas.map((entry) => entry.name)).toEqual(['data', 'model', 'deployment']);
    expect(result.areas[0]?.files.map((changed) => changed.path)).toEqual(['data/b.csv', 'data/a.csv']);
  });

  it('lists no area that nothing triggered', () => {
    expect(classifyFiles({ files: [file('src/cli.py')], config }).areas).toEqual([]);
  });

  it('puts each file in exactly one of docs, ignored, other or the areas', () => {
    const files = [file('docs/a.md'), file('notebooks/scratch/x.py'), file('setup.cfg'), file('params.yaml')];
    const result = classifyFiles({ files, config });
    const placed = [...result.docs, ...result.ignored, ...result.other, ...new Set(result.areas.flatMap((entry) => entry.files))];
    expect(placed).toHaveLength(files.length);
    expect(new Set(placed)).toEqual(new Set(files));
  });
});
