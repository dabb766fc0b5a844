import { run } from 'probot';
import { describeProxyRoute, ProxyNotUsedError, proxyRoute } from '../github/proxy-route.js';
import { apiUrlOf } from './api-url.js';
import mlDocsGuardApp from './index.js';

// The webhook server, configured by Probot's environment (APP_ID, PRIVATE_KEY or
// PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT, HOST, GHE_HOST, GHE_PROTOCOL, LOG_LEVEL, REDIS_URL).
// A proxy it would ignore stops it before it listens: every webhook would otherwise fail later.
try {
  const environment = { env: process.env, execArgv: process.execArgv, nodeVersion: process.versions.node };
  const route = describeProxyRoute(proxyRoute({ apiUrl: apiUrlOf(process.env), ...environment }));
  if (route !== undefined) process.stdout.write(`${route}\n`);
} catch (error) {
  if (!(error instanceof ProxyNotUsedError)) throw error;
  process.stderr.write(`ml-docs-guard: ${error.message}\n`);
  process.exit(1);
}
await run(mlDocsGuardApp);
