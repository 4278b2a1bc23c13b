import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';

describe('the command set', () => {
  it('has unique names', () => {
    const names = commands.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has names Telegram accepts as bot commands', () => {
    for (const c of commands) expect(c.name).toMatch(/^[a-z0-9_]{1,32}$/);
  });

  it('describes every command in Arabic and English within Telegram menu limits', () => {
    for (const c of commands) {
      for (const l of ['ar', 'en'] as const) {
        expect(c.description[l].length, `${c.name} ${l}`).toBeGreaterThanOrEqual(3);
        expect(c.description[l].length, `${c.name} ${l}`).toBeLessThanOrEqual(256);
      }
    }
  });

  it('gives no two commands the same plain-text phrasing', () => {
    const seen = new Map<string, string>();
    for (const c of commands)
      for (const p of c.phrases ?? []) {
        expect(seen.get(p), `"${p}" used by ${seen.get(p)} and ${c.name}`).toBeUndefined();
        seen.set(p, c.name);
      }
  });
});
