/**
 * Why an item could not be ingested. Every refusal carries a code and the facts needed to
 * say it in either language, so the CLI, chat replies and poller logs explain the same way.
 */
import type { Bi, Lang } from '../briefing/types.ts';
import { randomBytes } from 'node:crypto';
import { tr } from '../core/i18n.ts';
import { log } from '../log.ts';

export const REASONS = {
  'bad-url': { ar: 'رابط غير صالح ({detail})', en: 'not a valid URL ({detail})' },
  'bad-scheme': { ar: 'يُقبل http و https فقط (لا {detail})', en: 'only http and https links are fetched (not {detail})' },
  'private-address': {
    ar: 'العنوان {detail} داخلي أو خاص، ولا يُجلب',
    en: 'the address {detail} is private, loopback or link-local and is not fetched',
  },
  dns: { ar: 'تعذّر إيجاد الخادم {detail}', en: 'could not resolve the host {detail}' },
  timeout: { ar: 'انتهت المهلة ({detail})', en: 'timed out ({detail})' },
  network: { ar: 'خطأ في الاتصال ({detail})', en: 'network error ({detail})' },
  'http-status': { ar: 'ردّ الخادم بالرمز {detail}', en: 'the server answered HTTP {detail}' },
  'too-many-redirects': { ar: 'تحويلات كثيرة جدًا ({detail})', en: 'too many redirects ({detail})' },
  'bad-redirect': { ar: 'تحويل غير صالح ({detail})', en: 'a broken redirect ({detail})' },
  'too-large': { ar: 'الحجم أكبر من الحد ({detail})', en: 'larger than the limit ({detail})' },
  'unsupported-type': {
    ar: 'نوع المحتوى {detail} غير مدعوم (المقبول: صفحات HTML ونصوص وخلاصات RSS/Atom)',
    en: 'content type {detail} is not supported (HTML pages, plain text and RSS/Atom feeds are)',
  },
  'is-feed': {
    ar: 'هذا الرابط خلاصة أخبار، أضفها بالأمر ‎/feeds add‎',
    en: 'this link is a news feed: add it with /feeds add',
  },
  binary: { ar: 'ملف ثنائي وليس نصًا ({detail})', en: 'a binary file, not text ({detail})' },
  empty: { ar: 'فارغ، لا نص فيه', en: 'empty: no text in it' },
  'no-article': {
    ar: 'لم أجد نص مقال في الصفحة ({detail})',
    en: 'no article body found on the page ({detail})',
  },
  'too-short': { ar: 'النص قصير جدًا ليكون مقالًا ({detail})', en: 'too short to be an article ({detail})' },
  'not-prose': {
    ar: 'لا يبدو نص مقال: ليس جملًا من كلمات بل بيانات أو ملف نظام ({detail})',
    en: 'does not read as article text: data or a system file, not sentences of words ({detail})',
  },
  'system-path': { ar: 'ملفات النظام لا تُضاف ({detail})', en: 'system files are not ingested ({detail})' },
  'not-found': { ar: 'غير موجود ({detail})', en: 'not found ({detail})' },
  unreadable: { ar: 'تعذّرت القراءة ({detail})', en: 'could not be read ({detail})' },
  'unsupported-file': {
    ar: 'نوع الملف غير مدعوم ({detail})؛ المقبول ‎.txt‎ و‎.html‎',
    en: 'unsupported file type ({detail}); .txt and .html are accepted',
  },
  'bad-feed': { ar: 'ليست خلاصة RSS/Atom صالحة ({detail})', en: 'not a valid RSS/Atom feed ({detail})' },
  'xml-entities': {
    ar: 'الخلاصة تعرّف كيانات XML خاصة (DOCTYPE/ENTITY)، وهذا مرفوض حماية من التضخم',
    en: 'the feed declares XML entities (DOCTYPE/ENTITY), refused to guard against entity expansion',
  },
  parse: { ar: 'تعذّر تحليل المقال ({detail})', en: 'the article could not be parsed ({detail})' },
  'too-slow': { ar: 'تعذّر تحليل هذا المقال في الوقت المحدد ({detail})', en: 'this article could not be parsed in time ({detail})' },
  internal: { ar: 'خطأ داخلي (المرجع {detail} في سجل الخادم)', en: 'internal error (reference {detail} in the server log)' },
} satisfies Record<string, Bi>;

export type ReasonCode = keyof typeof REASONS;

export class IngestError extends Error {
  override name = 'IngestError';
  constructor(
    readonly code: ReasonCode,
    readonly detail = '',
  ) {
    super(tr('en', REASONS[code], { detail }));
  }
}

/** The reason in the reader's language. */
export function reasonText(e: IngestError, lang: Lang): string {
  return tr(lang, REASONS[e.code], { detail: e.detail });
}

/**
 * Any thrown value as an IngestError. An unexpected failure's message can carry server paths,
 * addresses or library internals: it goes to the log once, under a short reference, and the
 * reader gets the reference only.
 */
export function asIngestError(e: unknown): IngestError {
  if (e instanceof IngestError) return e;
  if (e instanceof Error && e.name === 'ParseError') return new IngestError((e as { code?: string }).code === 'too-slow' ? 'too-slow' : 'parse', e.message);
  const ref = randomBytes(3).toString('hex');
  log.error(`ingest failed [${ref}]: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return new IngestError('internal', ref);
}
