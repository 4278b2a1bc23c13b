import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { consoleTransport } from '../../../src/platforms/console/transport.ts';
import { heading, reply, text } from '../../../src/reply/model.ts';

describe('console digest transport', () => {
  it('prints the digest as plain text, and reports a closed output as an error', async () => {
    const out = new PassThrough();
    let printed = '';
    out.on('data', (c: Buffer) => (printed += c.toString()));
    const t = consoleTransport(out);
    expect(await t.send('local', reply('en', [heading('Your daily digest'), text('hello')]))).toEqual({ ok: true });
    expect(printed).toBe('== Your daily digest ==\nhello\n');
    out.end();
    await new Promise((r) => setImmediate(r));
    expect(await t.send('local', reply('en', [text('late')]))).toMatchObject({ ok: false, reason: 'error' });
  });
});
