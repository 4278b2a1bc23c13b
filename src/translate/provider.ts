/**
 * A minimal client for any OpenAI-compatible chat-completions endpoint (hosted or local):
 * one POST {base}/chat/completions asking for a JSON object. Every way it can go wrong ends
 * in a ProviderError with a kind the caller can log and count on.
 */
export type ProviderFailure = 'timeout' | 'auth' | 'rate-limited' | 'http' | 'network' | 'malformed' | 'refusal';

export class ProviderError extends Error {
  override name = 'ProviderError';
  constructor(
    readonly kind: ProviderFailure,
    message: string,
    /** The server's Retry-After, when it gave one (429, 503). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export interface ProviderOptions {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** Bodies quoted in errors are cut short: they may be huge HTML pages. */
function snippet(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 160 ? `${t.slice(0, 160)}…` : t;
}

/** Some local models wrap JSON in a Markdown fence despite being asked not to. */
export function unfence(s: string): string {
  const m = /^\s*```(?:json)?\s*\n?([\s\S]*?)\n?```\s*$/i.exec(s);
  return m ? m[1]! : s;
}

export class ChatProvider {
  constructor(readonly opts: ProviderOptions) {}

  get model(): string {
    return this.opts.model;
  }

  /** Ask for a JSON object; resolves to the parsed object, or throws ProviderError. */
  async json(messages: ChatMessage[]): Promise<unknown> {
    const url = `${this.opts.baseUrl.replace(/\/+$/, '')}/chat/completions`;
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (this.opts.apiKey) headers.authorization = `Bearer ${this.opts.apiKey}`;
    const body = JSON.stringify({
      model: this.opts.model,
      messages,
      temperature: 0,
      response_format: { type: 'json_object' },
    });
    let res: Response;
    let raw: string;
    try {
      // One deadline for the whole exchange, body included: a server that stalls mid-reply times out too.
      const signal = AbortSignal.timeout(this.opts.timeoutMs);
      res = await fetch(url, { method: 'POST', headers, body, signal });
      raw = await res.text();
    } catch (e) {
      const err = e as Error;
      if (err.name === 'TimeoutError' || err.name === 'AbortError')
        throw new ProviderError('timeout', `no answer within ${this.opts.timeoutMs} ms`);
      const cause = (err as { cause?: { code?: string } }).cause?.code;
      throw new ProviderError('network', `cannot reach ${url}${cause ? ` (${cause})` : ''}`);
    }
    if (res.status === 401 || res.status === 403)
      throw new ProviderError('auth', `HTTP ${res.status}: the endpoint refused the API key (MUJAZ_LLM_API_KEY)`);
    const after = retryAfterMs(res.headers.get('retry-after'));
    if (res.status === 429)
      throw new ProviderError('rate-limited', `HTTP 429: rate limited${after ? ` (retry after ${Math.ceil(after / 1000)}s)` : ''}`, after);
    if (!res.ok) throw new ProviderError('http', `HTTP ${res.status}: ${snippet(raw)}`, after);
    return parseCompletion(raw);
  }
}

/** Retry-After as seconds or an HTTP date, in ms; undefined when absent or unreadable. */
export function retryAfterMs(v: string | null, now = Date.now()): number | undefined {
  if (!v) return undefined;
  if (/^\d+(\.\d+)?$/.test(v.trim())) return Math.round(Number(v) * 1000);
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

/** The JSON object inside a chat-completions response body. */
export function parseCompletion(raw: string): unknown {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new ProviderError('malformed', `the response is not JSON: ${snippet(raw)}`);
  }
  const choice = (body as { choices?: unknown })?.choices;
  const first = Array.isArray(choice) ? (choice[0] as Record<string, unknown> | undefined) : undefined;
  const message = first?.message as { content?: unknown; refusal?: unknown } | undefined;
  if (!message) throw new ProviderError('malformed', 'the response has no choices[0].message');
  if (typeof message.refusal === 'string' && message.refusal.trim())
    throw new ProviderError('refusal', `the model refused: ${snippet(message.refusal)}`);
  if (first?.finish_reason === 'content_filter') throw new ProviderError('refusal', 'the reply was withheld by a content filter');
  if (typeof message.content !== 'string' || !message.content.trim())
    throw new ProviderError('malformed', 'the reply is empty');
  if (first?.finish_reason === 'length') throw new ProviderError('malformed', 'the reply was cut off (finish_reason "length")');
  try {
    return JSON.parse(unfence(message.content));
  } catch {
    throw new ProviderError('malformed', `the reply is not a JSON object: ${snippet(message.content)}`);
  }
}
