import { describe, expect, it } from 'vitest';
import { buildNgram } from '../../../scripts/names/ngram-build.ts';
import type { ModelData } from '../../../src/names/translit/model-data.ts';
import { decodeModel, encodeModel } from '../../../src/names/translit/model-file.ts';
import { buildModel } from '../../../src/names/translit/model.ts';

/** A small model: two graphones' worth of joint model, two-letter alphabets, a look-up each way. */
function small(): ModelData {
  const seqs = [{ ids: [1, 2, 1], w: 1 }, { ids: [2, 2], w: 1 }, { ids: [1], w: 1 }];
  const lm = buildNgram(seqs, { order: 3, vocab: 3, edge: 3 });
  return {
    format: 1,
    meta: { note: 'test' },
    graphones: ['ب\tb', 'ا\ta'],
    joint: lm,
    enLM: { chars: ['a', 'b'], lm },
    arLM: { chars: ['ا', 'ب'], lm },
    ar2en: 'اب\tab 2 1|abb 1 0\nبا\tba 0 1',
    en2ar: 'ab\tاب 2 1\nba\tبا 0 1',
    rerank: { features: ['x'], weights: [0.5] },
  };
}

describe('the names model file', () => {
  it('reads back what was written: texts, weights, and models that score alike', () => {
    const d = small();
    const bytes = encodeModel(d);
    expect(bytes.toString('latin1', 0, 4)).toBe('MJZN');
    expect(encodeModel(d).equals(bytes)).toBe(true);
    const back = decodeModel(bytes);
    expect(back.ar2en).toBe(d.ar2en);
    expect(back.rerank).toEqual(d.rerank);
    expect(back.graphones).toEqual(d.graphones);
    const a = buildModel({ ...d, rerank: undefined });
    const b = buildModel({ ...back, rerank: undefined });
    expect(b.ar2en.get('اب')).toEqual(a.ar2en.get('اب'));
    expect(b.en2ar.has('ba')).toBe(true);
    for (const w of ['ab', 'ba', 'abba', 'c']) expect(b.enLM.score(w)).toBe(a.enLM.score(w));
    expect(b.fromArabic.decode('ابا', 5)).toEqual(a.fromArabic.decode('ابا', 5));
  });

  it('still reads a model written as JSON', () => {
    const d = small();
    expect(decodeModel(Buffer.from(JSON.stringify(d))).ar2en).toBe(d.ar2en);
  });
});
