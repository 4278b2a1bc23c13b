/**
 * Reply -> Slack messages: Block Kit blocks plus the plain `text` fallback Slack shows in
 * notifications and in clients that cannot draw blocks. Pure (no Bolt, no I/O) so the limits
 * can be tested exactly.
 *
 * Slack rejects (invalid_blocks) or silently truncates what exceeds its limits, so a long reply
 * is cut into pieces that each fit one block, and the pieces are packed into as many messages
 * as needed instead of being truncated.
 */
import type { Block, Reply } from '../../reply/model.ts';
import { renderPlain } from '../../reply/render-text.ts';

export const SLACK_LIMITS = {
  /** Blocks per message. */
  blocks: 50,
  /** Characters in a section's (or context element's) text. */
  sectionText: 3000,
  /** Characters in a header's plain_text. */
  headerText: 150,
  /** What one message may carry in all (block texts + fallback) before we split it. */
  messageChars: 12_000,
  /**
   * The fallback is only a preview (notifications, screen readers, old clients); it is clipped
   * so that the blocks keep most of a message's budget.
   */
  fallbackChars: 3000,
} as const;

export type SlackTextObject = { type: 'mrkdwn'; text: string } | { type: 'plain_text'; text: string; emoji?: boolean };

export type SlackBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji?: boolean } }
  | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
  | { type: 'context'; elements: { type: 'mrkdwn'; text: string }[] }
  | { type: 'divider' };

export interface SlackMessage {
  /** Plain fallback (escaped for mrkdwn, as Slack parses it). */
  text: string;
  blocks: SlackBlock[];
}

/** Slack's three control characters in mrkdwn; everything else is shown as typed. */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const escapedLen = (c: string): number => (c === '&' ? 5 : c === '<' || c === '>' ? 4 : c.length);

/**
 * Cut raw text into pieces whose *escaped* length fits `max`, preferring line breaks, then
 * spaces, never splitting a surrogate pair. Pieces are returned raw (unescaped).
 */
export function splitForLimit(raw: string, max: number): string[] {
  const out: string[] = [];
  const chars = Array.from(raw); // code points, so a pair is never cut
  let start = 0;
  while (start < chars.length) {
    let size = 0;
    let end = start;
    while (end < chars.length && size + escapedLen(chars[end]!) <= max) {
      size += escapedLen(chars[end]!);
      end++;
    }
    if (end < chars.length) {
      // Back off to a natural break if one is reasonably close to the limit.
      const floor = start + Math.floor((end - start) / 2);
      let cut = -1;
      for (let i = end; i > floor; i--) if (chars[i - 1] === '\n') { cut = i; break; }
      if (cut < 0) for (let i = end; i > floor; i--) if (chars[i - 1] === ' ') { cut = i; break; }
      if (cut > start) end = cut;
    }
    if (end === start) end = start + 1; // a single character wider than max: cannot happen with max >= 5
    const piece = chars.slice(start, end).join('').replace(/^\n+|\s+$/g, '');
    if (piece) out.push(piece);
    start = end;
  }
  return out.length ? out : [''];
}

/** Shorten to `max` UTF-16 units (the stricter count), never cutting a surrogate pair. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = '';
  for (const c of s) {
    if (out.length + c.length > max - 1) break;
    out += c;
  }
  return `${out}…`;
}

/** One Slack block together with the model block it shows (for the plain fallback). */
interface Piece {
  slack: SlackBlock;
  model: Block;
  /** Characters the block puts in the message. */
  size: number;
}

function section(mrkdwn: string, model: Block): Piece {
  return { slack: { type: 'section', text: { type: 'mrkdwn', text: mrkdwn } }, model, size: mrkdwn.length };
}

function context(mrkdwn: string, model: Block): Piece {
  return { slack: { type: 'context', elements: [{ type: 'mrkdwn', text: mrkdwn }] }, model, size: mrkdwn.length };
}

function pieces(b: Block): Piece[] {
  const max = SLACK_LIMITS.sectionText;
  switch (b.type) {
    case 'heading': {
      const t = clip(b.text.replace(/\s+/g, ' ').trim(), SLACK_LIMITS.headerText);
      if (!t) return [];
      return [{ slack: { type: 'header', text: { type: 'plain_text', text: t, emoji: false } }, model: { type: 'heading', text: t }, size: t.length }];
    }
    case 'text':
      if (!b.text.trim()) return [];
      return splitForLimit(b.text, max).map((p) => section(escapeMrkdwn(p), { type: 'text', text: p }));
    case 'note':
      if (!b.text.trim()) return [];
      return splitForLimit(b.text, max).map((p) => context(escapeMrkdwn(p), { type: 'note', text: p }));
    case 'list':
      return listPieces(b.items, Boolean(b.ordered));
    case 'quote': {
      // The blockquote marker must be a literal '>' at line start, added after escaping; the
      // quote is made one line so that the markers added stay countable.
      const t = b.text.replace(/\s+/g, ' ').trim();
      if (!t) return [];
      const body = b.attribution ? `${t}\n— ${b.attribution.replace(/\s+/g, ' ').trim()}` : t;
      return splitForLimit(body, max - 4).map((p, i, all) => {
        const mrkdwn = p
          .split('\n')
          .map((line) => `>${escapeMrkdwn(line)}`)
          .join('\n');
        // The fallback keeps the quote marks on the whole quote; on a split quote each piece is a plain line.
        const model: Block = all.length === 1 ? b : { type: 'text', text: i === 0 ? `“${p}` : p };
        return section(mrkdwn, model);
      });
    }
  }
}

/** Lists are packed item by item into sections; an over-long item is itself split. */
function listPieces(items: string[], ordered: boolean): Piece[] {
  const max = SLACK_LIMITS.sectionText;
  const lines: { mrkdwn: string; plain: string }[] = [];
  items.forEach((item, i) => {
    const mark = ordered ? `${i + 1}. ` : '• ';
    splitForLimit(item, max - 10).forEach((part, j) => {
      const lead = j === 0 ? mark : '   ';
      lines.push({ mrkdwn: `${lead}${escapeMrkdwn(part)}`, plain: `${lead}${part}` });
    });
  });
  const out: Piece[] = [];
  let cur: typeof lines = [];
  let size = 0;
  const flush = () => {
    if (!cur.length) return;
    const mrkdwn = cur.map((l) => l.mrkdwn).join('\n');
    // Numbers and bullets are already in the lines, so the fallback shows them as text.
    out.push(section(mrkdwn, { type: 'text', text: cur.map((l) => l.plain).join('\n') }));
    cur = [];
    size = 0;
  };
  for (const l of lines) {
    if (cur.length && size + 1 + l.mrkdwn.length > max) flush();
    cur.push(l);
    size += (size ? 1 : 0) + l.mrkdwn.length;
  }
  flush();
  return out;
}

function fallback(reply: Reply, models: Block[]): string {
  const plain = renderPlain({ ...reply, blocks: models }).trim();
  const cut = splitForLimit(plain, SLACK_LIMITS.fallbackChars - 1)[0] ?? '';
  return cut.length < plain.length ? `${escapeMrkdwn(cut)}…` : escapeMrkdwn(plain);
}

/**
 * Render a reply as one or more Slack messages, each within Slack's limits. An empty reply
 * renders as no message at all.
 */
export function renderSlack(reply: Reply): SlackMessage[] {
  const all = reply.blocks.flatMap(pieces);
  const budget = SLACK_LIMITS.messageChars - SLACK_LIMITS.fallbackChars;
  const groups: Piece[][] = [];
  let cur: Piece[] = [];
  let size = 0;
  for (const p of all) {
    if (cur.length && (cur.length >= SLACK_LIMITS.blocks || size + p.size > budget)) {
      groups.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(p);
    size += p.size;
  }
  if (cur.length) groups.push(cur);
  return groups.map((g) => ({
    text: fallback(
      reply,
      g.map((p) => p.model),
    ),
    blocks: g.map((p) => p.slack),
  }));
}

/** Everything a message carries, as Slack counts it for our budget. */
export function messageChars(m: SlackMessage): number {
  let n = m.text.length;
  for (const b of m.blocks) {
    if (b.type === 'header' || b.type === 'section') n += b.text.text.length;
    else if (b.type === 'context') n += b.elements.reduce((a, e) => a + e.text.length, 0);
  }
  return n;
}
