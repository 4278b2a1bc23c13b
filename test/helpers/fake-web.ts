/**
 * A small local web for ingest tests: real HTML pages, RSS and Atom feeds from
 * test/fixtures/web, and the misbehaving servers ingest must survive (404, slow, huge,
 * binary, wrong content type, redirect chains, a feed with 10,000 items).
 * Listens on 127.0.0.1, port 0; every request path is recorded in `hits`.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'web');
const fixture = (name: string): Buffer => readFileSync(join(FIX, name));

export interface FakeWeb {
  base: string;
  url(path: string): string;
  /** Request paths in arrival order. */
  hits: string[];
  /** User-Agent headers seen. */
  userAgents: string[];
  close(): Promise<void>;
}

const HTML = 'text/html; charset=utf-8';

const STATIC: Record<string, [string, string]> = {
  '/articles/port-strike.html': ['article-en.html', HTML],
  '/articles/desalination.html': ['article-ar.html', HTML],
  '/articles/book-festival.txt': ['article-ar-2.txt', 'text/plain; charset=utf-8'],
  '/nav.html': ['nav-only.html', HTML],
  '/empty.html': ['empty.html', HTML],
  '/feed.rss': ['feed.rss', 'application/rss+xml; charset=utf-8'],
  '/feed.atom': ['feed.atom', 'application/atom+xml'],
  '/malformed.rss': ['malformed.rss', 'application/rss+xml'],
  '/billion-laughs.rss': ['billion-laughs.rss', 'application/xml'],
};

/** A distinct English article per number, for feeds with many items. */
export function generatedArticle(i: number): string {
  const p = (s: string) => `<p>${s}</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council report number ${i}</title>
<meta property="og:site_name" content="Generated Gazette"></head><body><article><h1>Council report number ${i}</h1>
${p(`The town council of district ${i} met on Tuesday to approve a budget of ${i * 1000 + 17} euros for road repairs, officials said.`)}
${p(`Council chair Erik Vang said the repairs on route ${i} would begin in the spring and last about ${(i % 9) + 2} months.`)}
${p(`Residents had complained about the state of the roads since ${2000 + (i % 20)}, when the last major works were done.`)}
</article></body></html>`;
}

function tenThousandFeed(): string {
  const parts = ['<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Generated Gazette</title>'];
  for (let i = 0; i < 10_000; i++)
    parts.push(`<item><title>Council report number ${i}</title><link>/gen/${i}.html</link><guid isPermaLink="false">gen-${i}</guid></item>`);
  parts.push('</channel></rss>');
  return parts.join('');
}

export async function startFakeWeb(opts: { slowMs?: number } = {}): Promise<FakeWeb> {
  const hits: string[] = [];
  const userAgents: string[] = [];
  let bigFeed: string | undefined;
  const slowTimers = new Set<NodeJS.Timeout>();

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push(path);
    userAgents.push(req.headers['user-agent'] ?? '');
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    const st = STATIC[path];
    if (st) return send(200, st[1], fixture(st[0]));
    let m: RegExpExecArray | null;
    if ((m = /^\/gen\/(\d+)\.html$/.exec(path))) return send(200, HTML, generatedArticle(Number(m[1])));
    if ((m = /^\/redirect\/(\d+)$/.exec(path))) {
      const n = Number(m[1]);
      return send(302, 'text/plain', '', { location: n > 0 ? `/redirect/${n - 1}` : '/articles/port-strike.html' });
    }
    switch (path) {
      case '/feed-10k.rss':
        bigFeed ??= tenThousandFeed();
        return send(200, 'application/rss+xml', bigFeed);
      case '/slow': {
        const t = setTimeout(() => {
          slowTimers.delete(t);
          send(200, HTML, fixture('article-en.html'));
        }, opts.slowMs ?? 5_000);
        slowTimers.add(t);
        return;
      }
      case '/image.png':
        return send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
      case '/doc.pdf':
        return send(200, 'application/pdf', Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
      case '/binary.html':
        return send(200, HTML, Buffer.concat([Buffer.from('<html><body><p>'), Buffer.alloc(64, 0), Buffer.from([0xde, 0xad, 0xbe, 0xef])]));
      case '/huge.html': {
        // 6 MB streamed in chunks with no Content-Length: only the streaming cap can stop it.
        res.writeHead(200, { 'content-type': HTML });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = (): void => {
          while (sent < 6 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('error', () => undefined);
        pump();
        return;
      }
      case '/huge-declared.html':
        return send(200, HTML, '<p>small</p>', { 'content-length': String(50 * 1024 * 1024) });
      case '/redirect-loop':
        return send(302, 'text/plain', '', { location: '/redirect-loop' });
      case '/redirect-ftp':
        return send(301, 'text/plain', '', { location: 'ftp://127.0.0.1/file.txt' });
      case '/flaky':
        return send(503, 'text/plain', 'try later');
      case '/feed-flaky.rss':
        return send(
          200,
          'application/rss+xml',
          '<?xml version="1.0"?><rss version="2.0"><channel><title>Flaky</title><item><title>Down for now</title><link>/flaky</link><guid>flaky-1</guid></item></channel></rss>',
        );
      case '/ua':
        return send(200, 'text/plain', req.headers['user-agent'] ?? '');
      default:
        return send(404, 'text/plain', 'not found');
    }
  };

  const server = createServer((req, res) => {
    try {
      handler(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    url: (p) => `${base}${p}`,
    hits,
    userAgents,
    close: async () => {
      for (const t of slowTimers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
