/** slack/manifest.yml must create an app that matches what the code listens to and calls. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLASH_COMMAND } from '../../../src/platforms/slack/app.ts';

const manifest = readFileSync(new URL('../../../slack/manifest.yml', import.meta.url), 'utf8');
/** The "- item" lines following `key:` (no YAML parser is installed; the file is kept simple for this). */
function listUnder(key: string): string[] {
  const lines = manifest.split('\n');
  const i = lines.findIndex((l) => l.trim() === `${key}:`);
  expect(i, `${key} in manifest`).toBeGreaterThanOrEqual(0);
  const out: string[] = [];
  for (const l of lines.slice(i + 1)) {
    const m = /^\s*- (\S+)\s*$/.exec(l);
    if (!m) break;
    out.push(m[1]!);
  }
  return out;
}

describe('slack/manifest.yml', () => {
  it('declares the slash command the app handles, with a usage hint', () => {
    expect(manifest).toContain(`- command: ${SLASH_COMMAND}\n`);
    expect(manifest).toMatch(/usage_hint: ".*who NAME.*"/);
  });

  it('subscribes to exactly the events the app handles', () => {
    expect(listUnder('bot_events').sort()).toEqual(['app_home_opened', 'app_mention', 'message.im']);
  });

  it('asks for the scopes the code uses and no broad history scopes', () => {
    const scopes = listUnder('bot');
    for (const s of ['commands', 'chat:write', 'app_mentions:read', 'im:history', 'users:read']) expect(scopes).toContain(s);
    for (const s of ['channels:history', 'groups:history', 'mpim:history']) expect(scopes).not.toContain(s);
  });

  it('enables the Home tab, the messages tab and Socket Mode', () => {
    expect(manifest).toMatch(/home_tab_enabled: true/);
    expect(manifest).toMatch(/messages_tab_enabled: true/);
    expect(manifest).toMatch(/messages_tab_read_only_enabled: false/);
    expect(manifest).toMatch(/socket_mode_enabled: true/);
    expect(manifest).not.toMatch(/\t/);
  });
});
