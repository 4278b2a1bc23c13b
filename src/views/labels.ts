/** Labels used by several views (command replies, digests, inline results). */
import type { Bi } from '../briefing/types.ts';

export const L = {
  summary: { ar: 'الملخص', en: 'Summary' },
  people: { ar: 'الأشخاص', en: 'People' },
  quotes: { ar: 'الاقتباسات', en: 'Quotes' },
  precedents: { ar: 'السوابق', en: 'Precedents' },
  timeline: { ar: 'التسلسل الزمني', en: 'Timeline' },
  sources: { ar: 'المصادر', en: 'Sources' },
  /** English only; Arabic counts go through mentionsText (plural rules). */
  mentions: { ar: 'ذُكر {n}', en: 'mentioned {n}×' },
  untranslatedTag: { ar: '[بالإنجليزية]', en: '[Arabic]' },
  taggedOriginal: { ar: '{tag}: النص الأصلي، لم يترجم بعد', en: '{tag}: the Arabic original, not yet translated' },
  pageUsage: { ar: 'اكتب ‎{cmd}‎ أو ‎{cmd} more‎ (أو «المزيد») للبقية.', en: 'Send {cmd}, or {cmd} more for the rest.' },
  role: { ar: 'الصفة', en: 'Role' },
  said: { ar: 'قال', en: 'Said' },
  inArticle: { ar: 'في المقال', en: 'In the article' },
  noRole: { ar: 'لم يذكر المقال صفته', en: 'role not stated in the article' },
  unnamedSource: { ar: 'مصدر غير مسمى', en: 'unnamed source' },
  unattributed: { ar: 'غير منسوب', en: 'unattributed' },
  // Reported speech is shown as reported, never in quotation marks; a denial as a denial.
  saidThat: { ar: 'بحسب {who}، {text}', en: '{who} said that {text}' },
  deniedThat: { ar: 'نفى {who} أن {text}', en: '{who} denied that {text}' },
  none: { ar: 'لا شيء في هذا المقال.', en: 'Nothing of that kind in this article.' },
  untitled: { ar: 'بلا عنوان', en: 'Untitled' },
  more: { ar: 'و{n} أخرى', en: 'and {n} more' },
  kind_outlet: { ar: 'وسيلة إعلام', en: 'outlet' },
  kind_agency: { ar: 'وكالة أنباء', en: 'news agency' },
  kind_analyst: { ar: 'محلل', en: 'analyst' },
  kind_official: { ar: 'جهة رسمية', en: 'official' },
  kind_other: { ar: 'مصدر', en: 'source' },
} satisfies Record<string, Bi>;
