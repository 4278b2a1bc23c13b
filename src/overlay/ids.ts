/**
 * Content-derived ids for briefing parts that have none of their own (summary points), so an
 * overlay written today still finds its point after a re-parse of the same text.
 */
import { createHash } from 'node:crypto';
import type { Briefing } from '../briefing/types.ts';

/** Whitespace and Unicode form must not change an id: the same words give the same id. */
export function normText(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function contentHash(s: string, len = 16): string {
  return createHash('sha256').update(normText(s)).digest('hex').slice(0, len);
}

/**
 * Overlay keys: derived from each item's text in the article's language, never from a position
 * or a translation. The same article gives the same keys after any re-parse; an item whose text
 * the parser now reads differently gets a new key, so an old entry goes stale (and `mujaz review`
 * says so) instead of landing on the wrong quote.
 */
export interface ItemKeys {
  summary: string[];
  people: string[];
  quotes: string[];
  precedents: string[];
  timeline: string[];
  sources: string[];
  sentences: string[];
}

export type OverlaySection = keyof ItemKeys;

export const SECTIONS: OverlaySection[] = ['summary', 'people', 'quotes', 'precedents', 'timeline', 'sources', 'sentences'];

/** Keys `${prefix}-${hash}` for texts, in order; a repeated text gets "-2", "-3"... */
function keyed(prefix: string, texts: string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const k = `${prefix}-${contentHash(t, 8)}`;
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n > 1 ? `${k}-${n}` : k;
  });
}

export function itemKeys(b: Briefing): ItemKeys {
  const l = b.lang;
  const side = (bi: { ar: string; en: string }) => bi[l] || bi.ar || bi.en;
  return {
    summary: keyed('sum', b.summary[l]),
    people: keyed('p', b.people.map((p) => side(p.name))),
    quotes: keyed('q', b.quotes.map((q) => q.text)),
    precedents: keyed('pr', b.precedents.map((p) => side(p.text))),
    timeline: keyed('t', b.timeline.map((t) => `${side(t.when)}|${side(t.text)}`)),
    sources: keyed('src', b.sources.map((s) => side(s.name))),
    sentences: keyed('sen', b.sentences.map((s) => s.text)),
  };
}

/** Briefing ids become file names: only these characters are accepted. */
export function safeFileId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/.test(id) && !id.includes('..');
}
