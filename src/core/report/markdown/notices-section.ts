import { limitItems, moreLine } from './limit-items.js';
import type { SectionInput } from './section-input.js';

/** Things the reader should know that are not failures (e.g. the PR changes the config). */
export function* noticesSection({ report, level, format }: SectionInput): Generator<string> {
  if (report.notices.length === 0) return;
  const { shown, hidden } = limitItems({ items: report.notices, max: level.rows });
  yield '';
  yield '### Notices';
  yield '';
  for (const notice of shown) yield `- ${format.inline(notice)}`;
  if (hidden > 0) yield moreLine(hidden);
}
