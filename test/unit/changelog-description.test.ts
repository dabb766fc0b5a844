import { describe, expect, it } from '@jest/globals';
import { MAX_QUOTED_LENGTH, parsePullRequestDescription } from '../../src/core/changelog/parse-pull-request-description.js';

const body = (...lines: string[]): string => lines.join('\n');

describe('parsePullRequestDescription', () => {
  it.each<[string, string, { why?: string; testing?: string }]>([
    [
      'Markdown headings',
      body('## Summary', 'Tune lr.', '', '## Why', 'Validation loss plateaued.', '', '## Testing', 'Retrained; F1 0.81 → 0.84.'),
      { why: 'Validation loss plateaued.', testing: 'Retrained; F1 0.81 → 0.84.' },
    ],
    [
      'synonyms and question headings',
      body('### Motivation:', 'Drift in March data.', '### How was this tested?', 'Backtest on Q1.'),
      { why: 'Drift in March data.', testing: 'Backtest on Q1.' },
    ],
    [
      'Context and Results',
      body('# Context', 'New source.', '# Results', 'AUC 0.91.'),
      { why: 'New source.', testing: 'AUC 0.91.' },
    ],
    [
      'Reason and Evaluation',
      body('## Reason', 'Legal ask.', '## Evaluation', 'Offline eval ok.'),
      { why: 'Legal ask.', testing: 'Offline eval ok.' },
    ],
    ['a heading with an emoji', body('## 🧪 Tests', 'unit + e2e'), { testing: 'unit + e2e' }],
    [
      'bold labels with inline text',
      body('**Why:** cheaper inference', '**Testing**: load test at 200 rps'),
      { why: 'cheaper inference', testing: 'load test at 200 rps' },
    ],
    ['a bold label on its own line', body('**Why**', 'faster', '**Notes**', 'none'), { why: 'faster' }],
    [
      'plain labels',
      body('Why: the old split leaked', 'Tests: reran the notebook'),
      { why: 'the old split leaked', testing: 'reran the notebook' },
    ],
    [
      'list items joined by semicolons, prose lines joined by spaces',
      body('## Testing', '- unit tests', '- retrained on', '  the full set', '', '## Why', 'one', 'two'),
      { why: 'one two', testing: 'unit tests; retrained on the full set' },
    ],
    [
      'unchecked task items dropped from a section',
      body('## Testing', '- [x] ran pytest', '- [ ] ran e2e'),
      { testing: 'ran pytest' },
    ],
    ['a section ends at an unrelated heading', body('## Why', 'because', '## Screenshots', 'img'), { why: 'because' }],
    ['several sections of one kind joined', body('## Why', 'a', '## Other', 'x', '## Background', 'b'), { why: 'a; b' }],
    ['no sections at all', 'Just a short description.', {}],
    ['an empty body', '', {}],
    [
      'an untouched template: only comments',
      body('## Why', '<!-- Explain why -->', '## Testing', '<!-- How did you test? -->'),
      {},
    ],
    [
      'a heading inside a code fence is content',
      body('## Testing', '```', '# not a heading', '```'),
      { testing: '# not a heading' },
    ],
    ['CRLF line endings', '## Why\r\nbecause\r\n## Tests\r\nran them\r\n', { why: 'because', testing: 'ran them' }],
    [
      'bold inside prose is not a heading',
      body('## Why', 'This is **important**: really.'),
      { why: 'This is **important**: really.' },
    ],
  ])('reads %s', (_name, text, expected) => {
    const { why, testing } = parsePullRequestDescription(text);
    expect({ why, testing }).toEqual({ why: expected.why, testing: expected.testing });
  });

  it('strips HTML comments, even one left open', () => {
    const result = parsePullRequestDescription(
      body('## Why', 'kept <!-- hidden --> text', '## Testing', 'ok <!-- never closed', 'still hidden'),
    );
    expect(result.why).toBe('kept text');
    expect(result.testing).toBe('ok');
  });

  it('collects checked task items from the whole description', () => {
    const result = parsePullRequestDescription(
      body('- [x] Retrained the model', '* [X] Updated the model card', '- [ ] Ran the e2e suite', '1. [x] Numbered'),
    );
    expect(result.checked).toEqual(['Retrained the model', 'Updated the model card', 'Numbered']);
  });

  it('bounds a long section at a word boundary and marks the cut', () => {
    const long = Array.from({ length: 200 }, (_, index) => `word${index}`).join(' ');
    const { why } = parsePullRequestDescription(body('## Why', long));
    expect(why?.length).toBeLessThanOrEqual(MAX_QUOTED_LENGTH);
    expect(why).toMatch(/^word0 word1 .* word\d+…$/);
  });
});
