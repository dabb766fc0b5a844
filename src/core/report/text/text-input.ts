import type { Report } from '../../types.js';
import type { TextStyle } from './text-style.js';

/** What every text section renders from. */
export interface TextInput {
  readonly report: Report;
  readonly style: TextStyle;
}

/** Indentation of one nesting level in terminal output. */
export const INDENT = '  ';
