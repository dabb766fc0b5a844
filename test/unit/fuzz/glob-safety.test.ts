/**
 * User-supplied patterns cannot hang a check. A regex-based glob engine backtracks on patterns
 * such as `**\/*a*a*a*a*a*a*a*a*b` against a long run of `a`s (picomatch 4 needs about 0.3 s for
 * 30 characters, growing as n^8). matchGlobs uses a matcher whose work is bounded by pattern
 * length × path length, and refuses the constructs that would break that bound (extglobs, brace
 * explosions). Work is measured by counting steps, never by timing, so these tests cannot flake
 * on a busy machine.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { classifyFiles } from '../../../src/core/classify/classify-files.js';
import { ConfigError, loadConfig } from '../../../src/core/config/index.js';
import { compileGlob } from '../../../src/core/classify/compile-glob.js';
import type { MatchWork } from '../../../src/core/classify/compile-segment.js';
import { expandBraces, MAX_BRACE_ALTERNATIVES, MAX_BRACE_DEPTH } from '../../../src/core/classify/expand-braces.js';
import { GlobError, type GlobProblem } from '../../../src/core/classify/glob-error.js';
import { matchGlobs, MAX_GLOB_LENGTH } from '../../../src/core/classify/match-globs.js';
import type { AreaConfig, ChangedFile } from '../../../src/core/types.js';

/** Patterns built to make backtracking engines explode, all in the supported grammar. */
const HOSTILE_PATTERNS = [
  '**/*a*a*a*a*a*a*a*a*b',
  '*a*a*a*a*a*a*a*a*b',
  '**/**/**/**/**/**/**/**/b',
  'a/**/a/**/a/**/a/**/a/**/b',
  '**/a*/**/a*/**/a*/**/a*b',
  '?*?*?*?*?*?*?*?*b',
  '[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*b',
  '{a,aa,aaa}*{a,aa,aaa}*{a,aa,aaa}*b',
  `${'{a,'.repeat(MAX_BRACE_DEPTH)}b${'}'.repeat(MAX_BRACE_DEPTH)}*a*a*b`,
] as const;

/** Paths that never match the patterns above (no `b` at the end) but make them try hard. */
const hostilePaths = (length: number): string[] => [
  'a'.repeat(length),
  `${'a/'.repeat(length / 2 - 1)}aa`,
  `${'aa/'.repeat(length / 3 - 1)}aaa`.slice(0, length),
  `${'a'.repeat(length - 1)}c`,
];

/** Steps taken to match `path` against every glob the pattern expands to (anchored as written). */
function stepsFor(pattern: string, path: string): { steps: number; matched: boolean } {
  const work: MatchWork = { steps: 0 };
  const segments = path.split('/');
  const matched = expandBraces(pattern).some((glob) => compileGlob({ glob }).matches(segments, work));
  return { steps: work.steps, matched };
}

describe('hostile patterns against long paths', () => {
  const SHORT = 5_000;
  const LONG = 10_000;

  it.each(HOSTILE_PATTERNS)('%s: work grows linearly with the path length', (pattern) => {
    for (const [short, long] of hostilePaths(SHORT).map((path, index) => [path, hostilePaths(LONG)[index] as string])) {
      const small = stepsFor(pattern, short as string);
      const large = stepsFor(pattern, long);
      expect(small.matched).toBe(false);
      expect(large.matched).toBe(false);
      // Twice the path, at most about twice the work (a quadratic matcher would take 4x).
      expect(large.steps).toBeLessThanOrEqual(2.1 * small.steps + 100);
    }
  });

  it.each(HOSTILE_PATTERNS)('%s: work stays within (expanded pattern length + 1) x (path length + 1)', (pattern) => {
    const expandedLength = expandBraces(pattern).reduce((sum, glob) => sum + glob.length + 1, 0);
    for (const path of hostilePaths(LONG)) {
      expect(stepsFor(pattern, path).steps).toBeLessThanOrEqual(expandedLength * (path.length + 1));
    }
  });

  it('answers through matchGlobs, with unanchored names and exclusions, on 10,000-character paths', () => {
    const matches = matchGlobs([...HOSTILE_PATTERNS, '!**/*a*a*a*a*a*a*a*a*c', '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*d']);
    for (const path of hostilePaths(LONG)) expect(matches(path)).toBe(false);
    expect(matches(`${'a'.repeat(LONG)}b`)).toBe(true);
    expect(matches(`${'a/'.repeat(LONG / 2)}aaaaaaaab`)).toBe(true);
    expect(matches(`${'a/'.repeat(LONG / 2)}aaaaaaaab/c`)).toBe(true);
    expect(matches(`${'a'.repeat(LONG)}bc`)).toBe(false);
  });

  it('keeps work linear for random star patterns against random runs of few letters', () => {
    const letters = fc.constantFrom('a', 'b');
    const pattern = fc
      .array(fc.oneof(letters, fc.constant('*'), fc.constant('?')), { minLength: 1, maxLength: 24 })
      .map((atoms) => atoms.join(''));
    fc.assert(
      fc.property(pattern, fc.array(letters, { minLength: 1, maxLength: 2000 }), (glob, chars) => {
        const path = chars.join('');
        expect(stepsFor(glob, path).steps).toBeLessThanOrEqual((glob.length + 1) * (path.length + 1));
      }),
      { numRuns: 300 },
    );
  });

  it('classifies a thousand long-named files under a hostile config', () => {
    const area = (paths: string[]): AreaConfig => ({
      description: 'hostile',
      paths,
      docs: ['docs/**'],
      fallbackDocs: [],
      sections: [],
      mentionChanges: false,
    });
    const files: ChangedFile[] = Array.from({ length: 1000 }, (_, index) => ({
      path: `${'a/'.repeat(index % 50)}${'a'.repeat(2000)}${index % 2 === 0 ? 'b' : ''}`,
      status: 'modified',
    }));
    const classification = classifyFiles({
      files,
      config: {
        areas: { model: area(['**/*a*a*a*a*a*a*a*a*b']), data: area(['**/**/**/**/**/*a*a*a*a*c']) },
        ignore: ['**/*a*a*a*a*a*a*a*a*x'],
        docs: [],
      },
    });
    expect(classification.areas).toEqual([{ name: 'model', files: files.filter((_, index) => index % 2 === 0) }]);
    expect(classification.other).toHaveLength(500);
  });
});

describe('patterns that could break the bound are refused with a message naming them', () => {
  const nested = (depth: number): string => `${'{a,'.repeat(depth)}b${'}'.repeat(depth)}`;

  it.each<[string, string, GlobProblem, string]>([
    ['extglob one-or-more', '+(a|aa)+', 'extglob', 'uses the extglob `+(…)`, which is not supported'],
    ['extglob zero-or-more', 'src/*(a|b).py', 'extglob', 'uses the extglob `*(…)`'],
    ['extglob one-of', 'conf/@(train|eval).yaml', 'extglob', 'uses the extglob `@(…)`'],
    ['extglob optional', 'model?(s)/**', 'extglob', 'uses the extglob `?(…)`'],
    ['extglob negation', 'src/!(tests)/**', 'extglob', 'uses the extglob `!(…)`'],
    [
      'brace range',
      'shard_{1..64}.csv',
      'brace-range',
      'uses the brace range `{1..64}`, which is not supported; list the values',
    ],
    ['letter range', 'part_{a..f}/**', 'brace-range', 'uses the brace range `{a..f}`'],
    ['deep nesting', nested(MAX_BRACE_DEPTH + 1), 'brace-depth', `nests braces more than ${MAX_BRACE_DEPTH} deep`],
    ['very deep nesting', nested(200), 'brace-depth', `nests braces more than ${MAX_BRACE_DEPTH} deep`],
    [
      'nesting too deep to be short',
      nested(400),
      'too-long',
      `is longer than ${MAX_GLOB_LENGTH.toLocaleString('en-US')} characters`,
    ],
    [
      'alternatives that multiply',
      '{a,b}'.repeat(9),
      'brace-count',
      `expands to more than ${MAX_BRACE_ALTERNATIVES} alternatives`,
    ],
    [
      'too long',
      `data/${'x'.repeat(MAX_GLOB_LENGTH)}`,
      'too-long',
      `is longer than ${MAX_GLOB_LENGTH.toLocaleString('en-US')} characters`,
    ],
    ['POSIX class', 'data/[[:digit:]]*.csv', 'posix-class', 'uses the POSIX class `[:digit:]`, which is not supported'],
  ])('%s', (_name, pattern, problem, reason) => {
    const error = (() => {
      try {
        matchGlobs(['data/**', pattern]);
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(GlobError);
    const globError = error as GlobError;
    expect(globError.problem).toBe(problem);
    expect(globError.reason).toContain(reason);
    expect(globError.pattern).toBe(pattern);
    expect(globError.message.startsWith(`Glob pattern #2 ${JSON.stringify(pattern)} `)).toBe(true);
  });

  it.each([
    ['escaped extglob characters are literal', 'notes/\\+(draft).md', 'notes/+(draft).md', true],
    ['parentheses without an extglob sign are literal', 'runs/(old)/**', 'runs/(old)/log.txt', true],
    ['a brace without a comma is literal', 'x{a}', 'x{a}', true],
    ['an unclosed brace is literal', 'x{a,b', 'x{a,b', true],
    ['the deepest nesting allowed still expands', nested(MAX_BRACE_DEPTH), 'b', true],
    ['empty alternatives are allowed', 'model{,s}.py', 'model.py', true],
  ])('%s', (_name, pattern, path, expected) => {
    expect(matchGlobs([pattern])(path)).toBe(expected);
  });
});

describe('a config with an unsafe glob', () => {
  it('is a positioned config problem that says why, not a slow check', () => {
    const text = [
      'areas:',
      '  model:',
      '    paths:',
      '      - "src/models/**"',
      '      - "+(a|aa)+"',
      'ignore: ["shard_{1..64}.csv"]',
      '',
    ].join('\n');
    let error: unknown;
    try {
      loadConfig({ text, file: '.github/ml-docs-guard.yml' });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map(({ line, column, field, message }) => ({
      line,
      column,
      field,
      message,
    }));
    expect(problems).toEqual([
      {
        line: 5,
        column: 9,
        field: 'areas.model.paths[1]',
        message: expect.stringContaining(
          'invalid glob `+(a|aa)+` for `areas.model.paths[1]` in `.github/ml-docs-guard.yml` at 5:9: it uses the extglob `+(…)`',
        ),
      },
      {
        line: 6,
        column: 10,
        field: 'ignore[0]',
        message: expect.stringContaining('it uses the brace range `{1..64}`, which is not supported; list the values'),
      },
    ]);
  });
});
