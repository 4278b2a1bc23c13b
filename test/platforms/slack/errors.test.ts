import { describe, expect, it } from 'vitest';
import { classifySlackError } from '../../../src/platforms/slack/errors.ts';

const platform = (error: string, extra = {}) => Object.assign(new Error(`An API error occurred: ${error}`), { code: 'slack_webapi_platform_error', data: { ok: false, error, ...extra } });

describe('classifySlackError', () => {
  it('knows when the bot can no longer post in a chat', () => {
    for (const e of ['not_in_channel', 'channel_not_found', 'is_archived', 'account_inactive'])
      expect(classifySlackError(platform(e))).toEqual({ kind: 'gone', error: e });
  });

  it('reads Retry-After from rate limits, thrown or answered', () => {
    expect(classifySlackError(Object.assign(new Error('rl'), { code: 'slack_webapi_rate_limited_error', retryAfter: 7 }))).toEqual({
      kind: 'rate-limited',
      retryAfterMs: 7000,
      error: 'ratelimited',
    });
    expect(classifySlackError(platform('ratelimited', { response_metadata: { retryAfter: 3 } }))).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3000 });
  });

  it('keeps token-wide and unknown failures apart from the chat', () => {
    expect(classifySlackError(platform('invalid_auth'))).toEqual({ kind: 'other', error: 'invalid_auth' });
    expect(classifySlackError(Object.assign(new Error('x'), { code: 'slack_webapi_http_error', statusCode: 502 }))).toEqual({ kind: 'other', error: 'http 502' });
    expect(classifySlackError(new Error('socket hang up'))).toEqual({ kind: 'other', error: 'socket hang up' });
    expect(classifySlackError(undefined).kind).toBe('other');
  });
});
