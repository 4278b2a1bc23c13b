/**
 * Slack text -> the text the dispatcher understands. Slack sends message text in its own
 * markup (<@U123>, <#C1|name>, <https://x|label>, &amp;); slash commands arrive as
 * "who araghchi" after "/mujaz", which the dispatcher wants as "/who araghchi".
 */
import { requestAround } from '../mention.ts';

/** Decode Slack's message markup to what the user saw; drop mentions of the bot itself. */
export function decodeSlackText(raw: string, botUserId?: string): string {
  const out = raw.replace(/<([^<>]*)>/g, (_m, inner: string) => {
    const [target = '', label] = inner.split('|', 2) as [string, string | undefined];
    if (target.startsWith('@')) {
      const id = target.slice(1);
      if (botUserId && id === botUserId) return BOT_MENTION;
      return label ? `@${label}` : `@${id}`;
    }
    if (target.startsWith('#')) return label ? `#${label}` : target;
    if (target.startsWith('!')) return label ?? `@${target.slice(1).split('^')[0]}`;
    // Links: keep the address (a pasted URL may be an article to ingest).
    return target.startsWith('mailto:') ? (label ?? target.slice(7)) : target;
  });
  const decoded = out.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const at = decoded.indexOf(BOT_MENTION);
  const text = at < 0 ? decoded : requestAround(decoded.slice(0, at), decoded.slice(at + 1).replaceAll(BOT_MENTION, ' '));
  return text.replace(/[ \t]+/g, ' ').trim();
}

/** Stands for a mention of the bot while the text is decoded (a character Slack text never holds). */
const BOT_MENTION = '\u0000';

/**
 * "/mujaz who araghchi" -> "/who araghchi". Empty text is a request for help. Text that
 * does not start with a command word (e.g. Arabic "من هو عراقجي") is passed as typed so the
 * dispatcher's phrasings apply.
 */
export function slashToCommand(text: string): string {
  const t = text.trim().replace(/^\/+/, '');
  if (!t) return '/help';
  const m = /^([A-Za-z][A-Za-z0-9_]{0,63})(?=\s|$)/.exec(t);
  if (!m) return t;
  return `/${m[1]!.toLowerCase()}${t.slice(m[0].length)}`;
}

/** Slack channel ids say what they are: D = direct message, C/G = channel or group. */
export function chatTypeOf(channelId: string, channelType?: string): 'private' | 'group' {
  if (channelType) return channelType === 'im' ? 'private' : 'group';
  return channelId.startsWith('D') ? 'private' : 'group';
}
