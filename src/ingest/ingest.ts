/**
 * Every way an article comes in (file, page, pasted text, chat attachment, feed item) ends
 * in one of these functions, which return a per-item result instead of throwing: callers
 * ingest many items and must report each one. Nothing is stored unless the whole item
 * (fetch, extraction, parse) succeeded.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Briefing } from '../briefing/types.ts';
import type { Config } from '../config.ts';
import type { Library } from '../library/library.ts';
import { ingestText } from '../library/ingest-text.ts';
import { PARSER_VERSION } from '../parser/index.ts';
import { asIngestError, IngestError } from './errors.ts';
import { extractArticle } from './extract.ts';
import { fetchOptionsFrom, parseHttpUrl, safeFetch, type FetchOptions } from './fetch.ts';
import { checkArticleText, decodeText } from './text-check.ts';

export type ItemStatus = 'added' | 'unchanged' | 'updated' | 'failed';

export interface ItemResult {
  /** What was ingested, as the user named it (path, URL, "pasted text", attachment name). */
  source: string;
  status: ItemStatus;
  briefing?: Briefing;
  error?: IngestError;
}

export interface IngestDeps {
  library: Library;
  config: Config;
  now(): Date;
}

export const TEXT_EXT = new Set(['.txt', '.text']);
const SYSTEM_DIRS = /^\/(etc|proc|sys|dev|boot|run)(\/|$)/;
export const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
/** Other names a plain-text article file may carry (no extension, Markdown). */
const OTHER_TEXT_EXT = new Set(['', '.md']);

/** Tracking parameters dropped so that the same page shared twice is recognised. */
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

export function normaliseUrl(u: URL | string): string {
  const url = new URL(u);
  url.hash = '';
  for (const k of [...url.searchParams.keys()]) if (TRACKING.test(k)) url.searchParams.delete(k);
  return url.href;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024));
}

export class Ingester {
  readonly fetchOptions: FetchOptions;

  constructor(
    private readonly deps: IngestDeps,
    fetchOverrides: Partial<FetchOptions> = {},
  ) {
    this.fetchOptions = { ...fetchOptionsFrom(deps.config), ...fetchOverrides };
  }

  private async store(source: string, text: string, meta: Briefing['meta'], title?: string): Promise<ItemResult> {
    await checkArticleText(text);
    const now = this.deps.now();
    const r = await ingestText(this.deps.library, text, { ...meta, ingestedAt: now.toISOString() }, { title, now });
    return { source, status: r.status, briefing: r.briefing };
  }

  private async guard(source: string, work: () => Promise<ItemResult>): Promise<ItemResult> {
    try {
      return await work();
    } catch (e) {
      return { source, status: 'failed', error: asIngestError(e) };
    }
  }

  /** Plain text (a chat paste, a .txt file's contents). */
  fromText(text: string, meta: Briefing['meta'] = {}, source = 'text'): Promise<ItemResult> {
    return this.guard(source, () => this.store(source, text.trim(), meta));
  }

  /** An HTML document: the article body and metadata are extracted first. */
  fromHtml(html: string, meta: Briefing['meta'] = {}, source = 'html'): Promise<ItemResult> {
    return this.guard(source, async () => {
      const x = extractArticle(html);
      return this.store(
        source,
        x.text,
        { ...meta, outlet: meta.outlet ?? x.outlet, author: meta.author ?? x.author, publishedAt: meta.publishedAt ?? x.publishedAt },
        x.title,
      );
    });
  }

  /** File bytes (disk file or chat attachment), told apart by extension, MIME type or content. */
  fromBytes(buf: Buffer, name: string, meta: Briefing['meta'] = {}, mime?: string): Promise<ItemResult> {
    return this.guard(name, async () => {
      if (buf.length > this.fetchOptions.maxBytes) throw new IngestError('too-large', `${buf.length} bytes`);
      const ext = extname(name).toLowerCase();
      const isHtmlHint = HTML_EXT.has(ext) || /html/i.test(mime ?? '');
      if (!isHtmlHint && !TEXT_EXT.has(ext) && !OTHER_TEXT_EXT.has(ext) && !/^text\/plain/i.test(mime ?? ''))
        throw new IngestError('unsupported-file', ext);
      const text = decodeText(buf, { html: isHtmlHint });
      if (isHtmlHint || (!TEXT_EXT.has(ext) && looksLikeHtml(text))) return this.fromHtml(text, meta, name).then(unwrap);
      return this.store(name, text.replace(/^\uFEFF/, '').trim(), meta);
    });
  }

  async fromFile(path: string): Promise<ItemResult> {
    return this.guard(path, async () => {
      // The operator CLI may read any path it is given; the kernel's and the system's own files
      // are never articles, and ingesting them would put them in every chat's library.
      if (SYSTEM_DIRS.test(resolve(path))) throw new IngestError('system-path', resolve(path));
      let size: number;
      try {
        const st = await stat(path);
        if (!st.isFile()) throw new IngestError('unreadable', 'not a regular file');
        size = st.size;
      } catch (e) {
        if (e instanceof IngestError) throw e;
        const code = (e as NodeJS.ErrnoException).code;
        throw code === 'ENOENT' ? new IngestError('not-found', path) : new IngestError('unreadable', code ?? (e as Error).message);
      }
      if (size > this.fetchOptions.maxBytes) throw new IngestError('too-large', `${size} bytes`);
      const buf = await readFile(path);
      return this.fromBytes(buf, path, { file: resolve(path) }).then(unwrap);
    });
  }

  /**
   * A web page. The same URL already in the library is not fetched again, unless the stored
   * briefing came from an older parser: then the page is fetched and parsed afresh.
   */
  async fromUrl(raw: string, meta: Briefing['meta'] = {}): Promise<ItemResult> {
    return this.guard(raw, async () => {
      const url = parseHttpUrl(raw);
      const current = async (u: string) => {
        const b = await this.deps.library.findByUrl(u);
        return b && b.parserVersion >= PARSER_VERSION ? b : undefined;
      };
      const known = await current(normaliseUrl(url));
      if (known) return { source: raw, status: 'unchanged', briefing: known };
      const page = await safeFetch(url, this.fetchOptions);
      const finalUrl = normaliseUrl(page.url);
      const again = await current(finalUrl);
      if (again) return { source: raw, status: 'unchanged', briefing: again };
      const host = new URL(finalUrl).hostname.replace(/^www\./, '');
      if (page.kind === 'feed') throw new IngestError('is-feed');
      const m: Briefing['meta'] = { ...meta, url: finalUrl };
      if (page.kind === 'text') return this.store(raw, page.text.trim(), { ...m, outlet: m.outlet ?? host });
      const x = extractArticle(page.text);
      return this.store(
        raw,
        x.text,
        { ...m, outlet: m.outlet ?? x.outlet ?? host, author: m.author ?? x.author, publishedAt: m.publishedAt ?? x.publishedAt },
        x.title,
      );
    });
  }
}

/** Re-throw a nested failure so the outer guard reports it under the outer source name. */
function unwrap(r: ItemResult): ItemResult {
  if (r.status === 'failed') throw r.error!;
  return r;
}

/** Is this argument a web address rather than a path? */
export function isUrlArg(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s.trim());
}
