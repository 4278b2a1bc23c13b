/**
 * Page furniture: the parts of a news page that are not the article — datelines and agency tags
 * ("دبي، الإمارات العربية المتحدة (CNN) --", "(أ ف ب)"), links to other stories ("اقرأ أيضا:",
 * "للمزيد:", a run of other stories' headlines), app and social promotions ("تابعونا على تويتر",
 * "حمّلوا تطبيق …"), photo credits and captions, bylines and opinion disclaimers, separator rules.
 *
 * Applied once to the cleaned input text, before the headline is read and the text is segmented,
 * so pasted text, files, web pages and feeds are parsed alike. Rules are shapes of furniture (a
 * line that starts with a link cue, an agency in brackets before a dash), never particular
 * articles. Lines are dropped whole; datelines and trailing tags are cut from the line they open
 * or close, and the rest of the line is kept.
 */

// Agencies and networks that tag copy in brackets: "(CNN)", "(رويترز)", "(أ ف ب)".
const AGENCY = [
  'CNN(?: Business| Arabic)?', 'Reuters', 'AFP', 'AP', 'DPA', 'BBC',
  'رويترز', 'أ ?ف ?ب', 'ا ?ف ?ب', 'أ\\.ف\\.ب', 'فرانس برس', 'د ?ب ?أ', 'أ ?ب', 'أسوشيتد برس',
  'واس', 'وام', 'قنا', 'كونا', 'سانا', 'بنا', 'الأناضول', 'سبوتنيك', 'شينخوا', 'إرنا', 'تاس', 'بترا', 'العربية\\.نت', 'بي بي سي',
].join('|');
const DASH = '[-–—]+';

/** "PLACE[، COUNTRY] (AGENCY) --" or "(AGENCY) --" opening a paragraph. */
const DATELINE_BRACKET = new RegExp(`^[^.!؟?:"«\\n]{0,80}?\\(\\s*(?:${AGENCY})\\s*\\)\\s*(?:${DASH}|:)\\s*`, 'u');
/** "PLACE - AGENCY -" / "PLACE (AGENCY):" without brackets: "القاهرة - رويترز -". */
const DATELINE_PLAIN = new RegExp(`^[\\p{L}\\p{M} ،,]{2,40}\\s${DASH}\\s*(?:${AGENCY})\\s*(?:${DASH}|:)\\s*`, 'u');
/** An agency tag closing a paragraph: "… الاثنين. (رويترز)". */
const TRAILING_TAG = new RegExp(`\\s*[(\\[]\\s*(?:${AGENCY})\\s*[)\\]]\\s*$`, 'u');

/** Lines that are furniture as a whole, by how they start. */
const LINE_STARTS: RegExp[] = [
  // Links to other stories.
  /^(?:اقرأ|إقرأ|اقرا|إقرا)(?:\s+(?:أيضا|أيضاً|ايضا|المزيد))?\s*(?:[:.…]|\.\.|\s[-–—])/u,
  /^(?:للمزيد|لمزيد من التفاصيل|قد يهمك|قد يهمك أيضا|المزيد|شاهد(?:وا)?|شاهد أيضا|شاهد أيضاً|طالع|طالع أيضا|اقرأ المزيد|ذات صلة|مواضيع ذات صلة|قصص ذات صلة|أخبار ذات صلة|موضوعات ذات صلة)\s*[:.…]/u,
  /^(?:Read more|Related|See also|Watch)\s*:/iu,
  // Photo and video credits and captions.
  /^(?:مصدر الصورة|حقوق الصورة|حقوق النشر|التعليق على الصورة|تعليق على الصورة|الصورة|صورة|صور|فيديو|الفيديو|مقطع فيديو|تصوير|Image (?:copyright|caption)|Getty Images|Media caption)\s*[:：]/iu,
  /^(?:مصدر الصورة|Image copyright|Getty Images|Image caption|Media caption)(?:\s|$)/iu,
  /^\*{0,2}\s*حقوق (?:النشر|الطبع|الصورة) محفوظة/u,
  // Bylines and source notes of syndicated opinion pieces.
  /^(?:بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تحرير|ترجمة|تقرير)\s*[:：\-–—]/u,
  /^\*+\s*(?:نقلا|نقلاً|نقلًا)\s+عن\s/u,
];

/** Lines that are furniture as a whole, by what they say (promotions and disclaimers). */
const LINE_SAYS: RegExp[] = [
  // App and notification promotions: "يمكنكم استلام إشعارات … تطبيق بي بي سي عربي".
  /(?:حمّل|حمل|حمّلوا|حملوا|نزّل|نزل|نزلوا|تحميل|تنزيل)\S*\s+(?:\S+\s+){0,6}?تطبيق/u,
  /(?:إشعارات|الإشعارات|تنبيهات|التنبيهات|نشرتنا)[^.]{0,80}\sتطبيق/u,
  // Social follow prompts: "تابعونا على تويتر", "تابعوا آخر الأخبار عبر قناتنا على تلغرام".
  /^(?:تابعونا|تابعوا|تابعنا|تابع|اشترك|اشتركوا|انضموا|انضم)\s+(?:\S+\s+){0,6}?(?:على|عبر|في)\s+(?:\S+\s+){0,3}?(?:تويتر|فيسبوك|فيس بوك|انستغرام|إنستغرام|انستجرام|يوتيوب|تلغرام|تيليغرام|تليجرام|واتساب|حساب|صفحت|قنات|موقع|نشرت)/u,
  // Opinion disclaimers: "جميع المقالات المنشورة تمثل رأي كتابها فقط", "ولا يعكس بالضرورة رأي الشبكة".
  /(?:تمثل|تعبر عن|يعبر عن|يمثل)\s+(?:\S+\s+){0,2}?رأي\s+(?:كاتبها|كتابها|كاتبه|الكاتب|أصحابها)/u,
  /(?:لا|ولا)\s+(?:يعكس|تعكس|يعبر|تعبر)\s+(?:\S+\s+){0,2}?(?:بالضرورة\s+)?(?:عن\s+)?(?:رأي|وجهة نظر|موقف|توجهات)/u,
];

/** Horizontal rules and decoration: "------", "* * *", "___". */
const RULE = /^[\s\-–—_*=•·.]{3,}$/u;

/** An inline link to another story closing a paragraph: "… بموقفها.. اقرأ.. روسيا ترد …". */
// Fixed-width openers (no "\.{2,}" scanned from every dot): a line of 100,000 dots stays linear.
const INLINE_LINK = /(?:\.\.|…|[.،])\s*(?:اقرأ|إقرأ|للمزيد)(?: أيضا| أيضاً)?\s*(?:\.\.|…|:).*$/u;
const INLINE_CUE = /اقرأ|إقرأ|للمزيد/u;

/** A photo credit or archive note in brackets inside a line: "(صورة أرشيفية)", "(الصورة: رويترز)". */
const INLINE_CREDIT = /\s*[(\[]\s*(?:صورة أرشيفية|صور أرشيفية|أرشيفية|أرشيف|(?:ال)?صور(?:ة)?\s*[:：][^)\]]{1,40}|(?:photo|file photo|image)(?:\s*[:：][^)\]]{1,40})?)\s*[)\]]/giu;

const hasBracket = (s: string) => s.includes('(') || s.includes('[');

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** A code unit of regex \s (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether `s` has at most `max` words, as `words(s) <= max`, reading only as far as word max + 1:
 * asked of every paragraph, which is mostly far longer (splitting it whole was ~0.7 % of a parse).
 */
export function wordsAtMost(s: string, max: number): boolean {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++n > max) return false;
    }
  }
  return true;
}

/**
 * A headline-like line: 3–16 words, no closing full stop, colon or comma, not a numbered or bulleted
 * list item. Two or more of these in a row inside the body are links to other stories (a story's
 * own sub-headings stand alone, one before each section).
 */
function headlineLike(line: string): boolean {
  // (the word count of a long paragraph is not needed: more than 16 is all this asks)
  if (!wordsAtMost(line, 16)) return false;
  const n = words(line);
  if (n < 3) return false;
  if (/[.!:؛;،,…"»”]$/u.test(line)) return false;
  if (/^(?:\d+|[٠-٩]+|[-–—•*])\s*[-.)–]/u.test(line)) return false;
  return true;
}

export interface FurnitureResult {
  text: string;
  /** What was removed, for tests and for reading the rules' effect on a corpus. */
  removed: string[];
}

/**
 * Remove page furniture from cleaned text (lines separated by "\n"). The first line is kept as
 * the headline candidate unless it is furniture itself.
 */
export function stripFurniture(text: string): FurnitureResult {
  const removed: string[] = [];
  const lines = text.split('\n');
  const kept: string[] = [];
  for (const raw of lines) {
    let line = raw.trim();
    if (!line) {
      kept.push(raw);
      continue;
    }
    if (RULE.test(line) || LINE_STARTS.some((r) => r.test(line)) || (wordsAtMost(line, 60) && LINE_SAYS.some((r) => r.test(line)))) {
      removed.push(line);
      continue;
    }
    // Decoration before the first word ("** محمد صلاح هو …") is not text; nor is a bracketed credit.
    line = line.replace(/^\*+\s*/u, '');
    // The credit, the bracketed dateline and the trailing tag all need a bracket: most lines have
    // none, and these regexes tried a match at every space of the line.
    if (hasBracket(line)) {
      line = line.replace(INLINE_CREDIT, (m) => {
        removed.push(m.trim());
        return '';
      });
    }
    for (const re of [DATELINE_BRACKET, DATELINE_PLAIN]) {
      const m = re === DATELINE_BRACKET && !line.includes('(') ? null : re.exec(line);
      // A dateline is followed by the sentence it opens; a bracketed agency with nothing after is a credit.
      if (m) {
        removed.push(m[0].trim());
        line = line.slice(m[0].length);
        break;
      }
    }
    for (const re of [INLINE_LINK, TRAILING_TAG]) {
      const m = re === INLINE_LINK ? (INLINE_CUE.test(line) ? re.exec(line) : null) : hasBracket(line) ? re.exec(line) : null;
      if (m && m.index > 0) {
        removed.push(m[0].trim());
        line = line.slice(0, m.index) + (re === INLINE_LINK ? '.' : '');
      }
    }
    if (!line.trim()) continue;
    kept.push(line);
  }
  dropTeaserRuns(kept, removed);
  return { text: kept.join('\n'), removed };
}

/** Two or more headline-like lines in a row after the first line: other stories' teasers. */
function dropTeaserRuns(lines: string[], removed: string[]): void {
  let i = 1;
  while (i < lines.length) {
    if (!headlineLike(lines[i]!.trim())) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && headlineLike(lines[j]!.trim())) j++;
    // A list the text introduces ("وفي ما يلي قائمة الفائزين:") or whose items share their first
    // word ("أفضل ممثل: …", "أفضل مخرج: …") is the article's own content.
    const introduced = /[:：]$/u.test(lines[i - 1]!.trim());
    const firsts = new Set(lines.slice(i, j).map((l) => l.trim().split(/\s+/)[0]));
    if (j - i >= 2 && i > 1 && !introduced && firsts.size > 1) {
      removed.push(...lines.slice(i, j).map((l) => l.trim()));
      lines.splice(i, j - i);
    } else i = j;
  }
}
