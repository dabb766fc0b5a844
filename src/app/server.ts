import { run } from 'probot';
import mlDocsGuardApp from './index.js';

// The webhook server, configured by Probot's environment (APP_ID, PRIVATE_KEY or
// PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT, HOST, GHE_HOST, GHE_PROTOCOL, LOG_LEVEL, REDIS_URL).
await run(mlDocsGuardApp);
