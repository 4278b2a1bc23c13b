import { describe, expect, it, vi } from 'vitest';
import { buildNgram } from '../../../scripts/names/ngram-build.ts';
import type { ModelData } from '../../../src/names/translit/model-data.ts';
import { decodeModel, encodeModel } from '../../../src/names/translit/model-file.ts';
import { buildModel } from '../../../src/names/translit/model.ts';
import { LetterModel } from '../../../src/names/translit/letter-model.ts';
import { IntTable } from '../../../src/names/translit/int-table.ts';
import { CharLM } from '../../../src/names/translit/char-lm.ts';

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

  it('keeps the per-letter model: the same tables, the same guesses', () => {
    const letters = LetterModel.fit([['ب\tb', 'ا\ta'], ['ا\ta', 'ب\tb', 'ا\ta'], ['ب\tbe', 'ب\tb']]).data;
    const d = { ...small(), rerank: undefined, letters };
    const back = decodeModel(encodeModel(d));
    expect(back.letters).toEqual(letters);
    const a = buildModel(d);
    const b = buildModel(back);
    for (const w of ['ابا', 'بب', 'با']) expect(b.letters!.decode(w, 4)).toEqual(a.letters!.decode(w, 4));
    expect(buildModel({ ...d, letters: undefined }).letters).toBeUndefined();
  });

  it('loads the per-letter model without building it: its stored tables are read as they are, and decode as the fitted model does', () => {
    // enough cuts for 5-letter windows and Latin contexts to be kept (each seen twice)
    const words = ['كريم:k r i m', 'كمال:k a m a l', 'كولن:c o l i n', 'بيركو:b e r c o', 'ريمكو:r e m c o', 'مالك:m a l i k', 'كارل:k a r l'];
    const cuts = words.map((w) => {
      const [ar, en] = w.split(':');
      const latin = en!.split(' ');
      // Latin letters beyond the Arabic ones go with the last letter (مالك: m a li k)
      return [...ar!].map((c, i) => `${c}\t${i === ar!.length - 1 ? latin.slice(i).join('') : latin[i] ?? ''}`);
    });
    const fitted = LetterModel.fit([...cuts, ...cuts]);
    const d = { ...small(), rerank: undefined, letters: fitted.data };
    const back = decodeModel(encodeModel(d)).letters!;
    expect(back).toEqual(fitted.data);
    expect(back.prevKeys.length).toBeGreaterThan(0);
    const set = vi.spyOn(IntTable.prototype, 'set');
    const loaded = new LetterModel(back);
    expect(set).not.toHaveBeenCalled();
    set.mockRestore();
    // the per-context arrays are the stored ones, not copies worked out again
    expect(loaded.data.optList).toBe(back.optList);
    const en = new CharLM(d.enLM);
    for (const w of ['كريم', 'كولن', 'مالكو', 'ريكارل', 'زكي']) {
      expect(loaded.decode(w, 8)).toEqual(fitted.decode(w, 8));
      expect(loaded.decode(w, 4, en, 0.4)).toEqual(fitted.decode(w, 4, en, 0.4));
      expect(loaded.score(w, 'karim')).toBe(fitted.score(w, 'karim'));
    }
    expect(loaded.decode('كولن', 8)[0]!.text).toBe('colin');
  });

  it('still reads a model written as JSON', () => {
    const d = small();
    expect(decodeModel(Buffer.from(JSON.stringify(d))).ar2en).toBe(d.ar2en);
  });
});
