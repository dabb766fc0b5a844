/**
 * `touchedCode` reads a patch's text in place (the CLI's and the Action's common case) and a
 * parsed patch line by line (a patch rebuilt from content): on any text both readings must name
 * the same definitions.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parsePatch } from '../../../src/core/diff/parse-patch.js';
import { touchedCode } from '../../../src/core/inspect/touched-code.js';
import { diffLikeText } from './diff-arbitraries.js';

/** Pieces of Python-like hunk lines: markers, indentation of every kind, definitions, comments. */
const PYTHON_TOKENS = [
  '\n',
  '\r\n',
  '@@ -1,6 +1,7 @@\n',
  '@@ -10,4 +10,5 @@ class Trainer:\n',
  '@@ -3 +3,2 @@ def fit(self):\n',
  '+',
  '-',
  ' ',
  '    ',
  '\t',
  '\f',
  '\u00a0',
  'def ',
  'class ',
  'async def ',
  'de',
  'classes = 1',
  'fit(self):',
  'Model:',
  '# note',
  'return x',
  '\\ No newline at end of file\n',
] as const;

const pythonLikeText = fc
  .array(
    fc.oneof({ arbitrary: fc.constantFrom(...PYTHON_TOKENS), weight: 8 }, { arbitrary: fc.string({ maxLength: 3 }), weight: 1 }),
    {
      maxLength: 120,
    },
  )
  .map((tokens) => tokens.join(''));

describe('touchedCode on patch text and on the parsed patch', () => {
  it.each(['python', 'other'] as const)('names the same definitions in %s code', (language) => {
    fc.assert(
      fc.property(fc.oneof(pythonLikeText, diffLikeText()), (text) => {
        expect(touchedCode({ patch: text, language })).toEqual(touchedCode({ patch: parsePatch(text), language }));
      }),
      { numRuns: 3000 },
    );
  });
});
