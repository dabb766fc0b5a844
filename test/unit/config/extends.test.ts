import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig, mergeRawConfigs, RECOMMENDED_PRESET } from '../../../src/core/config/index.js';

const FILE = '.github/ml-docs-guard.yml';
const ORG = { file: '.github/ml-docs-guard.yml', ref: 'acme/.github@main' };

describe('mergeRawConfigs', () => {
  it('lets the child override settings, merges areas field by field and adds up lists', () => {
    const merged = mergeRawConfigs({
      parent: {
        _extends: 'elsewhere',
        mode: 'warn',
        ignore: ['scratch/**'],
        areas: { model: { docs: ['docs/models/**'], sections: ['Intended use'] } },
        skip: { labels: ['org-skip'], marker: '[org skip]' },
      },
      child: {
        _extends: '.github',
        mode: 'fail',
        ignore: ['tmp/**'],
        areas: { model: { docs: ['MODEL_CARD.md'] }, eval: { paths: ['eval/**'], docs: ['EVAL.md'] } },
        skip: { labels: ['repo-skip'] },
      },
    });
    expect(merged).toEqual({
      mode: 'fail',
      ignore: ['scratch/**', 'tmp/**'],
      areas: {
        model: { docs: ['MODEL_CARD.md'], sections: ['Intended use'] },
        eval: { paths: ['eval/**'], docs: ['EVAL.md'] },
      },
      skip: { labels: ['repo-skip'], marker: '[org skip]' },
    });
  });
});

describe('loadConfig with an extended config', () => {
  it('applies the parent alone when the repository has no config file', () => {
    const config = loadConfig({ text: undefined, file: FILE, parent: { ...ORG, text: 'mode: warn\n' } });
    expect(config.mode).toBe('warn');
    expect(config.areas).toEqual(RECOMMENDED_PRESET.areas);
  });

  it("overrides the parent's settings with the repository's", () => {
    const parent = { ...ORG, text: 'mode: warn\nareas:\n  model:\n    docs: ["docs/model-card.md"]\n' };
    const config = loadConfig({ text: '_extends: .github\nmode: fail\n', file: FILE, ref: 'main', parent });
    expect(config.mode).toBe('fail');
    expect(config.areas.model?.docs).toEqual(['docs/model-card.md']);
  });

  it("reports a problem of the parent at the parent's own file and line", () => {
    const parent = { ...ORG, text: 'mode: warn\nmdoe: fail\n' };
    let error: unknown;
    try {
      loadConfig({ text: '_extends: .github\n', file: FILE, parent });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const [problem] = (error as ConfigError).problems;
    expect(problem).toMatchObject({ file: ORG.file, ref: ORG.ref, line: 2, column: 1 });
    expect(problem?.message).toContain('unknown key `mdoe`');
  });

  it('rejects an `_extends` value that names no repository', () => {
    expect(() => loadConfig({ text: '_extends: "a b"\n', file: FILE })).toThrow(ConfigError);
  });
});
