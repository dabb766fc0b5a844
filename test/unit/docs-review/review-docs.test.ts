import { describe, expect, it } from '@jest/globals';
import { MAX_DOC_BYTES, MAX_DOCS_PER_AREA, reviewDocs } from '../../../src/core/docs-review/index.js';
import type { AreaConfig, AreaReport, Change, ChangedFile, Config, MissingDoc } from '../../../src/core/types.js';
import { MemorySource } from '../../helpers/memory-source.js';

const area = (fields: Partial<AreaConfig> = {}): AreaConfig => ({
  description: 'Model',
  paths: ['params.yaml'],
  docs: ['MODEL_CARD.md', 'docs/models/**'],
  fallbackDocs: [],
  sections: ['Training procedure', 'Limitations'],
  mentionChanges: false,
  strict: false,
  ...fields,
});

const config = (areas: Record<string, AreaConfig> = { model: area() }): Pick<Config, 'areas' | 'changelog'> => ({
  areas,
  changelog: { path: 'CHANGELOG.md', required: true },
});

const learningRate: Change = {
  file: 'params.yaml',
  kind: 'hyperparameter',
  key: 'train.lr',
  before: '0.01',
  after: '0.001',
  summary: '`train.lr`: 0.01 → 0.001',
};

const report = (fields: Partial<AreaReport> = {}): AreaReport => ({
  name: 'model',
  description: 'Model',
  files: ['params.yaml'],
  satisfied: true,
  docs: [],
  expected: ['MODEL_CARD.md'],
  changes: [learningRate],
  findings: [],
  ...fields,
});

/** An edit that adds `lines` after line `after` of a doc. */
const addLines = (path: string, after: number, lines: readonly string[]): ChangedFile => ({
  path,
  status: 'modified',
  additions: lines.length,
  deletions: 0,
  patch: `@@ -${after},0 +${after + 1},${lines.length} @@\n${lines.map((line) => `+${line}`).join('\n')}`,
});

const card = ['# Model card', '## Training procedure', '| lr | 0.01 |', '## Limitations', 'TODO from last year', ''].join('\n');

async function review({
  areas = [report()],
  missing = [],
  files = [],
  settings = config(),
  base = {},
  head = base,
}: {
  areas?: AreaReport[];
  missing?: MissingDoc[];
  files?: ChangedFile[];
  settings?: Pick<Config, 'areas' | 'changelog'>;
  base?: Record<string, string>;
  head?: Record<string, string>;
}) {
  const source = new MemorySource({ base, head });
  let listings = 0;
  const baseFiles = async () => {
    listings += 1;
    return source.listFiles('base');
  };
  const result = await reviewDocs({ areas, missing, files, config: settings, source, baseFiles });
  const reads = source.calls.filter((call) => call.method === 'readFile').map((call) => call.path);
  return { ...result, reads, listings };
}

describe('reviewDocs: which docs it reads', () => {
  it('reviews the dedicated doc the pull request updated, without listing the repository', async () => {
    const text = `${card}Retrained: TBD\n`;
    const result = await review({
      areas: [report({ docs: ['MODEL_CARD.md'] })],
      files: [addLines('MODEL_CARD.md', 5, ['Retrained: TBD'])],
      base: { 'MODEL_CARD.md': card, 'README.md': 'lr: 0.01' },
      head: { 'MODEL_CARD.md': text, 'README.md': 'lr: 0.01' },
    });
    expect(result.listings).toBe(0);
    expect(result.reads).toEqual(['MODEL_CARD.md']);
    // The old TODO was not added by this pull request; the new TBD was.
    expect(result.areas[0]?.findings.map((finding) => [finding.kind, finding.line])).toEqual([
      ['stale-value', 3],
      ['placeholder', 6],
    ]);
  });

  it('turns to the dedicated doc the repository keeps, and its README, when none was updated', async () => {
    const base = {
      'docs/models/b.md': '# B',
      'docs/models/a.md': '# A\n## Training procedure\n## Limitations',
      'README.md': 'Trained with lr 0.01.',
      'params.yaml': 'x',
    };
    const result = await review({ areas: [report({ satisfied: false })], base });
    expect(result.listings).toBe(1);
    expect(result.reads).toEqual(['docs/models/a.md', 'docs/models/b.md', 'README.md']);
    expect(result.areas[0]?.findings).toEqual([
      {
        file: 'README.md',
        line: 1,
        kind: 'stale-value',
        message: 'Shows an old value: `train.lr` `0.01` is now `0.001` (`params.yaml`).',
        suggestion: 'Trained with lr 0.001.',
      },
      {
        file: 'docs/models/a.md',
        line: 2,
        kind: 'section-to-update',
        message: 'Update the section "Training procedure": this pull request changes `train.lr`.',
      },
    ]);
  });

  it('prefers the dedicated doc named by the first glob, and knows what the pull request removed or added', async () => {
    const base = { 'MODEL_CARD.md': '# Old card', 'docs/models/a.md': '# A' };
    const files: ChangedFile[] = [
      { path: 'MODEL_CARD.md', status: 'removed', deletions: 1 },
      { path: 'docs/models/new.md', status: 'renamed', previousPath: 'docs/models/a.md' },
    ];
    const result = await review({ areas: [report({ changes: [] })], files, base, head: { 'docs/models/new.md': '# A' } });
    expect(result.reads).toEqual(['docs/models/new.md']);
    expect(result.areas[0]?.findings.map((finding) => [finding.file, finding.suggestion])).toEqual([
      ['docs/models/new.md', '## Training procedure'],
      ['docs/models/new.md', '## Limitations'],
    ]);
  });

  it('reads nothing for an area with no sections to check and no changes', async () => {
    const result = await review({
      areas: [report({ changes: [] })],
      settings: config({ model: area({ sections: [] }) }),
      base: { 'MODEL_CARD.md': card },
    });
    expect([result.listings, result.reads]).toEqual([0, []]);
    expect(result.areas[0]?.findings).toEqual([]);
  });

  it('reads a doc once for all areas and lists a finding once, under the first area', async () => {
    const settings = config({ data: area({ docs: ['DATASHEET.md'], sections: [] }), model: area({ sections: [] }) });
    const result = await review({
      areas: [report({ name: 'data', satisfied: false }), report({ satisfied: false })],
      settings,
      base: { 'README.md': '| lr | 0.01 |' },
    });
    expect(result.reads).toEqual(['README.md']);
    expect(result.listings).toBe(1);
    expect(result.areas.map((entry) => entry.findings.map((finding) => finding.kind))).toEqual([['stale-value'], []]);
  });

  it(`reads at most ${MAX_DOCS_PER_AREA} docs per area and says which it skipped`, async () => {
    const base = Object.fromEntries(
      Array.from({ length: 7 }, (_, index) => [`docs/models/m${index}.md`, '## Training procedure\n## Limitations']),
    );
    const result = await review({ areas: [report({ satisfied: false })], base });
    expect(result.reads).toHaveLength(MAX_DOCS_PER_AREA);
    expect(result.areas[0]?.findings.filter((finding) => finding.kind === 'not-reviewed')).toEqual([
      {
        file: 'docs/models/m5.md',
        kind: 'not-reviewed',
        message: `Not reviewed: the review reads at most ${MAX_DOCS_PER_AREA} docs per area, so \`docs/models/m5.md\`, \`docs/models/m6.md\` were not checked for stale values.`,
      },
    ]);
  });

  it('does not review a doc larger than 1 MiB, and says so', async () => {
    const huge = `| lr | 0.01 |\n${'x'.repeat(MAX_DOC_BYTES)}`;
    const result = await review({ areas: [report({ satisfied: false })], base: { 'MODEL_CARD.md': huge } });
    expect(result.areas[0]?.findings).toEqual([
      {
        file: 'MODEL_CARD.md',
        kind: 'not-reviewed',
        message: 'Not reviewed: the doc is larger than 1 MiB, so it was not checked for sections, stale values or placeholders.',
      },
    ]);
  });

  it('never reviews the changelog, where old values belong', async () => {
    const changelog = addLines('CHANGELOG.md', 1, ['- lr 0.01 → 0.001, TODO: link']);
    const result = await review({
      areas: [report({ docs: ['CHANGELOG.md'] })],
      files: [changelog],
      settings: config({ model: area({ docs: ['**/*.md'], sections: [] }) }),
    });
    expect(result.reads).toEqual([]);
  });

  it('names the doc when it cannot be read', async () => {
    class BrokenSource extends MemorySource {
      override async readFile(): Promise<string | undefined> {
        throw new Error('HTTP 500');
      }
    }
    const promise = reviewDocs({
      areas: [report({ docs: ['MODEL_CARD.md'] })],
      missing: [],
      files: [addLines('MODEL_CARD.md', 1, ['x'])],
      config: config(),
      source: new BrokenSource(),
      baseFiles: async () => [],
    });
    await expect(promise).rejects.toThrow('Could not read MODEL_CARD.md to review it: HTTP 500');
  });
});

describe('reviewDocs: what it checks', () => {
  it('with mention-changes, reports the changes the doc update does not name', async () => {
    const settings = config({ model: area({ mentionChanges: true, sections: [] }) });
    const files = [addLines('MODEL_CARD.md', 2, ['Retrained in March.'])];
    const head = { 'MODEL_CARD.md': '# Card\n## Training procedure\nRetrained in March.\n| lr | 0.001 |' };
    const result = await review({ areas: [report({ docs: ['MODEL_CARD.md'] })], files, settings, head });
    expect(result.areas[0]?.findings).toEqual([
      {
        file: 'MODEL_CARD.md',
        line: 2,
        kind: 'unmentioned-change',
        message:
          'The doc update does not mention `train.lr` (0.01 → 0.001, `params.yaml`) (section "Training procedure"): say what changed and why.',
      },
    ]);
    const mentioned = await review({
      areas: [report({ docs: ['MODEL_CARD.md'] })],
      files: [addLines('MODEL_CARD.md', 2, ['Lowered the LR.'])],
      settings,
      head: { 'MODEL_CARD.md': head['MODEL_CARD.md'].replace('Retrained in March.', 'Lowered the LR.') },
    });
    expect(mentioned.areas[0]?.findings).toEqual([]);
  });

  it('validates the metadata of a model card and of a README that carries model card keys, but not of other docs', async () => {
    const settings = config({ model: area({ docs: ['MODEL_CARD.md'], fallbackDocs: ['README.md', 'docs/**'], sections: [] }) });
    const files = ['MODEL_CARD.md', 'README.md', 'docs/usage.md'].map((path) => addLines(path, 3, ['More.']));
    const head = {
      'MODEL_CARD.md': '---\nlicense: 3\n---\nMore.',
      'README.md': '---\ndatasets: [""]\n---\nMore.',
      'docs/usage.md': '---\nlayout: 3\n---\nMore.',
    };
    const result = await review({
      areas: [report({ docs: ['MODEL_CARD.md', 'README.md', 'docs/usage.md'], changes: [] })],
      files,
      settings,
      head,
    });
    expect(result.areas[0]?.findings.map((finding) => [finding.file, finding.line, finding.kind])).toEqual([
      ['MODEL_CARD.md', 2, 'invalid-metadata'],
      ['README.md', 2, 'invalid-metadata'],
    ]);
  });

  it('validates a YAML model card as a whole, and reads reStructuredText as plain lines', async () => {
    const settings = config({ model: area({ docs: ['model_card.yaml', 'docs/model.rst'] }) });
    const head = { 'model_card.yaml': 'license: 3\nlr: 0.01\n', 'docs/model.rst': 'Training\n~~~~~~~~\n\nlr 0.01\n' };
    const files = [addLines('model_card.yaml', 2, ['']), addLines('docs/model.rst', 4, [''])];
    const result = await review({ areas: [report({ docs: ['docs/model.rst', 'model_card.yaml'] })], files, settings, head });
    expect(result.areas[0]?.findings.map((finding) => [finding.file, finding.line, finding.kind])).toEqual([
      ['docs/model.rst', undefined, 'not-reviewed'],
      ['docs/model.rst', 4, 'stale-value'],
      ['model_card.yaml', 1, 'invalid-metadata'],
      ['model_card.yaml', 2, 'stale-value'],
    ]);
  });
});

describe('reviewDocs: strict areas', () => {
  const changelogMissing: MissingDoc = {
    area: 'changelog',
    expected: ['CHANGELOG.md'],
    reason: '`CHANGELOG.md` was not updated.',
  };
  const edited = {
    areas: [report({ docs: ['MODEL_CARD.md'] })],
    files: [addLines('MODEL_CARD.md', 5, ['Owner: TODO'])],
    head: { 'MODEL_CARD.md': `${card}Owner: TODO` },
  };

  it('reports findings without blocking when the area is not strict', async () => {
    const result = await review({ ...edited, missing: [changelogMissing] });
    expect(result.areas[0]?.satisfied).toBe(true);
    expect(result.missing).toEqual([changelogMissing]);
    expect(result.areas[0]?.findings.map((finding) => finding.kind)).toEqual(['stale-value', 'placeholder']);
  });

  it('fails a strict area on its findings, naming them, before the changelog entry', async () => {
    const result = await review({ ...edited, missing: [changelogMissing], settings: config({ model: area({ strict: true }) }) });
    expect(result.areas[0]?.satisfied).toBe(false);
    expect(result.missing).toEqual([
      {
        area: 'model',
        expected: ['MODEL_CARD.md'],
        reason:
          'The `model` area is strict and its docs have 2 doc findings to fix: stale value at `MODEL_CARD.md:3`; placeholder at `MODEL_CARD.md:6`.',
      },
      changelogMissing,
    ]);
  });

  it('adds the findings to the reason of a strict area whose doc is missing too, naming three at most', async () => {
    const base = { 'MODEL_CARD.md': '# Card\n| lr | 0.01 |', 'README.md': 'lr: 0.01' };
    const missing: MissingDoc[] = [{ area: 'model', expected: ['MODEL_CARD.md'], reason: 'No doc was updated.' }];
    const result = await review({
      areas: [report({ satisfied: false })],
      missing,
      base,
      settings: config({ model: area({ strict: true, sections: ['Training procedure', 'Limitations', 'Versions'] }) }),
    });
    expect(result.missing).toEqual([
      {
        area: 'model',
        expected: ['MODEL_CARD.md'],
        reason:
          'No doc was updated. The `model` area is strict and its docs have 5 doc findings to fix: missing section `Training procedure` in `MODEL_CARD.md`; missing section `Limitations` in `MODEL_CARD.md`; missing section `Versions` in `MODEL_CARD.md`; and 2 more.',
      },
    ]);
  });

  it('does not block on advice or on what it could not review', async () => {
    const base = {
      'MODEL_CARD.md': '# Card\n## Training procedure\n## Limitations',
      'docs/models/huge.md': 'x'.repeat(MAX_DOC_BYTES + 1),
    };
    const result = await review({
      areas: [report({ satisfied: true, docs: [] })],
      base,
      settings: config({ model: area({ strict: true }) }),
    });
    expect(result.areas[0]?.findings.map((finding) => finding.kind)).toEqual(['section-to-update', 'not-reviewed']);
    expect(result.areas[0]?.satisfied).toBe(true);
    expect(result.missing).toEqual([]);
  });
});
