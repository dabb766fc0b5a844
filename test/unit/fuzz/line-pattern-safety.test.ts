/**
 * Lines a pull request writes reach patterns in the inspectors, the doc review and the
 * description reader. A pattern that backtracks (a lazy group before optional trailing blanks, a
 * match that can fail at a line break character) spends from milliseconds to seconds on one long
 * line of blanks, so a pull request could stall its own check: against the former patterns this
 * file ran for over a minute. Each test reads such lines and checks what was read.
 */
import { describe, expect, it } from '@jest/globals';
import { parsePullRequestDescription } from '../../../src/core/changelog/parse-pull-request-description.js';
import { markdownOutline } from '../../../src/core/docs-review/markdown-outline.js';
import { MAX_SCANNED_LINE } from '../../../src/core/inspect/patch-lines.js';
import { parseRequirement } from '../../../src/core/inspect/python-requirement.js';
import { inspect, scenario } from '../inspect/helpers.js';

/** Two runs of `blank` around `middle`, as long as a scanned line may be. */
const padded = ({ prefix, blank, middle, end }: { prefix: string; blank: string; middle: string; end: string }): string => {
  const run = blank.repeat(Math.floor((MAX_SCANNED_LINE - prefix.length - middle.length - end.length) / 2));
  return `${prefix}${run}${middle}${run}${end}`;
};

/** Many such lines: one slow line costs a fraction of a second, a file of them minutes. */
const LINES = 200;
const many = (line: string): string => `${Array.from({ length: LINES }, () => line).join('\n')}\n`;

describe('line patterns on hostile lines', () => {
  it('reads Dockerfile instructions padded with blanks', async () => {
    const line = padded({ prefix: 'ENV A=', blank: '\t', middle: 'x', end: 'x' });
    const changes = await inspect(
      scenario({ path: 'Dockerfile', base: 'FROM python:3.10\n', head: `FROM python:3.11\n${many(line)}` }),
    );
    expect(changes.some((change) => change.summary.includes('python:3.11'))).toBe(true);
  });

  it('reads Helm template values without their trailing blanks', async () => {
    const line = `image: repo/app:2${' '.repeat(MAX_SCANNED_LINE - 20)}`;
    const changes = await inspect(
      scenario({ path: 'charts/app/templates/deployment.yaml', base: 'image: repo/app:1\n', head: `${line}\n` }),
    );
    expect(changes.map((change) => change.after)).toContain('repo/app:2');
  });

  it('reads Terraform attributes and Airflow schedules padded with blanks', async () => {
    const attribute = padded({ prefix: 'instance_type = "ml.p3"', blank: ' ', middle: ',', end: '\u2028' });
    const terraform = await inspect(
      scenario({ path: 'infra/main.tf', base: 'instance_type = "ml.m5"\n', head: `${many(attribute)}` }),
    );
    expect(terraform.length).toBeGreaterThan(0);
    const schedule = padded({ prefix: 'schedule="@hourly"', blank: '\t', middle: ',', end: '\u2028' });
    const airflow = await inspect(
      scenario({ path: 'dags/train.py', base: 'dag = DAG(schedule="@daily")\n', head: `dag = DAG(\n${many(schedule)})\n` }),
    );
    expect(airflow.length).toBeGreaterThan(0);
  });

  it('reads pip requirements padded with blanks, with a line break character inside', () => {
    const valid = padded({ prefix: 'torch', blank: '\t', middle: '==2.1', end: '' });
    const broken = padded({ prefix: 'torch', blank: '\t', middle: '==2.1\u2028x', end: '!' });
    for (let index = 0; index < LINES; index += 1) {
      expect(parseRequirement(valid)).toMatchObject({ name: 'torch', spec: '2.1' });
      expect(parseRequirement(broken)).toBeUndefined();
    }
  });

  it('reads conda dependencies padded with blanks', async () => {
    const entry = padded({ prefix: '  - numpy', blank: ' ', middle: 'x\u2028x', end: '!' });
    const changes = await inspect(
      scenario({ path: 'environment.yml', base: 'dependencies:\n  - numpy=1.26\n', head: `dependencies:\n${many(entry)}` }),
    );
    expect(Array.isArray(changes)).toBe(true);
  });

  it('outlines a document whose heading lines are padded with a hundred thousand spaces', () => {
    const heading = `# Training${' '.repeat(100_000)}x${' '.repeat(100_000)}\r`;
    const outline = markdownOutline(`${heading}\n## Evaluation\n`);
    expect(outline.headings.map((entry) => entry.text.split(' ')[0])).toEqual(['Training', 'Evaluation']);
  });

  it('reads a pull request description whose heading is padded with a hundred thousand tabs', () => {
    const body = `##\t${'\t'.repeat(100_000)}x${'\t'.repeat(100_000)}"\n## Why\nDrift.\n`;
    expect(parsePullRequestDescription(body).why).toContain('Drift.');
  });

  it('reads a pull request description with a long line of bold markers and a line break character', () => {
    const body = `**Why**: drift.\n**x${'**'.repeat(50_000)}\u2028\n- [x] ran it${' '.repeat(100_000)}\u2028\n`;
    const description = parsePullRequestDescription(body);
    expect(description.why).toContain('drift.');
    expect(description.checked).toHaveLength(1);
  });
});
