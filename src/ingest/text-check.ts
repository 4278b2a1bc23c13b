/**
 * Bytes -> text, refusing what is not text. A PDF, an image or a zip renamed .txt must be
 * refused with a clear reason instead of being parsed into a nonsense briefing.
 */
// Yields to other work queued on the event loop (timers, sockets) before going on.
import { setImmediate as turn } from 'node:timers/promises';
import { IngestError } from './errors.ts';

const MAGIC: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP/Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

function charsetOf(contentType: string | undefined, head: string, html: boolean): string {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader;
  if (html) {
    const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
    if (meta) return meta;
  }
  return 'utf-8';
}

/** Decode bytes as text (charset from the header, an HTML meta tag or a BOM; UTF-8 otherwise). */
export function decodeText(buf: Buffer, opts: { contentType?: string; html?: boolean } = {}): string {
  for (const [what, sig] of MAGIC) {
    if (buf.length >= sig.length && sig.every((b, i) => buf[i] === b)) throw new IngestError('binary', what);
  }
  const probe = buf.subarray(0, 65_536);
  // UTF-16 text has NULs too, but only with a BOM; without one, NUL means binary.
  const utf16 = (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff);
  if (!utf16 && probe.includes(0)) throw new IngestError('binary', 'contains NUL bytes');
  let label = utf16 ? (buf[0] === 0xff ? 'utf-16le' : 'utf-16be') : charsetOf(opts.contentType, probe.subarray(0, 2048).toString('latin1'), !!opts.html);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) label = 'utf-8';
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const text = decoder.decode(buf);
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) bad++;
  if (bad > 8 && bad > text.length / 100) throw new IngestError('binary', `not valid ${decoder.encoding} text`);
  return text;
}

/** Letters in a text: what tells an article from punctuation, numbers and whitespace. */
export function letterCount(s: string): number {
  return s.match(/\p{L}/gu)?.length ?? 0;
}

/** Shortest text treated as an article (a headline with two sentences is about this long). */
export const MIN_ARTICLE_LETTERS = 120;

/**
 * Share of a text's letters that stand in words of running prose: space-separated tokens made
 * mostly of letters. Articles score near 1; /etc/passwd, CSV, logs, code and config files
 * (root:x:0:0:root:/root:/bin/bash) score far lower, since their letters sit inside tokens of
 * digits and punctuation.
 */
export function proseShare(text: string): number {
  const { letters, inWords } = textStats(text);
  return letters ? inWords / letters : 0;
}

const MIN_PROSE_SHARE = 0.6;

/** The characters of code and data (braces, operators, sigils) that news prose hardly uses. */
const SYMBOLS = /[{}()[\];=<>|\\/$#@*_`~^&]/g;

/**
 * Code and data symbols per letter. News prose stays under 0.05 (the 340 corpus articles: at most
 * 0.049, links included); source code, JSON, config and Markdown run 0.11–0.16.
 */
export function symbolDensity(text: string): number {
  const { letters, symbols } = textStats(text);
  return symbols / Math.max(1, letters);
}

const MAX_SYMBOL_DENSITY = 0.08;

/** What the checks count; every count adds up over pieces of a text cut at whitespace. */
interface TextStats { letters: number; inWords: number; symbols: number }

/** Letters, letters in prose-like words, and code symbols, in one pass over the tokens. */
function textStats(text: string): TextStats {
  let letters = 0;
  let inWords = 0;
  for (const tok of text.split(/\s+/)) {
    const n = letterCount(tok);
    letters += n;
    if (n >= 2 && n >= tok.length * 0.7) inWords += n;
  }
  return { letters, inWords, symbols: text.match(SYMBOLS)?.length ?? 0 };
}

function judge({ letters, inWords, symbols }: TextStats): void {
  if (letters === 0) throw new IngestError('empty');
  if (letters < MIN_ARTICLE_LETTERS) throw new IngestError('too-short', `${letters} letters`);
  const share = inWords / letters;
  if (share < MIN_PROSE_SHARE) throw new IngestError('not-prose', `${Math.round(share * 100)}% of its letters in words`);
  const density = symbols / letters;
  if (density > MAX_SYMBOL_DENSITY) throw new IngestError('not-prose', `${Math.round(density * 100)} code or data symbols per 100 letters`);
}

/** Refuse empty, too-short and non-prose texts with the right reason. */
export function assertArticleText(text: string): void {
  judge(textStats(text));
}

/** Characters checked between two turns of the event loop (≈ 10–30 ms of work on a slow core). */
const CHECK_SLICE_CHARS = 32_000;

/**
 * assertArticleText for texts of any size without holding the event loop: a 5 MB file costs
 * about 2 s of regex work on a slow core, which done at once would delay every chat answer and
 * Slack acknowledgement by as much. The text is checked in slices cut at whitespace (so no word
 * is split and the counts add up exactly), yielding to other work between slices.
 */
export async function checkArticleText(text: string): Promise<void> {
  const total: TextStats = { letters: 0, inWords: 0, symbols: 0 };
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + CHECK_SLICE_CHARS);
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    const part = textStats(text.slice(at, end));
    total.letters += part.letters;
    total.inWords += part.inWords;
    total.symbols += part.symbols;
    at = end;
    if (at < text.length) await turn();
  }
  judge(total);
}
