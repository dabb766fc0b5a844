import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readAtxHeading, readLooseAtxHeading } from '../../../src/core/markdown/atx-heading.js';

/*
 * The patterns these readers replace, kept as the reference: right on short lines, but they
 * backtrack for seconds on a long line of spaces.
 */
const MARKDOWN = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const LOOSE = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;

const fromPattern = (pattern: RegExp, line: string) => {
  const match = pattern.exec(line);
  return match === null ? undefined : { level: match[1]?.length ?? 0, text: match[2] ?? '' };
};

const line = fc
  .array(fc.constantFrom(' ', ' ', '\t', '#', '#', '#', 'a', 'C', '\r', '\n', '\u2028', '\u00a0'), { maxLength: 14 })
  .map((chars) => chars.join(''));

describe('readAtxHeading', () => {
  it.each([
    ['# Title', { level: 1, text: 'Title' }],
    ['### Training procedure ###', { level: 3, text: 'Training procedure' }],
    ['## C#', { level: 2, text: 'C#' }],
    ['#', { level: 1, text: '' }],
    ['   ## indented', { level: 2, text: 'indented' }],
    ['    # code', undefined],
    ['#hashtag', undefined],
    ['####### seven', undefined],
  ])('reads %j', (text, expected) => {
    expect(readAtxHeading(text)).toEqual(expected);
  });

  it('agrees with the Markdown pattern on any short line', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(readAtxHeading(text)).toEqual(fromPattern(MARKDOWN, text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads a heading padded with a hundred thousand spaces at once', () => {
    const padded = `# a${' '.repeat(100_000)}b${' '.repeat(100_000)}\r`;
    expect(readAtxHeading(padded)).toBeUndefined();
    expect(readAtxHeading(`#${' '.repeat(100_000)}Title${' '.repeat(100_000)}##`)).toEqual({ level: 1, text: 'Title' });
  });
});

describe('readLooseAtxHeading', () => {
  it.each([
    ['## Why', { level: 2, text: 'Why' }],
    ['## Why#', { level: 2, text: 'Why' }],
    ['## Testing ##  ', { level: 2, text: 'Testing' }],
    ['#######', { level: 6, text: '' }],
    ['#Why', undefined],
  ])('reads %j', (text, expected) => {
    expect(readLooseAtxHeading(text)).toEqual(expected);
  });

  it('agrees with the loose pattern on any short line', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(readLooseAtxHeading(text)).toEqual(fromPattern(LOOSE, text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads a description line padded with a hundred thousand blanks at once', () => {
    expect(readLooseAtxHeading(`#\t${'\t'.repeat(100_000)}x${'\t'.repeat(100_000)}"`)).toEqual({
      level: 1,
      text: `x${'\t'.repeat(100_000)}"`,
    });
  });
});
