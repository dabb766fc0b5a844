import { describe, expect, it } from '@jest/globals';
import type { ChangedFile } from '../../../src/core/types.js';
import { countingSource, hunks, inspect, scenario, summariesOf } from './helpers.js';

const modified = (path: string): ChangedFile => ({ path, status: 'modified' });

describe('Python code', () => {
  it('names methods from the hunk context and indentation', async () => {
    const patch = hunks(
      [
        '@@ -10,9 +10,10 @@ class Trainer(nn.Module):',
        '     def fit(self, loader):',
        '         for batch in loader:',
        '-            loss = self.step(batch)',
        '+            loss = self.step(batch, clip=1.0)',
        '             loss.backward()',
        ' ',
        '     def evaluate(self, loader):',
        '-        return accuracy(loader)',
        '+        return f1_score(loader)',
        '+',
        '@@ -40,3 +41,3 @@ def build_model(cfg):',
        '-    return ResNet(depth=18)',
        '+    return ResNet(depth=cfg.depth)',
        '',
      ].join('\n'),
    );
    const source = countingSource({});
    expect(await inspect({ file: modified('src/model/train.py'), patch, source })).toEqual([
      { file: 'src/model/train.py', line: 12, kind: 'code', summary: 'touched `Trainer.fit`, `Trainer.evaluate`, `build_model`' },
    ]);
    expect(source.reads).toEqual([]);
  });

  it.each([
    {
      name: 'functions added and removed outright',
      patch: [
        '@@ -1,6 +1,6 @@ import torch',
        '-import numpy as np',
        '+import pandas as pd',
        ' ',
        '-def legacy_loss(x):',
        '-    return x.mean()',
        '+async def evaluate(model, data):',
        '+    return model(data)',
        '',
      ],
      expected: 'touched module-level code; added `evaluate`; removed `legacy_loss`',
    },
    {
      name: 'a changed signature as a touch, not an add and a remove',
      patch: ['@@ -3,2 +3,2 @@', '-def predict(x):', '+def predict(x, threshold=0.5):', '     return x', ''],
      expected: 'touched `predict`',
    },
    {
      name: 'a nested class method added whole',
      patch: [
        '@@ -3,2 +3,5 @@ class Model:',
        '     def forward(self, x):',
        '         return x',
        '+',
        '+    def reset(self):',
        '+        self.cache = None',
        '',
      ],
      expected: 'added `Model.reset`',
    },
  ])('reports $name', async ({ patch, expected }) => {
    expect(await summariesOf({ file: modified('model.py'), patch: hunks(patch.join('\n')), source: countingSource({}) })).toEqual(
      [expected],
    );
  });

  it('lists what a new file defines and what a removed file defined', async () => {
    const text =
      'import torch\n\n\nclass Net(torch.nn.Module):\n    def forward(self, x):\n        return x\n\n\ndef train():\n    pass\n';
    expect(await summariesOf(scenario({ path: 'src/net.py', head: text }))).toEqual(['new file defining `Net`, `train`']);
    expect(await summariesOf(scenario({ path: 'src/net.py', base: text }))).toEqual(['removed file that defined `Net`, `train`']);
  });

  it('bounds the list of names', async () => {
    const lines = ['@@ -1,8 +1,8 @@'];
    for (let index = 0; index < 8; index += 1)
      lines.push(`-def f${index}(): return ${index}`, `+def f${index}(): return ${index + 1}`);
    expect(
      await summariesOf({ file: modified('many.py'), patch: hunks(`${lines.join('\n')}\n`), source: countingSource({}) }),
    ).toEqual(['touched `f0`, `f1`, `f2`, `f3`, `f4`, `f5` (+2 more)']);
  });
});

describe('other languages', () => {
  it.each([
    {
      path: 'R/features.R',
      patch: ['@@ -4,3 +4,3 @@ scale_features <- function(df) {', '-  df / max(df)', '+  df / sd(df)', ''],
      expected: 'touched `scale_features`',
    },
    {
      path: 'cmd/serve/main.go',
      patch: [
        '@@ -10,2 +10,2 @@ func (s *Server) Predict(w http.ResponseWriter, r *http.Request) {',
        '-\tthreshold := 0.5',
        '+\tthreshold := 0.7',
        '',
      ],
      expected: 'touched `Predict`',
    },
    {
      path: 'src/infer.cpp',
      patch: ['@@ -1,2 +1,4 @@', ' #include <torch/script.h>', '+static float scale(float x) {', '+  return x * 2;', ''],
      expected: 'added `scale`',
    },
  ])('names the function touched in $path', async ({ path, patch, expected }) => {
    expect(await summariesOf({ file: modified(path), patch: hunks(patch.join('\n')), source: countingSource({}) })).toEqual([
      expected,
    ]);
  });
});

describe('minified code', () => {
  it('does not read definitions out of a minified bundle line', async () => {
    const line = `function huge() { ${'a(); '.repeat(50_000)}}`;
    const patch = hunks(`@@ -1,1 +1,2 @@\n var x = 1;\n+${line}\n`);
    expect(await summariesOf({ file: modified('web/bundle.min.js'), patch, source: countingSource({}) })).toEqual([
      'touched module-level code',
    ]);
  });
});

describe('Airflow DAGs', () => {
  it('reports a schedule change and the code it touched', async () => {
    const patch = hunks(
      [
        '@@ -8,4 +8,4 @@ with DAG(',
        '     dag_id="retrain_churn",',
        '-    schedule_interval="@daily",',
        '+    schedule="0 3 * * 1",',
        '     catchup=False,',
        '',
      ].join('\n'),
    );
    const changes = await inspect({ file: modified('dags/retrain.py'), patch, source: countingSource({}) });
    expect(changes.map(({ kind, line, summary }) => ({ kind, line, summary }))).toEqual([
      { kind: 'schedule', line: 9, summary: 'DAG schedule `@daily` → `0 3 * * 1`' },
      { kind: 'code', line: 9, summary: 'touched module-level code' },
    ]);
  });
});

describe('GitHub workflow schedules', () => {
  it.each([
    {
      base: "on:\n  schedule:\n    - cron: '0 2 * * *'\n",
      head: "on:\n  schedule:\n    - cron: '0 4 * * 1'\n",
      expected: ['workflow schedule `0 2 * * *` → `0 4 * * 1`'],
    },
    {
      base: 'on: push\n',
      head: 'on:\n  push:\n  schedule:\n    - cron: "30 1 * * *"\n',
      expected: ['new workflow schedule `30 1 * * *`'],
    },
    {
      base: "on:\n  schedule:\n    - cron: '0 2 * * *'\n",
      head: 'on: push\n',
      expected: ['workflow schedule `0 2 * * *` removed'],
    },
    { base: 'jobs: {}\n', head: 'jobs:\n  a: {}\n', expected: [] },
  ])('reads cron lines: $expected', async ({ base, head, expected }) => {
    expect(await summariesOf(scenario({ path: '.github/workflows/retrain.yml', base, head }))).toEqual(expected);
  });
});

describe('notebooks', () => {
  const cell = (source: string): string[] => ['  {', '   "cell_type": "code",', `   "source": ["${source}"]`, '  },'];
  const notebook = (sources: string[]): string => ['{', ' "cells": [', ...sources.flatMap(cell), ' ]', '}', ''].join('\n');

  it.each([
    { name: 'cells added', base: notebook(['a']), head: notebook(['a', 'b', 'c']), expected: 'notebook changed: 2 cells added' },
    { name: 'a cell edited', base: notebook(['a']), head: notebook(['b']), expected: 'notebook changed: cells edited' },
    { name: 'a new notebook', base: undefined, head: notebook(['a', 'b']), expected: 'new notebook (2 cells)' },
  ])('reports $name without reading the notebook', async ({ base, head, expected }) => {
    const input = scenario({ path: 'notebooks/eda.ipynb', base, head });
    expect(await summariesOf(input)).toEqual([expected]);
    expect(input.source.reads).toEqual([]);
  });

  it('names a notebook whose diff was too large to send', async () => {
    const input = scenario({ path: 'notebooks/eda.ipynb', base: notebook(['a']), head: notebook(['b']), withPatch: false });
    expect(await summariesOf(input)).toEqual(['notebook changed (diff not available)']);
    expect(input.source.reads).toEqual([]);
  });
});
