import { describe, expect, it } from '@jest/globals';
import { markdownProblems } from './markdown-structure.js';

/** The property tests rely on this checker: it must see the breakage it is there to catch. */
describe('markdownProblems', () => {
  it.each([
    ['an unclosed fence', '```markdown\n- entry', ['a code fence is never closed']],
    ['a fence closed by a shorter one', '````\n```\n', ['a code fence is never closed']],
    ['a row with an extra cell', '| a | b |\n| --- | --- |\n| x | y | z |', ['line 3: 3 cells where the table has 2']],
    ['an unescaped pipe in a code span', '| a | b |\n| --- | --- |\n| `x|y` | z |', ['line 3: 3 cells where the table has 2']],
    ['unbalanced details', '<details>\n<summary>s</summary>\n\n- x', ['1 <details> never closed']],
    ['raw HTML from user text', '- file <img src=x>', ['line 1: raw HTML "<img src=x>"']],
  ])('reports %s', (_name, markdown, problems) => {
    expect(markdownProblems(markdown)).toEqual(problems);
  });

  it("accepts escaped pipes, code spans holding HTML and the renderer's own tags", () => {
    const markdown = [
      '| a | b |',
      '| --- | --- |',
      '| `x\\|y` | \\<b\\> |',
      '',
      '<details>',
      '<summary>s</summary>',
      '',
      '- `<b>`',
      '',
      '</details>',
      '<sub>x</sub>',
    ].join('\n');
    expect(markdownProblems(markdown)).toEqual([]);
  });
});
