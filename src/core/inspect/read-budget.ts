import type { ContentSource } from '../types.js';

/**
 * Files of one pull request whose contents inspection may read (base and head: two requests
 * each through the API). Past it, files are judged from their patch alone, so a PR of a
 * thousand configs costs a bounded number of requests. The CLI keeps it too, so a local check
 * shows exactly the report the pull request gets.
 */
export const DEFAULT_READ_BUDGET = 25;

/** A read refused because the pull request's read budget is spent. */
export class ReadBudgetExceeded extends Error {
  constructor(path: string) {
    super(`not read: ${path} is past the pull request's budget of files whose contents are read`);
    this.name = 'ReadBudgetExceeded';
  }
}

/**
 * A refusal without a stack trace. Past the budget, every file that wants its contents is
 * refused (thousands in a large pull request), and `inspectFile` turns each refusal into a
 * notice without ever reading its stack, whose capture was most of the refusal's cost.
 */
function refusal(path: string): ReadBudgetExceeded {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new ReadBudgetExceeded(path);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Marks a source made by `refuseReads`, with the way to count a read it refuses without one. */
const REFUSE = Symbol('refuse');

/** A source made by `refuseReads`. */
export interface RefusingSource extends ContentSource {
  readonly refused: () => boolean;
  /** Counts a read as refused without making it, for a step that knows it would read first. */
  readonly [REFUSE]: () => void;
}

/** A source that refuses every read (listings still pass), and remembers whether one was asked for. */
export function refuseReads(source: ContentSource): ContentSource & { readonly refused: () => boolean } {
  let refused = false;
  const refusing: RefusingSource = {
    readFile: (_side, path) => {
      refused = true;
      return Promise.reject(refusal(path));
    },
    listFiles: (side) => source.listFiles(side),
    refused: () => refused,
    [REFUSE]: () => {
      refused = true;
    },
  };
  return refusing;
}

/**
 * When `source` refuses reads (it came from `refuseReads`), counts a refused read on it and
 * returns true: the caller's next step would have read and been refused.
 */
export function refuseNow(source: ContentSource): boolean {
  if (!(REFUSE in source)) return false;
  (source as RefusingSource)[REFUSE]();
  return true;
}
