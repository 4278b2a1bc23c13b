/**
 * A local fake chat platform for digest tests and the fan-out benchmark: POST /send with
 * {chat_id, text, key?} answers like the Telegram Bot API — 200 ok, 429 with retry_after past an
 * overall rate limit (token bucket), 403 for chats that blocked the bot, 500 for failing chats —
 * and logs every message it accepted, so tests count lost and duplicated digests from the
 * receiving side. Messages carrying an idempotency key already seen are acknowledged and dropped.
 * Also the test Transport that talks to it.
 */
import { Agent, createServer, request, type IncomingMessage as HttpRequest, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IdempotentTransport, SendOutcome } from '../../src/core/transport.ts';
import type { Reply } from '../../src/reply/model.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import type { PlatformName } from '../../src/core/platform.ts';

export interface FakePlatformOptions {
  /** Overall messages per second accepted; beyond it, 429 with retry_after. Unlimited when unset. */
  ratePerSec?: number;
  /** Messages accepted back to back before the rate applies. */
  burst?: number;
  /** Time taken to answer each request. */
  delayMs?: number;
  /** Chats that blocked the bot (403). */
  blocked?: Iterable<string>;
  /** Chats whose sends fail with 500. */
  failing?: Iterable<string>;
  /** Answer this many first requests with 429 whatever the rate (to test the retry path). */
  tooManyFirst?: number;
  /** retry_after (seconds, may be fractional) for tooManyFirst answers. */
  retryAfterSec?: number;
}

export interface Received {
  chatId: string;
  key?: string;
  text: string;
  at: number;
}

export interface FakePlatform {
  url: string;
  received: Received[];
  stats: { requests: number; tooMany: number; blocked: number; failed: number; deduplicated: number };
  options: FakePlatformOptions;
  /** Forget everything received, the counters and the idempotency keys seen. */
  reset(): void;
  close(): Promise<void>;
}

export async function startFakePlatform(options: FakePlatformOptions = {}): Promise<FakePlatform> {
  const received: Received[] = [];
  const stats = { requests: 0, tooMany: 0, blocked: 0, failed: 0, deduplicated: 0 };
  const seenKeys = new Set<string>();
  let tat = 0;

  const json = (res: ServerResponse, status: number, body: unknown) => {
    const s = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(s) });
    res.end(s);
  };

  /** Token bucket (GCRA): seconds to wait, or 0 when the message may pass now. */
  const overLimit = (): number => {
    const rate = options.ratePerSec;
    if (!rate) return 0;
    const interval = 1000 / rate;
    const now = performance.now();
    const t = Math.max(tat, now);
    const allowAt = t - ((options.burst ?? 1) - 1) * interval;
    if (now < allowAt) return (allowAt - now) / 1000;
    tat = t + interval;
    return 0;
  };

  const handle = async (req: HttpRequest, res: ServerResponse, body: string): Promise<void> => {
    if (req.method === 'GET' && req.url === '/log') return json(res, 200, { received, stats });
    if (req.method !== 'POST' || req.url !== '/send') return json(res, 404, { ok: false, description: 'Not Found' });
    stats.requests++;
    let m: { chat_id?: unknown; text?: unknown; key?: unknown };
    try {
      m = JSON.parse(body) as typeof m;
    } catch {
      return json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' });
    }
    if (typeof m.chat_id !== 'string' || typeof m.text !== 'string')
      return json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: chat_id and text required' });
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    if (options.tooManyFirst && stats.tooMany < options.tooManyFirst) {
      stats.tooMany++;
      return json(res, 429, { ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: options.retryAfterSec ?? 0.05 } });
    }
    const wait = overLimit();
    if (wait > 0) {
      stats.tooMany++;
      return json(res, 429, { ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: wait } });
    }
    if (blocked.has(m.chat_id)) {
      stats.blocked++;
      return json(res, 403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    }
    if (failing.has(m.chat_id)) {
      stats.failed++;
      return json(res, 500, { ok: false, error_code: 500, description: 'Internal Server Error' });
    }
    const key = typeof m.key === 'string' ? m.key : undefined;
    if (key && seenKeys.has(key)) {
      stats.deduplicated++;
      return json(res, 200, { ok: true, duplicate: true });
    }
    if (key) seenKeys.add(key);
    received.push({ chatId: m.chat_id, key, text: m.text, at: Date.now() });
    return json(res, 200, { ok: true });
  };

  const blocked = new Set(options.blocked ?? []);
  const failing = new Set(options.failing ?? []);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks).toString('utf8')).catch(() => json(res, 500, { ok: false }));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    stats,
    options,
    reset: () => {
      received.length = 0;
      seenKeys.clear();
      for (const k of Object.keys(stats) as (keyof typeof stats)[]) stats[k] = 0;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/**
 * A Transport that posts to the fake platform; idempotent sends carry the delivery key.
 * node:http with a keep-alive pool (lighter per request than fetch, which matters at 3,000/s).
 */
export class FakePlatformTransport implements IdempotentTransport {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 256 });
  private readonly target: URL;
  /** Thousands of chats share a handful of distinct digests: render each once. */
  private readonly rendered = new WeakMap<Reply, string>();

  constructor(
    url: string,
    readonly platform: PlatformName = 'telegram',
  ) {
    this.target = new URL('/send', url);
  }

  send(chatId: string, reply: Reply): Promise<SendOutcome> {
    return this.post(chatId, reply, undefined);
  }

  sendIdempotent(chatId: string, reply: Reply, key: string): Promise<SendOutcome> {
    return this.post(chatId, reply, key);
  }

  close(): void {
    this.agent.destroy();
  }

  private text(reply: Reply): string {
    let t = this.rendered.get(reply);
    if (t === undefined) {
      t = renderPlain(reply);
      this.rendered.set(reply, t);
    }
    return t;
  }

  private post(chatId: string, reply: Reply, key: string | undefined): Promise<SendOutcome> {
    const body = JSON.stringify({ chat_id: chatId, text: this.text(reply), key });
    return new Promise((resolve) => {
      const req = request(
        this.target,
        { method: 'POST', agent: this.agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (e) => resolve({ ok: false, reason: 'error', detail: e.message }));
          res.on('end', () => {
            let parsed: { description?: string; parameters?: { retry_after?: number } } = {};
            try {
              parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof parsed;
            } catch {
              /* a non-JSON answer is classified by its status alone */
            }
            const status = res.statusCode ?? 0;
            const detail = parsed.description ?? `HTTP ${status}`;
            if (status >= 200 && status < 300) resolve({ ok: true });
            else if (status === 429)
              resolve({ ok: false, reason: 'rate-limited', retryAfterMs: (parsed.parameters?.retry_after ?? 1) * 1000, detail });
            else if (status === 403) resolve({ ok: false, reason: 'blocked', detail });
            else resolve({ ok: false, reason: 'error', detail });
          });
        },
      );
      req.on('error', (e) => resolve({ ok: false, reason: 'error', detail: e.message }));
      req.end(body);
    });
  }
}

/** The same transport without the idempotent capability (a platform with no idempotency keys). */
export function plainTransport(url: string, platform: PlatformName = 'telegram'): { platform: PlatformName; send: FakePlatformTransport['send'] } {
  const t = new FakePlatformTransport(url, platform);
  return { platform, send: (chatId, reply) => t.send(chatId, reply) };
}
