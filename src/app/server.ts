import { run } from 'probot';
import { describeProxyRoute, ProxyNotUsedError, proxyRoute } from '../github/proxy-route.js';
import { apiUrlOf } from './api-url.js';
import mlDocsGuardApp from './index.js';
import { startupLogLine } from './startup-log-line.js';

// The webhook server, configured by Probot's environment (APP_ID, PRIVATE_KEY or
// PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT, HOST, GHE_HOST, GHE_PROTOCOL, LOG_LEVEL, REDIS_URL).
// A proxy it would ignore stops it before it listens: every webhook would otherwise fail later.
const { env } = process;
try {
  const route = describeProxyRoute(
    proxyRoute({ apiUrl: apiUrlOf(env), env, execArgv: process.execArgv, nodeVersion: process.versions.node }),
  );
  if (route !== undefined) process.stdout.write(startupLogLine({ env, level: 'info', message: route }));
} catch (error) {
  if (!(error instanceof ProxyNotUsedError)) throw error;
  process.stderr.write(startupLogLine({ env, level: 'fatal', message: error.message }));
  process.exit(1);
}
await run(mlDocsGuardApp);
