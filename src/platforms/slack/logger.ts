/**
 * Bolt's logger interface on top of mujaz's one-line stderr log, so Bolt's messages look
 * like ours and obey MUJAZ_LOG_LEVEL.
 */
import { LogLevel, type Logger } from '@slack/bolt';
import { log } from '../../log.ts';

/**
 * `demote`: messages that go to debug whatever level Bolt gave them — e.g. the Socket Mode client's
 * "WebSocket error occurred:" on every failed attempt, which our own outage log replaces with one
 * line carrying the cause.
 */
export function boltLogger(level: string, demote?: RegExp): Logger {
  let current: LogLevel =
    level === 'debug' ? LogLevel.DEBUG : level === 'warn' ? LogLevel.WARN : level === 'error' || level === 'silent' ? LogLevel.ERROR : LogLevel.INFO;
  let name = 'slack';
  const line = (msg: unknown[]) => `${name}: ${msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ')}`;
  return {
    debug: (...m: unknown[]) => log.debug(line(m)),
    info: (...m: unknown[]) => log.info(line(m)),
    warn: (...m: unknown[]) => (demote?.test(line(m)) ? log.debug : log.warn)(line(m)),
    error: (...m: unknown[]) => (demote?.test(line(m)) ? log.debug : log.error)(line(m)),
    setLevel: (l: LogLevel) => {
      current = l;
    },
    getLevel: () => current,
    setName: (n: string) => {
      name = n;
    },
  };
}
