/**
 * A local fake of the parts of Slack mujaz talks to: the Web API methods it calls
 * (auth.test, chat.postMessage, conversations.history, views.publish, users.info) and `response_url` endpoints,
 * on one node:http server at 127.0.0.1:<random port>. It records every call so tests can
 * assert on what the bot said, and can be told to fail a method the way Slack does. Posted
 * messages make up each channel's history (with their metadata), stamped like Slack stamps them.
 *
 * Also here: building requests *from* Slack (signed exactly like Slack signs them) so tests
 * drive the real Bolt HTTP receiver.
 */
import { createHash, createHmac } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCall {
  method: string;
  /** Decoded arguments (JSON-valued form fields such as blocks/view are parsed). */
  args: Record<string, unknown>;
  token?: string;
  /** Date.now() when the call arrived. */
  at: number;
}

export interface FakeResponse {
  /** HTTP status (default 200). */
  status?: number;
  headers?: Record<string, string>;
  body: Record<string, unknown>;
}

export interface FakeUser {
  locale?: string;
  is_bot?: boolean;
  is_admin?: boolean;
  is_owner?: boolean;
  name?: string;
}

export interface HistoryMessage {
  type: 'message';
  ts: string;
  text: string;
  user: string;
  bot_id: string;
  /** The thread it was posted in (conversations.history leaves these out; conversations.replies has them). */
  thread_ts?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

type Answer = FakeResponse | Record<string, unknown> | undefined;
export type MethodHandler = (args: Record<string, unknown>) => Answer | Promise<Answer>;

export const BOT_USER_ID = 'UBOT';
export const BOT_ID = 'BBOT';
export const TEAM_ID = 'T0001';

export class FakeSlack {
  readonly calls: FakeCall[] = [];
  /** Bodies POSTed to response_url, by the id in /response/<id>. */
  readonly responses: { id: string; body: Record<string, unknown> }[] = [];
  readonly users = new Map<string, FakeUser>();
  /** Files served at /files/<name> (url_private_download), only to a request with a bot token. */
  readonly files = new Map<string, string>();
  /** Authorization headers seen on file downloads. */
  readonly fileAuth: (string | undefined)[] = [];
  private readonly overrides = new Map<string, MethodHandler>();
  /** JSON messages the Socket Mode client sent us (acks: { envelope_id, payload? }). */
  readonly socketReceived: Record<string, unknown>[] = [];
  private socket: Duplex | undefined;
  private server!: Server;
  /** Each channel's posted messages, oldest first (what conversations.history reads). */
  readonly history = new Map<string, HistoryMessage[]>();
  /** Last message timestamp handed out, in microseconds (Slack's ts: unique, increasing). */
  private tsMicros = 0;
  base = '';

  /** `port`: listen where a client already points (Slack "coming back"); default any free port. */
  static async start(opts: { port?: number } = {}): Promise<FakeSlack> {
    const f = new FakeSlack();
    f.server = createServer((req, res) => void f.handle(req, res));
    f.server.on('upgrade', (req, sock: Duplex) => f.upgrade(req, sock));
    await new Promise<void>((r) => f.server.listen(opts.port ?? 0, '127.0.0.1', () => r()));
    f.base = `http://127.0.0.1:${(f.server.address() as AddressInfo).port}`;
    return f;
  }

  /** Value for clientOptions.slackApiUrl / SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  fileUrl(name: string): string {
    return `${this.base}/files/${name}`;
  }

  responseUrl(id: string): string {
    return `${this.base}/response/${id}`;
  }

  /** Calls of a method whose connection is dropped instead of answered (see dropAnswers). */
  private readonly drops = new Map<string, { left: number; act: boolean }>();

  /**
   * The next `n` calls of `method` read to the end and then dropped without an answer, the client
   * seeing a network error after its request went out. `act`: Slack did it all the same (a post
   * is in the history); otherwise it never got to act on it.
   */
  dropAnswers(method: string, n: number, opts: { act: boolean }): void {
    this.drops.set(method, { left: n, act: opts.act });
  }

  /** Answer `method` with this handler until cleared (return undefined to fall back to the default). */
  on(method: string, h: MethodHandler | null): void {
    if (h) this.overrides.set(method, h);
    else this.overrides.delete(method);
  }

  callsOf(method: string): FakeCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.overrides.clear();
    this.history.clear();
    this.drops.clear();
  }

  /** URL apps.connections.open should hand out for Socket Mode. */
  get wsUrl(): string {
    return `${this.base.replace('http', 'ws')}/link`;
  }

  /** Send a Socket Mode message (hello, or an envelope) to the connected client. */
  sendSocket(msg: Record<string, unknown>): void {
    if (!this.socket) throw new Error('no Socket Mode client connected');
    this.socket.write(wsFrame(0x1, Buffer.from(JSON.stringify(msg))));
  }

  /** Drop the Socket Mode connection without a close handshake, as a network failure does. */
  dropSocket(): void {
    this.socket?.destroy();
    this.socket = undefined;
  }

  get socketConnected(): boolean {
    return Boolean(this.socket);
  }

  /**
   * A minimal WebSocket server (RFC 6455: handshake, text/ping/close frames) — just enough to
   * be Slack's Socket Mode endpoint for the real client, without a WebSocket dependency.
   */
  private upgrade(req: IncomingMessage, sock: Duplex): void {
    const key = req.headers['sec-websocket-key'];
    if (typeof key !== 'string') return void sock.destroy();
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    sock.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    this.socket = sock;
    let buf = Buffer.alloc(0);
    sock.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      for (;;) {
        const f = readFrame(buf);
        if (!f) break;
        buf = buf.subarray(f.used);
        if (f.opcode === 0x1) this.socketReceived.push(JSON.parse(f.payload.toString('utf8')) as Record<string, unknown>);
        else if (f.opcode === 0x9) sock.write(wsFrame(0xa, f.payload));
        else if (f.opcode === 0x8) {
          sock.end(wsFrame(0x8, f.payload.subarray(0, 2)));
          if (this.socket === sock) this.socket = undefined;
        }
      }
    });
    sock.on('close', () => {
      if (this.socket === sock) this.socket = undefined;
    });
    sock.on('error', () => undefined);
    this.sendSocket({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0001' }, debug_info: { host: 'fake' } });
  }

  close(): Promise<void> {
    this.socket?.destroy();
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.base);
    const send = (r: FakeResponse) => {
      res.writeHead(r.status ?? 200, { 'content-type': 'application/json', ...r.headers });
      res.end(JSON.stringify(r.body));
    };
    const file = /^\/files\/([^/]+)$/.exec(url.pathname);
    if (file && req.method === 'GET') {
      this.fileAuth.push(req.headers.authorization);
      const content = this.files.get(file[1]!);
      if (content === undefined || !req.headers.authorization?.startsWith('Bearer xox')) {
        res.writeHead(content === undefined ? 404 : 403);
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      return void res.end(content);
    }
    const resp = /^\/response\/([^/]+)$/.exec(url.pathname);
    if (resp && req.method === 'POST') {
      this.responses.push({ id: resp[1]!, body: JSON.parse(raw || '{}') as Record<string, unknown> });
      const o = await this.overrides.get('response_url')?.({});
      return send(o && 'body' in o ? (o as FakeResponse) : { body: { ok: true } });
    }
    const api = /^\/api\/([\w.]+)$/.exec(url.pathname);
    if (!api) return send({ status: 404, body: { ok: false, error: 'unknown_path' } });
    const method = api[1]!;
    const args = decodeArgs(raw, req.headers['content-type'] ?? '');
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : (args.token as string | undefined);
    this.calls.push({ method, args, token, at: Date.now() });
    const drop = this.drops.get(method);
    if (drop && drop.left > 0) {
      drop.left--;
      if (drop.act) this.defaultAnswer(method, args);
      return void req.socket.destroy();
    }
    const o = await this.overrides.get(method)?.(args);
    if (o) return send('body' in o ? (o as FakeResponse) : { body: o });
    send({ body: this.defaultAnswer(method, args) });
  }

  private defaultAnswer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.example/', team: 'Fake', user: 'mujaz', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID };
      case 'chat.postMessage':
      case 'chat.postEphemeral': {
        this.tsMicros = Math.max(this.tsMicros + 1, Date.now() * 1000);
        const ts = `${Math.floor(this.tsMicros / 1e6)}.${String(this.tsMicros % 1e6).padStart(6, '0')}`;
        if (method === 'chat.postMessage') {
          const channel = String(args.channel);
          const m: HistoryMessage = { type: 'message', ts, text: String(args.text ?? ''), user: BOT_USER_ID, bot_id: BOT_ID };
          if (args.metadata && typeof args.metadata === 'object') m.metadata = args.metadata as HistoryMessage['metadata'];
          if (typeof args.thread_ts === 'string') m.thread_ts = args.thread_ts;
          this.history.set(channel, [...(this.history.get(channel) ?? []), m]);
        }
        return { ok: true, channel: args.channel, ts, message: { text: args.text } };
      }
      case 'conversations.history':
      case 'conversations.replies': {
        // Newest first, after `oldest` (exclusive), `limit` a page, the cursor an offset; a thread's
        // replies for conversations.replies, the channel's own messages for conversations.history.
        const oldest = Number(args.oldest ?? 0);
        const inThread = (m: HistoryMessage) => (method === 'conversations.replies' ? m.thread_ts === String(args.ts) || m.ts === String(args.ts) : !m.thread_ts);
        const all = (this.history.get(String(args.channel)) ?? []).filter((m) => Number(m.ts) > oldest && inThread(m)).reverse();
        const limit = Number(args.limit ?? 100);
        const from = Number(args.cursor ?? 0);
        const page = all.slice(from, from + limit);
        const withMeta = args.include_all_metadata === true || args.include_all_metadata === 'true';
        const more = from + limit < all.length;
        return {
          ok: true,
          messages: page.map(({ metadata, ...m }) => (withMeta && metadata ? { ...m, metadata } : m)),
          has_more: more,
          ...(more ? { response_metadata: { next_cursor: String(from + limit) } } : {}),
        };
      }
      case 'apps.connections.open':
        return { ok: true, url: this.wsUrl };
      case 'views.publish':
        return { ok: true, view: { id: 'V1', ...(args.view as object) } };
      case 'users.info': {
        const id = String(args.user ?? '');
        const u = this.users.get(id);
        if (!u) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: { id, name: u.name ?? id, is_bot: Boolean(u.is_bot), is_admin: Boolean(u.is_admin), is_owner: Boolean(u.is_owner), ...(args.include_locale ? { locale: u.locale } : {}) } };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  /** Resolve once `pred` holds (polling), or fail after `ms`. */
  async waitFor<T>(pred: () => T | undefined | false | null, ms = 5000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const v = pred();
      if (v) return v;
      if (Date.now() > end) throw new Error('FakeSlack.waitFor: timed out');
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

/** A server frame (never masked). */
function wsFrame(opcode: number, payload: Buffer): Buffer {
  const n = payload.length;
  const head = n < 126 ? Buffer.from([0x80 | opcode, n]) : n < 65536 ? Buffer.from([0x80 | opcode, 126, n >> 8, n & 0xff]) : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLen(n)]);
  return Buffer.concat([head, payload]);
}

function bigLen(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

/** A client frame (masked), or null until enough bytes have arrived. */
function readFrame(b: Buffer): { opcode: number; payload: Buffer; used: number } | null {
  if (b.length < 2) return null;
  const opcode = b[0]! & 0x0f;
  const masked = (b[1]! & 0x80) !== 0;
  let len = b[1]! & 0x7f;
  let at = 2;
  if (len === 126) {
    if (b.length < 4) return null;
    len = b.readUInt16BE(2);
    at = 4;
  } else if (len === 127) {
    if (b.length < 10) return null;
    len = Number(b.readBigUInt64BE(2));
    at = 10;
  }
  const maskAt = at;
  if (masked) at += 4;
  if (b.length < at + len) return null;
  const payload = Buffer.from(b.subarray(at, at + len));
  if (masked) for (let i = 0; i < len; i++) payload[i] = payload[i]! ^ b[maskAt + (i % 4)]!;
  return { opcode, payload, used: at + len };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function decodeArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    // The Web API client sends objects and arrays as JSON strings inside the form.
    out[k] = /^[[{]/.test(v) ? safeJson(v) : v;
  }
  return out;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

// ---- Requests from Slack -------------------------------------------------------------

export interface SignedRequestOptions {
  secret: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** Replace the computed signature (to test rejection). */
  signature?: string;
  headers?: Record<string, string>;
}

/** v0=HMAC-SHA256(secret, `v0:${ts}:${body}`), as Slack signs requests. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface PostResult {
  status: number;
  body: string;
  /** Milliseconds until the response arrived (ack latency). */
  ms: number;
}

async function signedPost(url: string, body: string, contentType: string, o: SignedRequestOptions): Promise<PostResult> {
  const ts = o.timestamp ?? Math.floor(Date.now() / 1000);
  const t0 = Date.now();
  const r = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': o.signature ?? slackSignature(o.secret, ts, body),
      ...o.headers,
    },
    body,
  });
  const text = await r.text();
  return { status: r.status, body: text, ms: Date.now() - t0 };
}

/** An Events API delivery (JSON), e.g. an event_callback envelope. */
export function postEvent(url: string, envelope: Record<string, unknown>, o: SignedRequestOptions): Promise<PostResult> {
  return signedPost(url, JSON.stringify(envelope), 'application/json', o);
}

/** A slash command invocation (form-encoded, as Slack sends it). */
export function postCommand(url: string, fields: Record<string, string>, o: SignedRequestOptions): Promise<PostResult> {
  return signedPost(url, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', o);
}

let eventSeq = 0;

/** An event_callback envelope around `event`, with a fresh event_id unless given. */
export function eventEnvelope(event: Record<string, unknown>, eventId?: string): Record<string, unknown> {
  eventSeq += 1;
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    api_app_id: 'A0001',
    event,
    type: 'event_callback',
    event_id: eventId ?? `Ev${String(eventSeq).padStart(8, '0')}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true }],
  };
}
