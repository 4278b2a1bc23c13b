/**
 * Reply -> Telegram HTML (parse_mode "HTML"), split into messages Telegram accepts.
 * Pure functions: no grammY here, so the rendering can be tested and reused (inline results,
 * digests) without a bot.
 */
import type { Lang } from '../../briefing/types.ts';
import type { Block, Reply } from '../../reply/model.ts';

/** Telegram's limit for one message's text. We measure the HTML source, which is never shorter than what Telegram counts. */
export const TELEGRAM_MAX_CHARS = 4096;

/** Right-to-left mark: makes a paragraph that starts with a Latin name still lay out right-to-left. */
export const RLM = '\u200F';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
// Strong left-to-right letters (Latin and the like); digits and punctuation are weak/neutral.
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

/** Does the first strong character of `s` (ignoring tags) make the paragraph left-to-right? */
function startsLtr(s: string): boolean {
  const plain = s.replace(/<[^>]*>/g, '');
  for (const ch of plain) {
    if (ARABIC_LETTER.test(ch)) return false;
    if (LATIN_LETTER.test(ch)) return true;
  }
  return false;
}

/** In an Arabic reply, every line that would otherwise start left-to-right gets an RLM. */
function rtlLines(html: string): string {
  return html
    .split('\n')
    .map((line) => (line && startsLtr(line) ? RLM + line : line))
    .join('\n');
}

const QUOTE_MARKS: Record<Lang, [string, string]> = { ar: ['«', '»'], en: ['“', '”'] };

function renderBlock(b: Block, lang: Lang): string {
  switch (b.type) {
    case 'heading':
      return `<b>${escapeHtml(b.text)}</b>`;
    case 'text':
      return escapeHtml(b.text);
    case 'note':
      return `<i>${escapeHtml(b.text)}</i>`;
    case 'list':
      return b.items.map((it, i) => `${b.ordered ? `${i + 1}.` : '•'} ${escapeHtml(it)}`).join('\n');
    case 'quote': {
      const [open, close] = QUOTE_MARKS[lang];
      const by = b.attribution ? `\n— <i>${escapeHtml(b.attribution)}</i>` : '';
      return `<blockquote>${open}${escapeHtml(b.text)}${close}${by}</blockquote>`;
    }
  }
}

/** The whole reply as one Telegram HTML string (may exceed the message limit: see renderMessages). */
export function renderHtml(r: Reply): string {
  const parts: string[] = [];
  r.blocks.forEach((b, i) => {
    // A blank line before a heading (except the first) groups the reply into sections.
    if (b.type === 'heading' && i > 0) parts.push('');
    parts.push(renderBlock(b, r.lang));
  });
  const html = parts.join('\n').trim();
  return r.lang === 'ar' ? rtlLines(html) : html;
}

/** Reply rendered and split into messages of at most `max` characters each. */
export function renderMessages(r: Reply, max = TELEGRAM_MAX_CHARS): string[] {
  const html = renderHtml(r);
  if (!html) return [];
  return splitHtml(html, max, r.lang === 'ar' ? RLM : '');
}

// --- splitting ---------------------------------------------------------------------------

interface Token {
  kind: 'open' | 'close' | 'text' | 'space' | 'newline';
  s: string;
  /** Tag name for open/close tokens. */
  tag?: string;
}

const TOKEN = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^>]*)?>|&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);|\n|[^\S\n]+|[^\s<&]+|[<&]/g;

function tokenize(html: string, max: number): Token[] {
  const out: Token[] = [];
  for (const m of html.matchAll(TOKEN)) {
    const s = m[0];
    if (m[1]) out.push({ kind: s.startsWith('</') ? 'close' : 'open', s, tag: m[1].toLowerCase() });
    else if (s === '\n') out.push({ kind: 'newline', s });
    else if (/^[^\S\n]+$/.test(s)) out.push({ kind: 'space', s });
    else if (s.startsWith('&')) out.push({ kind: 'text', s });
    else out.push(...hardSplit(s, Math.max(1, Math.floor(max / 2))).map((p) => ({ kind: 'text' as const, s: p })));
  }
  return out;
}

/**
 * A "word" longer than half a message (a pasted URL, 10,000 letters without a space) cannot
 * be kept whole; it is cut into pieces on code point boundaries (never inside a surrogate pair).
 */
function hardSplit(word: string, size: number): string[] {
  if (word.length <= size) return [word];
  const pieces: string[] = [];
  let cur = '';
  for (const ch of word) {
    if (cur.length + ch.length > size) {
      pieces.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) pieces.push(cur);
  return pieces;
}

const closers = (stack: readonly Token[]): string =>
  [...stack]
    .reverse()
    .map((t) => `</${t.tag}>`)
    .join('');
const openers = (stack: readonly Token[]): string => stack.map((t) => t.s).join('');

/**
 * Split Telegram HTML into chunks of at most `max` characters. Cuts fall between tokens (never
 * inside a tag, an entity or a word), preferably at a line break; tags open at a cut are closed
 * at the end of one chunk and reopened at the start of the next. `lead` (e.g. an RLM) starts
 * every continuation chunk so its direction does not depend on where the cut fell.
 */
export function splitHtml(html: string, max = TELEGRAM_MAX_CHARS, lead = ''): string[] {
  if (html.length <= max) return [html];
  const tokens = tokenize(html, max);
  const chunks: string[] = [];
  let i = 0;
  let stack: Token[] = [];
  while (i < tokens.length) {
    // Skip whitespace at the start of a chunk.
    while (i < tokens.length && (tokens[i]!.kind === 'space' || tokens[i]!.kind === 'newline')) i++;
    if (i >= tokens.length) break;
    // A line that already starts with the lead (rtlLines put an RLM there) must not get a second.
    const prefix = (chunks.length && !tokens[i]!.s.startsWith(lead) ? lead : '') + openers(stack);
    let len = prefix.length;
    const st = [...stack];
    // Candidate cut points: [token index, stack at that point].
    let lastFit: { at: number; stack: Token[] } | null = null;
    let lastLine: { at: number; stack: Token[] } | null = null;
    let j = i;
    for (; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.kind === 'open') st.push(t);
      else if (t.kind === 'close') {
        const k = st.map((x) => x.tag).lastIndexOf(t.tag);
        if (k >= 0) st.splice(k, 1);
      }
      len += t.s.length;
      if (len + closers(st).length > max) break;
      const next = tokens[j + 1];
      // A cut right after an opening tag would leave an empty element behind.
      if (t.kind !== 'open' && (!next || next.kind !== 'close')) {
        lastFit = { at: j + 1, stack: [...st] };
        if (next?.kind === 'newline') lastLine = { at: j + 1, stack: [...st] };
      }
    }
    let cut: { at: number; stack: Token[] };
    if (j >= tokens.length) cut = { at: tokens.length, stack: st };
    else if (lastLine && lastLine.at - i >= (lastFit!.at - i) / 2) cut = lastLine;
    else if (lastFit) cut = lastFit;
    else if (stack.length) {
      // Not even one token fits after the reopened tags: drop the formatting for this stretch.
      stack = [];
      continue;
    } else {
      // Unreachable with our own tags (words are cut to max/2); never loop forever regardless.
      cut = { at: i + 1, stack: [] };
    }
    let body = prefix + tokens.slice(i, cut.at).map((t) => t.s).join('');
    body = body.replace(/\s+$/, '') + closers(cut.stack);
    chunks.push(body);
    stack = cut.stack;
    i = cut.at;
  }
  return chunks.filter((c) => c.replace(/<[^>]*>/g, '').replace(new RegExp(RLM, 'g'), '').trim() !== '');
}
