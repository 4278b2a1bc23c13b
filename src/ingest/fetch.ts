/**
 * Fetching pages and feeds without trusting the other side: one deadline for the whole
 * request (redirects included), a byte cap enforced while streaming, redirects followed by
 * hand so every hop's host is checked again, and only text content types accepted.
 *
 * Limitation: the host is resolved for the check and again by fetch itself, so a DNS
 * answer that changes between the two (rebinding) is not caught.
 */
import type { Config } from '../config.ts';
import { checkHost, systemLookup, type Lookup } from './address.ts';
import { IngestError } from './errors.ts';
import { decodeText } from './text-check.ts';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  allowPrivate: boolean;
  lookup?: Lookup;
}

export type ContentKind = 'html' | 'text' | 'feed';

export interface Fetched {
  /** Final URL after redirects. */
  url: string;
  kind: ContentKind;
  contentType: string;
  text: string;
  bytes: number;
}

export function fetchOptionsFrom(config: Config): FetchOptions {
  return {
    timeoutMs: config.MUJAZ_FETCH_TIMEOUT_MS,
    maxBytes: config.MUJAZ_FETCH_MAX_BYTES,
    maxRedirects: 5,
    userAgent: config.MUJAZ_USER_AGENT,
    allowPrivate: config.MUJAZ_ALLOW_PRIVATE_FETCH,
  };
}

/** Parse and vet a URL typed by someone: http(s) only, no credentials. */
export function parseHttpUrl(raw: string): URL {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new IngestError('bad-url', raw.trim().slice(0, 80));
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new IngestError('bad-scheme', u.protocol.replace(/:$/, ''));
  if (u.username || u.password) throw new IngestError('bad-url', 'credentials in the URL');
  u.hash = '';
  return u;
}

export function contentKind(contentType: string): ContentKind | null {
  const t = contentType.split(';')[0]!.trim().toLowerCase();
  if (t === 'text/html' || t === 'application/xhtml+xml') return 'html';
  if (t === 'text/plain' || t === '') return 'text';
  if (/^(application|text)\/((rss|atom|rdf)\+)?xml$/.test(t)) return 'feed';
  return null;
}

function humanBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

export async function safeFetch(raw: string | URL, opts: FetchOptions): Promise<Fetched> {
  let url = typeof raw === 'string' ? parseHttpUrl(raw) : raw;
  const signal = AbortSignal.timeout(opts.timeoutMs);
  const lookup = opts.lookup ?? systemLookup;
  try {
    for (let hop = 0; ; hop++) {
      await checkHost(url, opts.allowPrivate, lookup);
      const res = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': opts.userAgent,
          accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8',
        },
      });
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel().catch(() => undefined);
        const loc = res.headers.get('location');
        if (!loc) throw new IngestError('bad-redirect', `HTTP ${res.status} without a Location`);
        if (hop >= opts.maxRedirects) throw new IngestError('too-many-redirects', `more than ${opts.maxRedirects}`);
        let next: URL;
        try {
          next = parseHttpUrl(new URL(loc, url).href);
        } catch (e) {
          throw new IngestError('bad-redirect', (e as Error).message);
        }
        url = next;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        throw new IngestError('http-status', `${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      }
      const contentType = res.headers.get('content-type') ?? '';
      const kind = contentKind(contentType);
      if (!kind) {
        await res.body?.cancel().catch(() => undefined);
        throw new IngestError('unsupported-type', contentType.split(';')[0]!.trim());
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > opts.maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw new IngestError('too-large', `${humanBytes(declared)} > ${humanBytes(opts.maxBytes)}`);
      }
      const body = await readCapped(res, opts.maxBytes);
      return { url: url.href, kind, contentType, text: decodeText(body, { contentType, html: kind === 'html' }), bytes: body.length };
    }
  } catch (e) {
    if (e instanceof IngestError) throw e;
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError' || signal.aborted) throw new IngestError('timeout', `${opts.timeoutMs} ms`);
    throw new IngestError('network', err.cause?.code ?? err.cause?.message ?? err.message);
  }
}

/** Read the body, giving up as soon as it passes the cap (the rest is never downloaded). */
async function readCapped(res: Response, max: number): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      throw new IngestError('too-large', `more than ${humanBytes(max)}`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
