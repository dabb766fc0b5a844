/** A `<` that GitHub would read as the start of a tag, a closing tag or a comment. */
const HTML_START = /<(?=[A-Za-z/!?])/g;

function escapeOutside(text: string): string {
  return text.replace(HTML_START, '&lt;');
}

/**
 * Flattens quoted text to one line and neutralises HTML in it (an unclosed `<details>` or a
 * hidden `<!--` would swallow the rest of a comment), leaving code spans untouched because
 * Markdown shows their content literally. Backtick runs pair as in CommonMark: a run closes at
 * the next run of the same length; an unpaired run is plain text.
 */
export function escapeInlineHtml(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let output = '';
  let index = 0;
  while (index < flat.length) {
    const open = flat.indexOf('`', index);
    if (open < 0) break;
    let runEnd = open;
    while (flat.charAt(runEnd) === '`') runEnd += 1;
    const fence = flat.slice(open, runEnd);
    let close = flat.indexOf(fence, runEnd);
    while (close >= 0 && (flat.charAt(close + fence.length) === '`' || flat.charAt(close - 1) === '`')) {
      let skip = close;
      while (flat.charAt(skip) === '`') skip += 1;
      close = flat.indexOf(fence, skip);
    }
    if (close < 0) {
      output += escapeOutside(flat.slice(index, runEnd));
      index = runEnd;
      continue;
    }
    output += escapeOutside(flat.slice(index, open)) + flat.slice(open, close + fence.length);
    index = close + fence.length;
  }
  return output + escapeOutside(flat.slice(index));
}
