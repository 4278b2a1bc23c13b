/**
 * Which free-text parts of a briefing lack the other language: the title, quotes, precedents,
 * timeline events (and their dates as written), roles the names module could not render, the sentences person cards show,
 * and the summary. Computed on the briefing with its overlay applied, so editors' text is
 * never sent for translation.
 */
import type { Briefing, Lang } from '../briefing/types.ts';

export interface TextItem {
  from: Lang;
  to: Lang;
  text: string;
}

export interface Needs {
  from: Lang;
  to: Lang;
  /** Distinct texts to translate, in article order. */
  texts: string[];
  /** The article text when the summary's other side is missing (the abstractive summary reads it). */
  summaryOf: string | null;
}

export function articleText(b: Pick<Briefing, 'sentences'>): string {
  return b.sentences.map((s) => s.text).join('\n');
}

export function needs(b: Briefing): Needs {
  const from = b.lang;
  const to: Lang = from === 'ar' ? 'en' : 'ar';
  const texts: string[] = [];
  const add = (src: string | undefined, tgt: string | undefined) => {
    if (src?.trim() && !tgt?.trim()) texts.push(src.trim());
  };
  add(b.title[from], b.title[to]);
  for (const q of b.quotes) add(q.text, from === 'ar' ? q.textEn : q.textAr);
  for (const p of b.precedents) add(p.text[from], p.text[to]);
  for (const t of b.timeline) {
    add(t.when[from], t.when[to]);
    add(t.text[from], t.text[to]);
  }
  for (const p of b.people) add(p.role[from], p.role[to]);
  const cardSentences = new Set(b.people.flatMap((p) => p.sentenceIds));
  for (const s of b.sentences) if (cardSentences.has(s.id)) add(s.text, s.translation);
  const summaryMissing = b.summary[from].some((s) => s.trim()) && !b.summary[to].some((s) => s.trim());
  return { from, to, texts: [...new Set(texts)], summaryOf: summaryMissing ? articleText(b) : null };
}
