import { reportOutcome } from '../report-outcome.js';
import { verdictSentence } from '../verdict-sentence.js';
import { verdictTitle } from '../verdict-title.js';
import { terminalText } from './terminal-text.js';
import { INDENT, type TextInput } from './text-input.js';

/** The verdict line (symbol, verdict, outcome) and the sentence explaining it. */
export function* headlineLines({ report, style }: TextInput): Generator<string> {
  const outcome = reportOutcome(report);
  const title = verdictTitle(report);
  const verdict = title === report.verdict ? title.toUpperCase() : `${report.verdict.toUpperCase()}: ${title}`;
  const painted =
    outcome === 'config-error' || report.verdict === 'fail'
      ? style.red(`✗ ${verdict}`)
      : report.verdict === 'warn'
        ? style.yellow(`! ${verdict}`)
        : report.verdict === 'skipped'
          ? style.dim(`- ${verdict}`)
          : style.green(`✓ ${verdict}`);
  yield style.bold(painted);
  yield `${INDENT}${verdictSentence({ report, code: terminalText, inline: terminalText })}`;
}
