/**
 * The platform-free reply model. Command handlers return a Reply; each platform renders it
 * (Telegram HTML, Slack Block Kit, console plain text). Text is always plain: renderers escape.
 */
import type { Lang } from '../briefing/types.ts';

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string }
  /** Small, secondary text: hints, "original Arabic" marks, machine-translation marks. */
  | { type: 'note'; text: string }
  | { type: 'list'; items: string[]; ordered?: boolean }
  | { type: 'quote'; text: string; attribution?: string };

export interface Reply {
  /** Language of the reply's labels; drives text direction when rendering. */
  lang: Lang;
  blocks: Block[];
  /** Only the asker should see it (Slack ephemeral); other platforms ignore it. */
  ephemeral?: boolean;
  /** The reply reports a problem with the request (bad input, not found, refused). */
  error?: boolean;
}

export const heading = (text: string): Block => ({ type: 'heading', text });
export const text = (t: string): Block => ({ type: 'text', text: t });
export const note = (t: string): Block => ({ type: 'note', text: t });
export const list = (items: string[], ordered = false): Block => ({ type: 'list', items, ordered });
export const quote = (t: string, attribution?: string): Block =>
  attribution ? { type: 'quote', text: t, attribution } : { type: 'quote', text: t };

export function reply(lang: Lang, blocks: Block[], extra: Partial<Omit<Reply, 'lang' | 'blocks'>> = {}): Reply {
  return { lang, blocks, ...extra };
}

/** A short error reply in the user's language. */
export function errorReply(lang: Lang, message: string, hint?: string): Reply {
  const blocks: Block[] = [text(message)];
  if (hint) blocks.push(note(hint));
  return { lang, blocks, error: true };
}
