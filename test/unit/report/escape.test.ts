import { describe, expect, it } from '@jest/globals';
import { clipText } from '../../../src/core/report/clip-text.js';
import { codeSpan, fenceFor, htmlText, inlineMarkdown, linkDestination } from '../../../src/core/report/escape/index.js';
import { fitFencedEntry } from '../../../src/core/report/fit-fenced-entry.js';
import { listInWords } from '../../../src/core/report/list-in-words.js';
import { tableLines } from '../../../src/core/report/markdown/table-lines.js';
import { cellCount } from './markdown-structure.js';

describe('codeSpan', () => {
  it.each([
    ['params.yaml', '`params.yaml`'],
    ['my file.csv', '`my file.csv`'],
    ['a`b', '``a`b``'],
    ['`tick`', '`` `tick` ``'],
    ['a``b`c', '```a``b`c```'],
    [' padded ', '`  padded  `'],
    ['   ', '`   `'],
    ['new\nline', '`new\\nline`'],
    ['cr\r\nlf', '`cr\\r\\nlf`'],
    ['<script>', '`<script>`'],
    ['', '(empty)'],
  ])('%j → %s', (text, expected) => {
    expect(codeSpan(text)).toBe(expected);
  });
});

describe('inlineMarkdown', () => {
  it.each([
    ['`train.lr`: 0.01 → 0.001', '`train.lr`: 0.01 → 0.001'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['[click](https://evil.test) ![i](x)', '\\[click\\](https://evil.test) \\!\\[i\\](x)'],
    ['*bold* _it_ ~~del~~', '\\*bold\\* \\_it\\_ \\~\\~del\\~\\~'],
    ['a | b', 'a \\| b'],
    ['unclosed ` tick', 'unclosed \\` tick'],
    ['``double`` and `single', '``double`` and \\`single'],
    ['line one\nline two', 'line one line two'],
    ['C:\\data\\x', 'C:\\\\data\\\\x'],
    ['# not a heading', '\\# not a heading'],
    ['<!-- ml-docs-guard -->', '\\<\\!-- ml-docs-guard --\\>'],
  ])('%j → %j', (text, expected) => {
    expect(inlineMarkdown(text)).toBe(expected);
  });
});

describe('fenceFor', () => {
  it.each([
    ['plain', '```'],
    ['has ``` inside', '````'],
    ['has ````` inside', '``````'],
  ])('%j → %s', (text, fence) => {
    expect(fenceFor(text)).toBe(fence);
  });
});

describe('htmlText', () => {
  it('escapes what HTML would read and keeps one line', () => {
    expect(htmlText('a<b>&"c"\nd')).toBe('a&lt;b&gt;&amp;&quot;c&quot; d');
  });
});

describe('linkDestination', () => {
  it('percent-encodes what would end the destination', () => {
    expect(linkDestination('https://x.test/a b/(c)<d>\\e`')).toBe('https://x.test/a%20b/%28c%29%3Cd%3E%5Ce%60');
  });

  it('rejects anything but http(s)', () => {
    expect(() => linkDestination('data:text/html,x')).toThrow(
      'Expected an http(s) URL for the changelog link, got "data:text/html,x".',
    );
  });
});

describe('clipText', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['a longer text', 5, 'a lo…'],
    ['ab😀cd', 4, 'ab…'],
    ['anything', 0, ''],
  ])('%j to %i → %j', (text, maxLength, expected) => {
    expect(clipText({ text, maxLength })).toBe(expected);
  });
});

describe('listInWords', () => {
  it.each<[string[], number, number | undefined, string]>([
    [[], 3, undefined, ''],
    [['a'], 3, undefined, 'a'],
    [['a', 'b'], 3, undefined, 'a and b'],
    [['a', 'b', 'c'], 3, undefined, 'a, b and c'],
    [['a', 'b', 'c', 'd', 'e'], 3, undefined, 'a, b, c and 2 more'],
    [['a', 'b'], 2, 10, 'a, b and 8 more'],
  ])('%j (max %i, total %p) → %j', (items, max, total, expected) => {
    expect(listInWords(total === undefined ? { items, max } : { items, max, total })).toBe(expected);
  });

  it('can join with "or"', () => {
    expect(listInWords({ items: ['x', 'y'], max: 3, conjunction: 'or' })).toBe('x or y');
  });
});

describe('tableLines', () => {
  it('escapes pipes in every cell, so each row keeps its cells', () => {
    const lines = [
      ...tableLines({
        header: ['A', 'B'],
        rows: [
          ['`a|b`', 'x\\|y'],
          ['', 'multi\nline'],
        ],
      }),
    ];
    expect(lines).toEqual(['| A | B |', '| --- | --- |', '| `a\\|b` | x\\\\|y |', '|   | multi line |']);
    for (const line of lines) expect(cellCount(line)).toBe(2);
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(() => [...tableLines({ header: ['A', 'B'], rows: [['only one']] })]).toThrow(
      'A table row has 1 cells where the header has 2.',
    );
  });
});

describe('fitFencedEntry', () => {
  const entry = '### Added\n\n- one\n- two\n';

  it.each([
    [1_000, '### Added\n\n- one\n- two', 0],
    // fence 3 + "markdown" + newline + text + newline + fence 3 = 16 + text
    [16 + '### Added\n\n- one'.length, '### Added\n\n- one', 1],
    [16 + 3, '', 4],
  ])('within %i characters keeps %j (%i lines left out)', (maxLength, text, omittedLines) => {
    expect(fitFencedEntry({ entry, maxLength })).toEqual({ text, omittedLines });
  });

  it('counts the fence a line of backticks would need', () => {
    const ticks = '`'.repeat(50);
    expect(fitFencedEntry({ entry: `- a\n${ticks}\n- b`, maxLength: 100 })).toEqual({ text: '- a', omittedLines: 2 });
  });
});
