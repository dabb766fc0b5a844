/** Where a key sits in a parsed document, and how its scalar value was written there. */
export interface Position {
  /** 1-based line of the key (or of the list item). */
  readonly line: number;
  /** The scalar as written (`1e-3`, `3.10`), when the format keeps it; shown instead of the value. */
  readonly source?: string;
}

/** A structured document: its plain value and the position of every key path in it. */
export interface ParsedStructure {
  readonly value: unknown;
  /** Keyed by dotted path (`train.lr`, `outs[0].md5`), as `joinKey`/`joinIndex` build them. */
  readonly positions: ReadonlyMap<string, Position>;
}

/** Why a document could not be parsed, with the line when the parser knows it. */
export class ParseFailure extends Error {
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(message);
    this.name = 'ParseFailure';
    this.line = line;
  }
}
