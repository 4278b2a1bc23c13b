import { describe, expect, it } from 'vitest';
import { CharLM } from '../../../src/names/translit/char-lm.ts';
import { LetterModel } from '../../../src/names/translit/letter-model.ts';
import { readModelFile } from '../../../src/names/translit/model-file.ts';
import { MODEL_PATH } from '../../../src/names/translit/model.ts';

// cuts as the EM alignment writes them: one Arabic letter against 0-3 Latin letters
const cut = (s: string) => s.split(' ').map((g) => g.replace(':', '\t'));
const cuts = [
  'ك:k ر:r ي:i م:m', // karim-like: ك before ي read k
  'ك:k ي:i م:m',
  'ك:c و:o ل:l',
  'ك:c و:o ر:r',
  'ك:c و:o ن:n',
  'ب:b و:o ل:l',
  'ب:b ي:i ر:r',
  'ر:r ي:i م:m',
].map(cut);

describe('LetterModel', () => {
  const lm = LetterModel.fit([...cuts, ...cuts]);

  it('reads a letter by the letters after it (ك before و is c, before ي is k)', () => {
    expect(lm.decode('كول', 8)[0]!.text).toBe('col');
    expect(lm.decode('كيم', 8)[0]!.text).toBe('kim');
  });

  it('scores a spelling by its best cut, the decoded best no worse than another spelling', () => {
    const best = lm.decode('كور', 8)[0]!;
    expect(best.text).toBe('cor');
    expect(lm.score('كور', 'cor')).toBeGreaterThan(lm.score('كور', 'kor'));
    expect(lm.score('كور', 'cor')).toBeCloseTo(best.score, 9);
    expect(lm.score('كور', 'cxxxxxxxxxxxxxor')).toBe(-Infinity);
  });

  it("scores a spelling the same whatever was scored before (a word's contexts are kept until the next word)", () => {
    const asks: Array<[string, string]> = [['كريم', 'karim'], ['كريم', 'kareem'], ['كول', 'col'], ['كريم', 'krim'], ['كول', 'kol'], ['بيركول', 'bircol'], ['كو', 'co'], ['كو', 'cooo']];
    const warm = new LetterModel(lm.data);
    for (const [w, t] of [...asks, ...[...asks].reverse()]) expect(warm.score(w, t)).toBe(new LetterModel(lm.data).score(w, t));
  });

  it('is the same model rebuilt from its data (what a model file would store)', () => {
    const again = new LetterModel(lm.data);
    for (const w of ['كول', 'بير', 'ريم', 'كريم']) expect(again.decode(w, 8)).toEqual(lm.decode(w, 8));
  });

  it('decodes a word the same whatever was searched before (the prefix and option memos)', () => {
    const words = ['كريم', 'كريمول', 'كريموك', 'كو', 'كول', 'بيرك', 'بيركول', 'ريمك', 'كريمبير'];
    const fresh = (w: string) => new LetterModel(lm.data).decode(w, 3);
    const warm = new LetterModel(lm.data);
    for (const w of [...words, ...[...words].reverse()]) expect(warm.decode(w, 3)).toEqual(fresh(w));
    // another beam does not read the memo of the first
    expect(warm.decode('كريمبير', 1)).toEqual(new LetterModel(lm.data).decode('كريمبير', 1));
  });

  it('decodes with the Latin character model stepped letter by letter as CharLM.score scores the word', () => {
    const en = new CharLM(readModelFile(MODEL_PATH).enLM);
    const out = new Float64Array(1);
    for (const w of ['karim', 'colin', 'x']) {
      let st = en.start();
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        st = en.step(st, w.charCodeAt(i), out);
        s += out[0]!;
      }
      expect(s + en.end(st)).toBeCloseTo(en.score(w), 9);
    }
    expect(lm.decode('كول', 8, en, 0.4).map((x) => x.text)).toContain('col');
  });
});
