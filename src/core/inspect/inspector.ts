import type { Change, ChangedFile, ContentSource, ParsedPatch } from '../types.js';

/** What every inspector receives: the file, its parsed patch (if any) and read access. */
export interface InspectInput {
  readonly file: ChangedFile;
  /** Absent for an inspector that reads first (`readsFirst`): it works from both sides instead. */
  readonly patch: ParsedPatch | undefined;
  /** Already guarded: it never reads a side the file does not exist on, and reads each once. */
  readonly source: ContentSource;
}

/** One family of files an ML reviewer reads in a particular way. */
export interface Inspector {
  readonly name: string;
  /** Decided from the path alone, so nothing is read for files no inspector understands. */
  matches(path: string): boolean;
  /**
   * Whether its first step reads the file at base and head (`loadSides`) and nothing is produced
   * before: past the read budget, such an inspector is not run at all, and it is given no patch
   * (parsing one would be wasted).
   */
  readonly readsFirst?: boolean;
  inspect(input: InspectInput): Promise<Change[]>;
}
