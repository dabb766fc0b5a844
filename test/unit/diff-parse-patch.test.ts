import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parsePatch } from '../../src/core/diff/parse-patch.js';
import type { Hunk, PatchLine } from '../../src/core/types.js';

const lines = (...rows: string[]): string => rows.join('\n');

/** A compact view of a hunk's lines: `+3 text`, `-2 text`, ` 2/3 text`. */
function view(hunk: Hunk): string[] {
  return hunk.lines.map((line: PatchLine) => {
    if (line.kind === 'add') return `+${line.newLine} ${line.text}`;
    if (line.kind === 'del') return `-${line.oldLine} ${line.text}`;
    return ` ${line.oldLine}/${line.newLine} ${line.text}`;
  });
}

describe('parsePatch', () => {
  it('reads a GitHub patch with line numbers on both sides', () => {
    const { hunks } = parsePatch(
      lines(
        '@@ -10,4 +10,5 @@ def train(cfg):',
        '     lr = 0.01',
        '-    epochs = 10',
        '+    epochs = 20',
        '+    seed = 1',
        '     return lr',
        '     pass',
      ),
    );
    expect(hunks).toHaveLength(1);
    const [hunk] = hunks as [Hunk];
    expect({ ...hunk, lines: undefined }).toEqual({
      oldStart: 10,
      oldLines: 4,
      newStart: 10,
      newLines: 5,
      context: 'def train(cfg):',
      lines: undefined,
    });
    expect(view(hunk)).toEqual([
      ' 10/10     lr = 0.01',
      '-11     epochs = 10',
      '+11     epochs = 20',
      '+12     seed = 1',
      ' 12/13     return lr',
      ' 13/14     pass',
    ]);
  });

  it.each([
    ['empty string', ''],
    ['plain prose', 'this is not a diff\nat all'],
    ['a broken header', '@@ -x,1 +1 @@\n+a'],
    ['a header missing its closing @@', '@@ -1,1 +1,1\n-a\n+b'],
    ['a combined-diff header', '@@@ -1,1 -1,1 +1,1 @@@\n- a\n+ b'],
    ['only a no-newline marker', '\\ No newline at end of file'],
  ])('returns no hunk and does not throw for %s', (_name, patch) => {
    expect(parsePatch(patch)).toEqual({ hunks: [] });
  });

  it.each([
    ['@@ -1 +1 @@', { oldStart: 1, oldLines: 1, newStart: 1, newLines: 1, context: '' }],
    ['@@ -0,0 +1,3 @@', { oldStart: 0, oldLines: 0, newStart: 1, newLines: 3, context: '' }],
    ['@@ -5,2 +0,0 @@', { oldStart: 5, oldLines: 2, newStart: 0, newLines: 0, context: '' }],
    ['@@ -7 +7,2 @@ class Model:', { oldStart: 7, oldLines: 1, newStart: 7, newLines: 2, context: 'class Model:' }],
    ['@@ -1,2 +1,2 @@  two spaces', { oldStart: 1, oldLines: 2, newStart: 1, newLines: 2, context: ' two spaces' }],
  ])('reads the header %s', (header, expected) => {
    const [hunk] = parsePatch(`${header}\n`).hunks;
    expect(hunk).toEqual({ ...expected, lines: [] });
  });

  it('skips the no-newline marker on either side without counting it', () => {
    const { hunks } = parsePatch(
      lines('@@ -1 +1 @@', '-old', '\\ No newline at end of file', '+new', '\\ No newline at end of file'),
    );
    expect(view(hunks[0] as Hunk)).toEqual(['-1 old', '+1 new']);
  });

  it('strips CRLF line endings', () => {
    const { hunks } = parsePatch('@@ -1,2 +1,2 @@ ctx\r\n a\r\n-b\r\n+c\r\n');
    expect(hunks[0]?.context).toBe('ctx');
    expect(view(hunks[0] as Hunk)).toEqual([' 1/1 a', '-2 b', '+2 c']);
  });

  it('keeps lines that look like headers as content while the hunk counts say so', () => {
    const { hunks } = parsePatch(lines('@@ -1,3 +1,3 @@', '--- a/file', '+++ b/file', ' @@ not a header', '-- x', '++ y'));
    expect(view(hunks[0] as Hunk)).toEqual(['-1 -- a/file', '+1 ++ b/file', ' 2/2 @@ not a header', '-3 - x', '+3 + y']);
  });

  it('reads several hunks and skips the file headers of a git diff', () => {
    const patch = lines(
      'diff --git a/params.yaml b/params.yaml',
      'index 1111111..2222222 100644',
      '--- a/params.yaml',
      '+++ b/params.yaml',
      '@@ -1,2 +1,2 @@',
      ' train:',
      '-  lr: 0.1',
      '+  lr: 0.01',
      '@@ -20 +20 @@ eval:',
      '-  metric: f1',
      '+  metric: auc',
      '',
    );
    const { hunks } = parsePatch(patch);
    expect(hunks.map(view)).toEqual([
      [' 1/1 train:', '-2   lr: 0.1', '+2   lr: 0.01'],
      ['-20   metric: f1', '+20   metric: auc'],
    ]);
    expect(hunks[1]?.context).toBe('eval:');
  });

  it('treats an empty line inside a hunk as an empty context line', () => {
    const { hunks } = parsePatch(lines('@@ -1,3 +1,3 @@', ' a', '', '-b', '+c'));
    expect(view(hunks[0] as Hunk)).toEqual([' 1/1 a', ' 2/2 ', '-3 b', '+3 c']);
  });

  it('keeps what it read of a truncated hunk, then the next hunk', () => {
    const { hunks } = parsePatch(lines('@@ -1,10 +1,10 @@', ' a', '-b', '@@ -50,1 +50,1 @@', '-x', '+y'));
    expect(hunks.map(view)).toEqual([
      [' 1/1 a', '-2 b'],
      ['-50 x', '+50 y'],
    ]);
  });

  it('ignores garbage between hunks and lines beyond the counts', () => {
    const { hunks } = parsePatch(lines('@@ -1 +1 @@', '-a', '+b', '+extra beyond the count', 'garbage', '@@ -9 +9 @@', ' z'));
    expect(hunks.map(view)).toEqual([['-1 a', '+1 b'], [' 9/9 z']]);
  });

  it('stops a hunk at a line no hunk can hold', () => {
    const { hunks } = parsePatch(lines('@@ -1,3 +1,3 @@', ' a', 'Binary files differ', ' b'));
    expect(hunks.map(view)).toEqual([[' 1/1 a']]);
  });

  it('keeps non-ASCII text and tabs as they are', () => {
    const { hunks } = parsePatch(lines('@@ -1 +1 @@ größe', '-\tcafé', '+\tdonnées 数据'));
    expect(hunks[0]?.context).toBe('größe');
    expect(view(hunks[0] as Hunk)).toEqual(['-1 \tcafé', '+1 \tdonnées 数据']);
  });

  it('reads a large patch line by line without losing any', () => {
    const count = 50_000;
    const body = Array.from({ length: count }, (_, index) => `+line ${index}`);
    const { hunks } = parsePatch([`@@ -0,0 +1,${count} @@`, ...body].join('\n'));
    expect(hunks[0]?.lines).toHaveLength(count);
    expect(hunks[0]?.lines[count - 1]).toEqual({ kind: 'add', text: `line ${count - 1}`, newLine: count });
  });

  it('never throws, whatever the text', () => {
    const alphabet = fc.constantFrom('@', '@@ -1,2 +1 @@', '-', '+', ' ', '\\', '\n', '\r\n', 'a', '1', ',');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const { hunks } = parsePatch(parts.join(''));
        for (const hunk of hunks) expect(hunk.lines.length).toBeLessThanOrEqual(hunk.oldLines + hunk.newLines);
      }),
    );
  });

  it('reads back any well-formed hunk it is given', () => {
    const line = fc.record({
      kind: fc.constantFrom('add' as const, 'del' as const, 'context' as const),
      text: fc.string({ unit: 'grapheme' }).filter((text) => !/[\r\n]/.test(text)),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.nat(1000), (rows, offset) => {
        const oldLines = rows.filter((row) => row.kind !== 'add').length;
        const newLines = rows.filter((row) => row.kind !== 'del').length;
        const prefix = { add: '+', del: '-', context: ' ' } as const;
        const text = [
          `@@ -${offset + 1},${oldLines} +${offset + 1},${newLines} @@`,
          ...rows.map((row) => prefix[row.kind] + row.text),
        ].join('\n');
        const [hunk] = parsePatch(text).hunks;
        expect(hunk?.lines.map(({ kind, text: content }) => ({ kind, text: content }))).toEqual(rows);
      }),
    );
  });
});
