/**
 * Wraps text in a Markdown code span that survives backticks inside it: the fence is one
 * backtick longer than the longest run in the text, and padded when the text starts or ends
 * with a backtick (CommonMark strips one space on each side). Line breaks become spaces, since
 * a span cannot hold them.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n|\r/g, ' ');
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
