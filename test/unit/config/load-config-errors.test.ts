import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig, MAX_CONFIG_BYTES } from '../../../src/core/config/index.js';
import type { ConfigProblem } from '../../../src/core/types.js';

const FILE = '.github/ml-docs-guard.yml';
const F = '`.github/ml-docs-guard.yml`';
const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/configs/${name}`, import.meta.url), 'utf8');

/** Runs `loadConfig` expecting a ConfigError, and returns it. */
function loadError(text: string, ref?: string): ConfigError {
  try {
    loadConfig({ text, file: FILE, ...(ref === undefined ? {} : { ref }) });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError, the config loaded');
}

const PRESET_AREAS = 'data, model, deployment, pipeline';
const TOP_LEVEL_KEYS = '_extends, extends, mode, areas, ignore, docs, changelog, skip, comment';

const cases: {
  fixture: string;
  kind: 'syntax' | 'schema';
  line: number;
  column: number;
  field: string | undefined;
  message: string;
}[] = [
  {
    fixture: 'invalid-unknown-key.yml',
    kind: 'schema',
    line: 2,
    column: 1,
    field: 'mdoe',
    message: `unknown key \`mdoe\` in ${F} at 2:1; valid keys: ${TOP_LEVEL_KEYS}`,
  },
  {
    fixture: 'invalid-wrong-type.yml',
    kind: 'schema',
    line: 3,
    column: 12,
    field: 'areas.model.paths',
    message: `wrong type for \`areas.model.paths\` in ${F} at 3:12: expected a list, got the string \`src/models/**\``,
  },
  {
    fixture: 'invalid-bad-enum.yml',
    kind: 'schema',
    line: 1,
    column: 7,
    field: 'mode',
    message: `invalid value \`strict\` for \`mode\` in ${F} at 1:7; valid values: fail, warn`,
  },
  {
    fixture: 'invalid-bad-area-name.yml',
    kind: 'schema',
    line: 2,
    column: 3,
    field: 'areas.Feature_Store',
    message: `invalid area name \`Feature_Store\` in ${F} at 2:3; area names start with a lowercase letter and contain only lowercase letters, digits and dashes (^[a-z][a-z0-9-]*$)`,
  },
  {
    fixture: 'invalid-new-area-without-docs.yml',
    kind: 'schema',
    line: 3,
    column: 3,
    field: 'areas.security.docs',
    message: `new area \`security\` in ${F} at 3:3 must set \`docs\`: it is not a preset area (${PRESET_AREAS})`,
  },
  {
    fixture: 'invalid-extends-none-area-without-paths.yml',
    kind: 'schema',
    line: 3,
    column: 3,
    field: 'areas.model.paths',
    message: `new area \`model\` in ${F} at 3:3 must set \`paths\`: with \`extends: none\` every area is new`,
  },
  {
    fixture: 'invalid-disable-unknown-area.yml',
    kind: 'schema',
    line: 3,
    column: 5,
    field: 'areas.modle.enabled',
    message: `\`enabled: false\` on area \`modle\` in ${F} at 3:5 disables nothing: there is no preset area of that name; preset areas: ${PRESET_AREAS}`,
  },
  {
    fixture: 'invalid-empty-glob.yml',
    kind: 'schema',
    line: 3,
    column: 5,
    field: 'ignore[1]',
    message: `invalid glob \`!\` for \`ignore[1]\` in ${F} at 3:5: it names no path; write a path or glob such as \`data/**\``,
  },
  {
    fixture: 'invalid-unsatisfiable-area.yml',
    kind: 'schema',
    line: 2,
    column: 3,
    field: 'areas.data.docs',
    message: `area \`data\` in ${F} at 2:3 has no \`docs\` and no \`fallback-docs\`: no document could ever satisfy it`,
  },
  {
    fixture: 'invalid-top-level-list.yml',
    kind: 'schema',
    line: 1,
    column: 1,
    field: undefined,
    message: `config file ${F} at 1:1 must be a mapping of settings at its top level (such as \`mode: fail\`), got a list`,
  },
  {
    fixture: 'invalid-top-level-scalar.yml',
    kind: 'schema',
    line: 1,
    column: 1,
    field: undefined,
    message: `config file ${F} at 1:1 must be a mapping of settings at its top level (such as \`mode: fail\`), got the string \`recommended\``,
  },
  {
    fixture: 'invalid-syntax-error.yml',
    kind: 'syntax',
    line: 4,
    column: 5,
    field: undefined,
    message: `YAML syntax error in ${F} at 4:5: Flow sequence in block collection must be sufficiently indented and end with a ]`,
  },
  {
    fixture: 'invalid-duplicate-key.yml',
    kind: 'syntax',
    line: 3,
    column: 1,
    field: undefined,
    message: `YAML syntax error in ${F} at 3:1: duplicate key \`mode\`; a key may appear only once in a mapping`,
  },
  {
    fixture: 'invalid-several-documents.yml',
    kind: 'syntax',
    line: 2,
    column: 1,
    field: undefined,
    message: `YAML syntax error in ${F} at 2:1: the file holds several YAML documents (\`---\`); a config is one document`,
  },
  {
    fixture: 'invalid-unknown-tag.yml',
    kind: 'syntax',
    line: 1,
    column: 9,
    field: undefined,
    message: `YAML syntax error in ${F} at 1:9: Unresolved tag: !include`,
  },
  {
    fixture: 'invalid-alias-bomb.yml',
    kind: 'syntax',
    line: 2,
    column: 8,
    field: undefined,
    message: `YAML syntax error in ${F} at 2:8: its aliases (\`*name\`) expand to more than 50 nodes; write the lists out instead`,
  },
];

describe('loadConfig: invalid configs', () => {
  it.each(cases)('rejects $fixture with a positioned $kind error', ({ fixture: name, kind, line, column, field, message }) => {
    const error = loadError(fixture(name));
    expect(error.kind).toBe(kind);
    expect(error.message).toBe(message);
    const expected: ConfigProblem = { file: FILE, line, column, message, ...(field === undefined ? {} : { field }) };
    expect(error.problems).toEqual([expected]);
  });

  it('reports every problem, in file order, and counts the rest in the message', () => {
    const error = loadError(fixture('invalid-several-problems.yml'));
    expect(error.kind).toBe('schema');
    expect(error.problems.map(({ line, column, field }) => [line, column, field])).toEqual([
      [1, 7, 'mode'],
      [2, 10, 'comment'],
      [6, 5, 'areas.model.mention'],
      [8, 11, 'skip.marker'],
    ]);
    expect(error.problems.map((problem) => problem.message)).toEqual([
      `invalid value \`strict\` for \`mode\` in ${F} at 1:7; valid values: fail, warn`,
      `wrong type for \`comment\` in ${F} at 2:10: expected true or false, got the string \`yes\` (write \`true\` or \`false\`)`,
      `unknown key \`mention\` in ${F} at 6:5; valid keys: description, paths, docs, fallback-docs, template, sections, mention-changes, strict, content, enabled`,
      `empty value for \`skip.marker\` in ${F} at 8:11; write a non-empty string`,
    ]);
    expect(error.message).toBe(`${error.problems[0]?.message} (and 3 more)`);
  });

  it('names the ref the file was read at', () => {
    const error = loadError(fixture('invalid-unknown-key.yml'), 'main');
    expect(error.message).toBe(`unknown key \`mdoe\` in ${F} (ref \`main\`) at 2:1; valid keys: ${TOP_LEVEL_KEYS}`);
    expect(error.problems[0]).toMatchObject({ ref: 'main', line: 2, column: 1 });
  });

  it.each([
    [
      'a type error over an enum error on the same value',
      'extends: 3\n',
      `wrong type for \`extends\` in ${F} at 1:10: expected a string, got the number \`3\``,
    ],
    [
      'an empty value',
      'changelog:\n  path:\n',
      `wrong type for \`changelog.path\` in ${F} at 2:8: expected a string, got an empty value`,
    ],
    [
      'a mapping where a list goes',
      'docs:\n  wiki: true\n',
      `wrong type for \`docs\` in ${F} at 2:3: expected a list, got a mapping`,
    ],
    [
      'a list item of the wrong type',
      'skip:\n  labels: [docs, 7]\n',
      `wrong type for \`skip.labels[1]\` in ${F} at 2:18: expected a string, got the number \`7\``,
    ],
    [
      'an unknown key in a nested mapping',
      'changelog:\n  file: HISTORY.md\n',
      `unknown key \`file\` in ${F} at 2:3; valid keys: path, required`,
    ],
  ])('says %s', (_name, text, message) => {
    expect(loadError(text).message).toBe(message);
  });

  it('rejects a file over the size limit, and says so', () => {
    const text = `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`;
    const error = loadError(text);
    expect(error.kind).toBe('syntax');
    expect(error.message).toBe(`config file ${F} is too large (257 KiB); the limit is 256 KiB`);
    expect(error.problems).toEqual([{ file: FILE, message: error.message }]);
  });

  it('reads a file just under the size limit', () => {
    const text = `# ${'x'.repeat(MAX_CONFIG_BYTES - 20)}\nmode: warn\n`;
    expect(loadConfig({ text, file: FILE }).mode).toBe('warn');
  });

  it('counts the limit in bytes, not characters', () => {
    // 'é' is two bytes in UTF-8: fewer characters than the limit, more bytes.
    const text = `# ${'é'.repeat(MAX_CONFIG_BYTES / 2 + 1)}\n`;
    expect(loadError(text).message).toContain('is too large');
  });
});
