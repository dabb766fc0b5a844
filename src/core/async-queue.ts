/** Items handed from a producer that pushes them to a consumer that reads them with `for await`. */
export interface AsyncQueue<T> extends AsyncIterable<T> {
  push(item: T): void;
  /** No more items: the consumer's loop ends once it has read the ones pushed. */
  end(): void;
  /** The producer failed: the consumer's loop throws `error` instead of reading further. */
  fail(error: unknown): void;
}

/**
 * How long the consumer may work on items before letting the event loop read input. A producer
 * fed by a pipe (git's output) stalls once the pipe's 64 KiB buffer is full, and the loop reads
 * the pipe only between tasks: without a pause, git would wait for the engine instead of working
 * alongside it. git writes such a buffer in about a millisecond.
 */
const SLICE_MS = 1;

/** Resolves on the event loop's next turn, after pending input has been read. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A queue with one consumer. Items wait in the queue until read, so a producer that outruns its
 * consumer (a diff parsed faster than its files are judged) loses nothing, and a consumer that
 * outruns the producer waits for the next item without polling. The consumer pauses every
 * `SLICE_MS` of work so the producer's input keeps flowing.
 */
export function asyncQueue<T>(): AsyncQueue<T> {
  let waiting: T[] = [];
  let ended = false;
  let failure: { readonly error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  return {
    push(item) {
      waiting.push(item);
      notify();
    },
    end() {
      ended = true;
      notify();
    },
    fail(error) {
      failure ??= { error };
      notify();
    },
    async *[Symbol.asyncIterator]() {
      let sliceStart = performance.now();
      for (;;) {
        if (failure !== undefined) throw failure.error;
        if (waiting.length > 0) {
          const batch = waiting;
          waiting = [];
          for (const item of batch) {
            yield item;
            if (performance.now() - sliceStart >= SLICE_MS) {
              await nextTurn();
              sliceStart = performance.now();
            }
          }
          continue;
        }
        if (ended) return;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        sliceStart = performance.now();
      }
    },
  };
}
