import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseGitDiff } from '../../src/core/diff/parse-git-diff.js';
import type { ChangedFile } from '../../src/core/types.js';

/** A diff written as its lines, the way `git diff` prints it. */
const diff = (...lines: string[]): string => `${lines.join('\n')}\n`;

const cases: ReadonlyArray<{ name: string; text: string; expected: ChangedFile[] }> = [
  { name: 'empty output', text: '', expected: [] },
  {
    name: 'modified file',
    text: diff(
      'diff --git a/params.yaml b/params.yaml',
      'index 1111111..2222222 100644',
      '--- a/params.yaml',
      '+++ b/params.yaml',
      '@@ -1,3 +1,3 @@ train:',
      ' train:',
      '-  lr: 0.01',
      '+  lr: 0.001',
      '   epochs: 10',
    ),
    expected: [
      {
        path: 'params.yaml',
        status: 'modified',
        patch: '@@ -1,3 +1,3 @@ train:\n train:\n-  lr: 0.01\n+  lr: 0.001\n   epochs: 10',
        additions: 1,
        deletions: 1,
      },
    ],
  },
  {
    name: 'added file',
    text: diff(
      'diff --git a/MODEL_CARD.md b/MODEL_CARD.md',
      'new file mode 100644',
      'index 0000000..3333333',
      '--- /dev/null',
      '+++ b/MODEL_CARD.md',
      '@@ -0,0 +1,2 @@',
      '+# Model card',
      '+## Training',
    ),
    expected: [
      {
        path: 'MODEL_CARD.md',
        status: 'added',
        patch: '@@ -0,0 +1,2 @@\n+# Model card\n+## Training',
        additions: 2,
        deletions: 0,
      },
    ],
  },
  {
    name: 'deleted file keeps the path it had',
    text: diff(
      'diff --git a/data/raw.csv.dvc b/data/raw.csv.dvc',
      'deleted file mode 100644',
      'index 4444444..0000000',
      '--- a/data/raw.csv.dvc',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-md5: abc',
    ),
    expected: [{ path: 'data/raw.csv.dvc', status: 'removed', patch: '@@ -1 +0,0 @@\n-md5: abc', additions: 0, deletions: 1 }],
  },
  {
    name: 'pure rename has no patch',
    text: diff(
      'diff --git a/src/train.py b/src/models/train.py',
      'similarity index 100%',
      'rename from src/train.py',
      'rename to src/models/train.py',
    ),
    expected: [{ path: 'src/models/train.py', status: 'renamed', previousPath: 'src/train.py', additions: 0, deletions: 0 }],
  },
  {
    name: 'rename with changes',
    text: diff(
      'diff --git a/ren.txt b/ren-moved.txt',
      'similarity index 85%',
      'rename from ren.txt',
      'rename to ren-moved.txt',
      'index f9d9a01..5c2dbfa 100644',
      '--- a/ren.txt',
      '+++ b/ren-moved.txt',
      '@@ -4,4 +4,4 @@ c',
      ' d',
      ' e',
      ' f',
      '-g',
      '+G',
    ),
    expected: [
      {
        path: 'ren-moved.txt',
        status: 'renamed',
        previousPath: 'ren.txt',
        patch: '@@ -4,4 +4,4 @@ c\n d\n e\n f\n-g\n+G',
        additions: 1,
        deletions: 1,
      },
    ],
  },
  {
    name: 'copy',
    text: diff('diff --git a/copy.md b/copy2.md', 'similarity index 100%', 'copy from copy.md', 'copy to copy2.md'),
    expected: [{ path: 'copy2.md', status: 'copied', previousPath: 'copy.md', additions: 0, deletions: 0 }],
  },
  {
    name: 'modified binary file',
    text: diff(
      'diff --git a/model.pt b/model.pt',
      'index 88768ef..3e3315e 100644',
      'Binary files a/model.pt and b/model.pt differ',
    ),
    expected: [{ path: 'model.pt', status: 'modified', binary: true, additions: 0, deletions: 0 }],
  },
  {
    name: 'added binary file',
    text: diff(
      'diff --git a/images/cat.png b/images/cat.png',
      'new file mode 100644',
      'index 0000000..f9e371f',
      'Binary files /dev/null and b/images/cat.png differ',
    ),
    expected: [{ path: 'images/cat.png', status: 'added', binary: true, additions: 0, deletions: 0 }],
  },
  {
    name: 'binary file in --binary form',
    text: diff(
      'diff --git a/w.bin b/w.bin',
      'index 88768ef..3e3315e 100644',
      'GIT binary patch',
      'literal 5',
      'McmZQzWMXCm00X}OhyVZp',
      '',
      'literal 5',
      'McmZQzWMX9m00Xx',
      '',
    ),
    expected: [{ path: 'w.bin', status: 'modified', binary: true, additions: 0, deletions: 0 }],
  },
  {
    name: 'mode-only change',
    text: diff('diff --git a/scripts/deploy.sh b/scripts/deploy.sh', 'old mode 100644', 'new mode 100755'),
    expected: [{ path: 'scripts/deploy.sh', status: 'changed', additions: 0, deletions: 0 }],
  },
  {
    name: 'mode change with content change',
    text: diff(
      'diff --git a/run.sh b/run.sh',
      'old mode 100644',
      'new mode 100755',
      'index 1111111..2222222',
      '--- a/run.sh',
      '+++ b/run.sh',
      '@@ -1 +1 @@',
      '-echo a',
      '+echo b',
    ),
    expected: [{ path: 'run.sh', status: 'modified', patch: '@@ -1 +1 @@\n-echo a\n+echo b', additions: 1, deletions: 1 }],
  },
  {
    name: 'path with spaces: the +++ line ends with a tab',
    text: diff(
      'diff --git a/new file.txt b/new file.txt',
      'new file mode 100644',
      'index 0000000..d5f7fc3',
      '--- /dev/null',
      '+++ b/new file.txt\t',
      '@@ -0,0 +1 @@',
      '+added',
    ),
    expected: [{ path: 'new file.txt', status: 'added', patch: '@@ -0,0 +1 @@\n+added', additions: 1, deletions: 0 }],
  },
  {
    name: 'binary path with spaces comes from the diff --git line',
    text: diff(
      'diff --git a/data/my images/a b.png b/data/my images/a b.png',
      'index 1..2 100644',
      'Binary files a/data/my images/a b.png and b/data/my images/a b.png differ',
    ),
    expected: [{ path: 'data/my images/a b.png', status: 'modified', binary: true, additions: 0, deletions: 0 }],
  },
  {
    name: 'rename between paths with spaces',
    text: diff(
      'diff --git a/with space.txt b/moved space.txt',
      'similarity index 100%',
      'rename from with space.txt',
      'rename to moved space.txt',
    ),
    expected: [{ path: 'moved space.txt', status: 'renamed', previousPath: 'with space.txt', additions: 0, deletions: 0 }],
  },
  {
    name: 'quoted path with a tab',
    text: diff(
      'diff --git "a/tab\\tname.txt" "b/tab\\tname.txt"',
      'index 587be6b..975fbec 100644',
      '--- "a/tab\\tname.txt"',
      '+++ "b/tab\\tname.txt"',
      '@@ -1 +1 @@',
      '-x',
      '+y',
    ),
    expected: [{ path: 'tab\tname.txt', status: 'modified', patch: '@@ -1 +1 @@\n-x\n+y', additions: 1, deletions: 1 }],
  },
  {
    name: 'quoted path with quotes and backslashes',
    text: diff(
      'diff --git "a/\\"quoted\\" \\\\ name.txt" "b/\\"quoted\\" \\\\ name.txt"',
      'deleted file mode 100644',
      'index bca70f3..0000000',
      'Binary files "a/\\"quoted\\" \\\\ name.txt" and /dev/null differ',
    ),
    expected: [{ path: '"quoted" \\ name.txt', status: 'removed', binary: true, additions: 0, deletions: 0 }],
  },
  {
    name: 'non-ASCII path as octal escapes (core.quotePath=true)',
    text: diff(
      'diff --git a/ren2.txt "b/dir \\303\\274/ren2.txt"',
      'similarity index 100%',
      'rename from ren2.txt',
      'rename to "dir \\303\\274/ren2.txt"',
    ),
    expected: [{ path: 'dir ü/ren2.txt', status: 'renamed', previousPath: 'ren2.txt', additions: 0, deletions: 0 }],
  },
  {
    name: 'non-ASCII path written as is (core.quotePath=false)',
    text: diff(
      'diff --git a/docs/modèle.md b/docs/modèle.md',
      'index 5fb50d3..321c585 100644',
      '--- a/docs/modèle.md',
      '+++ b/docs/modèle.md',
      '@@ -1 +1 @@',
      '-héllo',
      '+héllo 2',
    ),
    expected: [
      { path: 'docs/modèle.md', status: 'modified', patch: '@@ -1 +1 @@\n-héllo\n+héllo 2', additions: 1, deletions: 1 },
    ],
  },
  {
    name: 'no newline at end of file',
    text: diff(
      'diff --git a/VERSION b/VERSION',
      'index 117827f..07aad1e 100644',
      '--- a/VERSION',
      '+++ b/VERSION',
      '@@ -1 +1 @@',
      '-1.0',
      '\\ No newline at end of file',
      '+1.1',
      '\\ No newline at end of file',
    ),
    expected: [
      {
        path: 'VERSION',
        status: 'modified',
        patch: '@@ -1 +1 @@\n-1.0\n\\ No newline at end of file\n+1.1\n\\ No newline at end of file',
        additions: 1,
        deletions: 1,
      },
    ],
  },
  {
    name: 'hunk lines that look like headers are content',
    text: diff(
      'diff --git a/notes.md b/notes.md',
      'index 1..2 100644',
      '--- a/notes.md',
      '+++ b/notes.md',
      '@@ -1,2 +1,2 @@',
      '--- a/old',
      '+++ b/new',
      ' rename from x',
    ),
    expected: [
      {
        path: 'notes.md',
        status: 'modified',
        patch: '@@ -1,2 +1,2 @@\n--- a/old\n+++ b/new\n rename from x',
        additions: 1,
        deletions: 1,
      },
    ],
  },
  {
    name: 'two hunks, and text after the last hunk is not part of the patch',
    text: diff(
      'diff --git a/a.py b/a.py',
      'index 1..2 100644',
      '--- a/a.py',
      '+++ b/a.py',
      '@@ -1,2 +1,2 @@ def f():',
      '-a',
      '+b',
      ' c',
      '@@ -10 +10,2 @@',
      ' d',
      '+e',
      '-- ',
      '2.39.5',
    ),
    expected: [
      {
        path: 'a.py',
        status: 'modified',
        patch: '@@ -1,2 +1,2 @@ def f():\n-a\n+b\n c\n@@ -10 +10,2 @@\n d\n+e',
        additions: 2,
        deletions: 1,
      },
    ],
  },
];

describe('parseGitDiff', () => {
  it.each(cases)('$name', ({ text, expected }) => {
    expect(parseGitDiff(text)).toEqual(expected);
  });

  it('splits a diff of several files and keeps their order', () => {
    const text = cases.map((testCase) => testCase.text).join('');
    expect(parseGitDiff(text)).toEqual(cases.flatMap((testCase) => testCase.expected));
  });

  it('reads the last line when the output does not end with a newline', () => {
    const text = diff('diff --git a/x b/x', 'index 1..2 100644', '--- a/x', '+++ b/x', '@@ -1 +1 @@', '-a', '+b').trimEnd();
    expect(parseGitDiff(text)).toEqual([
      { path: 'x', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b', additions: 1, deletions: 1 },
    ]);
  });

  it('ignores text before the first file', () => {
    const text = diff('some preamble', '+not a change', 'diff --git a/x b/x', 'old mode 100644', 'new mode 100755');
    expect(parseGitDiff(text)).toEqual([{ path: 'x', status: 'changed', additions: 0, deletions: 0 }]);
  });

  it('counts every line of a large diff', () => {
    const lineCount = 200_000;
    const body = Array.from({ length: lineCount }, (_, index) => (index % 2 === 0 ? `-old ${index}` : `+new ${index}`));
    const header = [
      'diff --git a/data/big.csv b/data/big.csv',
      'index 1..2 100644',
      '--- a/data/big.csv',
      '+++ b/data/big.csv',
      `@@ -1,${lineCount / 2} +1,${lineCount / 2} @@`,
    ];
    const text = diff(...header) + diff(body.join('\n'));
    const [file] = parseGitDiff(text);
    expect(file?.additions).toBe(lineCount / 2);
    expect(file?.deletions).toBe(lineCount / 2);
    expect(file?.patch?.length).toBe(text.length - text.indexOf('@@') - 1);
  });

  it('recovers the files, statuses and counts of any rendered diff', () => {
    const pathArbitrary = fc
      .array(fc.constantFrom('a', 'b', 'é', ' ', '-', '_', 'x', '1'), { minLength: 1, maxLength: 8 })
      .map((chars) => `dir/${chars.join('').trim() || 'f'}.txt`);
    const fileArbitrary = fc.record({
      path: pathArbitrary,
      added: fc.array(
        fc.string({ maxLength: 5 }).map((s) => s.replace(/\n/g, '')),
        { maxLength: 4 },
      ),
      removed: fc.array(
        fc.string({ maxLength: 5 }).map((s) => s.replace(/\n/g, '')),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(fc.array(fileArbitrary, { maxLength: 5 }), (files) => {
        const text = files.map(({ path, added, removed }) => render(path, added, removed)).join('');
        const parsed = parseGitDiff(text);
        expect(parsed.map((file) => file.path)).toEqual(files.map((file) => file.path));
        expect(parsed.map((file) => file.additions)).toEqual(files.map((file) => file.added.length));
        expect(parsed.map((file) => file.deletions)).toEqual(files.map((file) => file.removed.length));
      }),
    );
  });
});

/** Renders one modified file the way git does, with a tab after `+++`/`---` paths that hold a space. */
function render(path: string, added: readonly string[], removed: readonly string[]): string {
  const tab = path.includes(' ') ? '\t' : '';
  const header = [`diff --git a/${path} b/${path}`, 'index 1..2 100644'];
  if (added.length + removed.length === 0) return diff(...header, 'old mode 100644', 'new mode 100755');
  return diff(
    ...header,
    `--- a/${path}${tab}`,
    `+++ b/${path}${tab}`,
    `@@ -1,${removed.length + 1} +1,${added.length + 1} @@`,
    ' context',
    ...removed.map((line) => `-${line}`),
    ...added.map((line) => `+${line}`),
  );
}
