/**
 * Training the speaker ranker (speaker-ranker.ts): a deterministic averaged ranking perceptron.
 * Each example is one quotation's candidates with the gold's verdict on each; when the model's top
 * candidate is wrong, the weights move toward the best-scoring right one and away from its choice.
 * Used by scripts/train-speaker-ranker.ts and its tests; the parser only reads the weights.
 */
import { scoreCandidate } from './speaker-ranker.ts';

export interface RankExample {
  id: string;
  feats: string[][];
  right: boolean[];
  /** the candidates as written, for reading a run's choices */
  names?: string[];
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export const RANK_EPOCHS = 10;

/** Only quotations with a choice to learn from: some candidate right and some wrong. */
export const learnable = (ex: RankExample) => ex.right.some(Boolean) && ex.right.some((r) => !r);

/**
 * The rules' choice starts with weight `prior`: the model overrides it only where the evidence it
 * has learned adds up to more (few examples, many features: without it the perceptron trades
 * right rule choices for wrong ones).
 */
export const RULE_PRIOR = 2;

export function trainRanker(examples: readonly RankExample[], epochs = RANK_EPOCHS, prior = RULE_PRIOR): Record<string, number> {
  const rows = [...examples].sort((a, b) => a.id.localeCompare(b.id)).filter(learnable);
  const w: Record<string, number> = { rule: prior };
  const acc: Record<string, number> = {};
  const rand = lcg(20261129);
  let c = 1;
  const bump = (f: readonly string[], y: number) => {
    for (const x of f) {
      w[x] = (w[x] ?? 0) + y;
      acc[x] = (acc[x] ?? 0) + c * y;
    }
  };
  for (let ep = 0; ep < epochs; ep++) {
    const order = rows.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    for (const k of order) {
      const ex = rows[k]!;
      const scores = ex.feats.map((f) => scoreCandidate(f, w));
      let pred = 0;
      scores.forEach((s, i) => { if (s > scores[pred]! + 1e-9) pred = i; });
      if (!ex.right[pred]) {
        let gold = -1;
        scores.forEach((s, i) => { if (ex.right[i] && (gold < 0 || s > scores[gold]! + 1e-9)) gold = i; });
        bump(ex.feats[gold]!, 1);
        bump(ex.feats[pred]!, -1);
      }
      c++;
    }
  }
  const out: Record<string, number> = {};
  for (const x of Object.keys(w).sort()) {
    const v = Math.round((w[x]! - (acc[x] ?? 0) / c) * 1000) / 1000;
    if (v !== 0) out[x] = v;
  }
  return out;
}

/** Every fifth article by id in fold k (k = 0..folds-1). */
export function foldOf(ids: readonly string[], folds: number): Map<string, number> {
  return new Map([...ids].sort().map((id, i) => [id, i % folds]));
}

/**
 * A conditional log-linear ranker (softmax over each quotation's candidates), fitted by full-batch
 * gradient descent with an L2 penalty. The likelihood of an example is the probability of its right
 * candidates together. The penalty keeps weights small, so the rules' choice (whose weight starts
 * at `prior` and is penalised toward it, not toward 0) decides unless learned evidence adds up.
 */
export function trainSoftmax(examples: readonly RankExample[], l2 = 1, iterations = 300, prior: number | Readonly<Record<string, number>> = RULE_PRIOR): Record<string, number> {
  const rows = [...examples].sort((a, b) => a.id.localeCompare(b.id)).filter(learnable);
  // (a number: the prior of `rule`; a record: each anchored feature's own prior)
  const priors: Readonly<Record<string, number>> = typeof prior === 'number' ? { rule: prior } : prior;
  const anchor = (x: string) => priors[x] ?? 0;
  const w: Record<string, number> = { ...priors };
  const g2: Record<string, number> = {};
  const rate = 0.5;
  for (let it = 0; it < iterations; it++) {
    const grad: Record<string, number> = {};
    const addG = (f: readonly string[], v: number) => { for (const x of f) grad[x] = (grad[x] ?? 0) + v; };
    for (const ex of rows) {
      const s = ex.feats.map((f) => scoreCandidate(f, w));
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const z = e.reduce((a, b) => a + b, 0);
      const zr = e.reduce((a, v, i) => a + (ex.right[i] ? v : 0), 0);
      ex.feats.forEach((f, i) => {
        const v = e[i]! / z - (ex.right[i] ? e[i]! / zr : 0);
        if (v) addG(f, v);
      });
    }
    for (const x of Object.keys(w)) grad[x] = (grad[x] ?? 0) + l2 * (w[x]! - anchor(x));
    // AdaGrad steps: features seen rarely still move.
    for (const x of Object.keys(grad).sort()) {
      const d = grad[x]!;
      if (!d) continue;
      g2[x] = (g2[x] ?? 0) + d * d;
      w[x] = (w[x] ?? anchor(x)) - (rate * d) / Math.sqrt(g2[x]! + 1e-8);
    }
  }
  const out: Record<string, number> = {};
  for (const x of Object.keys(w).sort()) {
    const v = Math.round(w[x]! * 1000) / 1000;
    if (v !== 0) out[x] = v;
  }
  return out;
}
