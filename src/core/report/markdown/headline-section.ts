import { clipText } from '../clip-text.js';
import { inlineMarkdown } from '../escape/inline-markdown.js';
import { reportOutcome, type Outcome } from '../report-outcome.js';
import { verdictSentence } from '../verdict-sentence.js';
import { verdictTitle } from '../verdict-title.js';
import { DEFAULT_HEADING } from './markdown-options.js';
import type { SectionInput } from './section-input.js';

/** A heading is one line in the UI; longer names are clipped. */
const HEADING_LENGTH = 100;

const ICONS: Readonly<Record<Outcome, string>> = {
  'config-error': '❌',
  skipped: '⏭️',
  missing: '❌',
  complete: '✅',
  'no-changes': '✅',
};

/** The verdict as a heading and one sentence: what a reader needs if they read nothing else. */
export function* headlineSection({
  report,
  format,
  options,
}: Pick<SectionInput, 'report' | 'format' | 'options'>): Generator<string> {
  const heading = inlineMarkdown(clipText({ text: options.heading ?? DEFAULT_HEADING, maxLength: HEADING_LENGTH }));
  const outcome = reportOutcome(report);
  const icon = outcome === 'missing' && report.verdict === 'warn' ? '⚠️' : ICONS[outcome];
  yield `## ${icon} ${heading}: ${verdictTitle(report)}`;
  yield '';
  yield verdictSentence({ report, code: format.code, inline: format.inline });
}
