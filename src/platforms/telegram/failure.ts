/**
 * Why a Bot API call failed, as far as staying connected cares: a token Telegram refuses is the
 * operator's to fix (stop and say so); a conflict means a second copy polls with this token;
 * everything else (network down, 5xx, garbage answers, 429) passes and is retried.
 */
import { GrammyError, HttpError } from 'grammy';
import { causeOf } from '../../log.ts';

export type ApiFailure =
  | { kind: 'auth'; cause: string }
  | { kind: 'conflict'; cause: string }
  | { kind: 'rate-limited'; cause: string; retryAfterMs: number }
  | { kind: 'server'; cause: string }
  | { kind: 'network'; cause: string };

export function classifyApiFailure(e: unknown): ApiFailure {
  if (e instanceof GrammyError) {
    const cause = `${e.error_code} ${e.description}`;
    // 404 is what the Bot API answers for a token that is not even well-formed.
    if (e.error_code === 401 || (e.error_code === 404 && e.method === 'getMe')) return { kind: 'auth', cause };
    if (e.error_code === 409) return { kind: 'conflict', cause };
    if (e.error_code === 429) return { kind: 'rate-limited', cause, retryAfterMs: (e.parameters?.retry_after ?? 1) * 1000 };
    return { kind: 'server', cause };
  }
  if (e instanceof HttpError) return { kind: 'network', cause: causeOf(e.error) };
  return { kind: 'network', cause: causeOf(e) };
}

/** The one line an operator needs for each kind. */
export function describeFailure(f: ApiFailure): string {
  switch (f.kind) {
    case 'auth':
      return `Telegram refused TELEGRAM_BOT_TOKEN (${f.cause}): check the token @BotFather gave you`;
    case 'conflict':
      return `another copy of the bot is polling with this token, or a webhook is set (${f.cause})`;
    case 'rate-limited':
      return `Telegram asked to slow down (${f.cause})`;
    case 'server':
      return `the Bot API answered with an error (${f.cause})`;
    case 'network':
      return `the Bot API cannot be reached (${f.cause})`;
  }
}
