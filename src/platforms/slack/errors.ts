/**
 * What a failed Slack call means for mujaz. The Web API client throws coded errors:
 * platform errors carry Slack's `error` string, rate limits carry Retry-After seconds.
 */

/**
 * Slack's answers meaning "the bot can no longer post in this chat". Token-wide failures
 * (invalid_auth, token_revoked) are deliberately not here: they are not the chat's fault.
 */
export const GONE_ERRORS = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'account_inactive']);

export type SlackFailure =
  | { kind: 'gone'; error: string }
  | { kind: 'rate-limited'; retryAfterMs: number; error: string }
  | { kind: 'other'; error: string };

interface CodedLike {
  code?: string;
  message?: string;
  data?: { error?: string; response_metadata?: { retryAfter?: number } };
  retryAfter?: number;
  statusCode?: number;
}

export function classifySlackError(e: unknown): SlackFailure {
  const err = (e ?? {}) as CodedLike;
  if (err.code === 'slack_webapi_rate_limited_error') {
    const s = typeof err.retryAfter === 'number' && err.retryAfter >= 0 ? err.retryAfter : 30;
    return { kind: 'rate-limited', retryAfterMs: s * 1000, error: 'ratelimited' };
  }
  const platform = err.code === 'slack_webapi_platform_error' ? err.data?.error : undefined;
  if (platform === 'ratelimited' || platform === 'rate_limited') {
    const s = err.data?.response_metadata?.retryAfter ?? 30;
    return { kind: 'rate-limited', retryAfterMs: s * 1000, error: platform };
  }
  if (platform && GONE_ERRORS.has(platform)) return { kind: 'gone', error: platform };
  if (platform) return { kind: 'other', error: platform };
  if (err.code === 'slack_webapi_http_error') return { kind: 'other', error: `http ${err.statusCode ?? '?'}` };
  return { kind: 'other', error: err.message ?? String(e) };
}
