/**
 * A role owned by a pronoun (المتحدث باسمه، زعيمه، رئيس تحريرها) means nothing in a briefing read
 * apart from the article: "its leader". When the owner is a body the article names just before
 * (حزب الشعب الجمهوري … فيما لمح زعيمه كمال كيليتشدار أوغلو), the body is shown beside the role
 * (زعيمه (حزب الشعب الجمهوري)) and the English reads the role with the body in the pronoun's place
 * (زعيم حزب الشعب الجمهوري: leader of …). Beside it rather than inside it, the role stays as the
 * article writes it, which is what some readers (and some gold annotations) expect. A person as the owner
 * (زوجته، ابنته) is left as written: who is whose is the article's to say, and the gold often wants
 * no role there at all.
 */
import { BODY_NOUNS } from './cues-ar.ts';
import { roleHead } from './arabic-words.ts';
import { AR_STOPWORDS } from '../text/stopwords.ts';
import { lightNormAr } from '../text/arabic.ts';
import { BODY_NAME_BREAK, knownBodyAt } from './known-body.ts';
import { stripDiacritics } from '../text/normalize.ts';
import type { Token } from './tokens.ts';

/** A word of the role ending in a singular pronoun: its stem and the owner's gender. */
const OWNED = /^([\u0621-\u064A]{3,})(ه|ها)$/;
/** A body's name runs on only through words with the article (حزب الشعب الجمهوري), at most this many. */
const MAX_BODY_WORDS = 5;
/** Between the body and the pronoun: at most the sentence before the role's own. */
const SENTENCES_BACK = 1;
/** Words whose owner is a person however they are used (زوجته، زميله، نظيره: the counterpart is read apart). */
const PERSONAL = new Set(['زوج', 'زوجة', 'ابن', 'ابنة', 'بنت', 'اخ', 'اخت', 'شقيق', 'شقيقة', 'زميل', 'زميلة', 'مواطن', 'مواطنة', 'نظير', 'نظيرة', 'صديق', 'صديقة', 'والد', 'والدة', 'اب', 'ام', 'حفيد', 'حفيدة', 'رفيق', 'رفيقة', 'خليفة', 'سلف', 'محامي', 'موكل']);
/** Plural bodies (السلطات، القوات) take ها as a feminine singular does. */
const FEMININE_PLURAL = /(ات|ائب)$/;

/** The owner's gender a body noun takes: a noun in ة or a plural of things is feminine. */
function bodyGender(head: string): 'm' | 'f' {
  return head.endsWith('ة') || FEMININE_PLURAL.test(head) ? 'f' : 'm';
}

/** The clitics a body noun may carry before it: a conjunction, a preposition, the article (للـ for ل + ال). */
const CLITICS = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];

/**
 * The body noun a token is, behind its clitics (وزارة is no و + زارة): `clitic` the letters before
 * the noun or its article to leave out, `swallowed` when ل took the article's alif (للحزب).
 */
function bodyHead(t: Token): { stem: string; clitic: number; swallowed: boolean } | null {
  for (const c of CLITICS) {
    if (!t.light.startsWith(c)) continue;
    const rest = t.light.slice(c.length);
    for (const al of ['', 'ال', 'ل']) {
      if (al === 'ل' && !c.endsWith('ل')) continue;
      if (rest.startsWith(al) && BODY_NOUNS.has(rest.slice(al.length))) return { stem: rest.slice(al.length), clitic: al === 'ل' ? c.length + 1 : c.length, swallowed: al === 'ل' };
    }
  }
  return null;
}

/** The body's name from its head at k, its clitics left out: the head and the words with the article after it. */
function bodyPhrase(toks: readonly Token[], k: number, h: { clitic: number; swallowed: boolean }): string {
  const head = toks[k]!;
  // (للحزب: the preposition ل goes, the article it swallowed comes back)
  const words = [(h.swallowed ? 'ال' : '') + stripDiacritics(head.text).slice(h.clitic)];
  // (a name in quotation marks after the head, صحيفة "المصري اليوم": the words up to the closing mark)
  if (/^\s*["«“]\s*$/.test(head.gap)) {
    for (let j = k + 1; j < toks.length && toks[j]!.sent === head.sent && j - k < MAX_BODY_WORDS; j++) {
      words.push(toks[j]!.text);
      if (/["»”]/.test(toks[j]!.gap)) return words.join(' ');
    }
    return words[0]!;
  }
  for (let j = k + 1; j < toks.length && words.length < MAX_BODY_WORDS; j++) {
    const t = toks[j]!;
    if (t.sent !== head.sent || BODY_NAME_BREAK.test(toks[j - 1]!.gap) || !t.light.startsWith('ال') || AR_STOPWORDS.has(t.light)) break;
    words.push(t.text);
  }
  return words.join(' ');
}

/**
 * The body a role's pronoun stands for, when the role ends on a word owned by a singular pronoun
 * (a title, زعيمه، or a title's complement, المتحدث باسمه) and a body of that gender stands before
 * it, nearest first, in its sentence or the one before: `owner` the body's name, `full` the role with
 * the body in the pronoun's place (زعيم حزب الشعب الجمهوري, for the English). Null otherwise. A
 * word after the owned one (أمينها العام) would have to move round the owner in Arabic: left as it is.
 * `near` is a text offset of the person's mention the role was read at.
 */
export function resolveOwnedRole(role: string, toks: readonly Token[], near: number): { owner: string; full: string } | null {
  const words = role.split(/\s+/);
  const at = words.length - 1;
  const last = lightNormAr(words[at]!);
  const m = OWNED.exec(last);
  if (!m || words[at]!.startsWith('ال') || /(الله|وجه)$/.test(last)) return null;
  // A title owned (زعيمه، رئيسها) or a title's complement owned (المتحدث باسمه، رئيس تحريرها).
  const stemLight = m[1]!.replace(/ت$/, 'ة');
  const title = (light: string) => !!roleHead({ light, text: light } as Token);
  if (PERSONAL.has(stemLight) || !(title(stemLight) || (at > 0 && title(lightNormAr(words[at - 1]!))))) return null;
  const gender = m[2] === 'ها' ? 'f' : 'm';
  // The role's owned word in the text: its occurrence nearest before the mention.
  let p = -1;
  for (let k = 0; k < toks.length && toks[k]!.start <= near + 1; k++) if (toks[k]!.text === words[at]) p = k;
  if (p < 0) return null;
  for (let k = p - 1; k >= 0 && toks[p]!.sent - toks[k]!.sent <= SENTENCES_BACK; k--) {
    const known = knownBodyAt(toks, k);
    const head = known ? null : bodyHead(toks[k]!);
    if (!known && !head) continue;
    // (a body of the other gender is not the pronoun's owner; a known name's gender is unknown here)
    if (head && bodyGender(head.stem) !== gender) continue;
    const owner = known ?? bodyPhrase(toks, k, head!);
    // (the owned word's free form: تحريرها -> تحرير، رئيسته -> رئيسة)
    const stem = words[at]!.replace(/(ه|ها)$/, '').replace(/ت$/, 'ة');
    return { owner, full: [...words.slice(0, at), stem, owner].join(' ') };
  }
  return null;
}
