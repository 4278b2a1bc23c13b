/**
 * Content-derived ids for briefing items, so that an item keeps its id when the parser changes
 * elsewhere (a new quote found earlier in the article must not renumber every later one), and the
 * briefing id, which must not depend on line endings or trailing whitespace.
 * People keep 'p-<slug of the English name>' (set in people.ts): other code refers to them so.
 */
import { hash as digest } from 'node:crypto';
import type { Briefing } from '../briefing/types.ts';
import { normaliseAr } from '../text/normalize.ts';

// White space other than a lone space: what normSpace must replace. Replacing every run of /\s+/
// (each lone space by a space) cost five times as much on a whole article.
const SPACE_TO_FOLD = /\s{2,}|[^\S ]/g;

/** Same words, same key: Unicode form and runs of whitespace (CRLF, trailing newline) do not count. */
export function normSpace(s: string): string {
  return s.normalize('NFC').replace(SPACE_TO_FOLD, ' ').trim();
}

function hash(s: string, len: number): string {
  // (the one-shot digest: half the cost of a Hash object per key)
  return digest('sha256', s, 'hex').slice(0, len);
}

export function briefingId(text: string): string {
  return 'b-' + hash(normSpace(normaliseAr(text)), 16);
}

/** `${prefix}-${8 hex}` per key, in order; a repeated key gets "-2", "-3"... */
export function contentIds(prefix: string, keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const id = `${prefix}-${hash(k, 8)}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n > 1 ? `${id}-${n}` : id;
  });
}

const side = (bi: { ar: string; en: string }) => normSpace(bi.ar || bi.en);

/** Replaces the parser's working ids of quotes, precedents, timeline events and sources. */
export function assignItemIds(b: Briefing): void {
  const q = contentIds('q', b.quotes.map((x) => normSpace(x.text)));
  b.quotes.forEach((x, i) => { x.id = q[i]!; });
  const pr = contentIds('pr', b.precedents.map((x) => side(x.text)));
  b.precedents.forEach((x, i) => { x.id = pr[i]!; });
  const t = contentIds('t', b.timeline.map((x) => `${side(x.when)}|${side(x.text)}`));
  b.timeline.forEach((x, i) => { x.id = t[i]!; });
  const s = contentIds('s', b.sources.map((x) => (x.name.ar ? normSpace(normaliseAr(x.name.ar)) : normSpace(x.name.en).toLowerCase())));
  b.sources.forEach((x, i) => { x.id = s[i]!; });
}
