/** app.yml must ask for exactly what the App uses: the least permissions and the events it handles. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MERGE_GROUP_WEBHOOKS, PULL_REQUEST_WEBHOOKS, RERUN_WEBHOOKS } from '../../../src/app/webhook-events.js';

const manifest = parse(readFileSync(join(process.cwd(), 'app.yml'), 'utf8')) as Record<string, unknown>;

describe('app.yml', () => {
  it('asks for the least permissions: checks and pull requests to write, contents, metadata and merge queues to read', () => {
    expect(manifest.default_permissions).toEqual({
      checks: 'write',
      pull_requests: 'write',
      contents: 'read',
      metadata: 'read',
      merge_queues: 'read',
    });
  });

  it('subscribes to exactly the events the App registers handlers for', () => {
    const handled = new Set(
      [...PULL_REQUEST_WEBHOOKS, ...RERUN_WEBHOOKS, ...MERGE_GROUP_WEBHOOKS].map((webhook) => webhook.split('.')[0]),
    );
    expect([...(manifest.default_events as string[])].sort()).toEqual([...handled].sort());
  });

  it("names the app, stays private, and leaves the webhook URL to Probot's setup", () => {
    expect(manifest).toMatchObject({ name: 'ML Docs Guard', public: false });
    expect(manifest.url).toMatch(/^https:\/\//);
    // Probot spreads app.yml over the manifest it generates: a hook_attributes here would drop the
    // webhook URL its setup page fills in.
    expect(manifest).not.toHaveProperty('hook_attributes');
  });
});
