/** SGR codes: the subset every terminal supports. */
const SGR = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;

export type StyleName = keyof typeof SGR;

/** Text painters; without color each returns its input, so output piped to a file stays plain. */
export type TextStyle = Readonly<Record<StyleName, (text: string) => string>>;

/** Painters for a terminal, with ANSI colors only when `color` is true. */
export function textStyle(color: boolean): TextStyle {
  const paint = (name: StyleName) => {
    const [open, close] = SGR[name];
    return color ? (text: string) => `\u001b[${open}m${text}\u001b[${close}m` : (text: string) => text;
  };
  return {
    bold: paint('bold'),
    dim: paint('dim'),
    red: paint('red'),
    green: paint('green'),
    yellow: paint('yellow'),
    cyan: paint('cyan'),
  };
}
