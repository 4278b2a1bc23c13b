/**
 * The translation cache in the store's `translations` section (a file of its own beside the
 * lowdb data file: it only grows), keyed by content hash:
 * a text is translated once, whichever briefing it appears in. Entries are checked when read,
 * so a hand-edited or truncated entry is skipped rather than shown.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Lang } from '../briefing/types.ts';
import { normText } from '../overlay/ids.ts';
import { isObject } from '../store/hot-state.ts';
import { put, type Section, type SectionSpec, type Store } from '../store/types.ts';

const textEntry = z.object({
  kind: z.literal('text'),
  from: z.enum(['ar', 'en']),
  to: z.enum(['ar', 'en']),
  text: z.string().min(1),
  model: z.string(),
  at: z.string(),
});

const summaryEntry = z.object({
  kind: z.literal('summary'),
  ar: z.array(z.string().min(1)).min(1).max(5),
  en: z.array(z.string().min(1)).min(1).max(5),
  model: z.string(),
  at: z.string(),
});

export type TextEntry = z.infer<typeof textEntry>;
export type SummaryEntry = z.infer<typeof summaryEntry>;
export type TranslationEntry = TextEntry | SummaryEntry;

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 24);
}

export function textKey(from: Lang, to: Lang, text: string): string {
  return `t:${hash(`${from}>${to}\n${normText(text)}`)}`;
}

/** The summary is keyed by the article's text (its sentences), not by an id scheme. */
export function summaryKey(articleText: string): string {
  return `s:${hash(`summary\n${normText(articleText)}`)}`;
}

/** Keyed by content hash; entries are checked when read (a bad one is skipped, not fatal). */
export const TRANSLATIONS: SectionSpec<TranslationEntry> = { name: 'translations', valid: isObject, what: 'a translation object', ownFile: true };

export class TranslationCache {
  /** Bumped on every write, so views can tell their memo is stale. */
  version = 0;

  private readonly entries: Section<TranslationEntry>;

  constructor(private readonly store: Store) {
    this.entries = store.section(TRANSLATIONS);
  }

  text(from: Lang, to: Lang, text: string): string | undefined {
    const r = textEntry.safeParse(this.entries.get(textKey(from, to, text)));
    return r.success && r.data.from === from && r.data.to === to ? r.data.text : undefined;
  }

  summary(articleText: string): SummaryEntry | undefined {
    const r = summaryEntry.safeParse(this.entries.get(summaryKey(articleText)));
    return r.success ? r.data : undefined;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  async put(entries: Record<string, TranslationEntry>): Promise<void> {
    if (!Object.keys(entries).length) return;
    const written = this.store.write(Object.entries(entries).map(([k, v]) => put(TRANSLATIONS, k, v)));
    // The data changed synchronously above: views must not serve their memo from now on.
    this.version++;
    await written;
  }
}
