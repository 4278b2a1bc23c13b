/**
 * Bytes -> text, refusing what is not text. A PDF, an image or a zip renamed .txt must be
 * refused with a clear reason instead of being parsed into a nonsense briefing.
 */
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

/** Refuse empty and too-short texts with the right reason. */
export function assertArticleText(text: string): void {
  const n = letterCount(text);
  if (n === 0) throw new IngestError('empty');
  if (n < MIN_ARTICLE_LETTERS) throw new IngestError('too-short', `${n} letters`);
}
