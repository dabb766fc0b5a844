import { codeSpan } from './escape/code-span.js';
import type { DocFinding } from '../types.js';

const MISSING_SECTION = 'missing-section';

/**
 * The doc findings as a reader takes them in: those at a line first (a stale value with its
 * fix), then, per document, its missing sections as one finding that names every heading to add.
 * The JSON report keeps one finding per section; prose would only repeat itself.
 */
export function groupFindings(findings: readonly DocFinding[]): DocFinding[] {
  const sections = new Map<string, DocFinding[]>();
  const others: DocFinding[] = [];
  for (const finding of findings) {
    if (finding.kind !== MISSING_SECTION) others.push(finding);
    else sections.set(finding.file, [...(sections.get(finding.file) ?? []), finding]);
  }
  const grouped = [...sections].map(([file, missing]): DocFinding => {
    const [only] = missing;
    if (missing.length === 1 && only !== undefined) return only;
    const headings = missing.map((finding) => finding.suggestion).filter((heading): heading is string => heading !== undefined);
    const names = headings.map((heading) => codeSpan(heading)).join(', ');
    return {
      file,
      kind: MISSING_SECTION,
      message: `Missing ${missing.length} sections: add ${names}, each with what the section should say.`,
    };
  });
  return [...others, ...grouped];
}
