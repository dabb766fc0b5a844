import { describe, expect, it } from '@jest/globals';
import { parseHunkHeader } from '../../src/core/diff/hunk-header.js';

describe('parseHunkHeader', () => {
  it.each([
    ['@@ -10,4 +10,5 @@ def train(cfg):', { oldStart: 10, oldLines: 4, newStart: 10, newLines: 5, context: 'def train(cfg):' }],
    ['@@ -1 +1 @@', { oldStart: 1, oldLines: 1, newStart: 1, newLines: 1, context: '' }],
    ['@@ -0,0 +1,3 @@', { oldStart: 0, oldLines: 0, newStart: 1, newLines: 3, context: '' }],
    ['@@ -7,2 +7 @@class A:', { oldStart: 7, oldLines: 2, newStart: 7, newLines: 1, context: 'class A:' }],
    ['@@ -3,1 +3,1 @@  two spaces', { oldStart: 3, oldLines: 1, newStart: 3, newLines: 1, context: ' two spaces' }],
  ])('reads %j', (line, header) => {
    expect(parseHunkHeader(line)).toEqual(header);
  });

  it.each([
    '',
    '@@',
    '@@ -',
    '@@ -a,1 +1 @@',
    '@@ -1, +1 @@',
    '@@ -1 +1',
    '@@ -1 +x @@',
    ' @@ -1 +1 @@',
    '@@@ -1,2 -1,2 +1,3 @@@',
  ])('refuses %j', (line) => {
    expect(parseHunkHeader(line)).toBeUndefined();
  });
});
