import { describe, expect, it } from '@jest/globals';
import { CRASH_TITLE, crashCheckOutput, redactSecrets } from '../../../src/github/crash-check-output.js';

describe('redactSecrets', () => {
  it.each([
    ['installation token', 'Bad credentials for ghs_16C7e42F292c6912E7710c838347Ae178B4a', 'Bad credentials for [redacted]'],
    ['personal token', 'token ghp_abcdefghijklmnopqrstuvwxyz0123456789 rejected', 'token [redacted] rejected'],
    ['fine-grained token', 'used github_pat_11ABCDEFG0123456789_abcdefghijklmnop', 'used [redacted]'],
    ['JWT', 'JWT eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjEyMzR9.c2lnbmF0dXJlLXZhbHVl expired', 'JWT [redacted] expired'],
    ['authorization header', 'authorization: bearer abcdefghijklmnopqrstuvwxyz', 'authorization: [redacted]'],
    [
      'private key',
      'key -----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY----- invalid',
      'key [redacted] invalid',
    ],
    [
      'ordinary message',
      'Could not list the files (GET /repos/acme/ml-service/pulls/7/files): GitHub answered 502',
      'Could not list the files (GET /repos/acme/ml-service/pulls/7/files): GitHub answered 502',
    ],
  ])('%s', (_name, input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });
});

describe('crashCheckOutput', () => {
  it('says the check could not run, that this is no verdict, and quotes the error without credentials', () => {
    const output = crashCheckOutput(new Error('GitHub answered 502 for ghs_16C7e42F292c6912E7710c838347Ae178B4a'));
    expect(output.title).toBe(CRASH_TITLE);
    expect(output.summary).toBe(
      '**ML Docs Guard could not check this pull request**, so the check fails rather than let a merge through unchecked. ' +
        'This is not a verdict on the changes: re-run the check once the cause is fixed (GitHub outages usually pass by themselves).\n\n' +
        '```text\nGitHub answered 502 for [redacted]\n```',
    );
    expect(output).not.toHaveProperty('text');
  });

  it('fences a message holding backticks with a longer fence, and shortens a huge one', () => {
    const output = crashCheckOutput('unexpected ```yaml``` block ' + 'x'.repeat(5000));
    expect(output.summary).toContain('````text\nunexpected ```yaml``` block');
    expect(output.summary.length).toBeLessThan(2500);
    expect(output.summary).toContain('x…\n````');
  });
});
