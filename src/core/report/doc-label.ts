/** What readers call the document each built-in area needs (and the changelog requirement). */
const DOC_LABELS: ReadonlyMap<string, string> = new Map([
  ['data', 'datasheet'],
  ['model', 'model card'],
  ['deployment', 'deployment docs'],
  ['pipeline', 'pipeline docs'],
  ['changelog', 'changelog'],
]);

/**
 * The document an area (or `changelog`) asks for, in words: `model` → "model card", a user's
 * `features` → "`features` docs". `code` formats a user-defined area name for the output at hand
 * (a code span in markdown), so user text is never emitted unescaped.
 */
export function docLabel({ area, code }: { readonly area: string; readonly code: (text: string) => string }): string {
  return DOC_LABELS.get(area) ?? `${code(area)} docs`;
}
