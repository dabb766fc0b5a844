import { describe, expect, it } from '@jest/globals';
import { asyncQueue } from '../../src/core/async-queue.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('asyncQueue', () => {
  it('hands over the items pushed before and while the consumer reads, in order, and ends', async () => {
    const queue = asyncQueue<number>();
    queue.push(1);
    queue.push(2);
    const reading = collect(queue);
    await new Promise((resolve) => setTimeout(resolve, 1));
    queue.push(3);
    await new Promise((resolve) => setTimeout(resolve, 1));
    queue.push(4);
    queue.end();
    expect(await reading).toEqual([1, 2, 3, 4]);
  });

  it('lets a consumer act on an item before the producer pushes the next one', async () => {
    const queue = asyncQueue<string>();
    const seen: string[] = [];
    const reading = (async () => {
      for await (const item of queue) seen.push(item);
    })();
    queue.push('a');
    await new Promise((resolve) => setTimeout(resolve, 1));
    expect(seen).toEqual(['a']);
    queue.end();
    await reading;
  });

  it('lets the event loop run (and a pipe be read) while the consumer works through a long batch', async () => {
    const queue = asyncQueue<number>();
    for (let item = 0; item < 200; item += 1) queue.push(item);
    queue.end();
    let turnAt: number | undefined;
    let consumed = 0;
    setImmediate(() => {
      turnAt = consumed;
    });
    for await (const _item of queue) {
      // Work that takes a while per item, as judging a file does.
      const until = performance.now() + 0.2;
      while (performance.now() < until);
      consumed += 1;
    }
    expect(turnAt).toBeDefined();
    expect(turnAt).toBeLessThan(200);
  });

  it("throws the producer's error in the consumer's loop", async () => {
    const queue = asyncQueue<number>();
    const reading = collect(queue);
    queue.push(1);
    queue.fail(new Error('git diff failed: bad object'));
    await expect(reading).rejects.toThrow('git diff failed: bad object');
  });

  it('keeps the first error when the producer fails twice', async () => {
    const queue = asyncQueue<number>();
    queue.fail(new Error('first'));
    queue.fail(new Error('second'));
    await expect(collect(queue)).rejects.toThrow('first');
  });
});
