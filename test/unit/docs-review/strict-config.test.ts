import { describe, expect, it } from '@jest/globals';
import { CONFIG_SCHEMA, ConfigError, loadConfig, RECOMMENDED_PRESET } from '../../../src/core/config/index.js';
import { BUILT_IN_AREAS } from '../../../src/core/types.js';

const FILE = '.github/ml-docs-guard.yml';

describe('the `strict` area setting', () => {
  it('is off in every preset area', () => {
    for (const name of BUILT_IN_AREAS) expect(RECOMMENDED_PRESET.areas[name]?.strict).toBe(false);
  });

  it.each([
    ['turned on for a preset area', 'areas:\n  model:\n    strict: true\n', 'model', true],
    ['left off when a preset area is overridden without it', 'areas:\n  model:\n    docs: [MODEL_CARD.md]\n', 'model', false],
    [
      'off by default in a new area',
      'areas:\n  prompts:\n    paths: [prompts/**]\n    docs: [docs/prompts.md]\n',
      'prompts',
      false,
    ],
    [
      'turned on in a new area',
      'areas:\n  prompts:\n    paths: [prompts/**]\n    docs: [docs/prompts.md]\n    strict: true\n',
      'prompts',
      true,
    ],
  ])('is %s', (_name, text, area, expected) => {
    expect(loadConfig({ text, file: FILE }).areas[area]?.strict).toBe(expected);
  });

  it('must be a boolean, and the error says where', () => {
    let problem: unknown;
    try {
      loadConfig({ text: 'areas:\n  model:\n    strict: yes please\n', file: FILE });
    } catch (error) {
      problem = error instanceof ConfigError ? error.problems[0] : error;
    }
    expect(problem).toMatchObject({ file: FILE, line: 3, field: 'areas.model.strict' });
  });

  it('is documented in the schema with what it blocks on', () => {
    const description = CONFIG_SCHEMA.definitions.area.properties.strict.description;
    for (const words of ['sections', 'mention-changes', 'old value', 'placeholders', 'model-card.schema.json', 'unsatisfied']) {
      expect(description).toContain(words);
    }
    expect(CONFIG_SCHEMA.definitions.area.properties.strict.default).toBe(false);
  });
});
