/**
 * Teasers of other stories at the end of an Arabic article: web copy (CNN Arabic and others) often
 * closes with the opening paragraphs of unrelated stories, each a self-contained lead («قال نائب
 * المتحدث باسم وزارة الداخلية الأفغانية، نصرت رحيمي، …»). Their people are not the article's.
 *
 * A paragraph that continues a story opens with a connective (و، ف، كما، لكن، من جهته، إلى ذلك …);
 * a lead does not. The teaser zone is the longest run of full-sentence paragraphs at the end that
 * open with no connective, taken only when it is at least three paragraphs long, the article has
 * a body of its own before it, and its paragraphs share few content words with that body (a
 * story's own closing background paragraphs share many). Measured on the development gold: the
 * zones found are the annotated teasers (and a few closing body paragraphs whose people the body
 * names already), see test/parser/teasers.test.ts.
 */
import { isArStopword } from '../text/stopwords.ts';
import type { Token } from './tokens.ts';

/** Words and phrases that tie a paragraph to the one before (the first one or two words). */
const CONNECTIVES = new Set(['كما', 'لكن', 'ولكن', 'ثم', 'اما', 'الا', 'بينما', 'فيما', 'حيث', 'يذكر', 'يشار', 'ويذكر', 'كذلك', 'ايضا', 'بيد', 'غير', 'اذ', 'لذلك', 'لذا', 'وهكذا', 'هكذا', 'بذلك', 'وبذلك']);
const CONNECTIVE_PAIRS = new Set(['من جهته', 'من جهتها', 'من جهتهم', 'من جانبه', 'من جانبها', 'من جانبهم', 'من ناحيته', 'من ناحيتها', 'الى ذلك', 'في المقابل', 'في حين', 'في السياق', 'في هذا', 'على صعيد', 'وفي سياق', 'في سياق', 'بدوره', 'بدورها', 'من ناحية', 'من جهة', 'على الرغم']);

/** Minimum paragraphs in the zone, paragraphs of body before it, words of a lead paragraph. */
const MIN_ZONE = 3;
const MIN_BODY = 3;
const MIN_WORDS = 12;
/** A lead is one sentence of a few dozen words: a paragraph longer than this or of more sentences is
 * an essay's or a press review's own (p052, p227 of the dev gold: 75-160 words, 4-9 sentences; the
 * annotated teasers: at most 47 words and 3 sentences). */
const MAX_WORDS = 60;
const MAX_SENTENCES = 3;
/** Mean share of a zone paragraph's content words found in the body above which it is the story's own. */
const MAX_COHESION = 0.3;

/** Share of its own content words that the zone's first paragraph may have in the body. */
const FIRST_COHESION = 0.2;

/** A crude stem for overlap: clitics and the article off, the first five letters. */
function stem(light: string): string {
  if (isArStopword(light)) return '';
  const w = light.replace(/[^\u0621-\u064A]/g, '').replace(/^(و|ف)?(ب|ل|ك)?(ال)?/, '');
  return w.length >= 3 ? w.slice(0, 5) : '';
}

function opensWithConnective(p: readonly Token[]): boolean {
  const a = p[0]!.light, b = p[1]?.light ?? '';
  // A first word in و or ف is a conjunction (وقال، فالمرحلة) unless it is a word of its own that
  // happens to start so (وزير، وكالة: then the paragraph is read as a lead, the safe side).
  if (/^[وف]/.test(a) && a.length > 3 && !/^(وزير|وزارة|وكالة|وسائل|وفد|فريق|فرنسا|فلسطين)/.test(a)) return true;
  if (a === 'و' || a === 'ف') return true;
  return CONNECTIVES.has(a) || CONNECTIVE_PAIRS.has(`${a} ${b}`);
}

/**
 * Offset in the text where the teaser zone starts, or Infinity when there is none. `text` is the
 * text the tokens index; a lead paragraph ends on a full stop (a headline of another story does not,
 * and furniture.ts handles runs of those).
 */
export function teaserZoneStart(text: string, toks: readonly Token[]): number {
  const paras: Token[][] = [];
  for (const t of toks) {
    const last = paras[paras.length - 1];
    if (last && last[0]!.para === t.para) last.push(t);
    else paras.push([t]);
  }
  const lead = (p: readonly Token[]) => {
    if (p.length < MIN_WORDS || p.length > MAX_WORDS || opensWithConnective(p)) return false;
    if (new Set(p.map((t) => t.sent)).size > MAX_SENTENCES) return false;
    const end = p[p.length - 1]!;
    // A lead ends on a full stop (or is long: a teaser cut off mid-word); a headline does neither.
    return p.length >= 2 * MIN_WORDS || /^[\s"»”)]*[.!؟?]/.test(text.slice(end.end, end.end + 4)) || /[.!؟?]\s*$/.test(end.gap);
  };
  let z = paras.length;
  while (z > 0 && lead(paras[z - 1]!)) z--;
  if (z < MIN_BODY) z = MIN_BODY;
  // The run may begin with the story's own last paragraphs (أضافت غوغل …, no connective): the zone
  // is the longest tail of the run that is not about the body.
  for (let s = z; paras.length - s >= MIN_ZONE; s++) {
    if (cohesion(paras, s) > MAX_COHESION) continue;
    // … and it opens on a paragraph of its own: one about the body (محامي بابادوبولوس … after a
    // story of Papadopoulos) is the story's last, whatever follows it.
    while (paras.length - s > MIN_ZONE && ownShare(paras, s) > FIRST_COHESION) s++;
    return paras[s]![0]!.start;
  }
  return Infinity;
}

/** The stems of paragraphs 0 .. s-1: the body a later paragraph is compared with. */
function bodyStems(paras: readonly (readonly Token[])[], s: number): Set<string> {
  const body = new Set<string>();
  for (let k = 0; k < s; k++) for (const t of paras[k]!) { const x = stem(t.light); if (x) body.add(x); }
  return body;
}

/** Share of a paragraph's own content words that the body holds (1 for a paragraph without any). */
function sharedWith(body: ReadonlySet<string>, para: readonly Token[]): number {
  const own = new Set(para.map((t) => stem(t.light)).filter(Boolean));
  let hit = 0;
  for (const x of own) if (body.has(x)) hit++;
  return own.size ? hit / own.size : 1;
}

/** Share of paragraph s's content words that the paragraphs before it hold. */
function ownShare(paras: readonly (readonly Token[])[], s: number): number {
  return sharedWith(bodyStems(paras, s), paras[s]!);
}

/** Mean share of the content words of paragraphs from s on that the paragraphs before s hold. */
function cohesion(paras: readonly (readonly Token[])[], s: number): number {
  const body = bodyStems(paras, s);
  let sum = 0;
  for (let k = s; k < paras.length; k++) sum += sharedWith(body, paras[k]!);
  return sum / (paras.length - s);
}
