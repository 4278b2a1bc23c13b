/**
 * Content-derived ids for briefing items, so that an item keeps its id when the parser changes
 * elsewhere (a new quote found earlier in the article must not renumber every later one), and the
 * briefing id, which must not depend on line endings or trailing whitespace.
 * People keep 'p-<slug of the English name>' (set in people.ts): other code refers to them so.
 */
import { createHash } from 'node:crypto';
import type { Briefing } from '../briefing/types.ts';
import { normaliseAr } from '../text/normalize.ts';

/** Same words, same key: Unicode form and runs of whitespace (CRLF, trailing newline) do not count. */
export function normSpace(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function hash(s: string, len: number): string {
  return createHash('sha256').update(s).digest('hex').slice(0, len);
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
