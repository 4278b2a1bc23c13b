/**
 * The library of briefings kept in the data file: adding (idempotent by content id),
 * listing newest first, and the chat's current briefing. Views (e.g. editor overlays)
 * are applied when a briefing is read, so stored parser output stays pristine.
 */
import type { Briefing } from '../briefing/types.ts';
import type { Store } from '../store/store.ts';

export type BriefingView = (b: Briefing) => Briefing;

export interface AddResult {
  status: 'added' | 'unchanged' | 'updated';
  briefing: Briefing;
}

export class Library {
  private readonly views: BriefingView[] = [];

  constructor(private readonly store: Store) {}

  /** Register a transformation applied to every briefing read through the library. */
  addView(view: BriefingView): void {
    this.views.push(view);
  }

  private view(b: Briefing): Briefing {
    return this.views.reduce((acc, v) => v(acc), b);
  }

  /** Stored briefings, newest ingest first (as stored, without views). */
  listRaw(): Briefing[] {
    return [...this.store.data.briefings].sort((a, b) =>
      (b.meta.ingestedAt ?? '').localeCompare(a.meta.ingestedAt ?? ''),
    );
  }

  list(): Briefing[] {
    return this.listRaw().map((b) => this.view(b));
  }

  getRaw(id: string): Briefing | undefined {
    return this.store.data.briefings.find((b) => b.id === id);
  }

  get(id: string): Briefing | undefined {
    const b = this.getRaw(id);
    return b ? this.view(b) : undefined;
  }

  /** The stored briefing ingested from this URL, if any (re-ingesting a page changes nothing). */
  findByUrl(url: string): Briefing | undefined {
    const b = this.store.data.briefings.find((x) => x.meta.url === url);
    return b ? this.view(b) : undefined;
  }

  latest(): Briefing | undefined {
    return this.list()[0];
  }

  /**
   * The chat's current briefing: the one it picked (or first saw; the dispatcher records it) if
   * it still exists, else the newest.
   */
  current(chatKey: string): Briefing | undefined {
    const picked = this.store.chat(chatKey).currentBriefingId;
    return (picked && this.get(picked)) || this.latest();
  }

  /**
   * Store a parsed briefing. The same article (same content id) changes nothing unless it was
   * produced by an older parser, in which case the fresh parse replaces it (ingest date kept).
   */
  async add(b: Briefing): Promise<AddResult> {
    const existing = this.getRaw(b.id);
    if (existing && existing.parserVersion >= b.parserVersion) return { status: 'unchanged', briefing: existing };
    const stored: Briefing = {
      ...b,
      meta: { ...b.meta, ingestedAt: existing?.meta.ingestedAt ?? b.meta.ingestedAt ?? new Date().toISOString() },
    };
    await this.store.update((d) => {
      const i = d.briefings.findIndex((x) => x.id === b.id);
      if (i >= 0) d.briefings[i] = stored;
      else d.briefings.push(stored);
    });
    return { status: existing ? 'updated' : 'added', briefing: stored };
  }
}
