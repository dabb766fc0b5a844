import { describe, expect, it } from '@jest/globals';
import { firstNonSpace, isBlank } from '../../src/core/text/line-start.js';

describe('firstNonSpace', () => {
  it('skips exactly the code units trimStart strips', () => {
    const mismatches: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const text = `${String.fromCharCode(code)}x`;
      if (firstNonSpace(text) !== text.length - text.trimStart().length) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    ['', 0],
    ['    ', 4],
    ['\t  # comment', 3],
    ['def f():', 0],
    ['        return x', 8],
    ['\u00a0\u3000y', 2],
  ])('finds the first kept character of %j at %i', (text, index) => {
    expect(firstNonSpace(text)).toBe(index);
    expect(isBlank(text)).toBe(text.trim() === '');
  });
});
