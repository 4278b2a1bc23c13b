/**
 * A learned reranker of one Arabic token's candidate spellings (Arabic -> Latin). The rules
 * (transliterate.ts) list a known key's spellings by how many people carry them and the model's
 * guesses by the joint and character models; each candidate's evidence (its share of the key,
 * Google's and Wikidata's counts, the joint and character models' scores, its ranks, its length
 * and vowels against the Arabic, whether anyone carries the spelling at all) is weighed by a
 * linear score trained by scripts/train-names.ts as a conditional logit over candidate lists
 * built by cross-fitting (models that never saw the pair being listed). Weights ship in the
 * model file.
 */
import { enModelForm } from './forms.ts';
import type { Model } from './loaded-model.ts';
import type { RerankData } from './model-data.ts';
import { latinShape } from './latin-shape.ts';

export type { RerankData };

export interface Candidate {
  text: string;
  /** the rules' ln-score */
  score: number;
  from: 'lookup' | 'model' | 'clitic';
  /** a listed spelling: its key's share (ln), rank among the key's spellings, and counts */
  look?: { share: number; rank: number; wikidata: number; google: number };
  /** a listed spelling as written with its accents (assunção beside assuncao) */
  accented?: boolean;
  /**
   * a model guess: joint ln-probability against the best guess, character model ln-probability,
   * search rank, and people carrying the spelling (worked out while reranking by the rules already)
   */
  gen?: { joint: number; charLM: number; rank: number; attested?: number };
}


/** Feature names, in the order features() writes them; a model file's list must match. */
export const FEATURES = [
  'rules',
  'rulesRank',
  'lookup',
  'clitic',
  'share',
  'lookRank',
  'google',
  'wikidata',
  'accented',
  'guess',
  'joint',
  'jointNewKey',
  'guessHeavyKey',
  'guessRank',
  'charLM',
  'attested',
  'lenRatio',
  'lenRatio2',
  'vowelShare',
  'vowelsPerLetter',
  'endsVowel',
  'startsVowel',
  'doubleVowel',
  'ou',
  'doubleConsonant',
  'eShare',
  'digraphs',
] as const;

const ARABIC_LETTERS = /[\u0621-\u064A\u067E\u0686\u06AF\u0698\u06A4]/g;

/** Each candidate's features (FEATURES order). src is the Arabic model form. */
export function features(m: Model, list: Candidate[], src: string): number[][] {
  const arLen = Math.max(1, (src.match(ARABIC_LETTERS) ?? []).length);
  const keyKnown = list.some((c) => c.from === 'lookup');
  // how much evidence the key has: a guess against a key hundreds carry is rarely right
  let keyWeight = 0;
  for (const c of list) if (c.look && c.from === 'lookup' && !c.accented) keyWeight += c.look.wikidata + c.look.google;
  return list.map((c, i) => {
    const t = c.text;
    const form = enModelForm(t);
    const len = Math.max(1, form.length);
    const shape = latinShape(form);
    const vowels = shape.vowels;
    const ratio = form.length / arLen;
    return [
      c.score,
      1 / (1 + i),
      c.from === 'lookup' ? 1 : 0,
      c.from === 'clitic' ? 1 : 0,
      c.look ? c.look.share : 0,
      c.look ? 1 / (1 + c.look.rank) : 0,
      c.look ? Math.log1p(c.look.google) : 0,
      c.look ? Math.log1p(c.look.wikidata) : 0,
      c.accented ? 1 : 0,
      c.gen ? 1 : 0,
      c.gen ? c.gen.joint : 0,
      c.gen && !keyKnown ? c.gen.joint : 0,
      c.gen && keyKnown ? Math.log1p(keyWeight) : 0,
      c.gen ? 1 / (1 + c.gen.rank) : 0,
      (c.gen ? c.gen.charLM : m.enLM.score(form)) / len,
      Math.log1p(c.gen?.attested ?? m.en2ar.weight(form)),
      ratio,
      ratio * ratio,
      vowels / len,
      vowels / arLen,
      shape.endsVowel ? 1 : 0,
      shape.startsVowel ? 1 : 0,
      shape.doubleVowel ? 1 : 0,
      shape.ou ? 1 : 0,
      shape.doubleConsonant ? 1 : 0,
      shape.e / len,
      shape.digraphs / arLen,
    ];
  });
}

/**
 * An unknown key's first answer is the best by its weights among the rules' first this many
 * (1: the rules' first; scripts/names/first-unknown.ts sets it to measure).
 */
export const RERANK_PARAMS: { unknownFirstAmong: number; unknownLetter?: number; unknownLetterMargin?: number } = { unknownFirstAmong: 2 };

/**
 * The letter model's forced-score difference between an unknown key's two first guesses, clipped
 * (a spelling it cannot cut scores -Infinity), the same in training and here.
 */
export const clipLetter = (d: number): number => Math.max(-50, Math.min(50, d));

/** A row's linear score, summed left to right from 0 as reduce did (the same float result). */
export function linear(row: number[], w: number[]): number {
  let acc = 0;
  for (let j = 0; j < row.length; j++) acc += row[j]! * w[j]!;
  return acc;
}

/**
 * The list reordered by the learned score, each score the candidate's ln-probability within the
 * list (a softmax of the linear scores), so callers' near-tie and sum rules read it as before.
 */
export function rerank<T extends Candidate>(m: Model, d: RerankData, list: T[], src: string): Array<Pick<T, 'text' | 'score' | 'from'>> {
  if (!list.length) return [];
  const f = features(m, list, src);
  const dot = (w: number[]) => f.map((row) => linear(row, w));
  // a key no one carries has its own weights when the file has them: its list is guesses only,
  // whose evidence (joint model, letters) weighs differently against each other than against
  // known spellings
  const unknownKey = !list.some((c) => c.from === 'lookup');
  const s = dot(unknownKey && d.unknown ? d.unknown : d.weights);
  const order = list.map((_, i) => i).sort((a, b) => s[b]! - s[a]! || a - b);
  const top = s[order[0]!]!;
  const z = Math.log(order.reduce((acc, i) => acc + Math.exp(s[i]! - top), 0));
  const out = order.map((i) => ({ text: list[i]!.text, score: s[i]! - top - z, from: list[i]!.from }));
  // without first-answer weights the rules' first answer (a spelling someone carries, when the
  // key is known) stays first and the weights order the alternatives
  let best = 0;
  if (d.first) {
    const fs = dot(d.first);
    for (let i = 1; i < fs.length; i++) if (fs[i]! > fs[best]!) best = i;
  } else if (d.firstKnown && list[0]!.from === 'lookup') {
    // a known key's first answer chosen among its known spellings by weights fitted on Google's
    // lists (Google's style where the counts say little: vettel over feitl, one person each);
    // still a spelling someone carries
    const fs = f.map((row, i) => (list[i]!.from === 'lookup' ? linear(row, d.firstKnown!) : -Infinity));
    for (let i = 1; i < fs.length; i++) if (fs[i]! > fs[best]!) best = i;
  } else if (d.unknown && unknownKey && list[0]!.from === 'model') {
    // an unknown key's first answer, when the rules' is a guess (not a clitic's bare form someone
    // carries): the better of the rules' two best by the unknown keys' weights (names28). On the dev split Google's unknown words 0.267 -> 0.271 and unseen
    // Wikidata 0.180 -> 0.183 (first answer); the learned order's own first (any rank) or among
    // 3 or 5 gains less or loses Google's (scripts/names/first-unknown.ts, docs/names.md)
    const top = Math.min(f.length, RERANK_PARAMS.unknownFirstAmong);
    const lambda = RERANK_PARAMS.unknownLetter ?? d.unknownLetter ?? 0;
    const margin = RERANK_PARAMS.unknownLetterMargin ?? d.unknownLetterMargin ?? Infinity;
    const letters = lambda && top === 2 && Math.abs(s[1]! - s[0]!) < margin ? m.letters : undefined;
    if (letters) {
      // the letter model's second opinion on the two (names31): forced scores, the difference
      // clipped as in training (a spelling it cannot cut scores -Infinity)
      const d = clipLetter(letters.score(src, list[1]!.text) - letters.score(src, list[0]!.text));
      if (s[1]! - s[0]! + lambda * d > 0) best = 1;
    } else for (let i = 1; i < top; i++) if (s[i]! > s[best]!) best = i;
  }
  const at = order.indexOf(best);
  if (at === 0) return out;
  // the chosen first answer takes the best score; the others keep theirs
  const [chosen] = out.splice(at, 1);
  return [{ ...chosen!, score: out[0]!.score + 1e-6 }, ...out];
}
