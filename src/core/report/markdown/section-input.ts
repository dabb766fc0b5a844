import type { Report } from '../../types.js';
import type { DetailLevel } from '../detail-levels.js';
import type { EntryView } from '../entry-view.js';
import type { MarkdownFormat } from './markdown-format.js';
import type { MarkdownOptions } from './markdown-options.js';

/** What every markdown section renders from. */
export interface SectionInput {
  readonly report: Report;
  readonly level: DetailLevel;
  readonly format: MarkdownFormat;
  readonly options: MarkdownOptions;
  /** The changelog entry as this rendering shows it (maybe shortened). */
  readonly entry: EntryView;
}
