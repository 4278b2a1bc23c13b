/** Log lines written from now on (info and up) instead of to stderr; restored by vi.restoreAllMocks(). */
import { vi } from 'vitest';
import { setLogLevel } from '../../src/log.ts';

export function captureLog(): string[] {
  const lines: string[] = [];
  setLogLevel('info');
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    lines.push(String(s));
    return true;
  });
  return lines;
}
