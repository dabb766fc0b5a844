import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';

describe('npm start (the bundled example)', () => {
  it('shows the failing report, the stale model card row with its fix, and the changelog entry', () => {
    const run = spawnSync(process.execPath, ['scripts/example.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n').map((line) => line.trim());
    expect(lines).toContain('✗ FAIL: documentation missing');
    expect(lines).toContain('params.yaml:5  `train.learning_rate`: 0.01 → 0.003');
    expect(lines).toContain('suggested line: | learning_rate | 0.003 |');
    expect(lines).toContain('- Changes: `train.learning_rate`: 0.01 → 0.003, touched `train`');
    expect(lines).toContain('ml-docs-guard exited with code 1 (1 = fail: a required check would block the merge).');
  });
});
