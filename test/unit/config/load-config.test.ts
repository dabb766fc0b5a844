import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { loadConfig, RECOMMENDED_PRESET } from '../../../src/core/config/index.js';
import type { Config } from '../../../src/core/types.js';

const FILE = '.github/ml-docs-guard.yml';
const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/configs/${name}`, import.meta.url), 'utf8');
const preset = (name: string) => {
  const area = RECOMMENDED_PRESET.areas[name];
  if (area === undefined) throw new Error(`no preset area ${name}`);
  return area;
};

describe('loadConfig: valid configs', () => {
  it('applies the recommended preset when there is no config file', () => {
    expect(loadConfig({ text: undefined, file: FILE })).toBe(RECOMMENDED_PRESET);
  });

  it.each([
    ['an empty string', ''],
    ['a comments-only file', fixture('valid-empty.yml')],
    ['`extends: recommended` alone', 'extends: recommended\n'],
  ])('resolves %s to exactly the recommended preset', (_name, text) => {
    expect(loadConfig({ text, file: FILE })).toEqual(RECOMMENDED_PRESET);
  });

  const cases: { fixture: string; expected: (config: Config) => void }[] = [
    {
      fixture: 'valid-minimal.yml',
      expected: (config) => expect(config).toEqual({ ...RECOMMENDED_PRESET, mode: 'warn' }),
    },
    {
      fixture: 'valid-full.yml',
      expected: (config) => {
        expect(config.mode).toBe('warn');
        expect(Object.keys(config.areas)).toEqual(['data', 'model', 'pipeline', 'evaluation']);
        expect(config.areas['model']).toEqual({
          ...preset('model'),
          paths: ['src/models/**', 'params.yaml', 'configs/model/**', '!**/*_test.py'],
          docs: ['MODEL_CARD.md'],
          mentionChanges: true,
        });
        expect(config.areas['evaluation']).toEqual({
          description: 'Evaluation suites and benchmark data',
          paths: ['eval/**', 'benchmarks/*.yaml'],
          docs: ['docs/evaluation.md'],
          fallbackDocs: ['README.md'],
          template: 'docs/evaluation.md',
          sections: ['Benchmarks', 'Results'],
          mentionChanges: false,
          strict: false,
        });
        expect(config.ignore).toEqual([...RECOMMENDED_PRESET.ignore, 'notebooks/scratch/**']);
        expect(config.docs).toEqual([...RECOMMENDED_PRESET.docs, 'handbook/**']);
        expect(config.changelog).toEqual({ path: 'docs/CHANGELOG.md', required: false });
        expect(config.skip).toEqual({
          labels: ['no-docs-needed'],
          marker: '[docs not needed]',
          authors: ['dependabot[bot]', 'renovate[bot]'],
        });
        expect(config.comment).toBe(false);
      },
    },
    {
      fixture: 'valid-extends-none.yml',
      expected: (config) =>
        expect(config).toEqual({
          ...RECOMMENDED_PRESET,
          areas: {
            model: {
              description: 'model',
              paths: ['train.py', 'params.yaml'],
              docs: ['MODEL_CARD.md'],
              fallbackDocs: [],
              sections: [],
              mentionChanges: false,
              strict: false,
            },
          },
          ignore: [],
          // Documentation never triggers an area, preset or not.
          docs: RECOMMENDED_PRESET.docs,
        }),
    },
    {
      fixture: 'valid-area-override.yml',
      expected: (config) => {
        expect(config.areas['model']).toEqual({ ...preset('model'), docs: ['docs/model-card.md'], mentionChanges: true });
        expect(config.areas['data']).toEqual({ ...preset('data'), description: 'Survey datasets' });
        expect(config.areas['deployment']).toEqual(preset('deployment'));
      },
    },
    {
      fixture: 'valid-area-disable.yml',
      expected: (config) => expect(Object.keys(config.areas)).toEqual(['data', 'model']),
    },
    {
      fixture: 'valid-new-area.yml',
      expected: (config) => {
        expect(Object.keys(config.areas)).toEqual(['data', 'model', 'deployment', 'pipeline', 'prompts']);
        expect(config.areas['prompts']).toEqual({
          description: 'prompts',
          paths: ['prompts/**', '!prompts/drafts/**'],
          docs: ['docs/prompts.md'],
          fallbackDocs: [],
          sections: [],
          mentionChanges: false,
          strict: false,
        });
        expect(config.ignore).toEqual([...RECOMMENDED_PRESET.ignore, 'generated/**']);
        expect(config.docs).toEqual([...RECOMMENDED_PRESET.docs, 'wiki/**']);
      },
    },
  ];
  it.each(cases)('loads $fixture', ({ fixture: name, expected }) => {
    expected(loadConfig({ text: fixture(name), file: FILE }));
  });

  it('does not repeat a glob the preset already has', () => {
    const config = loadConfig({ text: 'ignore: ["notebooks/", "tmp/"]\n', file: FILE });
    expect(config.ignore.filter((glob) => glob === 'notebooks/')).toHaveLength(1);
    expect(config.ignore.at(-1)).toBe('tmp/');
  });

  it('shows the area name for an empty description and drops an empty template', () => {
    const config = loadConfig({ text: 'areas:\n  model:\n    description: ""\n    template: ""\n', file: FILE });
    expect(config.areas['model']?.description).toBe('model');
    expect(config.areas['model']?.template).toBeUndefined();
  });

  it('accepts aliases that expand to a few nodes', () => {
    const config = loadConfig({ text: 'docs: &shared ["wiki/**"]\nignore: *shared\n', file: FILE });
    expect(config.ignore.at(-1)).toBe('wiki/**');
  });
});
