/**
 * classifyFiles with random paths and random configs: it never throws on a valid config, sorts
 * every file into exactly one place (ignored, docs, other, or one or more areas), and never lets a
 * documentation file trigger an area, with the recommended preset or any other config.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { classifyFiles, pathsOf } from '../../../src/core/classify/classify-files.js';
import { matchGlobs } from '../../../src/core/classify/match-globs.js';
import { RECOMMENDED_PRESET } from '../../../src/core/config/index.js';
import type { AreaConfig, ChangedFile, Config, FileStatus } from '../../../src/core/types.js';
import { repoPath, supportedGlob } from './glob-arbitraries.js';

type ClassifyConfig = Pick<Config, 'areas' | 'ignore' | 'docs'>;

const AREA_NAMES = ['data', 'model', 'deployment', 'pipeline', 'custom'] as const;

const pattern = fc.tuple(fc.boolean(), supportedGlob()).map(([negated, glob]) => (negated ? `!${glob}` : glob));
const patterns = (max: number): fc.Arbitrary<string[]> => fc.array(pattern, { maxLength: max });

const areaConfig: fc.Arbitrary<AreaConfig> = fc.record({
  description: fc.constant('random area'),
  paths: patterns(4),
  docs: patterns(2),
  fallbackDocs: patterns(1),
  sections: fc.constant([]),
  mentionChanges: fc.boolean(),
});

const randomConfig: fc.Arbitrary<ClassifyConfig> = fc.record({
  areas: fc.dictionary(fc.constantFrom(...AREA_NAMES), areaConfig, { maxKeys: 4 }),
  ignore: patterns(2),
  docs: patterns(2),
});

/** Paths a real ML repository has, mixed with random ones, so the preset's globs get hits. */
const PRESET_PATHS = [
  'params.yaml',
  'dvc.yaml',
  'data/raw/train.csv.dvc',
  'src/models/net.py',
  'src/data/make_dataset.py',
  'k8s/deployment.yaml',
  'Dockerfile',
  'requirements.txt',
  'MODEL_CARD.md',
  'docs/data/sources.md',
  'README.md',
  'data/README.md',
  'notebooks/eda.ipynb',
  '.github/workflows/train.yml',
  'configs/train/exp.yaml',
];

const changedFile = (path: fc.Arbitrary<string>): fc.Arbitrary<ChangedFile> =>
  fc.oneof(
    fc.record({ path, status: fc.constantFrom<FileStatus>('added', 'modified', 'removed') }),
    fc.record({ path, status: fc.constant<FileStatus>('renamed'), previousPath: path }),
  );

const anyPath = fc.oneof(repoPath(), fc.constantFrom(...PRESET_PATHS));

/** Checks the partition and the doc rule for one config and file list. */
function expectSoundClassification(files: readonly ChangedFile[], config: ClassifyConfig): void {
  const result = classifyFiles({ files, config });
  const isIgnored = matchGlobs(config.ignore);
  const isDoc = matchGlobs([
    ...config.docs,
    ...Object.values(config.areas).flatMap((area) => [...area.docs, ...area.fallbackDocs]),
  ]);
  const areaMatchers = Object.entries(config.areas).map(([name, area]) => ({ name, matches: matchGlobs(area.paths) }));
  const places = new Map<ChangedFile, string[]>();
  const place = (file: ChangedFile, where: string): void => void places.set(file, [...(places.get(file) ?? []), where]);
  for (const file of result.ignored) place(file, 'ignored');
  for (const file of result.docs) place(file, 'docs');
  for (const file of result.other) place(file, 'other');
  for (const area of result.areas) for (const file of area.files) place(file, area.name);
  for (const file of files) {
    const where = places.get(file) ?? [];
    const live = pathsOf(file).filter((path) => !isIgnored(path));
    const code = live.filter((path) => !isDoc(path));
    if (live.length === 0) expect(where).toEqual(['ignored']);
    else if (code.length === 0) expect(where).toEqual(['docs']);
    else {
      // Triggered exactly by the areas one of its non-doc, non-ignored paths matches.
      const expected = areaMatchers.filter((area) => code.some(area.matches)).map((area) => area.name);
      expect(where).toEqual(expected.length === 0 ? ['other'] : expected);
    }
  }
  expect(result.areas.every((area) => area.files.length > 0)).toBe(true);
}

describe('classifyFiles on random input', () => {
  it('sorts every file into one place under random configs, and docs never trigger', () => {
    fc.assert(
      fc.property(randomConfig, fc.array(changedFile(anyPath), { maxLength: 12 }), (config, files) => {
        expectSoundClassification(files, config);
      }),
      { numRuns: 1500 },
    );
  });

  it('does the same with the recommended preset', () => {
    fc.assert(
      fc.property(fc.array(changedFile(anyPath), { maxLength: 40 }), (files) => {
        expectSoundClassification(files, RECOMMENDED_PRESET);
      }),
      // Each run compiles the preset's ~900 globs twice (classifier and check): fewer, larger runs.
      { numRuns: 150 },
    );
  });

  it('never lets a preset documentation file trigger an area, wherever it sits', () => {
    const docPath = fc
      .tuple(
        fc.array(fc.constantFrom('data', 'src', 'models', 'k8s', 'pipelines', 'serving'), { maxLength: 3 }),
        fc.constantFrom('README.md', 'MODEL_CARD.md', 'DATASHEET.md', 'CHANGELOG.md'),
      )
      .map(([dirs, doc]) => [...dirs, doc].join('/'));
    fc.assert(
      fc.property(fc.array(changedFile(docPath), { minLength: 1, maxLength: 10 }), (files) => {
        const result = classifyFiles({ files, config: RECOMMENDED_PRESET });
        expect(result.areas).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
