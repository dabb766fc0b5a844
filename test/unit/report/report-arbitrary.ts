import fc from 'fast-check';
import {
  MODES,
  VERDICTS,
  type AreaReport,
  type Change,
  type ConfigProblem,
  type DocFinding,
  type MissingDoc,
  type Report,
} from '../../../src/core/types.js';

/** Pieces that break naive markdown, mixed into random text so the shrinker finds minimal cases. */
const HOSTILE = [
  '|',
  '`',
  '```',
  '\\',
  '\\|',
  '<details>',
  '</details>',
  '<!--',
  '-->',
  '\n',
  '\r\n',
  '| --- |',
  '* ',
  '# ',
  '[x](y)',
  ' ',
  '',
  '😀',
  '\u0000',
  '\u001b[31m',
];

/** Random text, often hostile: unicode, markdown syntax, line breaks, control characters. */
export const text = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...HOSTILE)), { maxLength: 6 })
  .map((parts) => parts.join(''));

const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined });

const change: fc.Arbitrary<Change> = fc.record({
  file: text,
  line: optional(fc.nat()),
  kind: text,
  summary: text,
  key: optional(text),
  before: optional(text),
  after: optional(text),
});

const finding: fc.Arbitrary<DocFinding> = fc.record({
  file: text,
  line: optional(fc.nat()),
  kind: text,
  message: text,
  suggestion: optional(text),
});

const areaReport: fc.Arbitrary<AreaReport> = fc.record({
  name: text,
  description: text,
  files: fc.array(text, { maxLength: 25 }),
  satisfied: fc.boolean(),
  docs: fc.array(text, { maxLength: 3 }),
  expected: fc.array(text, { maxLength: 4 }),
  changes: fc.array(change, { maxLength: 14 }),
  findings: fc.array(finding, { maxLength: 12 }),
  suggestedDoc: optional(text),
});

const missingDoc: fc.Arbitrary<MissingDoc> = fc.record({
  area: fc.oneof(text, fc.constantFrom('model', 'data', 'changelog')),
  expected: fc.array(text, { maxLength: 4 }),
  reason: text,
});

const configProblem: fc.Arbitrary<ConfigProblem> = fc.record({
  file: text,
  ref: optional(text),
  line: optional(fc.nat()),
  column: optional(fc.nat()),
  field: optional(text),
  message: text,
});

/** Any report the engine could hand over, consistent or not: renderers must never choke on one. */
export const anyReport: fc.Arbitrary<Report> = fc.record({
  verdict: fc.constantFrom(...VERDICTS),
  mode: fc.constantFrom(...MODES),
  skipReason: optional(text),
  areas: fc.array(areaReport, { maxLength: 6 }),
  missing: fc.array(missingDoc, { maxLength: 5 }),
  changelog: fc.record({
    path: text,
    required: fc.boolean(),
    updated: fc.boolean(),
    entry: fc.array(text, { maxLength: 40 }).map((lines) => lines.join('\n')),
  }),
  configProblems: fc.array(configProblem, { maxLength: 4 }),
  notices: fc.array(text, { maxLength: 4 }),
  skip: optional(fc.record({ labels: fc.array(text, { maxLength: 4 }), marker: text })),
  stats: fc.record({ files: fc.nat(), ignored: fc.nat(), docs: fc.nat() }),
});
