import { terminalText } from './terminal-text.js';
import { INDENT, type TextInput } from './text-input.js';

/** Things the reader should know that are not failures. */
export function* noticeLines({ report, style }: TextInput): Generator<string> {
  if (report.notices.length === 0) return;
  yield '';
  yield style.bold('Notices');
  for (const notice of report.notices) yield `${INDENT}- ${terminalText(notice)}`;
}
