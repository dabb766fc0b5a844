/**
 * The diff parsers on hostile and random input: they never throw, never loop, keep their
 * invariants on any text, read any well-formed hunk back exactly, and the streaming parser gives
 * what the whole-text parser gives however the text is cut.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createGitDiffParser } from '../../../src/core/diff/create-git-diff-parser.js';
import { parseGitDiff } from '../../../src/core/diff/parse-git-diff.js';
import { parsePatch } from '../../../src/core/diff/parse-patch.js';
import { FILE_STATUSES, type ChangedFile } from '../../../src/core/types.js';
import { cut, diffLikeText } from './diff-arbitraries.js';

const streamed = (pieces: readonly string[]): ChangedFile[] => {
  const files: ChangedFile[] = [];
  const parser = createGitDiffParser({ onFile: (file) => files.push(file) });
  for (const piece of pieces) parser.push(piece);
  parser.end();
  return files;
};

/** A hunk header both parsers can read (git's grammar; the text after it is free). */
const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/;

/** Lines of `text` that start a file section, as git and the parser define them. */
const sectionStarts = (text: string): number => text.split('\n').filter((line) => line.startsWith('diff --git ')).length;

describe('parseGitDiff on random text', () => {
  it('never throws, finds one file per section start, and counts what parsePatch reads', () => {
    fc.assert(
      fc.property(diffLikeText(), (text) => {
        const files = parseGitDiff(text);
        expect(files).toHaveLength(sectionStarts(text));
        for (const file of files) {
          expect(FILE_STATUSES).toContain(file.status);
          if (file.patch !== undefined) {
            expect(text).toContain(file.patch);
            expect(file.patch.startsWith('@@')).toBe(true);
          }
          // The counts are the lines parsePatch reads from the same patch. After an unreadable
          // `@@` line parseGitDiff keeps (and counts) what follows rather than lose it, while
          // parsePatch, which needs line numbers, skips it: there the counts can only be higher.
          const lines = parsePatch(file.patch ?? '').hunks.flatMap((hunk) => hunk.lines);
          const adds = lines.filter((line) => line.kind === 'add').length;
          const dels = lines.filter((line) => line.kind === 'del').length;
          const unreadable = (file.patch ?? '').split('\n').some((line) => line.startsWith('@@') && !HUNK_HEADER.test(line));
          expect([file.additions, file.deletions]).toEqual(unreadable ? [expect.any(Number), expect.any(Number)] : [adds, dels]);
          expect(file.additions).toBeGreaterThanOrEqual(adds);
          expect(file.deletions).toBeGreaterThanOrEqual(dels);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads large hostile inputs in one pass (a hunk claiming a million lines, thousands of sections, long lines)', () => {
    const lyingHunk = `diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1,1000000 +1,1000000 @@\n${'+a\n'.repeat(100_000)}`;
    const sections = 'diff --git a/y b/y\n@@ -1 +1 @@\n-a\n+b\n'.repeat(20_000);
    const longLine = `diff --git a/z b/z\n@@ -1 +1 @@\n+${'z'.repeat(2_000_000)}\n`;
    const files = parseGitDiff(lyingHunk + sections + longLine);
    expect(files).toHaveLength(20_002);
    expect(files[0]?.additions).toBe(100_000);
    expect(files.at(-1)?.patch?.length).toBe('@@ -1 +1 @@\n+'.length + 2_000_000);
  });
});

describe('createGitDiffParser', () => {
  it('gives what parseGitDiff gives, however random text is cut', () => {
    fc.assert(
      fc.property(diffLikeText(120), fc.array(fc.nat(), { maxLength: 12 }), (text, offsets) => {
        expect(streamed(cut(text, offsets))).toEqual(parseGitDiff(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives what parseGitDiff gives when cut one character at a time, around every section start', () => {
    const text = [
      'diff --git a/a b/a\n--- a/a\n+++ b/a\n@@ -1 +1 @@\n-x\n+y\n',
      'diff --git "a/sp ace" "b/sp ace"\nnew file mode 100644\n--- /dev/null\n+++ "b/sp ace"\n@@ -0,0 +1 @@\n+diff --git not a section\n',
      'diff --git a/b b/b\nBinary files a/b and b/b differ\n',
    ].join('');
    expect(streamed([...text])).toEqual(parseGitDiff(text));
    expect(streamed([text])).toEqual(parseGitDiff(text));
    expect(streamed([])).toEqual([]);
  });

  it('reads one huge section cut into many pieces without quadratic copying', () => {
    const lineCount = 300_000;
    const text = `diff --git a/big b/big\n--- a/big\n+++ b/big\n@@ -0,0 +1,${lineCount} @@\n${'+0123456789\n'.repeat(lineCount)}`;
    const pieces = cut(
      text,
      Array.from({ length: 2_000 }, (_, index) => index * 1_801),
    );
    const [file] = streamed(pieces);
    expect(file?.additions).toBe(lineCount);
    expect(file?.patch).toBe(parseGitDiff(text)[0]?.patch);
  });
});

describe('parsePatch on random text', () => {
  it('never throws, and numbers each hunk line by line from its header on each side', () => {
    fc.assert(
      fc.property(diffLikeText(), (text) => {
        for (const hunk of parsePatch(text).hunks) {
          let oldLine = hunk.oldStart;
          let newLine = hunk.newStart;
          let oldSeen = 0;
          let newSeen = 0;
          for (const line of hunk.lines) {
            expect(line.text).not.toMatch(/[\r\n]$/);
            if (line.kind !== 'add') {
              expect(line.oldLine).toBe(oldLine++);
              oldSeen += 1;
            }
            if (line.kind !== 'del') {
              expect(line.newLine).toBe(newLine++);
              newSeen += 1;
            }
          }
          // A hunk holds no more lines than its header announces.
          expect(oldSeen).toBeLessThanOrEqual(hunk.oldLines);
          expect(newSeen).toBeLessThanOrEqual(hunk.newLines);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back several well-formed hunks with CRLF, markers and garbage between them', () => {
    const line = fc.record({
      kind: fc.constantFrom('add' as const, 'del' as const, 'context' as const),
      text: fc.string({ unit: 'grapheme', maxLength: 12 }).filter((text) => !/[\r\n]/.test(text)),
    });
    const hunk = fc.record({
      lines: fc.array(line, { minLength: 1, maxLength: 12 }),
      context: fc.constantFrom('', 'def train():', 'class Model:'),
    });
    const garbage = fc.constantFrom('', 'index 1..2\n', 'some trailer\n', '\\ No newline at end of file\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(hunk, garbage), { minLength: 1, maxLength: 4 }), fc.boolean(), (hunks, crlf) => {
        const eol = crlf ? '\r\n' : '\n';
        let oldStart = 1;
        const rendered = hunks.map(([{ lines, context }, after]) => {
          const oldCount = lines.filter((l) => l.kind !== 'add').length;
          const newCount = lines.filter((l) => l.kind !== 'del').length;
          const header = `@@ -${oldStart},${oldCount} +${oldStart},${newCount} @@${context === '' ? '' : ` ${context}`}`;
          oldStart += oldCount + 10;
          const body = lines.map(({ kind, text }) => `${kind === 'add' ? '+' : kind === 'del' ? '-' : ' '}${text}`);
          return [header, ...body].join(eol) + eol + after;
        });
        const parsed = parsePatch(rendered.join(''));
        expect(parsed.hunks.map((h) => h.context)).toEqual(hunks.map(([h]) => h.context));
        expect(parsed.hunks.map((h) => h.lines.map(({ kind, text }) => ({ kind, text })))).toEqual(hunks.map(([h]) => h.lines));
      }),
      { numRuns: 1000 },
    );
  });
});
