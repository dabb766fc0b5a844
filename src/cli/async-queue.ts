/** Items handed from a producer that pushes them to a consumer that reads them with `for await`. */
export interface AsyncQueue<T> extends AsyncIterable<T> {
  push(item: T): void;
  /** No more items: the consumer's loop ends once it has read the ones pushed. */
  end(): void;
  /** The producer failed: the consumer's loop throws `error` instead of reading further. */
  fail(error: unknown): void;
}

/**
 * A queue with one consumer. Items wait in the queue until read, so a producer that outruns its
 * consumer (a diff parsed faster than its files are judged) loses nothing, and a consumer that
 * outruns the producer waits for the next item without polling.
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
      for (;;) {
        if (failure !== undefined) throw failure.error;
        if (waiting.length > 0) {
          const batch = waiting;
          waiting = [];
          yield* batch;
          continue;
        }
        if (ended) return;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
  };
}
