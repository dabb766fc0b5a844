import { fenceFor } from '../escape/fence-for.js';
import { ENTRY_FENCE_INFO } from '../fit-fenced-entry.js';
import { linkDestination } from '../escape/link-destination.js';
import type { EntryView } from '../entry-view.js';
import { detailsLines } from './details-lines.js';
import type { SectionInput } from './section-input.js';

/**
 * The generated changelog entry in a fenced block, ready to paste, and how to add it: the review
 * suggestion the door posted, or a link to GitHub's editor. When the PR already updates the
 * changelog the entry is folded away, kept only for comparison.
 */
export function* changelogSection({ report, options, format, entry }: SectionInput): Generator<string> {
  if (report.changelog.entry.trim() === '') return;
  const path = format.code(report.changelog.path);
  yield '';
  yield '### Changelog entry';
  yield '';
  if (report.changelog.updated) {
    yield `${path} is updated in this pull request; the generated entry is kept here for comparison.`;
    yield '';
    yield* detailsLines({ summary: 'Generated entry', lines: entryBlock(entry) });
  } else {
    yield `Ready to paste into ${path}:`;
    if (entry.text !== '') yield '';
    yield* entryBlock(entry);
    yield* howToAdd({ path, options });
  }
  if (entry.omittedLines > 0) yield* ['', omittedNote(entry)];
}

function* entryBlock(entry: EntryView): Generator<string> {
  if (entry.text === '') return;
  const fence = fenceFor(entry.text);
  yield `${fence}${ENTRY_FENCE_INFO}`;
  yield entry.text;
  yield fence;
}

function* howToAdd({ path, options }: Pick<SectionInput, 'options'> & { path: string }): Generator<string> {
  if (options.changelogSuggestionPosted === true) {
    yield '';
    yield `A suggestion was posted on ${path}: accept it to add this entry.`;
  } else if (options.editChangelogUrl !== undefined) {
    yield '';
    yield `[Add it to ${path}](${linkDestination(options.editChangelogUrl)})`;
  }
}

function omittedNote(entry: EntryView): string {
  const lines = `${entry.omittedLines} ${entry.omittedLines === 1 ? 'line' : 'lines'}`;
  const whole = '`ml-docs-guard check` prints it whole.';
  if (entry.text === '') return `_The entry (${lines}) is too long to show here; ${whole}_`;
  return `_The entry is shortened to fit GitHub's size limit: ${lines} left out; ${whole}_`;
}
