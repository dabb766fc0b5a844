import { describe, expect, it } from '@jest/globals';
import { touchedCode } from '../../../src/core/inspect/touched-code.js';
import { hunks } from './helpers.js';

/** Python hunks whose lines exercise the indentation scan: tabs, odd whitespace, look-alike keywords. */
describe('touchedCode on Python', () => {
  it.each([
    {
      name: 'tab-indented methods, a tab counting to the next multiple of 8',
      patch: [
        '@@ -1,5 +1,5 @@',
        ' class Model:',
        ' \tdef fit(self):',
        '-\t\treturn 1',
        '+\t\treturn 2',
        ' \tdef predict(self):',
        '  \t\tpass',
      ],
      touched: ['Model.fit'],
    },
    {
      name: 'mixed spaces and a tab at the same width (4 spaces + tab = 8)',
      patch: ['@@ -1,4 +1,4 @@', ' def outer():', '     def inner():', '-    \tx = 1', '+    \tx = 2', ' y = 3'],
      touched: ['outer.inner'],
    },
    {
      name: 'lines starting like keywords that define nothing',
      patch: [
        '@@ -1,5 +1,5 @@',
        ' def train():',
        '     default = 1',
        '     classes = 2',
        '     asyncio.run(x)',
        '-    lr = 0.1',
        '+    lr = 0.2',
      ],
      touched: ['train'],
    },
    {
      name: 'a comment or blank line at column 0 keeps the scope',
      patch: ['@@ -1,5 +1,6 @@', ' async def serve():', ' # a note', '', ' \f', '-    return a', '+    return b', '+    # done'],
      touched: ['serve'],
    },
    {
      name: 'a dedent closes the scope; the hunk context opens one',
      patch: ['@@ -10,4 +10,4 @@ class Trainer:', '     def fit(self):', '         pass', '-x = 1', '+x = 2'],
      touched: [''],
    },
    {
      name: 'a line indented under the hunk context stays in it',
      patch: ['@@ -10,2 +10,2 @@ class Trainer:', '-    epochs = 1', '+    epochs = 2'],
      touched: ['Trainer'],
    },
  ])('names $name', ({ patch, touched }) => {
    expect(touchedCode({ patch: hunks(`${patch.join('\n')}\n`), language: 'python' }).touched).toEqual(touched);
  });

  it('names the same scopes whatever context follows the last change', () => {
    const head = ['@@ -1,6 +1,6 @@', ' class A:', '     def f(self):', '-        return 1', '+        return 2'];
    const tails = [[], [' def g():', '     pass'], [' class B:', '     x = 1', '# note', '']];
    const results = tails.map((tail) => touchedCode({ patch: hunks(`${[...head, ...tail].join('\n')}\n`), language: 'python' }));
    for (const result of results) expect(result).toEqual({ touched: ['A.f'], added: [], removed: [], firstLine: 3 });
  });

  it('tells added and removed definitions from changed ones', () => {
    const patch = hunks(
      [
        '@@ -1,4 +1,5 @@',
        ' class A:',
        '-    def old(self):',
        '+    def new(self):',
        '         pass',
        '+    async def extra(self):',
        '+        pass',
      ].join('\n'),
    );
    expect(touchedCode({ patch, language: 'python' })).toEqual({
      touched: [],
      added: ['A.new', 'A.extra'],
      removed: ['A.old'],
      firstLine: 2,
    });
  });
});
