import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainRerank, type RerankList } from '../../../scripts/names/rerank-train.ts';
import { romaniseCandidates } from '../../../src/names/transliterate.ts';
import { normAr } from '../../../src/names/normalize.ts';
import { buildModel, model, MODEL_PATH } from '../../../src/names/translit/model.ts';
import { readModelFile } from '../../../src/names/translit/model-file.ts';
import type { ModelData } from '../../../src/names/translit/model-data.ts';
import { FEATURES, RERANK_PARAMS, rerank, type Candidate } from '../../../src/names/translit/rerank.ts';
import { candidateList } from '../../../src/names/transliterate.ts';
import { arModelForm } from '../../../src/names/translit/forms.ts';

/** A tiny model file: enough look-up and character model for features() to run. */
function tinyModel(extra: Partial<ModelData> = {}): ReturnType<typeof buildModel> {
  const empty = { order: 1, vocab: 2, edge: 2, levels: [] } as unknown as ModelData['joint'];
  const shipped = readModelFile(MODEL_PATH);
  return buildModel({ ...shipped, rerank: undefined, ...extra, joint: extra.joint ?? shipped.joint ?? empty });
}

const cands = (): Candidate[] => [
  { text: 'ahmad', score: -0.5, from: 'lookup', look: { share: -0.5, rank: 0, wikidata: 10, google: 0 } },
  { text: 'ahmed', score: -1, from: 'lookup', look: { share: -1, rank: 1, wikidata: 3, google: 1 } },
  { text: 'ahmet', score: -2, from: 'model', gen: { joint: -1, charLM: -9, rank: 0 } },
];

describe('reranker training', () => {
  it('learns which feature marks the right candidate, the same weights on every run', () => {
    // three candidates; the right one is the one whose second feature is 1, whatever the first says
    const lists: RerankList[] = [];
    for (let i = 0; i < 60; i++) {
      const gold = i % 3;
      lists.push({ feats: [0, 1, 2].map((c) => [((c + i) % 5) / 5, c === gold ? 1 : 0]), gold, w: 1 });
    }
    const a = trainRerank(lists, { iters: 200 });
    const b = trainRerank(lists, { iters: 200 });
    expect(a.weights).toEqual(b.weights);
    expect(a.weights[1]).toBeGreaterThan(1);
    expect(Math.abs(a.weights[0]!)).toBeLessThan(a.weights[1]!);
    expect(a.logLik).toBeGreaterThan(Math.log(0.8));
  });
});

describe('rerank', () => {
  it('keeps the rules\' first answer, orders the rest by the learned score', () => {
    const m = tinyModel();
    // all weight on "is a model guess": the guess comes right after the rules' first answer
    const w = FEATURES.map((f) => (f === 'guess' ? 5 : 0));
    const out = rerank(m, { features: [...FEATURES], weights: w }, cands(), 'احمد');
    expect(out.map((c) => c.text)).toEqual(['ahmad', 'ahmet', 'ahmed']);
    for (let i = 1; i < out.length; i++) expect(out[i]!.score).toBeLessThan(out[i - 1]!.score);
    // scores stay ln-probability-like (each at most 0, the guess's share as the weights give it)
    expect(out.every((c) => c.score <= 1e-5)).toBe(true);
  });

  it('takes the first answer from the first-answer weights when the file has them', () => {
    const m = tinyModel();
    const weights = FEATURES.map((f) => (f === 'lookRank' ? 5 : 0));
    const first = FEATURES.map((f) => (f === 'google' ? 5 : 0));
    const out = rerank(m, { features: [...FEATURES], weights, first }, cands(), 'احمد');
    expect(out.map((c) => c.text)).toEqual(['ahmed', 'ahmad', 'ahmet']);
    expect(out[0]!.score).toBeGreaterThan(out[1]!.score);
  });

  it("orders an unknown key's guesses by the unknown keys' weights when the file has them", () => {
    const m = tinyModel();
    const guesses: Candidate[] = [
      { text: 'ahmad', score: -0.5, from: 'model', gen: { joint: 0, charLM: -9, rank: 0 } },
      { text: 'ahmed', score: -1, from: 'model', gen: { joint: -1, charLM: -9, rank: 1 } },
      { text: 'ahmadd', score: -2, from: 'model', gen: { joint: -2, charLM: -12, rank: 2 } },
    ];
    // the general weights follow the rules' score, the unknown keys' ones go against it
    const weights = FEATURES.map((f) => (f === 'rules' ? 5 : 0));
    const unknown = FEATURES.map((f) => (f === 'rules' ? -5 : 0));
    const d = { features: [...FEATURES], weights, unknown };
    expect(rerank(m, { features: [...FEATURES], weights }, guesses, 'احمد').map((c) => c.text)).toEqual(['ahmad', 'ahmed', 'ahmadd']);
    // the first answer is the better of the rules' two by the unknown keys' weights (names28),
    // the alternatives follow those weights
    expect(rerank(m, d, guesses, 'احمد').map((c) => c.text)).toEqual(['ahmed', 'ahmadd', 'ahmad']);
    RERANK_PARAMS.unknownFirstAmong = 1;
    expect(rerank(m, d, guesses, 'احمد').map((c) => c.text)).toEqual(['ahmad', 'ahmadd', 'ahmed']);
    RERANK_PARAMS.unknownFirstAmong = 2;
    // a known key's list keeps the general weights
    expect(rerank(m, d, cands(), 'احمد').map((c) => c.text)).toEqual(['ahmad', 'ahmed', 'ahmet']);
    expect(() => tinyModel({ rerank: { ...d, unknown: [1] } })).toThrow(/reranker/);
  });

  it('refuses a model file whose reranker was trained on other features', () => {
    expect(() => tinyModel({ rerank: { features: ['rules'], weights: [1] } })).toThrow(/reranker/);
  });
});

describe('the shipped reranker', () => {
  it('loads its trained weights', () => {
    const r = model().rerank;
    expect(r).toBeDefined();
    expect(r!.features).toEqual([...FEATURES]);
    expect(r!.weights.every(Number.isFinite)).toBe(true);
    expect(r!.weights.some((w) => w !== 0)).toBe(true);
    // an unknown key's list has weights of its own
    expect(r!.unknown?.length).toBe(FEATURES.length);
    expect(r!.unknown!.some((w, j) => w !== r!.weights[j])).toBe(true);
  });

  it('gives names outside training a plausible first answer', () => {
    // keys of the held-out fixture (rare names) are absent from training in every source
    const held = readFileSync(new URL('../../fixtures/names/heldout-wikidata.tsv', import.meta.url), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const m = model();
    const picked = held.slice(0, 60).filter(([, ar]) => ['كوياماتسو', 'سيرغو', 'ألجيستو', 'ديفر', 'أغيت'].includes(ar!));
    expect(picked.length).toBe(5);
    for (const [en, ar] of picked) {
      expect(m.ar2en.has(ar!)).toBe(false);
      expect(romaniseCandidates(ar!, 5)[0]).toBe(en);
    }
  });

  it('knows the common names the held-out slice once kept out of it', () => {
    // the first slice (300 random pairs) held these out, and مايك was spelled "Maik"
    const m = model();
    for (const [ar, en] of [['مايك', 'mike'], ['كريستيان', 'christian'], ['أنتوني', 'anthony'], ['فاغنر', 'wagner']] as const) {
      expect(m.ar2en.has(normAr(ar)), ar).toBe(true);
      expect(romaniseCandidates(ar, 5)[0]).toBe(en);
    }
  });
});

describe("an unknown key's first answer among the rules' two best (names28)", () => {
  it('is one of the rules\' two, and the rules\' own first when asked among one', () => {
    const m = model();
    const words = ['كوبتشاك', 'شبلي', 'نامجيال', 'كابوي', 'كوزانوف', 'بوثييه'];
    let moved = 0;
    for (const w of words) {
      const list = candidateList(m, arModelForm(w));
      expect(list.some((c) => c.from === 'lookup')).toBe(false);
      RERANK_PARAMS.unknownFirstAmong = 1;
      const one = rerank(m, m.rerank!, list, arModelForm(w))[0]!.text;
      RERANK_PARAMS.unknownFirstAmong = 2;
      const two = rerank(m, m.rerank!, list, arModelForm(w))[0]!.text;
      expect(one).toBe(list[0]!.text);
      expect([list[0]!.text, list[1]!.text]).toContain(two);
      if (one !== two) moved++;
    }
    // كوبتشاك: kubcak (rules) -> kubczak; شبلي: spley -> shabli (rare names held out of the model)
    expect(moved).toBeGreaterThanOrEqual(2);
  });
});

describe("an unknown key's first answer with the letter model's second opinion (names31)", () => {
  it("weighs the letter model's forced scores of the rules' two by the file's weight", () => {
    const m = model();
    const letters = m.letters!;
    const w = 'كابوي';
    const src = arModelForm(w);
    const list = candidateList(m, src);
    const [a, b] = [list[0]!.text, list[1]!.text];
    // weights that tie the two: the letter model alone decides
    const tie = { features: [...FEATURES], weights: FEATURES.map(() => 0), unknown: FEATURES.map(() => 0) };
    const byLetters = letters.score(src, b) > letters.score(src, a) ? b : a;
    expect(byLetters).toBe(b); // capoi (rules) against caboy
    expect(rerank(m, { ...tie, unknownLetter: 1 }, list, src)[0]!.text).toBe(byLetters);
    // without the weight (older files) the tie keeps the rules' first
    expect(rerank(m, tie, list, src)[0]!.text).toBe(a);
    // the letter model is asked only within the file's margin: none, and the weights decide
    expect(rerank(m, { ...tie, unknownLetter: 1, unknownLetterMargin: 0 }, list, src)[0]!.text).toBe(a);
    expect(rerank(m, { ...tie, unknownLetter: 1, unknownLetterMargin: 0.5 }, list, src)[0]!.text).toBe(byLetters);
    // the weight of a file trained with NAMES_LETTER_FIRST=1 (0.4): still one of the rules' two
    expect([a, b]).toContain(rerank(m, { ...m.rerank!, unknownLetter: 0.4, unknownLetterMargin: 0.75 }, list, src)[0]!.text);
  });
});
