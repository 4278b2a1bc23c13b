/**
 * A local fake OpenAI-compatible chat-completions server (POST /chat/completions on
 * 127.0.0.1, port 0) for the translation tests. In 'ok' mode it "translates" each text it is
 * sent into a recognisable tagged string and writes a summary when the request carries the
 * article; the other modes reproduce the ways a real provider fails.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeMode =
  | 'ok'
  /** ok, but the JSON comes wrapped in a Markdown fence, as some local models do. */
  | 'fenced'
  /** 200 with prose instead of JSON in the message content. */
  | 'malformed'
  /** 200 with JSON of the wrong shape. */
  | 'wrong-shape'
  /** Never answers (the client's timeout must fire). */
  | 'hang'
  | '401'
  | '429'
  | '500'
  /** The OpenAI-style refusal field. */
  | 'refusal'
  /** ok, but leaves out the summary and the second text. */
  | 'partial';

export interface FakeRequest {
  authorization: string | undefined;
  body: {
    model?: string;
    response_format?: { type?: string };
    messages?: Array<{ role: string; content: string }>;
  };
  /** The user message's JSON request (texts, article, from, to). */
  request: { from?: string; to?: string; texts?: Array<{ id: string; text: string }>; article?: string };
}

/** What the fake returns as the translation of `text` (tests look for it in replies). */
export function fakeTranslation(text: string, to = 'English'): string {
  return `[${to}] ${text.slice(0, 40).trim()}`;
}

export const FAKE_SUMMARY = {
  ar: ['نقطة أولى من الملخص الآلي', 'نقطة ثانية من الملخص الآلي', 'نقطة ثالثة من الملخص الآلي'],
  en: ['Machine summary point one', 'Machine summary point two', 'Machine summary point three'],
};

export interface FakeLlm {
  url: string;
  mode: FakeMode;
  requests: FakeRequest[];
  close(): Promise<void>;
}

function completion(content: string | null, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content, ...extra }, finish_reason: 'stop' }],
  });
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
}

export async function startFakeLlm(mode: FakeMode = 'ok'): Promise<FakeLlm> {
  const requests: FakeRequest[] = [];
  const fake: FakeLlm = { url: '', mode, requests, close: async () => undefined };
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return send(res, 404, '{"error":"not found"}');
      let body: FakeRequest['body'] = {};
      let request: FakeRequest['request'] = {};
      try {
        body = JSON.parse(raw);
        request = JSON.parse(body.messages?.find((m) => m.role === 'user')?.content ?? '{}');
      } catch {
        return send(res, 400, '{"error":"bad request"}');
      }
      requests.push({ authorization: req.headers.authorization, body, request });
      const to = request.to ?? 'English';
      const translations = (request.texts ?? []).map((t) => ({ id: t.id, text: fakeTranslation(t.text, to) }));
      const reply: Record<string, unknown> = { translations };
      if (request.article) reply.summary = FAKE_SUMMARY;
      switch (fake.mode) {
        case 'ok':
          return send(res, 200, completion(JSON.stringify(reply)));
        case 'fenced':
          return send(res, 200, completion(`\`\`\`json\n${JSON.stringify(reply)}\n\`\`\``));
        case 'partial':
          return send(res, 200, completion(JSON.stringify({ translations: translations.filter((t) => t.id !== '2') })));
        case 'malformed':
          return send(res, 200, completion('Sure! Here is the translation you asked for: Putin met Araghchi.'));
        case 'wrong-shape':
          return send(res, 200, completion(JSON.stringify({ translated: 'everything', translations: 'none' })));
        case 'refusal':
          return send(res, 200, completion(null, { refusal: "I'm sorry, I can't help with that." }));
        case '401':
          return send(res, 401, JSON.stringify({ error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } }));
        case '429':
          return send(res, 429, JSON.stringify({ error: { message: 'Rate limit reached', type: 'requests' } }), { 'retry-after': '20' });
        case '500':
          return send(res, 500, '<html>Internal Server Error</html>', { 'content-type': 'text/html' });
        case 'hang':
          return; // keep the connection open; close() destroys it
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return fake;
}

/** Environment for createApp pointing at the fake. */
export function llmEnv(fake: FakeLlm, extra: Record<string, string> = {}): Record<string, string> {
  return { MUJAZ_LLM_BASE_URL: fake.url, MUJAZ_LLM_API_KEY: 'sk-test', MUJAZ_LLM_MODEL: 'fake-model', MUJAZ_LLM_TIMEOUT_MS: '400', ...extra };
}
