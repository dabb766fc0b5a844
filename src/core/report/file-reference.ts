/** `path:line`, the form editors and terminals turn into a link; the path alone without a line. */
export function fileReference({ file, line }: { readonly file: string; readonly line?: number | undefined }): string {
  return line === undefined ? file : `${file}:${line}`;
}
