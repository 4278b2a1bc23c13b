/**
 * The library of briefings in the store: adding (idempotent by content id), reading newest
 * first a page at a time, and the chat's current briefing. Views (e.g. editor overlays) are
 * applied when a briefing is read, so stored parser output stays pristine. Everything is read
 * through the engine's indexes: nothing here copies or sorts the whole library.
 */
import type { Briefing } from '../briefing/types.ts';
import type { Chats } from '../core/chats.ts';
import type { BriefingRepo, SearchCandidate } from '../store/types.ts';

export type BriefingView = (b: Briefing) => Briefing;

export interface AddResult {
  status: 'added' | 'unchanged' | 'updated';
  briefing: Briefing;
}

export class Library {
  private readonly views: BriefingView[] = [];

  constructor(
    private readonly repo: BriefingRepo,
    private readonly chats?: Pick<Chats, 'chat'>,
  ) {}

  /** Register a transformation applied to every briefing read through the library. */
  addView(view: BriefingView): void {
    this.views.push(view);
  }

  view(b: Briefing): Briefing {
    return this.views.reduce((acc, v) => v(acc), b);
  }

  count(): Promise<number> {
    return this.repo.count();
  }

  /** Briefings newest ingest first, from the 0-based `offset` (views applied). */
  async page(offset: number, limit: number): Promise<Briefing[]> {
    return (await this.repo.newest(offset, limit)).map((b) => this.view(b));
  }

  /** The n-th briefing (1-based, newest first): the number /briefings shows and /use takes. */
  async nth(n: number): Promise<Briefing | undefined> {
    return n >= 1 ? (await this.page(n - 1, 1))[0] : undefined;
  }

  /** 1-based position in the newest-first list; 0 when absent. */
  position(id: string): Promise<number> {
    return this.repo.position(id);
  }

  /** Several briefings by id (views applied), with their positions, in one go. */
  async getMany(ids: readonly string[]): Promise<Array<{ briefing: Briefing; n: number }>> {
    const [list, pos] = await Promise.all([this.repo.getMany(ids), this.repo.positions(ids)]);
    const byId = new Map(list.map((b) => [b.id, b]));
    return ids.flatMap((id) => {
      const b = byId.get(id);
      return b ? [{ briefing: this.view(b), n: pos.get(id) ?? 0 }] : [];
    });
  }

  getRaw(id: string): Promise<Briefing | undefined> {
    return this.repo.get(id);
  }

  async get(id: string): Promise<Briefing | undefined> {
    const b = await this.repo.get(id);
    return b ? this.view(b) : undefined;
  }

  /** Stored briefings whose id starts with this (as stored, without views). */
  async byIdPrefix(prefix: string, limit = 10): Promise<Briefing[]> {
    const ids = await this.repo.idsByPrefix(prefix, limit);
    const out = await Promise.all(ids.map((id) => this.repo.get(id)));
    return out.filter((b): b is Briefing => b !== undefined);
  }

  /** The stored briefing ingested from this URL, if any (re-ingesting a page changes nothing). */
  async findByUrl(url: string): Promise<Briefing | undefined> {
    const b = await this.repo.byUrl(url);
    return b ? this.view(b) : undefined;
  }

  async latest(): Promise<Briefing | undefined> {
    return (await this.page(0, 1))[0];
  }

  /** Briefings ingested in (after, upTo], newest first (views applied). */
  async ingestedIn(after: string | undefined, upTo: Date, limit = 100): Promise<Briefing[]> {
    return (await this.repo.ingestedIn(after, upTo.toISOString(), limit)).map((b) => this.view(b));
  }

  /**
   * The same briefings, and how many the interval holds in all: a digest lists the first few and
   * says how many more there are, which a busy day takes past `limit`. Counted only then.
   */
  async interval(after: string | undefined, upTo: Date, limit = 100): Promise<{ briefings: Briefing[]; total: number }> {
    const briefings = await this.ingestedIn(after, upTo, limit);
    const total = briefings.length < limit ? briefings.length : await this.repo.countIngestedIn(after, upTo.toISOString());
    return { briefings, total };
  }

  /** Briefings that may match these search-folded words, best first (see src/ingest/search.ts). */
  searchCandidates(words: readonly string[], limit: number): Promise<SearchCandidate[]> {
    return this.repo.candidates(words, limit);
  }

  /**
   * The chat's current briefing: the one it picked (or first saw; the dispatcher records it) if
   * it still exists, else the newest.
   */
  async current(chatKey: string): Promise<Briefing | undefined> {
    const picked = this.chats?.chat(chatKey).currentBriefingId;
    return (picked && (await this.get(picked))) || this.latest();
  }

  /**
   * Store a parsed briefing. The same article (same content id) changes nothing unless it was
   * produced by an older parser, in which case the fresh parse replaces it (ingest date kept).
   */
  async add(b: Briefing): Promise<AddResult> {
    const existing = await this.repo.get(b.id);
    if (existing && existing.parserVersion >= b.parserVersion) return { status: 'unchanged', briefing: existing };
    const stored: Briefing = {
      ...b,
      meta: { ...b.meta, ingestedAt: existing?.meta.ingestedAt ?? b.meta.ingestedAt ?? new Date().toISOString() },
    };
    await this.repo.put(stored);
    return { status: existing ? 'updated' : 'added', briefing: stored };
  }
}
