import { describe, expect, it } from '@jest/globals';
import { inspectFile } from '../../../src/core/inspect/index.js';
import { scenario } from './helpers.js';

const FASTAPI_APP = [
  'import joblib',
  'from fastapi import FastAPI',
  '',
  'app = FastAPI()',
  'model = joblib.load("models/churn.joblib")',
  '',
  '@app.post("/predict")',
  'def predict(features: dict) -> dict:',
  '    return {"churn": float(model.predict_proba([list(features.values())])[0][1])}',
  '',
].join('\n');

const DJANGO_VIEW = [
  'from django.http import JsonResponse',
  '',
  'def health(request):',
  '    return JsonResponse({"ok": True})',
  '',
].join('\n');

const kindsOf = async (input: Parameters<typeof scenario>[0]) => {
  const { file, patch, source } = scenario(input);
  const changes = await inspectFile({ file, patch, source });
  return {
    summaries: changes.filter((change) => change.kind === 'serving').map((change) => change.summary),
    reads: source.reads,
  };
};

describe('serving entry points', () => {
  it.each([
    ['a FastAPI app that loads a model', 'app.py', FASTAPI_APP, ['changed model-serving code (FastAPI)']],
    [
      'a Flask handler that loads a Hugging Face pipeline',
      'handler.py',
      FASTAPI_APP.replace('from fastapi import FastAPI', 'from flask import Flask').replace(
        'joblib.load("models/churn.joblib")',
        'pipeline("text-classification")',
      ),
      ['changed model-serving code (Flask)'],
    ],
    ['a web view that loads no model', 'app.py', DJANGO_VIEW, []],
    ['a framework import without a model', 'main.py', 'from fastapi import FastAPI\napp = FastAPI()\n', []],
  ])('%s', async (_name, path, text, expected) => {
    const { summaries } = await kindsOf({ path, base: `${text}# v1\n`, head: `${text}# v2\n` });
    expect(summaries).toEqual(expected);
  });

  it('names a new serving entry point as new, reading only its head', async () => {
    const { summaries, reads } = await kindsOf({ path: 'service.py', head: FASTAPI_APP });
    expect(summaries).toEqual(['new model-serving code (FastAPI)']);
    expect(reads).toEqual(['head:service.py']);
  });

  it('reads nothing for source files with other names', async () => {
    const { summaries, reads } = await kindsOf({
      path: 'src/churn/train.py',
      base: `${FASTAPI_APP}# a\n`,
      head: `${FASTAPI_APP}# b\n`,
    });
    expect(summaries).toEqual([]);
    expect(reads).toEqual([]);
  });
});
