import { describe, expect, it } from 'vitest';
import { ConfigError, parseAdmins, parseConfig } from '../src/config.ts';

describe('config', () => {
  it('has defaults that open the console on the sample', () => {
    const c = parseConfig({});
    expect(c.MUJAZ_ARTICLE).toBe('data/russia-iran-partnership.ar.txt');
    expect(c.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(c.MUJAZ_DEFAULT_LANG).toBe('en');
  });

  it('treats empty variables (as in a copied .env.example) as unset', () => {
    const c = parseConfig({ TELEGRAM_BOT_TOKEN: '', SLACK_BOT_TOKEN: '  ', TELEGRAM_WEBHOOK_URL: '' });
    expect(c.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(c.SLACK_BOT_TOKEN).toBeUndefined();
  });

  it('listens on all interfaces unless MUJAZ_LISTEN_HOST says otherwise (empty = default)', () => {
    expect(parseConfig({}).MUJAZ_LISTEN_HOST).toBe('0.0.0.0');
    expect(parseConfig({ MUJAZ_LISTEN_HOST: '' }).MUJAZ_LISTEN_HOST).toBe('0.0.0.0');
    expect(parseConfig({ MUJAZ_LISTEN_HOST: '127.0.0.1' }).MUJAZ_LISTEN_HOST).toBe('127.0.0.1');
  });

  it("reads mujaz ingest's wait for a running bot here, checked like the rest (it was read raw, a typo silently meaning a minute)", () => {
    expect(parseConfig({}).MUJAZ_INBOX_WAIT_MS).toBe(60_000);
    expect(parseConfig({ MUJAZ_INBOX_WAIT_MS: '' }).MUJAZ_INBOX_WAIT_MS).toBe(60_000);
    expect(parseConfig({ MUJAZ_INBOX_WAIT_MS: '5000' }).MUJAZ_INBOX_WAIT_MS).toBe(5000);
    expect(() => parseConfig({ MUJAZ_INBOX_WAIT_MS: '1m' })).toThrow(/MUJAZ_INBOX_WAIT_MS/);
  });

  it('lists every problem at once', () => {
    try {
      parseConfig({ MUJAZ_DEFAULT_LANG: 'fr', PORT: 'abc', SLACK_BOT_TOKEN: 'xoxb-1' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const m = (e as Error).message;
      expect(m).toMatch(/MUJAZ_DEFAULT_LANG/);
      expect(m).toMatch(/PORT/);
      expect(m).toMatch(/SLACK_APP_TOKEN: or SLACK_SIGNING_SECRET/);
    }
  });

  it('requires a secret for the Telegram webhook', () => {
    expect(() => parseConfig({ TELEGRAM_BOT_TOKEN: '1:a', TELEGRAM_WEBHOOK_URL: 'https://x.example/h' })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
  });

  it('parses admins as platform:user pairs, ignoring junk', () => {
    expect([...parseAdmins('telegram:1, slack:U2,,junk')]).toEqual(['telegram:1', 'slack:U2']);
  });
});
