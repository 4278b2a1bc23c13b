/**
 * What a failed Slack call means for mujaz. The Web API client throws coded errors:
 * platform errors carry Slack's `error` string, rate limits carry Retry-After seconds.
 */
import { causeOf } from '../../log.ts';

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

/** Slack's answers meaning "this token will not do": the operator has to change it. */
const TOKEN_ERRORS = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'not_allowed_token_type', 'invalid_token']);

/** Which token a start-up step used, so a refusal names the variable to fix. */
export type TokenVariable = 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN';

/** A failed connection step: the token it used and, for Socket Mode, the WebSocket's own error. */
export class SlackConnectError extends Error {
  constructor(
    readonly token: TokenVariable,
    readonly original: unknown,
    readonly socketCause?: string,
  ) {
    super(`slack: connecting failed (${token})`);
  }
}

/**
 * Why connecting to Slack failed, told apart the way an operator needs: a refused token is fatal
 * and names the variable; a network failure or a Slack outage is not and says what happened.
 */
export function explainConnectFailure(e: unknown): { fatal: boolean; message: string; kind: string } {
  const token = e instanceof SlackConnectError ? e.token : 'SLACK_BOT_TOKEN';
  const orig = (e instanceof SlackConnectError ? e.original : e) as CodedLike | undefined;
  const socketCause = e instanceof SlackConnectError ? e.socketCause : undefined;
  const platform = orig?.code === 'slack_webapi_platform_error' ? orig.data?.error : undefined;
  if (platform && TOKEN_ERRORS.has(platform)) return { fatal: true, kind: 'token', message: `Slack refused ${token} (${platform}): check the token in the app's settings` };
  if (platform) return { fatal: false, kind: 'platform', message: `Slack answered ${platform}` };
  if (orig?.code === 'slack_webapi_request_error') return { fatal: false, kind: 'network', message: `Slack cannot be reached (${causeOf(orig)})` };
  if (orig?.code === 'slack_webapi_http_error') return { fatal: false, kind: 'http', message: `Slack answered HTTP ${orig.statusCode ?? '?'}` };
  if (orig?.code === 'slack_webapi_rate_limited_error') return { fatal: false, kind: 'rate-limited', message: 'Slack asked to slow down (rate limited)' };
  if (socketCause) return { fatal: false, kind: 'socket', message: `the Socket Mode connection failed (${socketCause})` };
  return { fatal: false, kind: 'other', message: `Slack connection failed (${orig === undefined ? 'closed' : causeOf(orig)})` };
}
