/**
 * A local fake of the Telegram Bot API (node:http on 127.0.0.1, port 0) for running the real
 * grammY bot in tests. It implements the methods mujaz uses, records every call, validates
 * what Telegram validates (HTML entities, 4096-character texts, command names) and can be told
 * to fail (429 with retry_after, 403 "bot was blocked by the user").
 */
import { createServer, type IncomingMessage as HttpRequest, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCall {
  method: string;
  params: Record<string, any>;
  at: number;
  /** What the fake answered. */
  ok: boolean;
}

export interface FakeFailure {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

interface FailureRule {
  method: string;
  failure: FakeFailure;
  times: number;
  when?: (params: Record<string, any>) => boolean;
}

export const BLOCKED: FakeFailure = { error_code: 403, description: 'Forbidden: bot was blocked by the user' };
export const tooManyRequests = (retryAfter: number): FakeFailure => ({
  error_code: 429,
  description: `Too Many Requests: retry after ${retryAfter}`,
  parameters: { retry_after: retryAfter },
});

export const BOT_USER = { id: 424242, is_bot: true, first_name: 'mujaz', username: 'mujaz_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true, can_connect_to_business: false, has_main_web_app: false, has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false } as const;

const ALLOWED_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'code', 'pre', 'blockquote', 'tg-emoji']);
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/**
 * Parse Telegram HTML the way the Bot API does (strictly enough for tests): only supported tags,
 * properly nested, only the four named entities and numeric ones. Returns the visible text.
 */
export function parseTelegramHtml(html: string): { text: string } | { error: string } {
  const stack: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) return { error: `Unclosed start tag at byte offset ${i}` };
      const raw = html.slice(i + 1, end);
      const m = /^(\/?)([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?$/.exec(raw);
      if (!m) return { error: `Unsupported start tag "${raw}" at byte offset ${i}` };
      const tag = m[2]!.toLowerCase();
      if (!ALLOWED_TAGS.has(tag)) return { error: `Unsupported start tag "${tag}" at byte offset ${i}` };
      if (m[1]) {
        if (stack.pop() !== tag) return { error: `Unmatched end tag at byte offset ${i}, expected "</${stack.at(-1) ?? ''}>", found "</${tag}>"` };
      } else stack.push(tag);
      i = end + 1;
    } else if (ch === '&') {
      const m = /^&([a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);/.exec(html.slice(i, i + 12));
      if (!m) {
        // Telegram tolerates a bare & not followed by an entity-like sequence; mujaz must never produce one.
        return { error: `Bare "&" at byte offset ${i}` };
      }
      const name = m[1]!;
      if (name.startsWith('#')) {
        const cp = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        text += String.fromCodePoint(cp);
      } else if (name in NAMED_ENTITIES) text += NAMED_ENTITIES[name];
      else return { error: `Unsupported HTML entity "&${name};" at byte offset ${i}` };
      i += m[0].length;
    } else if (ch === '>') {
      return { error: `Unescaped ">" at byte offset ${i}` };
    } else {
      text += ch;
      i++;
    }
  }
  if (stack.length) return { error: `Can't find end tag corresponding to start tag "${stack.at(-1)}"` };
  return { text };
}

class ApiFail extends Error {
  constructor(readonly failure: FakeFailure) {
    super(failure.description);
  }
}
const bad = (description: string): ApiFail => new ApiFail({ error_code: 400, description: `Bad Request: ${description}` });

export interface FakeFile {
  content: Buffer;
  path: string;
}

export interface FakeTelegramOptions {
  token?: string;
  /** Longest a getUpdates call is held open when there is nothing to deliver (tests stay fast). */
  maxHoldMs?: number;
  /** Listen on this port (an API "coming back" where a client already points); default: any free one. */
  port?: number;
  /**
   * Hold a sendMessage this long before answering (the crash test: a message the platform has
   * taken while the bot, killed meanwhile, never hears back). It is recorded once answered.
   */
  sendDelayMs?: (params: Record<string, any>) => number;
}

export class FakeTelegram {
  readonly token: string;
  readonly calls: FakeCall[] = [];
  /** Chat members' statuses for getChatMember, keyed `${chatId}:${userId}` (default "member"). */
  readonly members = new Map<string, string>();
  readonly files = new Map<string, FakeFile>();
  webhook: { url: string; secret_token?: string } | null = null;
  /** sendMessage calls received and not answered yet (held by `sendDelayMs`). */
  openSends = 0;
  private server: Server;
  private port = 0;
  private nextUpdateId = 1;
  private nextMessageId = 1000;
  private updates: Array<Record<string, unknown>> = [];
  private pollers = new Set<() => void>();
  private failures: FailureRule[] = [];
  private watchers = new Set<() => void>();
  private readonly maxHoldMs: number;
  private readonly sendDelayMs?: (params: Record<string, any>) => number;

  constructor(opts: FakeTelegramOptions = {}) {
    this.token = opts.token ?? '123456:TEST-token';
    this.maxHoldMs = opts.maxHoldMs ?? 300;
    this.sendDelayMs = opts.sendDelayMs;
    this.server = createServer((req, res) => void this.route(req, res));
  }

  static async start(opts: FakeTelegramOptions = {}): Promise<FakeTelegram> {
    const f = new FakeTelegram(opts);
    await new Promise<void>((resolve) => f.server.listen(opts.port ?? 0, '127.0.0.1', resolve));
    f.port = (f.server.address() as AddressInfo).port;
    return f;
  }

  /** For grammY's `client.apiRoot`. */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    for (const wake of this.pollers) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Queue an update for getUpdates (update_id added when absent); returns its id. */
  push(update: Record<string, unknown>): number {
    const u = { update_id: this.nextUpdateId++, ...update };
    this.nextUpdateId = Math.max(this.nextUpdateId, Number(u.update_id) + 1);
    this.updates.push(u);
    for (const wake of this.pollers) wake();
    return Number(u.update_id);
  }

  /** Make the next `times` calls of `method` (matching `when`) fail with `failure`. */
  fail(method: string, failure: FakeFailure, opts: { times?: number; when?: (p: Record<string, any>) => boolean } = {}): void {
    this.failures.push({ method, failure, times: opts.times ?? 1, when: opts.when });
  }

  callsOf(method: string): FakeCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Successful sendMessage calls to one chat. */
  sent(chatId: number | string): FakeCall[] {
    return this.calls.filter((c) => c.method === 'sendMessage' && c.ok && String(c.params.chat_id) === String(chatId));
  }

  /** Resolves with the first recorded call (from index `from`) matching `pred`; rejects after `timeoutMs`. */
  waitFor(pred: (c: FakeCall) => boolean, opts: { timeoutMs?: number; from?: number } = {}): Promise<FakeCall> {
    const from = opts.from ?? 0;
    const timeoutMs = opts.timeoutMs ?? 5000;
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const hit = this.calls.slice(from).find(pred);
        if (hit) {
          cleanup();
          resolve(hit);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake-telegram: no matching call within ${timeoutMs} ms; calls: ${this.calls.slice(from).map((c) => c.method).join(', ')}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.watchers.delete(watcher);
      };
      const watcher = () => void check();
      if (!check()) this.watchers.add(watcher);
    });
  }

  /** Resolves once every queued update has been fetched and the poller came back for more. */
  async drained(timeoutMs = 5000): Promise<void> {
    const last = this.nextUpdateId - 1;
    await this.waitFor((c) => c.method === 'getUpdates' && Number(c.params.offset ?? 0) > last, { timeoutMs });
  }

  private record(method: string, params: Record<string, any>, ok: boolean): void {
    this.calls.push({ method, params, at: Date.now(), ok });
    for (const w of [...this.watchers]) w();
  }

  private async route(req: HttpRequest, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.apiRoot);
    const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (fileMatch) return this.download(fileMatch[1]!, decodeURIComponent(fileMatch[2]!), res);
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const body = await readBody(req);
    if (!m) return json(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    if (m[1] !== this.token) return json(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = m[2]!;
    let params: Record<string, any> = Object.fromEntries(url.searchParams);
    if (body.length) {
      try {
        params = { ...params, ...(JSON.parse(body.toString('utf8')) as Record<string, any>) };
      } catch {
        return json(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' });
      }
    }
    try {
      const rule = this.failures.find((f) => f.method === method && f.times > 0 && (!f.when || f.when(params)));
      if (rule) {
        rule.times--;
        throw new ApiFail(rule.failure);
      }
      const result = await this.call(method, params, req);
      this.record(method, params, true);
      if (!res.destroyed) json(res, 200, { ok: true, result });
    } catch (e) {
      if (!(e instanceof ApiFail)) throw e;
      this.record(method, params, false);
      json(res, e.failure.error_code, { ok: false, ...e.failure });
    }
  }

  private download(token: string, path: string, res: ServerResponse): void {
    if (token !== this.token) return json(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const f = [...this.files.values()].find((x) => x.path === path);
    if (!f) return json(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': f.content.length }).end(f.content);
  }

  private async call(method: string, p: Record<string, any>, req: HttpRequest): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return BOT_USER;
      case 'getUpdates':
        return this.getUpdates(p, req);
      case 'sendMessage': {
        const ms = this.sendDelayMs?.(p) ?? 0;
        if (ms > 0) {
          this.openSends++;
          await new Promise((r) => setTimeout(r, ms));
          this.openSends--;
        }
        return this.sendMessage(p);
      }
      case 'answerInlineQuery':
        return this.answerInlineQuery(p);
      case 'setMyCommands':
        return this.setMyCommands(p);
      case 'deleteMyCommands':
        return true;
      case 'getChatMember': {
        const status = this.members.get(`${p.chat_id}:${p.user_id}`) ?? 'member';
        return { status, user: { id: Number(p.user_id), is_bot: false, first_name: 'User' } };
      }
      case 'getFile': {
        const f = this.files.get(String(p.file_id));
        if (!f) throw bad('invalid file_id');
        return { file_id: p.file_id, file_unique_id: `u-${p.file_id}`, file_size: f.content.length, file_path: f.path };
      }
      case 'setWebhook':
        if (typeof p.url !== 'string' || !/^https?:\/\//.test(p.url)) throw bad('bad webhook: invalid URL');
        if (p.secret_token !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(String(p.secret_token))) throw bad('secret token contains unallowed characters');
        this.webhook = { url: p.url, secret_token: p.secret_token };
        return true;
      case 'deleteWebhook':
        this.webhook = null;
        return true;
      case 'sendChatAction':
        return true;
      default:
        throw new ApiFail({ error_code: 404, description: 'Not Found: method not found' });
    }
  }

  private async getUpdates(p: Record<string, any>, req: HttpRequest): Promise<unknown[]> {
    if (this.webhook) throw new ApiFail({ error_code: 409, description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" });
    const offset = Number(p.offset ?? 0);
    // As in Telegram, asking from `offset` confirms every earlier update.
    if (offset) this.updates = this.updates.filter((u) => Number(u.update_id) >= offset);
    const limit = Math.min(Number(p.limit ?? 100) || 100, 100);
    const ready = () => this.updates.slice(0, limit);
    if (ready().length) return ready();
    const holdMs = Math.min(Number(p.timeout ?? 0) * 1000, this.maxHoldMs);
    if (holdMs > 0) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.pollers.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, holdMs);
        this.pollers.add(wake);
        req.once('close', wake);
      });
    }
    return ready();
  }

  private message(chatId: unknown, text: string): Record<string, unknown> {
    const id = Number(chatId);
    return {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: id > 0 ? { id, type: 'private', first_name: 'User' } : { id, type: 'supergroup', title: 'Group' },
      from: BOT_USER,
      text,
    };
  }

  private sendMessage(p: Record<string, any>): unknown {
    if (p.chat_id === undefined || p.chat_id === '') throw bad('chat_id is empty');
    const visible = this.visibleText(p.text, p.parse_mode);
    return this.message(p.chat_id, visible);
  }

  private visibleText(text: unknown, parseMode: unknown): string {
    if (typeof text !== 'string' || text.trim() === '') throw bad('message text is empty');
    let visible = text;
    if (parseMode === 'HTML') {
      const r = parseTelegramHtml(text);
      if ('error' in r) throw bad(`can't parse entities: ${r.error}`);
      visible = r.text;
    } else if (parseMode !== undefined) throw bad('unsupported parse_mode');
    if (visible.trim() === '') throw bad('message text is empty');
    if (visible.length > 4096) throw bad('message is too long');
    return visible;
  }

  private answerInlineQuery(p: Record<string, any>): boolean {
    if (!p.inline_query_id) throw bad('query is too old and response timeout expired or query ID is invalid');
    const results = p.results as Array<Record<string, any>> | undefined;
    if (!Array.isArray(results)) throw bad('results must be an array');
    if (results.length > 50) throw bad('too many inline query results specified');
    const ids = new Set<string>();
    for (const r of results) {
      if (typeof r.id !== 'string' || Buffer.byteLength(r.id) > 64 || !r.id) throw bad('RESULT_ID_INVALID');
      if (ids.has(r.id)) throw bad('RESULT_ID_DUPLICATE');
      ids.add(r.id);
      if (r.type !== 'article') throw bad(`unsupported result type ${String(r.type)}`);
      if (typeof r.title !== 'string' || !r.title.trim()) throw bad('RESULT_TITLE_EMPTY');
      const c = r.input_message_content as Record<string, any> | undefined;
      if (!c) throw bad('input_message_content is required');
      this.visibleText(c.message_text, c.parse_mode);
    }
    return true;
  }

  private setMyCommands(p: Record<string, any>): boolean {
    const cmds = p.commands as Array<{ command: string; description: string }> | undefined;
    if (!Array.isArray(cmds) || cmds.length > 100) throw bad('commands must be a list of at most 100');
    for (const c of cmds) {
      if (!/^[a-z0-9_]{1,32}$/.test(c.command)) throw bad('BOT_COMMAND_INVALID');
      if (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 256) throw bad('BOT_COMMAND_DESCRIPTION_INVALID');
    }
    return true;
  }
}

function readBody(req: HttpRequest): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

// --- update builders -------------------------------------------------------------------------

let messageSeq = 1;

export interface UserSpec {
  id: number;
  language_code?: string;
  first_name?: string;
  username?: string;
}

export function privateMessage(user: UserSpec, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    message: {
      message_id: messageSeq++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: user.id, type: 'private', first_name: user.first_name ?? 'User' },
      from: { is_bot: false, first_name: 'User', ...user },
      text,
      ...commandEntities(text),
      ...extra,
    },
  };
}

export function groupMessage(chatId: number, user: UserSpec, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    message: {
      message_id: messageSeq++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'supergroup', title: 'Newsroom' },
      from: { is_bot: false, first_name: 'User', ...user },
      text,
      ...commandEntities(text),
      ...extra,
    },
  };
}

/** The entities Telegram attaches: a bot_command at the start, mentions anywhere. */
function commandEntities(text: string): { entities?: Array<{ type: string; offset: number; length: number }> } {
  const entities: Array<{ type: string; offset: number; length: number }> = [];
  const cmd = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text);
  if (cmd) entities.push({ type: 'bot_command', offset: 0, length: cmd[0].length });
  for (const m of text.matchAll(/(^|\s)(@[A-Za-z0-9_]{5,32})/g)) entities.push({ type: 'mention', offset: m.index! + m[1]!.length, length: m[2]!.length });
  return entities.length ? { entities } : {};
}

export function inlineQuery(user: UserSpec, query: string, id = `iq-${messageSeq++}`): Record<string, unknown> {
  return { inline_query: { id, from: { is_bot: false, first_name: 'User', ...user }, query, offset: '' } };
}
