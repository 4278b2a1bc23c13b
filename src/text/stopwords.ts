/**
 * Stop words from stopwords-iso, normalised. The Arabic list carries diacritics, tatweel and junk
 * (digits, "برس", "لوكالة", month names, and بن which is a name particle), so it is cleaned here.
 */
import { createRequire } from 'node:module';
import { lightNormAr } from './arabic.ts';

const require = createRequire(import.meta.url);
const iso = require('stopwords-iso') as Record<string, string[]>;

// Entries that are words of names or of news content rather than function words. (… and literary
// function words that news copy writes only as names, each a person-name token of the Wikidata
// pairs: أيان "when" is Ian, كيت Kate, كاي Kai, معاذ "God forbid" Muadh.)
const AR_DROP = new Set(['ايان', 'كيت', 'كاي', 'معاذ', 'بن', 'امين', 'ابن', 'ابو', 'اب', 'اخ', 'برس', 'لوكالة', 'للامم', 'مايو', 'ايار', 'زيارة', 'عين', 'قوة', 'فلان', 'اعلنت', 'اكد', 'واكد', 'قال', 'وقال', 'وقالت', 'واضاف', 'واضافت', 'واوضح', 'الماضي', 'المقبل', 'السابق', 'اليوم', 'امس', 'غدا', 'عام', 'عاما', 'سنة', 'سنوات', 'صباح', 'مساء', 'يوم', 'ايام', 'نهاية', 'الوقت', 'مليار', 'مليون', 'عشر', 'عشرة', 'ثلاثة', 'اربعة', 'الاول', 'الاولى', 'الثاني', 'الثانية', 'الاخيرة', 'اطار', 'اعادة', 'صفر']);

function buildAr(): Set<string> {
  const out = new Set<string>();
  for (const w of iso['ar'] ?? []) {
    const n = lightNormAr(w).trim();
    // Junk: punctuation-only entries, digits, single letters, anything non-Arabic.
    if (n.length < 2 || /[0-9\s]/.test(n) || !/^[\u0621-\u064A]+$/.test(n)) continue;
    if (AR_DROP.has(n)) continue;
    out.add(n);
  }
  // Function words the list misses.
  for (const w of ['على', 'الى', 'إلى', 'عن', 'في', 'من', 'مع', 'بين', 'لدى', 'ضمن', 'عبر', 'وفق', 'وفقا', 'بحسب', 'حسب', 'نحو', 'منذ', 'خلال', 'بعد', 'قبل', 'عند', 'حتى', 'ازاء', 'إزاء', 'لكن', 'بل', 'ثم', 'او', 'أو', 'أي', 'اي', 'اذا', 'إذا', 'قد', 'لقد', 'كل', 'بعض', 'هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'إن', 'أن', 'ان', 'بأن', 'بان', 'لأن', 'لان', 'كأن', 'إنه', 'انه', 'أنه', 'إنها', 'انها', 'أنها', 'كما', 'فيما', 'بينما', 'حيث', 'عندما', 'بعدما', 'كيف', 'لماذا', 'ماذا', 'هل', 'لم', 'لن', 'لا', 'ما', 'ليس', 'ليست', 'غير', 'سوى', 'أيضا', 'ايضا', 'جدا', 'فقط', 'نفسه', 'نفسها', 'إلا', 'الا', 'أما', 'اما', 'إما', 'وأما', 'فإن', 'فان', 'وإن', 'وان', 'وأن', 'بأنه', 'بانه', 'لها', 'له', 'لهم', 'عليه', 'عليها', 'منه', 'منها', 'فيه', 'فيها', 'به', 'بها', 'عنه', 'عنها', 'معه', 'معها', 'إليه', 'اليه', 'هو', 'هي', 'هم', 'هما', 'نحن', 'أنا', 'انا', 'وهو', 'وهي', 'وهم', 'كان', 'كانت', 'يكون', 'تكون', 'وكان', 'وكانت', 'يمكن', 'تم', 'وقد', 'فقد', 'ولكن', 'لكنه', 'لكنها', 'ولم', 'ولا', 'ومن', 'وفي', 'وعلى', 'وإلى', 'وعن', 'ومع', 'وبين', 'مثل', 'دون', 'بدون', 'تحت', 'فوق', 'أمام', 'امام', 'خلف', 'وراء', 'داخل', 'خارج', 'حول', 'عبر', 'لدى', 'لمدة', 'طوال', 'حوالي', 'نحو', 'قرابة', 'أكثر', 'اكثر', 'أقل', 'اقل', 'جميع', 'عدة', 'عدد', 'بشأن', 'بشان', 'حيال', 'تجاه', 'ضد', 'لصالح', 'وسط', 'إثر', 'اثر', 'عقب', 'جراء', 'بسبب', 'رغم', 'ورغم', 'برغم']) {
    out.add(lightNormAr(w));
  }
  return out;
}

function buildEn(): Set<string> {
  return new Set((iso['en'] ?? []).map((w) => w.toLowerCase()).filter((w) => /^[a-z']+$/.test(w)));
}

export const AR_STOPWORDS: ReadonlySet<string> = buildAr();
export const EN_STOPWORDS: ReadonlySet<string> = buildEn();

/** Whether a (lightly normalised, see lightNormAr) Arabic word is a function word. */
export function isArStopword(lightNormalised: string): boolean {
  return AR_STOPWORDS.has(lightNormalised);
}

export function isEnStopword(word: string): boolean {
  return EN_STOPWORDS.has(word.toLowerCase());
}
