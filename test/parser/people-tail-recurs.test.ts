import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';
import { useTaggerModel } from '../../src/parser/name-tagger.ts';
import { writtenElsewhere } from '../../src/parser/people-ar.ts';
import { tokenize } from '../../src/parser/tokens.ts';
import { lightNormAr } from '../../src/text/arabic.ts';

const toks = (text: string) => tokenize(text, [{ text, start: 0, end: text.length, para: 0 }], 'ar');
const at = (ts: ReturnType<typeof toks>, w: string) => ts.findIndex((t) => t.text === w);
const names = (text: string) => parseArticle(text).people.map((p) => p.name.ar);

describe('where a name ends: a family name the article writes again on its own (round thirty-nine)', () => {
  it('a bare word written again in other company is a later mention', () => {
    const ts = toks('أصبح السويسري روجيه فيدرر المصنف أول. وأكد فيدرر أنه في قمة عطائه.');
    expect(writtenElsewhere(ts, at(ts, 'فيدرر'))).toBe(true);
  });

  it('counts a mention behind a clitic (وفيدرر) as other company', () => {
    const ts = toks('أصبح السويسري روجيه فيدرر المصنف أول. ولفيدرر سجل طويل.');
    expect(writtenElsewhere(ts, at(ts, 'فيدرر'))).toBe(true);
  });

  it('not a word of a fixed phrase, always beside the same word (لبي بي سي)', () => {
    const ts = toks('وقال محامو صبري لبي بي سي إن الحكم قاس. ونقلت لبي بي سي عن الأسرة قولها.');
    expect(writtenElsewhere(ts, at(ts, 'لبي'))).toBe(false);
  });

  it('not a word with the article, nor one written once', () => {
    const ts = toks('وقال رائد الفضاء إن الرحلة صعبة. ووكالة الفضاء الأوروبية أكدت ذلك. وقال نجم المنتخب كلمة.');
    expect(writtenElsewhere(ts, at(ts, 'الفضاء'))).toBe(false);
    expect(writtenElsewhere(ts, at(ts, 'المنتخب'))).toBe(false);
  });
});

describe('people: a held-out tagger sure a new family name is no name word (round thirty-nine)', () => {
  // A model that knows two words only: every other word scores −40, so the scores are the held-out
  // tagger's of `cv:people -- --unseen` (روجيه 14, فيدرر −31, below TAIL_SURE's −30).
  const model = { threshold: 0, weights: { bias: -40, [`w:${lightNormAr('روجيه')}`]: 54, [`w:${lightNormAr('فيدرر')}`]: 9 } };
  afterEach(() => useTaggerModel(null));

  it('keeps the family name the article repeats (السويسري روجيه فيدرر … وأكد فيدرر)', () => {
    useTaggerModel(model);
    expect(names('أصبح السويسري روجيه فيدرر المصنف أول على بعد فوز من اللقب. وأكد فيدرر مرة أخرى أنه في قمة عطائه.')).toContain('روجيه فيدرر');
  });

  it('but cuts the same word met once (the next phrase, as before)', () => {
    useTaggerModel(model);
    expect(names('أصبح السويسري روجيه فيدرر المصنف أول على بعد فوز من اللقب في البطولة.')).not.toContain('روجيه فيدرر');
  });
});

describe('people: an imperfect-shaped surname a held-out tagger vouches for (round thirty-nine)', () => {
  // Held out, الرئيس الأميركي دونالد ترمب scored 32 and 24 (the lexicon that knows ترمب hidden): the
  // word reads as an imperfect verb (ت + رمب) unless the tagger is sure of it after a name word
  // (VERB_NAME_SURE, 25 before this round, now 20). Here a surname no list knows, of the same shape.
  const model = (surname: number) => ({ threshold: 0, weights: { bias: -40, [`w:${lightNormAr('دونالد')}`]: 72, [`w:${lightNormAr('تمرك')}`]: 40 + surname } });
  const text = 'والتقى الوفد مبعوث الرئيس الأميركي دونالد تمرك الخاص للشرق الأوسط أمس.';
  afterEach(() => useTaggerModel(null));

  it('keeps a surname scored 24 after the given name', () => {
    useTaggerModel(model(24));
    expect(names(text)).toContain('دونالد تمرك');
  });

  it('but not when the tagger doubts it (a verb after a name)', () => {
    useTaggerModel(model(5));
    expect(names(text)).not.toContain('دونالد تمرك');
  });
});
