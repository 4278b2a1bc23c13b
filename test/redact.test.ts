import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { log } from '../src/log.ts';
import { redact, registerSecret } from '../src/redact.ts';

describe('redact', () => {
  it.each([
    ['provider said: 401 for Authorization: Bearer sk-live-abcdefghijkl', 'Bearer «redacted»'],
    ['key sk-proj_ABCDEFGH12345678 rejected', 'key «redacted» rejected'],
    ['GET https://api.example/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0/getMe', '/bot«redacted»/getMe'],
    ['token xoxb-1234-5678-abcdefgh invalid', 'token «redacted» invalid'],
    ['app token xapp-1-A0123-4567-abcdef', 'app token «redacted»'],
  ])('masks a credential in %s', (input, expected) => {
    expect(redact(input)).toContain(expected);
    expect(redact(input)).not.toMatch(/sk-|AAHdq|xoxb-|xapp-1/);
  });

  it('masks a registered secret of any shape', () => {
    registerSecret('plain-signing-secret-42');
    expect(redact('bad signature with plain-signing-secret-42 (x)')).toBe('bad signature with «redacted» (x)');
  });

  it('leaves ordinary text alone', () => {
    expect(redact('fetched 12 items from https://news.example/feed in 340 ms')).toBe('fetched 12 items from https://news.example/feed in 340 ms');
  });
});

describe('log lines', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never carry a configured token, even when a third party quotes it', () => {
    parseConfig({ MUJAZ_LLM_BASE_URL: 'http://127.0.0.1:9/v1', MUJAZ_LLM_MODEL: 'm', MUJAZ_LLM_API_KEY: 'k3y-not-in-a-known-shape' });
    const writes: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (writes.push(String(s)), true));
    log.warn('translation failed: proxy said "invalid key k3y-not-in-a-known-shape"');
    expect(writes.join('')).toContain('«redacted»');
    expect(writes.join('')).not.toContain('k3y-not-in-a-known-shape');
  });
});
