import { describe, expect, it } from '@jest/globals';
import { ReadBudgetExceeded, refuseReads } from '../../../src/core/inspect/read-budget.js';
import type { ContentSource } from '../../../src/core/types.js';

const source: ContentSource = {
  readFile: async () => 'text',
  listFiles: async () => ['a.txt'],
};

describe('refuseReads', () => {
  it('refuses every read with a ReadBudgetExceeded naming the path, and remembers it', async () => {
    const refusing = refuseReads(source);
    expect(refusing.refused()).toBe(false);
    const read = refusing.readFile('head', 'configs/train.yaml');
    await expect(read).rejects.toBeInstanceOf(ReadBudgetExceeded);
    await expect(read).rejects.toThrow('not read: configs/train.yaml is past the pull request');
    expect(refusing.refused()).toBe(true);
  });

  it('still lists files, and leaves the stack trace limit as it found it', async () => {
    const limit = Error.stackTraceLimit;
    const refusing = refuseReads(source);
    await expect(refusing.listFiles('base')).resolves.toEqual(['a.txt']);
    await refusing.readFile('base', 'x').catch(() => undefined);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(refusing.refused()).toBe(true);
  });
});
