/** The process the CLI runs in, passed in so commands never reach for globals. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown };
  /** The whole standard input, for `--body-file -`. */
  readStdin(): Promise<string>;
}
