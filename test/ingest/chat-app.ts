/**
 * A test app for chat commands: in-memory store, bundled article, loopback fetching allowed,
 * telegram:1 as the only admin, and a helper building messages from a given user and chat.
 */
import { createApp, ensureBundledArticle, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { ingesterFor } from '../../src/ingest/service.ts';
import type { Attachment, IncomingMessage } from '../../src/core/message.ts';
import { setLogLevel } from '../../src/log.ts';
import { renderPlain } from '../../src/reply/render-text.ts';
import type { Reply } from '../../src/reply/model.ts';
import { memoryStore } from '../../src/store/open.ts';

export const ADMIN = '1';
export const USER = '2';

/**
 * A chat app whose library also holds the given fixture files, each ingested a minute after the
 * previous one and later than the bundled article, so their order (newest last) is certain.
 */
export async function chatAppWith(files: string[]): Promise<App> {
  const app = await chatApp();
  let t = Date.now() + 86_400_000;
  app.services.now = () => new Date((t += 60_000));
  for (const f of files) await ingesterFor(app.services).fromFile(f);
  return app;
}

export async function chatApp(env: Record<string, string> = {}): Promise<App> {
  setLogLevel('silent');
  const app = await createApp(
    parseConfig({ MUJAZ_ADMINS: `telegram:${ADMIN}`, MUJAZ_ALLOW_PRIVATE_FETCH: 'true', MUJAZ_FETCH_TIMEOUT_MS: '2000', ...env }),
    { store: memoryStore() },
  );
  await ensureBundledArticle(app);
  return app;
}

export function tgMessage(
  text: string,
  o: { userId?: string; chatId?: string; locale?: string; attachments?: Attachment[] } = {},
): IncomingMessage {
  return {
    platform: 'telegram',
    chatId: o.chatId ?? `chat-${o.userId ?? USER}`,
    userId: o.userId ?? USER,
    text,
    chatType: 'private',
    addressed: true,
    userLocale: o.locale ?? 'en',
    attachments: o.attachments,
  };
}

/** Send and render as plain text ('' when the bot stays silent). */
export async function say(app: App, text: string, o: Parameters<typeof tgMessage>[1] = {}): Promise<{ reply: Reply; text: string }> {
  const reply = await app.dispatcher.handle(tgMessage(text, o));
  if (!reply) throw new Error(`no reply to ${text}`);
  return { reply, text: renderPlain(reply) };
}

export function attachment(name: string, body: Buffer | string, mime?: string): Attachment {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(body);
  return { name, mime, size: buf.length, fetch: async () => buf };
}
