/**
 * Filling in the other language of a briefing through the provider, once per text: what the
 * cache already holds is never asked again. Failures are returned (and logged once per kind
 * in a row), never thrown: ingest stores the briefing either way.
 */
import type { Briefing } from '../briefing/types.ts';
import { log } from '../log.ts';
import { textKey, summaryKey, type TranslationCache, type TranslationEntry } from './cache.ts';
import { needs } from './items.ts';
import { buildMessages, replySchema } from './prompt.ts';
import { ProviderError, type ChatProvider } from './provider.ts';

export interface TranslateOutcome {
  /**
   * nothing-to-do: every part was already translated (by an editor or the cache); no request made.
   * paused: the provider failed a moment ago, so ingest does not wait on it again (see `pauseMs`).
   */
  status: 'translated' | 'nothing-to-do' | 'failed' | 'paused';
  requests: number;
  /** Texts newly translated and cached. */
  texts: number;
  summary: boolean;
  /** Texts (or the summary) asked for but left out of the reply. */
  missing: number;
  error?: ProviderError;
}

export interface TranslatorOptions {
  /** Cut the texts into requests of at most this many characters (the article for the summary not counted). */
  batchChars?: number;
  /**
   * After a failure, ingest skips the provider for this long (or the server's Retry-After, if
   * longer, up to 10 minutes), so a feed of fifty articles does not wait out fifty timeouts.
   */
  pauseMs?: number;
  now?: () => Date;
}

const MAX_PAUSE_MS = 10 * 60_000;

export class Translator {
  private lastFailure: string | null = null;
  private pausedUntil = 0;

  constructor(
    readonly provider: ChatProvider,
    readonly cache: TranslationCache,
    /** The briefing as editors left it (overlay applied), so their text is never sent. */
    private readonly withOverlay: (b: Briefing) => Briefing,
    private readonly opts: TranslatorOptions = {},
  ) {}

  /** @param opts.force ask even while paused after a failure (the `translate` command does). */
  async translate(raw: Briefing, opts: { force?: boolean } = {}): Promise<TranslateOutcome> {
    const b = this.withOverlay(raw);
    const n = needs(b);
    const todo = n.texts.filter((t) => this.cache.text(n.from, n.to, t) === undefined);
    const article = n.summaryOf && !this.cache.summary(n.summaryOf) ? n.summaryOf : null;
    const out: TranslateOutcome = { status: 'nothing-to-do', requests: 0, texts: 0, summary: false, missing: 0 };
    if (!todo.length && !article) return out;
    if (!opts.force && this.clock() < this.pausedUntil) {
      log.debug(`translation of briefing ${raw.id.slice(0, 8)} skipped: the provider failed recently`);
      return { ...out, status: 'paused' };
    }

    const batches = batch(todo, this.opts.batchChars ?? 12_000);
    if (!batches.length) batches.push([]);
    const now = () => (this.opts.now?.() ?? new Date()).toISOString();
    try {
      for (const [i, texts] of batches.entries()) {
        const withArticle = i === 0 ? article : null;
        out.requests++;
        const raw = await this.provider.json(buildMessages(n.from, n.to, texts, withArticle));
        const parsed = replySchema.safeParse(raw);
        if (!parsed.success) {
          const first = parsed.error.issues[0];
          throw new ProviderError('malformed', `the reply does not match the expected JSON (${first?.path.join('.') || 'top level'}: ${first?.message})`);
        }
        const entries: Record<string, TranslationEntry> = {};
        const byId = new Map(parsed.data.translations.map((t) => [t.id, t.text]));
        texts.forEach((text, k) => {
          const tr = byId.get(String(k + 1));
          if (tr) entries[textKey(n.from, n.to, text)] = { kind: 'text', from: n.from, to: n.to, text: tr, model: this.provider.model, at: now() };
          else out.missing++;
        });
        if (withArticle) {
          const s = parsed.data.summary;
          if (s) entries[summaryKey(withArticle)] = { kind: 'summary', ar: s.ar, en: s.en, model: this.provider.model, at: now() };
          else out.missing++;
        }
        const got = Object.keys(entries).length;
        if (!got && (texts.length || withArticle)) throw new ProviderError('malformed', 'the reply translated none of the texts');
        await this.cache.put(entries);
        out.texts += got - (withArticle && parsed.data.summary ? 1 : 0);
        out.summary ||= !!(withArticle && parsed.data.summary);
      }
    } catch (e) {
      const err = e instanceof ProviderError ? e : new ProviderError('network', (e as Error).message);
      out.status = 'failed';
      out.error = err;
      this.report(raw, err);
      const pause = Math.min(MAX_PAUSE_MS, Math.max(this.opts.pauseMs ?? 60_000, err.retryAfterMs ?? 0));
      this.pausedUntil = this.clock() + pause;
      return out;
    }
    this.lastFailure = null;
    this.pausedUntil = 0;
    out.status = 'translated';
    if (out.missing) log.warn(`translation of briefing ${raw.id.slice(0, 8)}: ${out.missing} part(s) missing from the provider's reply`);
    return out;
  }

  private clock(): number {
    return (this.opts.now?.() ?? new Date()).getTime();
  }

  /** One warning when the provider starts failing (or fails differently); repeats go to debug. */
  private report(b: Briefing, err: ProviderError): void {
    const line = `translation provider failed (${err.kind}: ${err.message}); briefing ${b.id.slice(0, 8)} kept untranslated — \`npm run mujaz -- translate ${b.id.slice(0, 8)}\` retries`;
    if (this.lastFailure === err.kind) log.debug(line);
    else log.warn(line);
    this.lastFailure = err.kind;
  }
}

/** Split texts into runs of at most `max` characters (a longer text goes alone). */
export function batch(texts: string[], max: number): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let size = 0;
  for (const t of texts) {
    if (cur.length && size + t.length > max) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(t);
    size += t.length;
  }
  if (cur.length) out.push(cur);
  return out;
}
