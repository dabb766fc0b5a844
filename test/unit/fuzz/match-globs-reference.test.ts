/**
 * matchGlobs has its own matcher (linear, see glob-safety.test.ts); picomatch, the usual
 * JavaScript glob library, serves here as the reference for what the supported wildcards mean,
 * so random globs and paths must get the same answer from both.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { matchGlobs } from '../../../src/core/classify/match-globs.js';
import { comparableSegment, repoPath, supportedGlob } from './glob-arbitraries.js';

/** The options the project documents: repository paths use `/`, dotfiles match. */
const REFERENCE_OPTIONS = { dot: true, windows: false };

/**
 * What a pattern means, per the documented .gitignore-style anchoring, as picomatch globs: a
 * pattern with a slash is anchored at the root, one without matches a file or directory of that
 * name at any depth.
 */
const referenceGlobs = (raw: string): string[] => {
  // Whitespace around a pattern is ignored, as in .gitignore.
  const pattern = raw.trim();
  return pattern.includes('/') ? [pattern] : [`**/${pattern}`, `**/${pattern}/**`];
};

/**
 * `dir/**` also matches `dir` itself (picomatch agrees for `src/**` but not for `*\/**`; the
 * project's rule is the uniform one).
 */
const withParent = (glob: string): string[] => {
  const parent = glob.replace(/(?:\/\*\*)+$/, '');
  return parent !== glob && parent !== '' && parent !== '**' ? [glob, parent] : [glob];
};

const reference = (patterns: readonly string[]) =>
  picomatch(patterns.flatMap(referenceGlobs).flatMap(withParent), REFERENCE_OPTIONS);

describe('matchGlobs agrees with picomatch on the supported grammar', () => {
  it('for random globs against random paths', () => {
    fc.assert(
      fc.property(supportedGlob(), fc.array(repoPath(), { minLength: 1, maxLength: 8 }), (glob, paths) => {
        const ours = matchGlobs([glob]);
        const theirs = reference([glob]);
        for (const path of paths) expect([glob, path, ours(path)]).toEqual([glob, path, theirs(path)]);
      }),
      { numRuns: 1500 },
    );
  });

  it('for paths built to match: the glob with its wildcards filled in', () => {
    // Random paths rarely match random globs; filling each wildcard in makes matches common.
    const fill = (glob: string, choice: number): string =>
      glob
        .replace(/\{([^{}]*)\}/g, (_all, body: string) => body.split(',')[choice % body.split(',').length] ?? '')
        .replace(/\*\*/g, choice % 2 === 0 ? 'x/y' : 'x')
        .replace(/\*/g, choice % 3 === 0 ? '' : 'zz')
        .replace(/\?/g, 'q')
        .replace(/\[\^?([^\]]*)\]/g, (_all, body: string) => body.replace(/-/g, '').charAt(0) || 'a');
    fc.assert(
      fc.property(supportedGlob(), fc.nat(5), (glob, choice) => {
        const path = fill(fill(glob, choice), choice)
          .replace(/\/+/g, '/')
          .replace(/^\/|\/$/g, '');
        fc.pre(path.split('/').every(comparableSegment));
        expect([glob, path, matchGlobs([glob])(path)]).toEqual([glob, path, reference([glob])(path)]);
      }),
      { numRuns: 1500 },
    );
  });

  it('for lists mixing includes and excludes', () => {
    const pattern = fc.tuple(fc.boolean(), supportedGlob()).map(([negated, glob]) => (negated ? `!${glob}` : glob));
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 4 }), repoPath(), (patterns, path) => {
        const includes = patterns.filter((p) => !p.startsWith('!'));
        const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
        const included = includes.length === 0 || reference(includes)(path);
        const excluded = excludes.length > 0 && reference(excludes)(path);
        expect(matchGlobs(patterns)(path)).toBe(included && !excluded);
      }),
      { numRuns: 500 },
    );
  });
});
