import type { Report } from '../types.js';
import { listInWords } from './list-in-words.js';

/** Skip labels named before the rest are counted. */
const LABELS_NAMED = 3;

/**
 * How to skip the check on purpose, from the config's `skip` (the labels, the description
 * marker); empty when the config allows neither. `code` formats a label or marker for the output.
 */
export function skipHint({ skip, code }: { readonly skip: Report['skip']; readonly code: (text: string) => string }): string {
  if (skip === undefined) {
    return `To skip this check on purpose, add one of the labels listed under ${code('skip.labels')} in the configuration.`;
  }
  const ways: string[] = [];
  if (skip.labels.length > 0) {
    const labels = listInWords({
      items: skip.labels.slice(0, LABELS_NAMED).map(code),
      max: LABELS_NAMED,
      total: skip.labels.length,
      conjunction: 'or',
    });
    ways.push(`add the label ${labels}`);
  }
  if (skip.marker !== '') ways.push(`put ${code(skip.marker)} in the description`);
  return ways.length === 0 ? '' : `To skip this check on purpose, ${ways.join(' or ')}.`;
}
