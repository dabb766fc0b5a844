import { describe, expect, it } from '@jest/globals';
import type { ChangedFile } from '../../../src/core/types.js';
import { countingSource, hunks, inspect } from './helpers.js';

describe('binary artefacts and checkpoints', () => {
  it.each<{ file: ChangedFile; expected: string }>([
    { file: { path: 'models/model.pt', status: 'added', binary: true }, expected: 'new checkpoint `models/model.pt`' },
    {
      file: { path: 'models/model.onnx', status: 'modified', binary: true },
      expected: 'replaced model file `models/model.onnx`',
    },
    {
      file: { path: 'models/encoder.pkl', status: 'removed', binary: true },
      expected: 'removed serialized object `models/encoder.pkl`',
    },
    {
      file: {
        path: 'models/v2/weights.safetensors',
        previousPath: 'models/weights.safetensors',
        status: 'renamed',
        binary: true,
        additions: 0,
        deletions: 0,
      },
      expected: 'moved model weights `models/weights.safetensors` → `models/v2/weights.safetensors`',
    },
    { file: { path: 'checkpoints/epoch=3.ckpt', status: 'added' }, expected: 'new checkpoint `checkpoints/epoch=3.ckpt`' },
    { file: { path: 'docs/figure.png', status: 'added', binary: true }, expected: 'new binary file `docs/figure.png`' },
  ])('names $file.path ($file.status) without reading it', async ({ file, expected }) => {
    const source = countingSource({ base: { [file.previousPath ?? file.path]: 'x' }, head: { [file.path]: 'x' } });
    expect(await inspect({ file, patch: undefined, source })).toEqual([
      { file: file.path, kind: 'artifact', key: file.path, summary: expected },
    ]);
    expect(source.reads).toEqual([]);
  });

  it('reads which Git LFS object replaced which from the pointer patch', async () => {
    const patch = hunks(
      [
        '@@ -1,3 +1,3 @@',
        ' version https://git-lfs.github.com/spec/v1',
        '-oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393',
        '-size 12345678',
        '+oid sha256:9e107d9d372bb6826bd81d3542a419d6e277d4d731479571562b82f74494341f',
        '+size 13456789',
        '',
      ].join('\n'),
    );
    expect(await inspect({ file: { path: 'models/model.h5', status: 'modified' }, patch, source: countingSource({}) })).toEqual([
      {
        file: 'models/model.h5',
        kind: 'artifact',
        key: 'models/model.h5',
        summary: 'replaced model file `models/model.h5` (Git LFS sha256 4d7a214 → 9e107d9, 12.3 MB → 13.5 MB)',
      },
    ]);
  });
});
