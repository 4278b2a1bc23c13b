/**
 * An HTML page -> the article's text and metadata. Readability (the Firefox reader view)
 * finds the body; metadata is read from the page's meta tags and JSON-LD before Readability
 * runs (it rewrites the document), and Readability's own findings fill the gaps.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IngestError } from './errors.ts';
import { letterCount, MIN_ARTICLE_LETTERS } from './text-check.ts';
import { escapeRegExp } from '../text/regexp.ts';

export interface Extracted {
  title?: string;
  text: string;
  outlet?: string;
  author?: string;
  publishedAt?: string;
  lang?: string;
}

// No DOM lib in this Node project: the few node shapes used here, typed loosely.
interface Node_ {
  nodeType: number;
  childNodes: ArrayLike<Node_>;
  tagName: string;
  textContent: string | null;
  data?: string;
  getAttribute(name: string): string | null;
  querySelectorAll(sel: string): ArrayLike<Node_>;
}
type El = Node_;
interface Doc {
  querySelector(sel: string): Node_ | null;
  querySelectorAll(sel: string): ArrayLike<Node_>;
  documentElement: Node_ | null;
}

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'tr', 'dd', 'dt', 'br', 'hr',
]);

/** Text of a DOM subtree with paragraph breaks where the blocks are (textContent loses them). */
function blockText(root: El): string {
  const out: string[] = [];
  const walk = (n: El): void => {
    for (const c of Array.from(n.childNodes ?? [])) {
      if (c.nodeType === 3) out.push(c.data ?? '');
      else if (c.nodeType === 1) {
        const tag = c.tagName.toLowerCase();
        if (tag === 'script' || tag === 'style' || tag === 'noscript') continue;
        const block = BLOCK.has(tag);
        if (block) out.push('\n\n');
        walk(c);
        if (block) out.push('\n\n');
      }
    }
  };
  walk(root);
  return out
    .join('')
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function meta(doc: Doc, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

/** The first NewsArticle-like object of the page's JSON-LD, if simple enough to read. */
function jsonLd(doc: Doc): { headline?: string; author?: string; datePublished?: string; publisher?: string } {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue;
    }
    const objs = (Array.isArray(data) ? data : [data, ...(((data as { '@graph'?: unknown[] })?.['@graph']) ?? [])]) as Array<Record<string, unknown>>;
    for (const o of objs) {
      if (!o || typeof o !== 'object') continue;
      const type = String(o['@type'] ?? '');
      if (!/Article|Posting|Report/i.test(type)) continue;
      const name = (v: unknown): string | undefined => {
        const x = Array.isArray(v) ? v[0] : v;
        if (typeof x === 'string') return x;
        if (x && typeof x === 'object' && typeof (x as { name?: unknown }).name === 'string') return (x as { name: string }).name;
        return undefined;
      };
      return {
        headline: typeof o.headline === 'string' ? o.headline : undefined,
        author: name(o.author),
        datePublished: typeof o.datePublished === 'string' ? o.datePublished : undefined,
        publisher: name(o.publisher),
      };
    }
  }
  return {};
}

function isoDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** "Headline - Outlet" / "Headline | Outlet" -> "Headline" when the outlet is known. */
function stripOutlet(title: string, outlet: string | undefined): string {
  if (!outlet) return title;
  const m = new RegExp(`^(.*\\S)\\s+[-|–—:·]\\s+${escapeRegExp(outlet)}\\s*$`).exec(title);
  return m ? m[1]! : title;
}

/** Share of the text that sits inside links: navigation pages are mostly links. */
function linkDensity(root: El, textLen: number): number {
  let inLinks = 0;
  for (const a of Array.from(root.querySelectorAll('a'))) inLinks += (a.textContent ?? '').trim().length;
  return textLen ? inLinks / textLen : 1;
}

/** Short "By X" / "بقلم X" lines at the top are page furniture, not article sentences. */
function dropBylines(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < Math.min(4, lines.length); i++) {
    if (/^\s*(by|بقلم|كتب|كتبت)\s+\S/i.test(lines[i]!) && lines[i]!.length < 80) lines[i] = '';
  }
  return lines.join('\n').replace(/^\n+/, '').replace(/\n{3,}/g, '\n\n');
}

/**
 * The article text starts with its headline, as a wire-copy file does (the parser reads a
 * headline line as the title); Readability usually drops the page's h1 from the body.
 */
function withHeadline(text: string, title: string | undefined): string {
  if (!title || text.startsWith(title)) return text;
  return `${title}\n\n${text}`;
}

export function extractArticle(html: string): Extracted {
  if (!letterCount(html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<[^>]*>/g, ''))) throw new IngestError('empty');
  const document = parseHTML(html).document as unknown as Doc;
  const ld = jsonLd(document);
  const outlet = meta(document, 'og:site_name', 'application-name') ?? ld.publisher;
  const author = meta(document, 'author', 'article:author', 'parsely-author', 'byl') ?? ld.author;
  const published = isoDate(
    meta(document, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'DC.date.issued') ??
      ld.datePublished ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
  );
  const metaTitle = meta(document, 'og:title', 'twitter:title') ?? ld.headline;
  const lang = document.documentElement?.getAttribute('lang') ?? undefined;

  let article: ReturnType<Readability<El>['parse']>;
  try {
    article = new Readability<El>(document as unknown as ConstructorParameters<typeof Readability>[0], {
      serializer: (n) => n as unknown as El,
    }).parse();
  } catch (e) {
    throw new IngestError('no-article', (e as Error).message);
  }
  const root = article?.content;
  if (!article || !root) throw new IngestError('no-article', 'nothing readable');
  const text = blockText(root);
  const letters = letterCount(text);
  if (!letters) throw new IngestError('empty');
  if (letters < MIN_ARTICLE_LETTERS) throw new IngestError('no-article', `only ${letters} letters of text`);
  if (linkDensity(root, text.length) > 0.5) throw new IngestError('no-article', 'the page is mostly links');

  const siteName = outlet ?? article.siteName ?? undefined;
  const rawTitle = metaTitle ?? article.title ?? undefined;
  const title = rawTitle ? stripOutlet(rawTitle.trim(), siteName) : undefined;
  return {
    title,
    text: withHeadline(dropBylines(text), title),
    outlet: siteName?.trim() || undefined,
    author: (author ?? article.byline ?? undefined)?.trim() || undefined,
    publishedAt: published ?? isoDate(article.publishedTime ?? undefined),
    lang: lang || undefined,
  };
}
