/**
 * The one normalised event every transport hands the core (Bolt's receiver idea):
 * adapters translate their platform's update into this and nothing else reaches the core.
 */
import type { PlatformName } from '../core/platform.ts';

export interface Attachment {
  name: string;
  mime?: string;
  size?: number;
  /** Downloads the file's bytes (the adapter knows how). */
  fetch(): Promise<Buffer>;
}

export interface IncomingMessage {
  platform: PlatformName;
  chatId: string;
  userId: string;
  text: string;
  chatType: 'private' | 'group' | 'channel';
  /**
   * True when the text is certainly meant for the bot (private chat, mention, slash command,
   * console). Unaddressed plain text in a group is ignored unless it is a /command.
   */
  addressed: boolean;
  /** The user's platform locale when known ("ar", "en-US"). */
  userLocale?: string;
  /** The bot's own username, so "/who@mujaz_bot" is accepted and "/who@other_bot" ignored. */
  botUsername?: string;
  /** Group admin check, resolved lazily by the adapter (only some commands need it). */
  isChatAdmin?: () => Promise<boolean>;
  attachments?: Attachment[];
  /** How commands are typed on this platform, for help texts: "/" (default) or "/mujaz " on Slack. */
  commandPrefix?: string;
}

export const chatKey = (m: Pick<IncomingMessage, 'platform' | 'chatId'>): string => `${m.platform}:${m.chatId}`;
export const userKey = (m: Pick<IncomingMessage, 'platform' | 'userId'>): string => `${m.platform}:${m.userId}`;
