import type { Probot } from 'probot';
import { handleMergeGroup } from './handle-merge-group.js';
import { handlePullRequest } from './handle-pull-request.js';
import { handleRerequest } from './handle-rerequest.js';
import { MERGE_GROUP_WEBHOOKS, PULL_REQUEST_WEBHOOKS, RERUN_WEBHOOKS } from './webhook-events.js';

/** The ML Docs Guard GitHub App: registers its handlers with Probot. */
export default function mlDocsGuardApp(app: Probot): void {
  app.on([...PULL_REQUEST_WEBHOOKS], async (context) => {
    await handlePullRequest(context);
  });
  app.on([...RERUN_WEBHOOKS], async (context) => {
    await handleRerequest(context);
  });
  app.on([...MERGE_GROUP_WEBHOOKS], async (context) => {
    await handleMergeGroup(context);
  });
}
