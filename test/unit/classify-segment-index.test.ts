import { describe, expect, it } from '@jest/globals';
import { compileSegment, matchSegment } from '../../src/core/classify/compile-segment.js';
import { segmentIndex } from '../../src/core/classify/segment-index.js';

/** Patterns of every shape the index files differently: by a long prefix, a long suffix, or neither. */
const PATTERNS = [
  'Dockerfile',
  'train*.py',
  '*_loader.py',
  '*.py',
  'a*',
  '*s',
  '*',
  'x*y',
  'ab*cd',
  '*[0-9]',
  'te?t',
  'mlruns',
  'é*',
  '*.ÿ',
];
const TEXTS = [
  '',
  'a',
  's',
  'ab',
  'py',
  'y',
  'train.py',
  'train_loader.py',
  'x.py',
  'xy',
  'abcd',
  'abxcd',
  'v2',
  'test',
  'mlruns',
  'é',
  'éa',
  'f.ÿ',
  'Dockerfile',
  'docs',
];

describe('segmentIndex', () => {
  it.each(PATTERNS.map((pattern, index) => ({ pattern, patterns: PATTERNS.slice(0, index + 1) })))(
    'answers as trying every pattern would, with patterns up to $pattern',
    ({ patterns }) => {
      const segments = patterns.map((text) => compileSegment({ pattern: text, text }));
      const index = segmentIndex();
      for (const segment of segments) index.add(segment);
      for (const text of TEXTS) {
        expect([text, index.matches(text)]).toEqual([text, segments.some((segment) => matchSegment(segment, text))]);
      }
    },
  );
});
