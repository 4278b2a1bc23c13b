/**
 * Training of the candidate reranker (src/names/translit/rerank.ts): a conditional logit (a
 * softmax over each candidate list of a linear score) fitted by full-batch Adam on standardised
 * features with a small L2 penalty. Full batch and a fixed order make it deterministic: the same
 * lists give the same weights byte for byte.
 */

export interface RerankList {
  /** one row of features per candidate */
  feats: number[][];
  /** index of the right spelling */
  gold: number;
  /** weight of the list in the objective */
  w: number;
}

export interface RerankFit {
  /** weights on the raw (unstandardised) features */
  weights: number[];
  /** mean ln-probability of the right spelling, per list, at the end */
  logLik: number;
}

export function trainRerank(lists: RerankList[], opts: { iters?: number; lr?: number; l2?: number } = {}): RerankFit {
  const iters = opts.iters ?? 300;
  const lr = opts.lr ?? 0.05;
  const l2 = opts.l2 ?? 1e-4;
  const F = lists[0]!.feats[0]!.length;
  // flat rows, standardised
  let rows = 0;
  for (const l of lists) rows += l.feats.length;
  const x = new Float64Array(rows * F);
  const start = new Int32Array(lists.length + 1);
  let r = 0;
  lists.forEach((l, i) => {
    start[i] = r;
    for (const f of l.feats) x.set(f, (r++) * F);
  });
  start[lists.length] = r;
  const mean = new Float64Array(F);
  const sd = new Float64Array(F);
  for (let i = 0; i < rows; i++) for (let j = 0; j < F; j++) mean[j]! += x[i * F + j]! / rows;
  for (let i = 0; i < rows; i++) for (let j = 0; j < F; j++) sd[j]! += (x[i * F + j]! - mean[j]!) ** 2 / rows;
  for (let j = 0; j < F; j++) sd[j] = Math.sqrt(sd[j]!) || 1;
  for (let i = 0; i < rows; i++) for (let j = 0; j < F; j++) x[i * F + j] = (x[i * F + j]! - mean[j]!) / sd[j]!;
  const totalW = lists.reduce((s, l) => s + l.w, 0);

  const w = new Float64Array(F);
  const m1 = new Float64Array(F);
  const m2 = new Float64Array(F);
  const g = new Float64Array(F);
  const s = new Float64Array(64);
  let logLik = 0;
  for (let it = 1; it <= iters; it++) {
    g.fill(0);
    logLik = 0;
    for (let li = 0; li < lists.length; li++) {
      const a = start[li]!;
      const n = start[li + 1]! - a;
      let top = -Infinity;
      for (let c = 0; c < n; c++) {
        let v = 0;
        for (let j = 0; j < F; j++) v += w[j]! * x[(a + c) * F + j]!;
        s[c] = v;
        if (v > top) top = v;
      }
      let z = 0;
      for (let c = 0; c < n; c++) z += Math.exp(s[c]! - top);
      const lz = top + Math.log(z);
      const lw = lists[li]!.w / totalW;
      logLik += lw * (s[lists[li]!.gold]! - lz);
      for (let c = 0; c < n; c++) {
        const p = Math.exp(s[c]! - lz) * lw;
        for (let j = 0; j < F; j++) g[j]! -= p * x[(a + c) * F + j]!;
      }
      for (let j = 0; j < F; j++) g[j]! += lw * x[(a + lists[li]!.gold) * F + j]!;
    }
    // ascend the log-likelihood less the penalty (Adam)
    for (let j = 0; j < F; j++) {
      const gj = g[j]! - l2 * w[j]!;
      m1[j] = 0.9 * m1[j]! + 0.1 * gj;
      m2[j] = 0.999 * m2[j]! + 0.001 * gj * gj;
      const mh = m1[j]! / (1 - 0.9 ** it);
      const vh = m2[j]! / (1 - 0.999 ** it);
      w[j]! += (lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return { weights: [...w].map((v, j) => Number((v / sd[j]!).toPrecision(6))), logLik };
}
