import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ParsedStructure } from '../../../src/core/inspect/parsed-structure.js';
import { readSimpleYaml } from '../../../src/core/inspect/read-simple-yaml.js';
import { readFullYaml } from '../../../src/core/inspect/read-yaml.js';

/** The full parser's reading, or the fact that it refused the document. */
function full(text: string): ParsedStructure | 'refused' {
  try {
    return readFullYaml(text);
  } catch {
    return 'refused';
  }
}

const asPlain = (structure: ParsedStructure) => ({ value: structure.value, positions: Object.fromEntries(structure.positions) });

const PARAMS = `# training parameters
train:
  learning_rate: 0.003   # was 0.01
  epochs: 40
  optimizer: adamw
  betas:
    - 0.9
    - 0.999
  warmup: ~
  scheduler:
data:
  path: 'data/processed/train.parquet'
  split: "80/10/10"
  seed: 0x2A
  min_df: 1e-3
  version: 3.10
  enabled: True
`;

const DVC_LOCK = `schema: '2.0'
stages:
  train:
    cmd: python src/train.py
    deps:
    - path: data/processed
      md5: 3f1a2b.dir
      size: 1048576
      nfiles: 12
    - path: src/train.py
      md5: 9c0d
    outs:
    - path: models/model.pkl
      md5: 77aa
`;

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
spec:
  replicas: 3
  template:
    spec:
      containers:
      - name: server
        image: registry.example.com/ml/server:2.19.10
        ports: [8080, 9090]
        resources:
          limits: {cpu: "2", memory: 13Gi}
          requests: {}
        env:
        - {name: BATCH, value: "652"}
        - {name: MODE, value: fast mode, extra: [1, {deep: true}]}
`;

describe('readSimpleYaml', () => {
  it.each([
    ['a Kubernetes manifest with flow mappings and sequences on one line', MANIFEST],
    ['a params file with comments, nested lists and every kind of number', PARAMS],
    ['a dvc.lock with sequences at their key’s indentation', DVC_LOCK],
    ['a top-level list of mappings', '- name: a\n  lr: 0.1\n-\n  name: b\n  lr: 0.2\n- 7\n'],
    ['indentation of four', 'model:\n    layers: 4\n    heads:\n        - 8\n        - 16\n'],
  ])('reads %s exactly as the full parser does', (_name, text) => {
    const simple = readSimpleYaml(text);
    expect(simple).toBeDefined();
    expect(asPlain(simple as ParsedStructure)).toEqual(asPlain(readFullYaml(text)));
  });

  it('keeps the line and the scalar as written inside flow collections', () => {
    const simple = readSimpleYaml(MANIFEST) as ParsedStructure;
    expect(simple.positions.get('spec.template.spec.containers[0].resources.limits.memory')).toEqual({
      line: 12,
      source: '13Gi',
    });
    expect(simple.positions.get('spec.template.spec.containers[0].env[1].value')).toEqual({ line: 16, source: 'fast mode' });
    expect(simple.positions.get('spec.template.spec.containers[0].ports')).toEqual({ line: 10 });
  });

  it('keeps the line of each key and the scalar as written', () => {
    const simple = readSimpleYaml(PARAMS) as ParsedStructure;
    expect(simple.positions.get('train.learning_rate')).toEqual({ line: 3, source: '0.003' });
    expect(simple.positions.get('train.betas[1]')).toEqual({ line: 8, source: '0.999' });
    expect(simple.positions.get('data.version')).toEqual({ line: 16, source: '3.10' });
    expect(simple.positions.get('train.scheduler')).toEqual({ line: 10 });
  });

  it.each([
    ['an anchor and a merge key', 'base: &b\n  lr: 1\nrun:\n  <<: *b\n'],
    ['a flow mapping over several lines', 'a: {b: 1,\n  c: 2}\n'],
    ['a flow sequence over several lines', 'a: [1,\n  2]\n'],
    ['a trailing comma in a flow collection', 'a: [1, 2, ]\n'],
    ['a quoted key in a flow mapping', 'a: {"b": 1}\n'],
    ['an implicit null in a flow mapping', 'a: {b: , c: 1}\n'],
    ['a colon inside a flow plain scalar', 'a: [x:y]\n'],
    ['an escape in a flow scalar', 'a: ["x\\ty"]\n'],
    ['a duplicate key in a flow mapping', 'a: {b: 1, b: 2}\n'],
    ['text after a flow collection', 'a: [1] 2\n'],
    ['a whole document in flow style', '{a: 1}\n'],
    ['a block scalar', 'cmd: |\n  python train.py\n'],
    ['a folded multi-line plain scalar', 'a: one\n  two\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['a document start marker', '---\na: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a tab in the indentation', 'a:\n\tb: 1\n'],
    ['a quoted key', '"a.b": 1\n'],
    ['a key that is a number', '1: one\n'],
    ['a key that is a boolean', 'true: yes\n'],
    ['an escaped double-quoted string', 'a: "x\\ty"\n'],
    ['an escaped single quote', "a: 'it''s'\n"],
    ['a tag', 'a: !!str 1\n'],
    ['a mapping on one line', 'a: b: c\n'],
    ['Windows line ends', 'a: 1\r\nb: 2\r\n'],
    ['a bare scalar document', 'just text\n'],
    ['only comments', '# nothing here\n'],
    ['an uneven dedent', 'a:\n    b: 1\n  c: 2\n'],
    ['an empty list item at the end', 'a:\n- \n'],
  ])('leaves %s to the full parser', (_name, text) => {
    expect(readSimpleYaml(text)).toBeUndefined();
  });

  describe('against the full parser on random documents', () => {
    const SCALARS = [
      '0123',
      '+1',
      '1.',
      '.5',
      '1e3',
      '0x1F',
      '0o17',
      '-.inf',
      '+.inf',
      '.NaN',
      '.nan',
      '1_000',
      'yes',
      'True',
      'TRUE',
      'false',
      '~',
      'null',
      'NULL',
      '12345678901234567890',
      '-0',
      '0.0',
      '1e400',
      '2024-05-01',
      'x#y',
      '-x',
      '00',
      '1e-3',
      '+.5',
      '3.10',
      '+0x1F',
      '0o8',
      '.',
      '1.5e+3',
      '5E3',
      'a b',
      'x:y',
      'a #b',
      "it's",
      'say "hi"',
      'C:\\dir',
      'adamw',
      'data/raw',
      '-',
      ':x',
      '?',
      '@x',
      '%',
      'a: b',
      'tail:',
      '#',
      ' padded ',
      '',
    ];
    const KEYS = ['a', 'lr', 'train', 'learning_rate', 'x.y', 'data/raw', 'n-1', '_k', 'True', 'null', '1', 'a b', '<<', 'k:'];
    const scalarText = fc
      .tuple(fc.constantFrom(...SCALARS), fc.constantFrom('plain', 'single', 'double'))
      .map(([text, style]) => (style === 'single' ? `'${text}'` : style === 'double' ? `"${text}"` : text));
    type Tree = string | { readonly map: [string, Tree][] } | { readonly list: Tree[] };
    const { tree } = fc.letrec<{ tree: Tree; map: Tree; list: Tree }>((tie) => ({
      tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalarText, tie('map'), tie('list')),
      map: fc.record({ map: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('tree')), { minLength: 1, maxLength: 4 }) }),
      list: fc.record({ list: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) }),
    }));
    const style = fc.record({
      width: fc.constantFrom(2, 4),
      indentless: fc.boolean(),
      comments: fc.boolean(),
      trailing: fc.boolean(),
      flow: fc.boolean(),
    });

    /** A tree written in flow style on one line (`{a: 1, b: [2, 3]}`). */
    const flowText = (value: Tree): string =>
      typeof value === 'string'
        ? value
        : 'map' in value
          ? `{${value.map.map(([key, child]) => `${key}: ${flowText(child)}`).join(', ')}}`
          : `[${value.list.map(flowText).join(', ')}]`;

    /** Writes a tree in block style, the way configs are written by hand. */
    function render(
      node: Tree,
      options: { width: number; indentless: boolean; comments: boolean; trailing: boolean; flow: boolean },
    ) {
      const out: string[] = [];
      const note = (indent: number) => {
        if (options.comments) out.push(`${' '.repeat(indent)}# note`);
      };
      const write = (value: Tree, indent: number): void => {
        if (typeof value === 'string') throw new Error('scalars are written by their parent');
        if ('map' in value) {
          for (const [key, child] of value.map) {
            note(indent);
            if (typeof child === 'string' || (options.flow && indent > 0)) {
              out.push(`${' '.repeat(indent)}${key}: ${flowText(child)}${options.trailing ? '  # why' : ''}`);
            } else {
              out.push(`${' '.repeat(indent)}${key}:`);
              const inner = 'list' in child && options.indentless ? indent : indent + options.width;
              write(child, inner);
            }
          }
        } else {
          for (const child of value.list) {
            if (typeof child === 'string' || options.flow) out.push(`${' '.repeat(indent)}- ${flowText(child)}`);
            else {
              out.push(`${' '.repeat(indent)}-`);
              write(child, indent + options.width);
            }
          }
        }
      };
      if (typeof node === 'string') return `${node}\n`;
      write(node, 0);
      return `${out.join('\n')}\n`;
    }

    it('either declines or gives the same value and positions', () => {
      let read = 0;
      fc.assert(
        fc.property(tree, style, (node, options) => {
          const text = render(node, options);
          const simple = readSimpleYaml(text);
          if (simple === undefined) return;
          read += 1;
          const expected = full(text);
          expect(expected).not.toBe('refused');
          expect(asPlain(simple)).toEqual(asPlain(expected as ParsedStructure));
        }),
        { numRuns: 3000 },
      );
      // The fast reader must actually take a good share of ordinary documents, not decline them all.
      expect(read).toBeGreaterThan(300);
    });
  });
});
