/**
 * Machine translations as a Library view: the missing side of each free-text part is filled
 * from the translation cache and marked `machine`. Registered before the overlay view, so an
 * editor's text replaces provider text; the stored briefing is never changed.
 */
import type { Bi, Briefing, Lang } from '../briefing/types.ts';
import type { BriefingView } from '../library/library.ts';
import type { TranslationCache } from './cache.ts';
import { articleText } from './items.ts';

export function machineView(cache: TranslationCache): BriefingView {
  const memo = new WeakMap<Briefing, { version: number; out: Briefing }>();
  return (b) => {
    const hit = memo.get(b);
    if (hit && hit.version === cache.version) return hit.out;
    const out = fillFromCache(b, cache);
    memo.set(b, { version: cache.version, out });
    return out;
  };
}

export function fillFromCache(b: Briefing, cache: TranslationCache): Briefing {
  const from = b.lang;
  const to: Lang = from === 'ar' ? 'en' : 'ar';
  const look = (s: string | undefined): string | undefined => (s?.trim() ? cache.text(from, to, s.trim()) : undefined);
  const fill = (bi: Bi): Bi => {
    if (bi[to].trim()) return bi;
    const t = look(bi[from]);
    return t ? { ...bi, [to]: t, machine: to } : bi;
  };
  let summary = b.summary;
  if (b.summary[from].some((s) => s.trim()) && !b.summary[to].some((s) => s.trim())) {
    const s = cache.summary(articleText(b));
    if (s) summary = from === 'ar' ? { ar: b.summary.ar, en: s.en, machine: 'en' } : { ar: s.ar, en: b.summary.en, machine: 'ar' };
  }
  return {
    ...b,
    title: fill(b.title),
    summary,
    people: b.people.map((p) => {
      const role = fill(p.role);
      return role === p.role ? p : { ...p, role };
    }),
    quotes: b.quotes.map((q) => {
      const have = from === 'ar' ? q.textEn : q.textAr;
      if (have?.trim()) return q;
      const t = look(q.text);
      if (!t) return q;
      return from === 'ar' ? { ...q, textEn: t, machine: 'en' } : { ...q, textAr: t, machine: 'ar' };
    }),
    precedents: b.precedents.map((p) => {
      const text = fill(p.text);
      return text === p.text ? p : { ...p, text };
    }),
    timeline: b.timeline.map((e) => {
      const text = fill(e.text);
      const when = fill(e.when);
      return text === e.text && when === e.when ? e : { ...e, text, when };
    }),
    sentences: b.sentences.map((s) => {
      if (s.translation?.trim()) return s;
      const t = look(s.text);
      return t ? { ...s, translation: t, machine: true } : s;
    }),
  };
}
