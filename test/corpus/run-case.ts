import { DOC_TEMPLATES } from '../../src/core/config/doc-templates.js';
import { evaluatePullRequest } from '../../src/core/evaluate-pull-request.js';
import { BUILT_IN_AREAS, type BuiltInArea, type ChangedFile, type Config, type Verdict } from '../../src/core/types.js';
import { MemorySource } from '../helpers/memory-source.js';
import type { CorpusCase } from './corpus-case.js';

/** What the preset made of one case. */
export interface CaseOutcome {
  readonly testCase: CorpusCase;
  /** Areas the evaluation triggered, by path or by content. */
  readonly areas: readonly BuiltInArea[];
  readonly verdict: Verdict;
}

const TEMPLATE_BY_PATH = new Map(Object.values(DOC_TEMPLATES).map((template) => [template.path, template.content]));

/**
 * Plausible text for a file, by its name: enough for inspectors to parse, nothing they would
 * report as a change (both sides get the same text unless the case edits the file). A dedicated
 * doc gets its full template, so a doc review finds every section in place.
 */
function textOf(path: string): string {
  const template = TEMPLATE_BY_PATH.get(path);
  if (template !== undefined) return template;
  const name = path.split('/').pop() ?? path;
  if (/\.(ya?ml)$/.test(name)) return 'name: example\nvalue: 1\n';
  if (name.endsWith('.json')) return '{"name": "example"}\n';
  if (name.endsWith('.py')) return 'def main():\n    return 1\n';
  if (name.startsWith('Dockerfile')) return 'FROM python:3.12-slim\n';
  if (name.endsWith('.dvc')) return 'outs:\n- md5: 0123456789abcdef0123456789abcdef\n  size: 100\n  path: example\n';
  if (/requirements.*\.txt$/.test(name)) return 'numpy==1.26.4\n';
  if (name.endsWith('.md') || name.endsWith('.rst')) return '# Example\n';
  return 'example\n';
}

/** Base and head contents: the repository at base, then the case's edits applied. */
function contentsOf(testCase: CorpusCase): { base: Record<string, string>; head: Record<string, string> } {
  const binaries = new Set(testCase.files.filter((file) => file.binary === true).map((file) => file.path));
  const basePaths = new Set(testCase.repository);
  for (const file of testCase.files) {
    if (file.status === 'modified' || file.status === 'removed') basePaths.add(file.path);
    if (file.previousPath !== undefined) basePaths.add(file.previousPath);
  }
  const base: Record<string, string> = {};
  for (const path of basePaths) if (!binaries.has(path)) base[path] = textOf(path);
  const head: Record<string, string> = { ...base };
  for (const file of testCase.files) {
    if (file.previousPath !== undefined && file.status === 'renamed') delete head[file.previousPath];
    if (file.status === 'removed' || binaries.has(file.path)) {
      delete head[file.path];
      continue;
    }
    // A changed text file reads differently at head; a pure rename keeps its text.
    const before = base[file.previousPath ?? file.path] ?? textOf(file.path);
    head[file.path] = file.status === 'renamed' ? before : `${textOf(file.path)}\n<!-- edited in this pull request -->\n`;
  }
  return { base: { ...base, ...testCase.contents?.base }, head: { ...head, ...testCase.contents?.head } };
}

const asBuiltIn = (names: readonly string[]): BuiltInArea[] => BUILT_IN_AREAS.filter((area) => names.includes(area));

/** Classifies the case's files and evaluates the whole pull request against an in-memory repository. */
export async function runCase({
  testCase,
  config,
}: {
  readonly testCase: CorpusCase;
  readonly config: Config;
}): Promise<CaseOutcome> {
  const files: readonly ChangedFile[] = testCase.files;
  const source = new MemorySource(contentsOf(testCase));
  const report = await evaluatePullRequest({
    files,
    pullRequest: {
      number: 1,
      title: testCase.description,
      body: `## Why\n${testCase.description}\n\n## How was this tested?\nRan the pipeline locally.`,
      labels: [],
    },
    config,
    source,
  });
  // The report's areas include those a file triggers by its content (a dependency bump).
  return { testCase, areas: asBuiltIn(report.areas.map((area) => area.name)), verdict: report.verdict };
}
