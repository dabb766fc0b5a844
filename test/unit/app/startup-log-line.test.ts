import { describe, expect, it } from '@jest/globals';
import { startupLogLine } from '../../../src/app/startup-log-line.js';

const TIME = 1_796_400_000_000;

describe('startupLogLine: the format Probot will log in', () => {
  it.each([
    { env: { LOG_FORMAT: 'json' }, json: true },
    { env: { LOG_FORMAT: 'anything-but-pretty' }, json: true },
    { env: { NODE_ENV: 'production' }, json: true },
    { env: { LOG_FORMAT: 'pretty', NODE_ENV: 'production' }, json: false },
    { env: {}, json: false },
  ])('$env → JSON: $json', ({ env, json }) => {
    const line = startupLogLine({ env, level: 'fatal', message: 'HTTPS_PROXY names "the proxy"', time: TIME });
    expect(line).toBe(
      json
        ? '{"level":60,"time":1796400000000,"name":"ml-docs-guard","msg":"HTTPS_PROXY names \\"the proxy\\""}\n'
        : 'ml-docs-guard: HTTPS_PROXY names "the proxy"\n',
    );
  });

  it('logs information at pino’s info level', () => {
    expect(JSON.parse(startupLogLine({ env: { LOG_FORMAT: 'json' }, level: 'info', message: 'ok' }))).toMatchObject({
      level: 30,
    });
  });
});
