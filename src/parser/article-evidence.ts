/**
 * Evidence for a name word from the rest of the article. The tagger scores each mention on its own
 * context: «ميرال أكسينير التي تتزعم …» gives it little, «اعتبرتها أكسينير» or «وأضافت مالستروم»
 * much more. An unseen person is often written once in full with no cue before it and named again
 * by the surname where a cue (or a context the tagger trusts) stands. A word's evidence is pooled
 * over its mentions, so the full mention is read with what the article says of the word elsewhere.
 */
import type { Token } from './tokens.ts';

/** A word the rules found as part of a name after a title or a verb of saying counts as scored this high. */
export const RULE_EVIDENCE = 12;

/** The forms a token is counted under: as written, and without one glued و/ف/ب/ل (وغرينبلات). */
function keysOf(t: Token): string[] {
  const n = t.norm;
  return n.length >= 5 && /^[وفبل]/.test(n) ? [n, n.slice(1)] : [n];
}

/**
 * Every token's score raised to the best its word gets at another mention in the article (a word
 * written once keeps its own). `sure` holds token indices the rules found as name words by a cue:
 * those count as scored RULE_EVIDENCE at least. Words shorter than three letters are left alone
 * (particles, bin, abu recur everywhere).
 */
export function pooledScores(toks: readonly Token[], scores: readonly number[], sure: ReadonlySet<number> = new Set()): number[] {
  const best = new Map<string, number>();
  const count = new Map<string, number>();
  for (const t of toks) {
    const s = sure.has(t.i) ? Math.max(scores[t.i]!, RULE_EVIDENCE) : scores[t.i]!;
    for (const k of keysOf(t)) {
      best.set(k, Math.max(best.get(k) ?? -Infinity, s));
      count.set(k, (count.get(k) ?? 0) + 1);
    }
  }
  return toks.map((t) => {
    let s = scores[t.i]!;
    if (t.norm.length < 3) return s;
    for (const k of keysOf(t)) if ((count.get(k) ?? 0) >= 2) s = Math.max(s, best.get(k)!);
    return s;
  });
}
