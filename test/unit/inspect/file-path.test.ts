import { describe, expect, it } from '@jest/globals';
import { filePath } from '../../../src/core/inspect/file-path.js';

/** The definition `filePath` must keep: split on `/`, drop empty segments, lower-case. */
function reference(path: string): { name: string; lower: string; dirs: string[]; ext: string } {
  const segments = path.split('/').filter((segment) => segment.length > 0);
  const name = segments.pop() ?? '';
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf('.');
  return { name, lower, dirs: segments.map((segment) => segment.toLowerCase()), ext: dot > 0 ? lower.slice(dot + 1) : '' };
}

describe('filePath', () => {
  it.each([
    'train.py',
    'src/Models/Train.PY',
    'configs/train/base.yaml',
    '.github/workflows/ci.yml',
    '.bashrc',
    'Dockerfile',
    'a//b',
    'dir/',
    'a/b/',
    '/rooted/file.txt',
    '',
    '/',
    'data/raw/x.csv.dvc',
    'dir with space/Ünïcode.md',
  ])('splits %j as split/filter would', (path) => {
    expect(filePath(path)).toEqual(reference(path));
  });

  it('answers again for a path asked twice in a row, and for the one before after another', () => {
    expect(filePath('a/b.txt')).toBe(filePath('a/b.txt'));
    filePath('c/d.txt');
    expect(filePath('a/b.txt')).toEqual(reference('a/b.txt'));
  });
});
