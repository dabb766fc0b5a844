import { renderMarkdown, renderText, toJsonReport } from '../core/report/index.js';
import type { Report } from '../core/types.js';
import type { CliIo } from './cli-io.js';
import type { ReportFormat } from './parse-command-line.js';

/**
 * The report as `--format` asks, ending with a newline. Text is colored only for a terminal,
 * and never when `NO_COLOR` is set (https://no-color.org).
 */
export function renderReport({
  report,
  format,
  io,
}: {
  readonly report: Report;
  readonly format: ReportFormat;
  readonly io: Pick<CliIo, 'stdout' | 'env'>;
}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
    case 'markdown':
      return withNewline(renderMarkdown(report));
    case 'text':
      return withNewline(renderText(report, { color: io.stdout.isTTY === true && io.env.NO_COLOR === undefined }));
  }
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
