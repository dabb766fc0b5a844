import type { Report } from '../types.js';
import { docLabel } from './doc-label.js';
import { listInWords } from './list-in-words.js';
import { missingAreas } from './missing-areas.js';
import { reportOutcome } from './report-outcome.js';

/** Names listed in the sentence before the rest are counted. */
const NAMES_IN_SENTENCE = 5;

/**
 * One sentence that explains the verdict. `code` formats literal names (areas, a mode) and
 * `inline` a sentence from user data (the skip reason) for the output at hand.
 */
export function verdictSentence({
  report,
  code,
  inline,
}: {
  readonly report: Report;
  readonly code: (text: string) => string;
  readonly inline: (text: string) => string;
}): string {
  switch (reportOutcome(report)) {
    case 'config-error':
      return (
        'The configuration could not be used, so this pull request was not checked. ' +
        'That is a failure, not a pass: fix the problems below.'
      );
    case 'skipped': {
      const reason = report.skipReason === undefined ? 'no reason was given' : inline(report.skipReason);
      return `Skipped: ${reason}. No documentation was required.`;
    }
    case 'missing': {
      const consequence =
        report.verdict === 'warn'
          ? `The check is in ${code('warn')} mode, so this does not block merging.`
          : 'Merging is blocked until the missing documentation is added.';
      const changed = report.areas.length > 0 ? areaNames({ report, code }) : 'ML files';
      const docs = missingDocs({ report, code });
      return `This pull request changes ${changed} but does not update ${docs}. ${consequence}`;
    }
    case 'complete':
      return `This pull request changes ${areaNames({ report, code })}; every required document was updated.`;
    case 'no-changes':
      return noChangesSentence(report.stats);
  }
}

function areaNames({ report, code }: { report: Report; code: (text: string) => string }): string {
  const items = report.areas.slice(0, NAMES_IN_SENTENCE).map((area) => code(area.name));
  return listInWords({ items, max: NAMES_IN_SENTENCE, total: report.areas.length });
}

function missingDocs({ report, code }: { report: Report; code: (text: string) => string }): string {
  const areas = missingAreas(report);
  if (areas.length === 0) return 'the required documentation';
  const items = areas.slice(0, NAMES_IN_SENTENCE).map((area) => `the ${docLabel({ area, code })}`);
  return listInWords({ items, max: NAMES_IN_SENTENCE, total: areas.length });
}

function noChangesSentence(stats: Report['stats']): string {
  if (stats.files === 0) return 'This pull request changes no files.';
  const files = stats.files === 1 ? 'The changed file needs' : `None of the ${stats.files} changed files needs`;
  const ignored = stats.ignored > 0 ? ` (${stats.ignored} ignored by the configuration)` : '';
  return `${files} documentation${ignored}.`;
}
