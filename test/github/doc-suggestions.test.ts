import { afterEach, describe, expect, it } from '@jest/globals';
import type { AreaReport, ChangedFile, DocFinding, Report } from '../../src/core/types.js';
import { DOC_SUGGESTION_MARKER, docSuggestions, MAX_DOC_SUGGESTIONS } from '../../src/github/doc-suggestions.js';
import { postDocSuggestions } from '../../src/github/post-doc-suggestions.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { clientFor, targetOf } from './github-test-kit.js';

const CARD_PATCH = [
  '@@ -14,4 +14,5 @@',
  ' | --- | --- |',
  ' | learning_rate | 0.01 |',
  ' | epochs | 20 |',
  '+| warmup | 2 |',
  ' ',
].join('\n');
const STALE: DocFinding = {
  file: 'MODEL_CARD.md',
  line: 15,
  kind: 'stale-value',
  message: 'Shows an old value: `train.learning_rate` `0.01` is now `0.001`.',
  suggestion: '| learning_rate | 0.001 |',
};
const LIST = 'GET /repos/acme/ml-service/pulls/7/comments?page=1&per_page=100';
const CREATE = 'POST /repos/acme/ml-service/pulls/7/comments';

const reportWith = (findings: readonly DocFinding[]): Report => {
  const area: AreaReport = {
    name: 'model',
    description: 'Model',
    files: ['params.yaml'],
    satisfied: true,
    docs: ['MODEL_CARD.md'],
    expected: ['MODEL_CARD.md'],
    changes: [],
    findings,
  };
  return {
    verdict: 'pass',
    mode: 'fail',
    areas: [area],
    missing: [],
    changelog: { path: 'CHANGELOG.md', required: true, updated: true, entry: '' },
    configProblems: [],
    notices: [],
    stats: { files: 2, ignored: 0, docs: 1 },
  };
};
const card: ChangedFile = { path: 'MODEL_CARD.md', status: 'modified', patch: CARD_PATCH };

describe('docSuggestions', () => {
  it('turns a finding with a replacement on a line the diff shows into a suggestion', () => {
    const [suggestion, ...rest] = docSuggestions({ report: reportWith([STALE]), files: [card] });
    expect(rest).toEqual([]);
    expect(suggestion).toEqual({
      path: 'MODEL_CARD.md',
      line: 15,
      body: `${DOC_SUGGESTION_MARKER}\n${STALE.message}\n\n\`\`\`suggestion\n| learning_rate | 0.001 |\n\`\`\``,
    });
  });

  it.each<[string, DocFinding, readonly ChangedFile[]]>([
    ['the line is outside the diff', { ...STALE, line: 3 }, [card]],
    ['the doc is not in the pull request', STALE, []],
    ['the doc was removed', STALE, [{ ...card, status: 'removed' }]],
    ['the finding has no replacement', { ...STALE, suggestion: undefined }, [card]],
    ['the finding has no line', { ...STALE, line: undefined }, [card]],
  ])('offers nothing when %s', (_why, finding, files) => {
    expect(docSuggestions({ report: reportWith([finding]), files })).toEqual([]);
  });

  it(`keeps one suggestion per line and at most ${MAX_DOC_SUGGESTIONS}`, () => {
    const lines = Array.from({ length: 30 }, (_, index) => ` line ${index}`);
    const patch = ['@@ -1,30 +1,30 @@', ...lines].join('\n');
    const findings = Array.from({ length: 30 }, (_, index) => ({ ...STALE, line: index + 1 }));
    const suggestions = docSuggestions({ report: reportWith([...findings, STALE, STALE]), files: [{ ...card, patch }] });
    expect(suggestions).toHaveLength(MAX_DOC_SUGGESTIONS);
    expect(new Set(suggestions.map((suggestion) => suggestion.line)).size).toBe(MAX_DOC_SUGGESTIONS);
  });
});

describe('postDocSuggestions', () => {
  let github: FakeGitHub;
  afterEach(async () => github.close());

  it('posts each fix once, on the head commit, and not again on the next push', async () => {
    github = await startFakeGitHub({ files: [{ filename: 'MODEL_CARD.md', status: 'modified', patch: CARD_PATCH }] });
    const suggestions = docSuggestions({ report: reportWith([STALE]), files: [card] });
    const post = () => postDocSuggestions({ octokit: clientFor(github), target: targetOf(github), suggestions });

    expect(await post()).toBe(1);
    expect(await post()).toBe(0);

    expect(github.calls()).toEqual([LIST, CREATE, LIST]);
    expect(github.reviewComments).toEqual([
      expect.objectContaining({ path: 'MODEL_CARD.md', line: 15, side: 'RIGHT', commit_id: github.headSha }),
    ]);
  });

  it('makes no request when there is nothing to suggest', async () => {
    github = await startFakeGitHub({});
    expect(await postDocSuggestions({ octokit: clientFor(github), target: targetOf(github), suggestions: [] })).toBe(0);
    expect(github.calls()).toEqual([]);
  });
});
