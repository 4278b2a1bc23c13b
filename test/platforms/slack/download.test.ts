/** Slack file downloads: the bot token only goes to Slack's hosts, and bodies stop at the byte cap. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedFileHost, downloadSlackFile } from '../../../src/platforms/slack/files.ts';

let server: Server;
let base: string;
const auth: (string | undefined)[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    auth.push(req.headers.authorization);
    if (req.url === '/small') return res.end('نص قصير');
    if (req.url === '/redirect-away') return res.writeHead(302, { location: 'https://evil.example/steal' }).end();
    if (req.url === '/redirect-here') return res.writeHead(302, { location: '/small' }).end();
    if (req.url === '/huge') {
      // No content-length: only counting the streamed bytes can stop it.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => { while (sent < 200 && res.write(chunk)) sent++; if (sent < 200) res.once('drain', pump); else res.end(); };
      return pump();
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const opts = () => ({ token: 'xoxb-t', apiBase: `${base}/api/`, maxBytes: 1024 * 1024, timeoutMs: 5000 });

describe('downloadSlackFile', () => {
  it('fetches from the API host with the token, following a redirect on the same host', async () => {
    expect((await downloadSlackFile(`${base}/redirect-here`, opts())).toString()).toBe('نص قصير');
    expect(auth.at(-1)).toBe('Bearer xoxb-t');
  });

  it('never sends the token to another host, directly or through a redirect', async () => {
    const before = auth.length;
    await expect(downloadSlackFile('https://evil.example/file', opts())).rejects.toThrow(/only fetched from Slack/);
    expect(auth.length).toBe(before);
    await expect(downloadSlackFile(`${base}/redirect-away`, opts())).rejects.toThrow(/not evil\.example/);
  });

  it('stops a body without a length at the byte cap', async () => {
    await expect(downloadSlackFile(`${base}/huge`, opts())).rejects.toThrow(/larger than the limit/);
  });

  it('allows Slack file hosts over https only', () => {
    expect(allowedFileHost(new URL('https://files.slack.com/files-pri/T1-F1/a.txt'), undefined)).toBe(true);
    expect(allowedFileHost(new URL('http://files.slack.com/a.txt'), undefined)).toBe(false);
    expect(allowedFileHost(new URL('https://files.slack.com.evil.example/a.txt'), undefined)).toBe(false);
    expect(allowedFileHost(new URL('https://127.0.0.1/a.txt'), undefined)).toBe(false);
  });
});
