/** Test wiring: an App on an in-memory store (or a temp file), optionally with the sample article. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, ensureBundledArticle, type App, type AppOptions } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import type { IncomingMessage } from '../../src/core/message.ts';
import { memoryStore } from '../../src/store/open.ts';

export async function testApp(
  opts: AppOptions & { env?: Record<string, string>; sample?: boolean } = {},
): Promise<App> {
  const app = await createApp(parseConfig({ MUJAZ_LOG_LEVEL: 'silent', ...opts.env }), {
    store: opts.store ?? memoryStore(),
    ...opts,
  });
  if (opts.sample !== false) await ensureBundledArticle(app);
  return app;
}

export function tempFile(name = 'mujaz.db.json'): string {
  return join(mkdtempSync(join(tmpdir(), 'mujaz-')), name);
}

export function msg(text: string, extra: Partial<IncomingMessage> = {}): IncomingMessage {
  return { platform: 'console', chatId: 'c1', userId: 'u1', text, chatType: 'private', addressed: true, ...extra };
}
