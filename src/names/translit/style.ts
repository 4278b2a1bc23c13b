/**
 * Spelling styles of Latin name tokens (data/names/styles.json, `npm run train:name-styles`): a
 * mixture of character trigram models fitted by EM on the Latin spellings of the name data, each
 * class one way of writing names (Turkish Bekir Bozdağ, Slavic Luka Modrić, Arabic Bakr ...). One
 * person's name is mostly written in one style, so when an article name's words each have several
 * spellings, the display prefers spellings whose styles agree (src/names/english.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StyleData {
  /** class priors */
  prior: number[];
  /** interpolation weights of the trigram, bigram, unigram and uniform estimates */
  lambda: [number, number, number, number];
  /** alphabet size for the uniform floor */
  alphabet: number;
  /** n-gram ("ab" + "c", "b" + "c", "c") -> per-class counts; contexts ("ab", "b", "") -> per-class totals */
  grams: Record<string, number[]>;
  contexts: Record<string, number[]>;
}

export const STYLE_PATH = join(new URL('../../..', import.meta.url).pathname, 'data/names/styles.json');

/** A spelling as the style model reads it: lower-case a-z (accents folded, apostrophes dropped). */
export function styleFold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ı/g, 'i').replace(/[^a-z]/g, '');
}

/** The padded form the style model reads: ^^ before and $ after the folded spelling. */
export function styleForm(s: string): string {
  return `^^${styleFold(s)}$`;
}

export class StyleModel {
  readonly k: number;
  private readonly logPrior: number[];
  private readonly memo = new Map<string, Float64Array>();
  constructor(private readonly d: StyleData) {
    this.k = d.prior.length;
    this.logPrior = d.prior.map((p) => Math.log(p));
  }

  /** ln P_k(spelling) under each class k. */
  logLik(spelling: string): Float64Array {
    const hit = this.memo.get(spelling);
    if (hit) return hit;
    const { grams, contexts, lambda, alphabet } = this.d;
    const s = [...styleForm(spelling)];
    const out = new Float64Array(this.k);
    const zero: number[] = [];
    for (let i = 2; i < s.length; i++) {
      const c = s[i]!;
      const g3 = grams[s[i - 2]! + s[i - 1]! + c] ?? zero;
      const c3 = contexts[s[i - 2]! + s[i - 1]!] ?? zero;
      const g2 = grams[s[i - 1]! + c] ?? zero;
      const c2 = contexts[s[i - 1]!] ?? zero;
      const g1 = grams[c] ?? zero;
      const c1 = contexts[''] ?? zero;
      for (let k = 0; k < this.k; k++) {
        const p3 = c3[k] ? (g3[k] ?? 0) / c3[k]! : 0;
        const p2 = c2[k] ? (g2[k] ?? 0) / c2[k]! : 0;
        const p1 = c1[k] ? (g1[k] ?? 0) / c1[k]! : 0;
        out[k] = out[k]! + Math.log(lambda[0] * p3 + lambda[1] * p2 + lambda[2] * p1 + lambda[3] / alphabet);
      }
    }
    if (this.memo.size > 50_000) this.memo.clear();
    this.memo.set(spelling, out);
    return out;
  }

  /** ln of the mixture probability of the spellings when all share one class, and when each has its own. */
  agreement(spellings: Float64Array[]): number {
    // ln Σ_k π_k Π_j P_k(s_j)  −  Σ_j ln Σ_k π_k P_k(s_j): how much more likely the words are
    // written by one hand than each by its own (0 for a single word)
    const joint = new Float64Array(this.k);
    let apart = 0;
    for (let k = 0; k < this.k; k++) joint[k] = this.logPrior[k]!;
    for (const ll of spellings) {
      const each = new Float64Array(this.k);
      for (let k = 0; k < this.k; k++) {
        joint[k] = joint[k]! + ll[k]!;
        each[k] = this.logPrior[k]! + ll[k]!;
      }
      apart += logSumExp(each);
    }
    return logSumExp(joint) - apart;
  }

  /** Posterior over classes of one spelling (study tool). */
  posterior(spelling: string): number[] {
    const ll = this.logLik(spelling);
    const a = [...ll].map((v, k) => v + this.logPrior[k]!);
    const z = logSumExp(a);
    return a.map((v) => Math.exp(v - z));
  }
}

export function logSumExp(a: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < a.length; i++) if (a[i]! > m) m = a[i]!;
  if (m === -Infinity) return m;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.exp(a[i]! - m);
  return m + Math.log(s);
}

let cached: StyleModel | null | undefined;

/** The shipped style model, or null when the file is missing. */
export function styleModel(): StyleModel | null {
  if (cached !== undefined) return cached;
  try {
    cached = new StyleModel(JSON.parse(readFileSync(STYLE_PATH, 'utf8')) as StyleData);
  } catch {
    cached = null;
  }
  return cached;
}
