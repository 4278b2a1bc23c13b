/**
 * Lines shared by /briefings, /search and /ingest replies: a briefing as "title — outlet · date",
 * and an ingest result in the reader's language.
 */
import type { Briefing, Lang } from '../briefing/types.ts';
import { tr } from '../core/i18n.ts';
import type { Library } from '../library/library.ts';
import { bidiSafe, title, titleItem } from '../views/briefing-views.ts';
import { reasonText } from './errors.ts';
import type { ItemResult } from './ingest.ts';

export function briefingDate(b: Briefing): string {
  return (b.meta.publishedAt ?? b.meta.ingestedAt ?? '').slice(0, 10);
}

export function briefingLine(b: Briefing, lang: Lang): string {
  const extra = [b.meta.outlet, briefingDate(b)].filter(Boolean).join(' · ');
  const t = titleItem(b, lang);
  return bidiSafe(extra ? `${t} — ${extra}` : t, lang);
}

/** 1-based number of a briefing in the library list (what /use takes), or 0. */
export function numberOf(library: Library, id: string): Promise<number> {
  return library.position(id);
}

const R = {
  added: { ar: 'أُضيف #{n}: {title}', en: 'Added #{n}: {title}' },
  updated: { ar: 'حُدّث #{n}: {title}', en: 'Updated #{n}: {title}' },
  unchanged: { ar: 'موجود من قبل، لم يتغير شيء (#{n}): {title}', en: 'Already in the library, nothing changed (#{n}): {title}' },
  failed: { ar: 'تعذّرت إضافة {source}: {reason}', en: 'Could not add {source}: {reason}' },
  truncated: { ar: '(النص طويل جدًا: حُلّل أوله فقط، {n} حرف)', en: '(text too long: only its first {n} characters were parsed)' },
};

export async function resultLine(r: ItemResult, lang: Lang, library: Library): Promise<string> {
  if (r.status === 'failed') return tr(lang, R.failed, { source: r.source, reason: r.error ? reasonText(r.error, lang) : '' });
  const b = r.briefing!;
  const line = tr(lang, R[r.status], { n: await numberOf(library, b.id), title: title(b, lang) });
  const cut = b.meta.truncatedAt ? ` ${tr(lang, R.truncated, { n: b.meta.truncatedAt.toLocaleString('en-US') })}` : '';
  return bidiSafe(line + cut, lang);
}
