/**
 * One-line logs on stderr (stdout belongs to the console chat and to CLI output), with secrets masked.
 */
import { redact } from './redact.ts';

type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

let threshold: Level = (process.env.MUJAZ_LOG_LEVEL as Level | undefined) ?? 'info';
if (!(threshold in order)) threshold = 'info';

export function setLogLevel(l: Level): void {
  threshold = l;
}

function emit(level: Level, msg: string): void {
  if (order[level] < order[threshold]) return;
  process.stderr.write(`${new Date().toISOString()} ${level.toUpperCase()} ${redact(msg)}\n`);
}

export const log = {
  debug: (m: string) => emit('debug', m),
  info: (m: string) => emit('info', m),
  warn: (m: string) => emit('warn', m),
  error: (m: string) => emit('error', m),
};

/**
 * The short reason behind a failure, for a log line: the system error code when a network call
 * failed (ECONNREFUSED, ENOTFOUND, ETIMEDOUT…), else the innermost message, with secrets removed.
 * Library errors wrap the real cause (`error`, `cause`, `original`), often several levels deep.
 */
export function causeOf(e: unknown): string {
  const seen = new Set<unknown>();
  let cur: unknown = e;
  let best = '';
  while (cur && typeof cur === 'object' && !seen.has(cur)) {
    seen.add(cur);
    const o = cur as { code?: unknown; message?: unknown; type?: unknown; error?: unknown; cause?: unknown; original?: unknown; errors?: unknown };
    if (typeof o.code === 'string' && /^E[A-Z_]+$/.test(o.code)) return o.code;
    if (o.type === 'invalid-json') return 'the answer was not JSON';
    if (typeof o.message === 'string' && o.message) best = o.message;
    const agg = Array.isArray(o.errors) ? o.errors[0] : undefined;
    cur = o.cause ?? o.error ?? o.original ?? agg;
  }
  if (!best && e !== undefined && (typeof e !== 'object' || e === null)) best = String(e);
  return redact(best || 'unknown error').slice(0, 200);
}
