/**
 * Bolt's logger interface on top of mujaz's one-line stderr log, so Bolt's messages look
 * like ours and obey MUJAZ_LOG_LEVEL.
 */
import { LogLevel, type Logger } from '@slack/bolt';
import { log } from '../../log.ts';

export function boltLogger(level: string): Logger {
  let current: LogLevel =
    level === 'debug' ? LogLevel.DEBUG : level === 'warn' ? LogLevel.WARN : level === 'error' || level === 'silent' ? LogLevel.ERROR : LogLevel.INFO;
  let name = 'slack';
  const line = (msg: unknown[]) => `${name}: ${msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ')}`;
  return {
    debug: (...m: unknown[]) => log.debug(line(m)),
    info: (...m: unknown[]) => log.info(line(m)),
    warn: (...m: unknown[]) => log.warn(line(m)),
    error: (...m: unknown[]) => log.error(line(m)),
    setLevel: (l: LogLevel) => {
      current = l;
    },
    getLevel: () => current,
    setName: (n: string) => {
      name = n;
    },
  };
}
