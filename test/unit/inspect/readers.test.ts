import { describe, expect, it } from '@jest/globals';
import { formatSize } from '../../../src/core/inspect/format-size.js';
import { ParseFailure } from '../../../src/core/inspect/parsed-structure.js';
import { parseRequirement } from '../../../src/core/inspect/python-requirement.js';
import { readToml } from '../../../src/core/inspect/read-toml.js';
import { looksSecret } from '../../../src/core/inspect/render-value.js';

describe('readToml', () => {
  it('reads tables, arrays of tables, dotted keys, strings, numbers and multi-line arrays with lines', () => {
    const text = [
      '# experiment',
      'title = "run \\"A\\""',
      "path = 'C:\\data'",
      'seed = 1_000',
      'lr = 1e-3',
      'version = 3.10',
      'enabled = true',
      'date = 2024-01-02',
      'layers = [',
      '  64,  # first',
      '  32,',
      ']',
      '',
      '[model.encoder]',
      'kind = "resnet"',
      'opts = { depth = 50, pretrained = false }',
      'site."google.com" = 1',
      '',
      '[[stages]]',
      'name = "prepare"',
      '[[stages]]',
      'name = "train"',
      'notes = """',
      'multi',
      'line"""',
      '',
    ].join('\n');
    const { value, positions } = readToml(text);
    expect(value).toEqual({
      title: 'run "A"',
      path: 'C:\\data',
      seed: 1000,
      lr: 0.001,
      version: 3.1,
      enabled: true,
      date: '2024-01-02',
      layers: [64, 32],
      model: { encoder: { kind: 'resnet', opts: { depth: 50, pretrained: false }, site: { 'google.com': 1 } } },
      stages: [{ name: 'prepare' }, { name: 'train', notes: 'multi\nline' }],
    });
    expect(positions.get('version')).toEqual({ line: 6, source: '3.10' });
    expect(positions.get('layers[1]')?.line).toBe(11);
    expect(positions.get('model.encoder.kind')?.line).toBe(15);
    expect(positions.get('model.encoder.site["google.com"]')?.line).toBe(17);
    expect(positions.get('stages[1].name')?.line).toBe(22);
  });

  it.each([
    ['a = ', 'invalid value'],
    ['a = 1\na = 2', 'duplicate key `a`'],
    ['a = "open', 'unterminated string'],
    ['[table', 'expected `]`'],
    ['a = [1, 2', 'unterminated array'],
    ['a = 1 b = 2', 'unexpected `b`'],
  ])('rejects %j with a reason and a line', (text, reason) => {
    expect(() => readToml(text)).toThrow(ParseFailure);
    expect(() => readToml(text)).toThrow(reason);
  });
});

describe('looksSecret', () => {
  it.each([
    ['API_KEY', true],
    ['apiKey', true],
    ['aws_secret_access_key', true],
    ['HF_TOKEN', true],
    ['DB_PASSWORD', true],
    ['SENTRY_DSN', true],
    ['DATABASE_URL', true],
    ['credentials', true],
    ['tokenizer', false],
    ['max_tokens', false],
    ['pad_token_id', false],
    ['monkey', false],
    ['learning_rate', false],
    ['LOG_LEVEL', false],
  ])('%s → %s', (name, expected) => {
    expect(looksSecret(name)).toBe(expected);
  });
});

describe('parseRequirement', () => {
  it.each([
    ['torch==2.1.0', { name: 'torch', normalized: 'torch', spec: '2.1.0' }],
    ['Scikit_Learn >= 1.3, < 2', { name: 'Scikit_Learn', normalized: 'scikit-learn', spec: '>=1.3,<2' }],
    ['transformers[torch]~=4.40 ; python_version >= "3.9"', { name: 'transformers', normalized: 'transformers', spec: '~=4.40' }],
    [
      'mypkg @ git+https://github.com/acme/mypkg@v1',
      { name: 'mypkg', normalized: 'mypkg', spec: '@ git+https://github.com/acme/mypkg@v1' },
    ],
    ['numpy', { name: 'numpy', normalized: 'numpy', spec: '' }],
    ['-r base.txt', undefined],
    ['# comment', undefined],
    ['Programming Language :: Python', undefined],
  ])('%s', (line, expected) => {
    expect(parseRequirement(line)).toEqual(expected);
  });
});

describe('formatSize', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [2048, '2 kB'],
    [1_234_567, '1.2 MB'],
    [150_000_000, '150 MB'],
    [5_000_000_000, '5 GB'],
  ])('%d bytes → %s', (bytes, expected) => {
    expect(formatSize(bytes)).toBe(expected);
  });
});
