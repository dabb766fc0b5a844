import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lineValue } from '../../../src/core/inspect/line-value.js';

/* The patterns `lineValue` replaces, as the reference: right, but slow on a padded line. */
const VALUE = /^(.+?)\s*(?:#.*)?$/;
const VALUE_OR_COMMA = /^(.+?)\s*,?\s*(?:#.*)?$/;

/** What follows `key = ` once its blanks are skipped: it starts with something else. */
const rest = fc
  .tuple(
    fc.constantFrom('a', '#', ',', "'", '1'),
    fc.array(fc.constantFrom(' ', '\t', '#', ',', 'a', "'", '='), { maxLength: 12 }),
  )
  .map(([first, others]) => first + others.join(''));

describe('lineValue', () => {
  it.each([
    ['"ml.p3.2xlarge" # GPU', {}, '"ml.p3.2xlarge"'],
    ["'@daily',  # every night", { comma: true }, "'@daily'"],
    ['#hashtag', {}, '#hashtag'],
    ['8', {}, '8'],
    ['', {}, undefined],
  ])('reads %j', (text, options, expected) => {
    expect(lineValue(text, options)).toBe(expected);
  });

  it('reads what the lazy pattern reads, on any short value', () => {
    fc.assert(
      fc.property(rest, (text) => {
        expect(lineValue(text)).toBe(VALUE.exec(text)?.[1]);
        expect(lineValue(text, { comma: true })).toBe(VALUE_OR_COMMA.exec(text)?.[1]);
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads a value padded with a hundred thousand blanks at once', () => {
    expect(lineValue(`x${' '.repeat(100_000)}y${' '.repeat(100_000)}\t,`, { comma: true })).toBe(`x${' '.repeat(100_000)}y`);
  });
});
