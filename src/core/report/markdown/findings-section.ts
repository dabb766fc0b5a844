import type { DocFinding } from '../../types.js';
import { fileReference } from '../file-reference.js';
import { groupFindings } from '../group-findings.js';
import { foldWhenLong } from './details-lines.js';
import { limitItems, moreLine } from './limit-items.js';
import type { MarkdownFormat } from './markdown-format.js';
import type { SectionInput } from './section-input.js';

/**
 * What the updated docs still lack (a section, a mention of a changed value, a placeholder), each
 * with the replacement line to paste when one is known.
 */
export function* findingsSection({ report, level, format }: SectionInput): Generator<string> {
  const findings = groupFindings(report.areas.flatMap((area) => area.findings));
  if (findings.length === 0) return;
  yield '';
  yield '### Doc findings';
  yield '';
  const { shown, hidden } = limitItems({ items: findings, max: Math.min(level.findings, level.rows) });
  if (shown.length === 0) {
    const count = findings.length === 1 ? '1 finding is' : `${findings.length} findings are`;
    yield `${count} left out to fit GitHub's size limit.`;
    return;
  }
  yield* foldWhenLong({
    summary: `${findings.length} findings`,
    count: shown.length,
    lines: findingLines({ findings: shown, hidden, format }),
  });
}

function* findingLines({
  findings,
  hidden,
  format,
}: {
  findings: readonly DocFinding[];
  hidden: number;
  format: MarkdownFormat;
}): Generator<string> {
  for (const finding of findings) {
    yield `- ${format.code(fileReference(finding))}: ${format.inline(finding.message)}`;
    if (finding.suggestion !== undefined) yield `  - Suggested line: ${format.code(finding.suggestion)}`;
  }
  if (hidden > 0) yield moreLine(hidden);
}
