/**
 * Control characters (C0 but tab and newline, DEL, C1). From a file name or a PR they could move
 * the cursor, recolor or rewrite the terminal, so they are shown as a replacement character.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const REPLACEMENT = '\ufffd';

/** User text for one line of terminal output: no control characters, no line breaks. */
export function terminalText(text: string): string {
  return text.replace(/\r\n|\r|\n|\t/g, ' ').replace(CONTROL_CHARACTERS, REPLACEMENT);
}

/** User text that keeps its lines (the changelog entry), each line made safe. */
export function terminalLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => line.replace(/\t/g, '  ').replace(CONTROL_CHARACTERS, REPLACEMENT));
}
