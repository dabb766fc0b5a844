import { ParseFailure } from './parsed-structure.js';

const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES: Readonly<Record<string, string>> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };

/** A position in a TOML text and the lexical pieces read from it: blanks, strings, keys. */
export class TomlCursor {
  /** Offset of the next character to read. */
  at = 0;
  readonly text: string;
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    this.text = text;
    for (let index = 0; index < text.length; index += 1) if (text[index] === '\n') this.lineStarts.push(index + 1);
  }

  /** 1-based line of an offset (the cursor's by default). */
  lineAt(offset: number = this.at): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  /** Throws a `ParseFailure` at the cursor's line. */
  fail(message: string): never {
    throw new ParseFailure(`${message} at line ${this.lineAt()}`, this.lineAt());
  }

  peek(ahead = 0): string {
    return this.text[this.at + ahead] ?? '';
  }

  get done(): boolean {
    return this.at >= this.text.length;
  }

  /** Moves past `length` characters and returns `value`. */
  consume<T>(length: number, value: T): T {
    this.at += length;
    return value;
  }

  skipSpaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.at += 1;
  }

  /** Skips spaces, comments and line breaks. */
  skipBlank(): void {
    for (;;) {
      this.skipSpaces();
      if (this.peek() === '#') while (!this.done && this.peek() !== '\n') this.at += 1;
      if (this.peek() === '\n' || this.peek() === '\r') this.at += 1;
      else return;
    }
  }

  /** Requires the rest of the line to be blank or a comment. */
  expectLineEnd(): void {
    this.skipSpaces();
    if (this.peek() === '#') while (!this.done && this.peek() !== '\n') this.at += 1;
    if (this.peek() === '\r') this.at += 1;
    if (!this.done && this.peek() !== '\n') this.fail(`unexpected \`${this.peek()}\``);
  }

  /** Reads any of TOML's four string forms; the cursor is on the opening quote. */
  readString(): string {
    const quote = this.peek();
    const multiline = this.text.startsWith(quote.repeat(3), this.at);
    this.at += multiline ? 3 : 1;
    if (multiline && this.peek() === '\r') this.at += 1;
    if (multiline && this.peek() === '\n') this.at += 1;
    return quote === '"' ? this.readBasicString(multiline) : this.readLiteralString(multiline);
  }

  /** Reads a dotted key (`a."b.c".d`) into its parts. */
  readKey(): string[] {
    const parts: string[] = [];
    for (;;) {
      this.skipSpaces();
      if (this.peek() === '"' || this.peek() === "'") parts.push(this.readString());
      else {
        const start = this.at;
        while (BARE_KEY.test(this.peek())) this.at += 1;
        if (start === this.at) this.fail('expected a key');
        parts.push(this.text.slice(start, this.at));
      }
      this.skipSpaces();
      if (this.peek() !== '.') return parts;
      this.at += 1;
    }
  }

  /** Whether a bare word (`true`) starts here and is not the start of a longer word. */
  startsWord(word: string): boolean {
    return this.text.startsWith(word, this.at) && !BARE_KEY.test(this.peek(word.length));
  }

  private readBasicString(multiline: boolean): string {
    let out = '';
    for (;;) {
      if (this.done) this.fail('unterminated string');
      if (multiline ? this.text.startsWith('"""', this.at) && this.peek(3) !== '"' : this.peek() === '"') {
        return this.consume(multiline ? 3 : 1, out);
      }
      const char = this.peek();
      if (char === '\n' && !multiline) this.fail('newline in a string');
      if (char !== '\\') {
        out += char;
        this.at += 1;
      } else {
        out += this.readEscape(multiline);
      }
    }
  }

  private readEscape(multiline: boolean): string {
    const escaped = this.peek(1);
    if (multiline && /[ \t\r\n]/.test(escaped)) {
      // A line-ending backslash joins lines, dropping the whitespace that follows.
      this.at += 1;
      while (/[ \t\r\n]/.test(this.peek())) this.at += 1;
      return '';
    }
    if (escaped === 'u' || escaped === 'U') {
      const length = escaped === 'u' ? 4 : 8;
      const hex = this.text.slice(this.at + 2, this.at + 2 + length);
      if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) this.fail('invalid unicode escaped');
      return this.consume(2 + length, String.fromCodePoint(Number.parseInt(hex, 16)));
    }
    const decoded = ESCAPES[escaped];
    if (decoded === undefined) this.fail(`invalid escaped \`\\${escaped}\``);
    return this.consume(2, decoded);
  }

  private readLiteralString(multiline: boolean): string {
    const close = multiline ? "'''" : "'";
    const end = this.text.indexOf(close, this.at);
    if (end < 0 || (!multiline && this.text.slice(this.at, end).includes('\n'))) this.fail('unterminated string');
    const value = this.text.slice(this.at, end);
    this.at = end + close.length;
    return value;
  }
}
