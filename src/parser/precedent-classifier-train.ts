/**
 * Training the precedent classifier (precedent-classifier.ts): logistic regression over each
 * sentence's features, fitted by full-batch AdaGrad with an L2 penalty. Deterministic. Used by
 * scripts/train-precedents.ts and its tests; the parser only reads the weights.
 */
import { precedentScore } from './precedent-classifier.ts';

export interface SentenceExample {
  id: string;
  feats: string[];
  /** the sentence holds a gold precedent's anchor */
  gold: boolean;
}

/**
 * Features seen in fewer than `minCount` sentences are left out: a word met once teaches nothing
 * that carries to another article, and keeping it only memorises the training copy.
 */
export function trainLogistic(examples: readonly SentenceExample[], l2 = 1, iterations = 200, minCount = 1): Record<string, number> {
  const count = new Map<string, number>();
  for (const ex of examples) for (const x of ex.feats) count.set(x, (count.get(x) ?? 0) + 1);
  const rows = examples.map((ex) => ({ ...ex, feats: ex.feats.filter((x) => count.get(x)! >= minCount) }));
  const w: Record<string, number> = {};
  const g2: Record<string, number> = {};
  const rate = 0.3;
  for (let it = 0; it < iterations; it++) {
    const grad: Record<string, number> = {};
    for (const ex of rows) {
      const d = precedentScore(ex.feats, { weights: w }) - (ex.gold ? 1 : 0);
      for (const x of ex.feats) grad[x] = (grad[x] ?? 0) + d;
    }
    // The bias is not penalised: the base rate of precedents is not evidence to shrink.
    for (const x of Object.keys(grad)) if (x !== 'bias') grad[x]! += l2 * (w[x] ?? 0);
    for (const x of Object.keys(grad).sort()) {
      const d = grad[x]!;
      if (!d) continue;
      g2[x] = (g2[x] ?? 0) + d * d;
      w[x] = (w[x] ?? 0) - (rate * d) / Math.sqrt(g2[x]! + 1e-8);
    }
  }
  const out: Record<string, number> = {};
  for (const x of Object.keys(w).sort()) {
    const v = Math.round(w[x]! * 1000) / 1000;
    if (v !== 0) out[x] = v;
  }
  return out;
}
