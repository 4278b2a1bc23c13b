/**
 * From name candidates (found per language) to the briefing's people: merge candidates that name
 * the same person (فلاديمير بوتين / بوتين), count every mention including short ones with attached
 * clitics (لبوتين، بالأسد), and give each person English name/role, phonetic keys and a stable id.
 */
import type { Lang, Person } from '../briefing/types.ts';
import { knownNormReading } from './word-info.ts';
import { AR_STOPWORDS } from '../text/stopwords.ts';
import { normaliseAr, stripDiacritics } from '../text/normalize.ts';
import type { Token } from './tokens.ts';
import { isKnownNameToken } from './name-evidence.ts';
import { COMPOUND_NAME_OPENERS, LINEAGE_WORDS } from './arabic-words.ts';
import { isOrdinalWord, lightNormAr, nameSkeleton, soundSkeleton } from '../text/arabic.ts';
import { arabicNameFor, englishName, latinAliases, knownRoleEnglish, knownRoleTail, phoneticKeys, translateRole } from './names-adapter.ts';
import { chooseRole, plainRole, type RoleOption } from './role-ranker.ts';
import { resolveOwnedRole } from './owned-role.ts';

export interface NameCandidate {
  /** The name as written (clitics and diacritics removed). */
  name: string;
  /** Matching forms of the name's words. */
  words: string[];
  /** Which words are common given names (not used alone to link a short mention). */
  given: boolean[];
  /** The first word is of a given name's shape though in no list (people-ar.ts): for `otherGiven`. */
  nameFirst?: boolean;
  role: string;
  /** A counterpart's resolved role (الرئيس الإيراني for نظيره الإيراني), '' otherwise. */
  roleResolved: string;
  /**
   * The role is a group's title over a list (وهم رافعو الأثقال الثلاثة X وY): right for each listed
   * name, but no evidence that a weak or bare word in the list is a person (roles42: such words kept
   * by it were inventions on unseen copy).
   */
  roleGroup?: boolean;
  /**
   * The role is only a definite word of an agent's shape right before the name (roles-ar.ts
   * callingBefore): a calling when the name is a person's, but the shape also fits an adjective
   * of the noun before (المستوى المبهر | لأسينسيو), so it is no evidence that a weak or bare word
   * is a person (roles59: the one person it kept on odd was such an adjective and a glued ل).
   */
  roleCalling?: boolean;
  start: number;
  weak: boolean;
  /** Found only as a bare word after a speech verb. */
  bare: boolean;
  /** Only a short mention of someone found in full elsewhere; never a person of its own. */
  linkOnly?: boolean;
  /** The candidate roles read at this mention, when the role ranker is in use (role-ranker.ts). */
  roleOptions?: RoleOption[];
}

interface Draft {
  c: NameCandidate;
  keys: Set<string>;
  mentions: number;
  sentenceIds: Set<number>;
  aliases: Set<string>;
  firstOffset: number;
  lastMention: number;
  /** the candidate roles of all the person's mentions (at most MAX_ROLE_OPTIONS) */
  roleOptions: RoleOption[];
}

/** Candidate roles kept per person: a person named hundreds of times needs no more. */
const MAX_ROLE_OPTIONS = 48;

const PARTICLE_WORDS = new Set(['عبد', 'ابو', 'ابن', 'بن', 'بنت', 'ال', 'al', 'el', 'bin', 'ibn', 'abu', 'de', 'van', 'von', 'da', 'di', 'la', 'le', 'du']);


// Function words in matching form: ى and ي fold together there, so the name علي equals على.
const STOP_FOLDED = new Set([...AR_STOPWORDS].map((w) => normaliseAr(w)));

function linkKeys(c: NameCandidate): string[] {
  const keys: string[] = [];
  const n = c.words.length;
  c.words.forEach((w, k) => {
    if (PARTICLE_WORDS.has(w) || w.length < 2) return;
    if (n > 1 && STOP_FOLDED.has(w)) return;
    if (k === n - 1 || n === 1 || !c.given[k]) keys.push(w);
  });
  return keys;
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function better(a: NameCandidate, b: NameCandidate): NameCandidate {
  // Keep the fuller written name; the role from whichever states one (title cues before bare ones).
  const base = b.words.length > a.words.length ? b : a;
  const other = base === a ? b : a;
  // A person's role may come from any mention: a bare one-word title or possessive at one mention
  // (المستشار، مدربه) gives way to a fuller title at another (رئيس هيئة الرياضة السعودي، مدرب
  // الريال). A role of several words stays: those of later mentions are no better on the gold
  // (tried: the longest role of any mention, which took in leaked phrases as often as titles).
  // A title owned by a pronoun (المتحدث باسمه، زعيمه، مدربه الجديد) names its office only through
  // the antecedent, so it weighs as a bare one-word title: a title written out at another mention
  // (المتحدث باسم حزب الشعب الجمهوري) is the role a reader wants.
  const size = (c: NameCandidate) => (c.roleResolved ? 99 : c.role.split(/\s+/).filter(Boolean).length);
  const owned = (c: NameCandidate) => !c.roleResolved && pronounOwned(c.role);
  const yields = (size(base) === 1 && size(other) > 1) || (owned(base) && !owned(other) && size(other) > 1);
  // (Only from a mention of the name in full: a partial one is more often a misread span.)
  const roleFrom = size(base) === 0 || (yields && other.words.length >= base.words.length) ? other : base;
  return {
    ...base,
    role: roleFrom.role,
    roleResolved: roleFrom.roleResolved,
    roleGroup: roleFrom.roleGroup,
    roleCalling: roleFrom.roleCalling,
    start: Math.min(a.start, b.start),
    weak: a.weak && b.weak,
    bare: a.bare && b.bare,
  };
}

/** A role word carrying a possessive pronoun (باسمه، زعيمه، ابنتها), not a word with the article. */
const pronounOwned = (role: string): boolean =>
  role.split(/\s+/).some((w) => !w.startsWith('ال') && /[\u0621-\u064A]{3,}(?:ه|ها|هم|هما)$/.test(w) && !/(?:الله|وجه)$/.test(w));

/** A strong full name opening on a name-shaped word in no list (people-ar.ts `nameFirst`), not a word of the other name (for `otherGiven`). */
const plainFirst = (c: NameCandidate, other: NameCandidate): boolean =>
  !!c.nameFirst && !c.weak && !c.bare && !other.words.includes(c.words[0]!);


/**
 * Both are full names opening on one word whose last words are no word of the other, nor another
 * spelling of it: two people (دييغو كوستا، دييغو سيميوني), not one written twice.
 */
function namesake(a: NameCandidate, b: NameCandidate): boolean {
  if (a.words.length < 2 || b.words.length < 2 || a.words[0] !== b.words[0] || PARTICLE_WORDS.has(a.words[0]!)) return false;
  const la = a.words[a.words.length - 1]!, lb = b.words[b.words.length - 1]!;
  return !a.words.includes(lb) && !b.words.includes(la) && nameSkeleton(la) !== nameSkeleton(lb);
}

/** The shorter name's words are the longer one's last words. */
const tailOf = (long: NameCandidate, short: NameCandidate): boolean =>
  short.words.length < long.words.length && short.words.every((w, k) => w === long.words[long.words.length - short.words.length + k]);

/** Both are full names whose first words are different given names: relatives, not one person. */
function otherGiven(a: NameCandidate, b: NameCandidate): boolean {
  if (a.words.length < 2 || b.words.length < 2) return false;
  // (a name that is the other's last words is that name cut short, whatever list knows its first
  // word: تشي كو is مينغ تشي كو, not a relative)
  if (tailOf(a, b) || tailOf(b, a)) return false;
  // One first word a known given name is enough when the other is a plain name word of a full
  // name read with a cue of its own (رئيس الموساد يوسي كوهين beside إيلي كوهين: يوسي is in no
  // list): not a word in ال, a common word or a title's plural (السويدي إبراهيموفيتش، محامو رونالدو),
  // nor a word of the other name (كيليتشدار أوغلو is كمال كيليتشدار أوغلو cut short).
  // (… and, when no list knows either first word, both must be such plain name words: نصير شمة beside
  // كرمل شمة هكوهن, each read with a title of its own.)
  if (!(a.given[0] && b.given[0]) && !(a.given[0] ? plainFirst(b, a) : b.given[0] ? plainFirst(a, b) : plainFirst(a, b) && plainFirst(b, a) && soundSkeleton(a.words[0]!) !== soundSkeleton(b.words[0]!))) return false;
  const x = a.words[0]!, y = b.words[0]!;
  if (x === y || PARTICLE_WORDS.has(x) || PARTICLE_WORDS.has(y) || x.startsWith(y) || y.startsWith(x)) return false;
  // Different given names but one family name: only then (not محمد بن سلمان / محمد بن زايد), and a
  // shared regnal ordinal is no family name (الملك رونالدو الأول، ميسى الأول: the writer's play on one man).
  const last = a.words[a.words.length - 1]!;
  return last === b.words[b.words.length - 1] && !isOrdinalWord(last);
}

/** The word is inside the name, neither its first nor its last (يونغ of كيم يونغ أون). */
const inner = (c: NameCandidate, w: string): boolean => { const i = c.words.indexOf(w); return i > 0 && i < c.words.length - 1; };
/**
 * Two names of three words or more that share only an inner word, with first words and last words
 * that are no spellings of each other (كيم يونغ أون، سونغ يونغ-مو: Korean and Chinese names share
 * syllables): two people. A name written twice differs in one end at most (رجب طيب أردوغان،
 * رجب طيب إردوغان), and one cut short shares an end word, which links it by that key.
 */
const otherEnds = (a: NameCandidate, b: NameCandidate): boolean => {
  const fa = a.words[0]!, fb = b.words[0]!, la = a.words[a.words.length - 1]!, lb = b.words[b.words.length - 1]!;
  return soundSkeleton(fa) !== soundSkeleton(fb) && nameSkeleton(la) !== nameSkeleton(lb) && soundSkeleton(la) !== soundSkeleton(lb);
};

/**
 * The same surname written another way in one article: two neighbouring letters swapped (دايمان،
 * later داميان). Copy spells a foreign name as each writer hears it, and a lone later mention spelt
 * apart made a second person who took the first one's quotes. Only a word of four letters or more,
 * no listed given name on either side, and only when one person alone matches. (A long vowel more
 * or less, دوغال / دوغل, was tried as well: no lone mention of the corpus is spelt so, and محمد /
 * محمود shows how near different names are; left out. A full name beside the same first word is
 * matched so: vowelFreeKey.)
 */
function swapped(a: string, b: string): boolean {
  if (a === b || a.length !== b.length || a.length < 4) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
/** Letters in order: a word and its swapped spelling share it (the look-up for `respelt`). */
const letters = (w: string): string => [...w].sort().join('');
function respelt(word: string, byLetters: ReadonlyMap<string, Draft[]>): Draft | undefined {
  let found: Draft | undefined;
  for (const d of byLetters.get(letters(word)) ?? []) {
    const c = d.c;
    if (!c.words.some((w, k) => !c.given[k] && !PARTICLE_WORDS.has(w) && swapped(word, w)) || d === found) continue;
    if (found) return undefined;
    found = d;
  }
  return found;
}

/** Words that set a namesake apart after his father's name (دونالد ترامب جونيور، جورج بوش الابن). */
const GENERATION_WORDS = new Set(['جونيور', 'الابن', 'الاب', 'الصغير', 'الكبير', 'سينيور']);

/**
 * An Arabic name is a chain of given names (the person's, the father's, the grandfather's …) ended
 * or not by a family name, and copy writes it longer or shorter from one mention to the next
 * (سيف الدين مصطفى، later سيف الدين مصطفى محمد إمام). When every word is a given name no key links
 * the two (linkKeys keys a name by its last word), and the longer one became a second person with
 * the first one's quotes. One name that opens the other with two words or more names the same man:
 * not a compound alone (عبد الله opens many names), only when the words the longer one adds are
 * attested names, and not a generation's word or an ordinal (دونالد ترامب جونيور is the son).
 */
function lineagePrefix(c: NameCandidate, byPrefix: ReadonlyMap<string, Draft | null>, byFullName: ReadonlyMap<string, Draft>): Draft | undefined {
  const w = c.words;
  if (w.length < 2 || PARTICLE_WORDS.has(w[0]!)) return undefined;
  const min = COMPOUND_NAME_OPENERS.has(w[0]!) ? 3 : 2;
  // (the words the longer one adds are names' by the names data or a given-name list, not a word a
  // misread span ran on over: أبي أحمد | توقيع، مرتضى منصور | شطب)
  const ends = (long: NameCandidate, n: number) => long.words.slice(n).every((x, k) => (long.given[n + k] || isKnownNameToken(x)) && !GENERATION_WORDS.has(x) && !isOrdinalWord(x));
  // (the candidate opens a longer name already met)
  if (w.length >= min) {
    const d = byPrefix.get(w.join(' '));
    if (d && ends(d.c, w.length)) return d;
  }
  // (a shorter name already met opens the candidate)
  for (let n = w.length - 1; n >= min; n--) {
    const d = byFullName.get(w.slice(0, n).join(' '));
    if (d && d.c.words.length === n && ends(c, n)) return d;
  }
  return undefined;
}

/**
 * A two-word name's key for bySkeleton: its first word and its last word's letters without the long
 * vowels (nameSkeleton), when the last word is no listed given name (محمد / محمود, حسن / حسين are
 * different names of the same letters) and keeps three letters or more. Null otherwise.
 */
function vowelFreeKey(c: NameCandidate): string | null {
  const n = c.words.length;
  if (n !== 2 || c.given[1] || PARTICLE_WORDS.has(c.words[0]!)) return null;
  const last = c.words[1]!;
  const sk = nameSkeleton(last);
  return last.length >= 4 && sk.length >= 3 ? `${c.words[0]} ${sk}` : null;
}

export function assemblePeople(cands: readonly NameCandidate[], toks: readonly Token[], lang: Lang): Person[] {
  const ordered = [...cands].sort((x, y) => {
    const rank = (c: NameCandidate) => (c.weak ? 2 : c.words.length > 1 ? 0 : 1);
    return rank(x) - rank(y) || x.start - y.start;
  });
  const drafts: Draft[] = [];
  // Link keys and every name word to the first draft that has them (maps keep this linear).
  const byKey = new Map<string, Draft>();
  const byWord = new Map<string, Draft>();
  // A name with no link key (every word a given name or a function word: محمد علي) still names one
  // person each time it is written the same way; without this, N mentions made N drafts and the
  // work after it grew with N².
  const byFullName = new Map<string, Draft>();
  // The surname words of full names by their letters, for a later mention spelt apart (respelt).
  const byLetters = new Map<string, Draft[]>();
  // A compound name's two words written as one (عبد النبي، later عبدالنبي): one person, unless two
  // full names share that compound (null).
  const byJoined = new Map<string, Draft | null>();
  // A name and its father's, «X بن Y», written with and without the family after it (منصور بن
  // زايد، منصور بن زايد آل نهيان): the chain's words are given names, which link no one (linkKeys),
  // and the short form has no family name to link by. Its first three words name one man.
  const byLineage = new Map<string, Draft>();
  const lineage = (c: NameCandidate): string | null => (c.words.length >= 3 && LINEAGE_WORDS.has(c.words[1]!) && !PARTICLE_WORDS.has(c.words[0]!) ? c.words.slice(0, 3).join(' ') : null);
  // Every opening of two words or more of a full Arabic name (lineagePrefix): the same name written
  // with more or fewer of its forebears' names (خالد مصطفى، later خالد مصطفى محمد); null where two
  // people share it.
  const byPrefix = new Map<string, Draft | null>();
  // A full name by its first word and its family name's letters without long vowels: the family name
  // written with a vowel letter more or less (سيرغي سكريبال، later سيرغي سكريبل) beside the same
  // first word is one person; null where two people share the key.
  const bySkeleton = new Map<string, Draft | null>();
  for (const c of ordered) {
    const keys = linkKeys(c);
    const full = c.words.join(' ');
    // (a lineage first: it is more particular than the family name, which brothers share: خليفة بن
    // زايد آل نهيان is خليفة بن زايد, not his brother محمد بن زايد آل نهيان met before)
    const line = lineage(c);
    let hit: Draft | undefined = line ? byLineage.get(line) : undefined;
    // (Not through a first word two full names share when their other words differ: دييغو كوستا
    // and دييغو سيميوني are namesakes; a given name no list knows is a link key of both.)
    // (… nor through an inner word alone: see otherEnds.)
    if (!hit) for (const k of keys) { hit = byKey.get(k); if (hit && k === c.words[0] && namesake(hit.c, c)) hit = undefined; if (hit && inner(c, k) && inner(hit.c, k) && otherEnds(hit.c, c)) hit = undefined; if (hit) break; }
    if (!hit && c.words.length === 1) hit = byWord.get(c.words[0]!);
    if (!hit && c.words.length === 1 && !c.given[0] && c.words[0]!.length >= 4) hit = respelt(c.words[0]!, byLetters) ?? byJoined.get(c.words[0]!) ?? undefined;
    if (!hit && !keys.length) hit = byFullName.get(full);
    if (!hit && lang === 'ar') hit = lineagePrefix(c, byPrefix, byFullName);
    const skel = lang === 'ar' ? vowelFreeKey(c) : null;
    // (the spelling with more of the vowels written, سكريبال، رونالدو, stands for both)
    let fuller = false;
    if (!hit && skel) { hit = bySkeleton.get(skel) ?? undefined; fuller = !!hit && c.words[1]!.length > hit.c.words[hit.c.words.length - 1]!.length; }
    // Two full names with different given names (ميلانيا ترامب beside دونالد ترامب) are two people
    // of one family: the second gets a draft of its own, linked by its given name as well.
    const relative = !!hit && otherGiven(hit.c, c);
    // (… and a later mention of that relative is theirs, not a third person: the family name's key
    // leads to the first of the family every time, so the relative is looked up by full name.)
    if (relative) { hit = byFullName.get(full); keys.push(c.words[0]!); }
    if (hit) {
      hit.c = fuller ? better(c, hit.c) : better(hit.c, c);
      if (c.roleOptions) for (const o of c.roleOptions) if (hit.roleOptions.length < MAX_ROLE_OPTIONS) hit.roleOptions.push(o);
      for (const k of keys) { hit.keys.add(k); if (!byKey.has(k)) byKey.set(k, hit); }
      continue;
    }
    if (c.linkOnly) continue;
    const d: Draft = { c, keys: new Set(keys), mentions: 0, sentenceIds: new Set(), aliases: new Set(), firstOffset: c.start, lastMention: -1, roleOptions: (c.roleOptions ?? []).slice(0, MAX_ROLE_OPTIONS) };
    drafts.push(d);
    if (!byFullName.has(full)) byFullName.set(full, d);
    if (line && !byLineage.has(line)) byLineage.set(line, d);
    if (skel) bySkeleton.set(skel, bySkeleton.has(skel) && bySkeleton.get(skel) !== d ? null : d);
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, d);
    for (const w of c.words) if (!byWord.has(w)) byWord.set(w, d);
    if (lang === 'ar') for (let n = 2; n < c.words.length; n++) { const pre = c.words.slice(0, n).join(' '); byPrefix.set(pre, byPrefix.has(pre) && byPrefix.get(pre) !== d ? null : d); }
    if (c.words.length > 1) c.words.forEach((w, k) => { if (!c.given[k] && w.length >= 4) { const key = letters(w); const list = byLetters.get(key); if (list) list.push(d); else byLetters.set(key, [d]); } });
    for (let k = 0; k + 1 < c.words.length; k++) {
      if (!COMPOUND_NAME_OPENERS.has(c.words[k]!)) continue;
      const j = c.words[k]! + c.words[k + 1]!;
      byJoined.set(j, byJoined.has(j) && byJoined.get(j) !== d ? null : d);
    }
  }

  // Count mentions: each token whose clitic reading is a person's key; adjacent words of one name count once.
  const index = new Map<string, Draft[]>();
  for (const d of drafts) for (const k of d.keys) { const list = index.get(k); if (list) list.push(d); else index.set(k, [d]); }
  let prev: Draft | null = null;
  let prevTok = -2;
  for (const t of toks) {
    const r = knownNormReading(t, index);
    if (!r) continue;
    const ds = index.get(r.stem)!;
    const d = ds.length === 1 ? ds[0]! : ds.reduce((a, b) => (b.lastMention > a.lastMention ? b : a));
    if (!(prev === d && prevTok === t.i - 1)) {
      d.mentions++;
      d.firstOffset = Math.min(d.firstOffset, t.start);
    }
    d.sentenceIds.add(t.sent);
    d.lastMention = t.start;
    const surface = stripDiacritics(t.text).slice(r.prefix.length === 0 ? 0 : stripDiacritics(t.text).length - r.stem.length);
    if (surface) d.aliases.add(surface);
    prev = d;
    prevTok = t.i;
  }

  // Which readings are read for more than one person (a phrase between two names, a list's
  // group title): the chooser weighs a role that leaks from one person to the next. A list's
  // title offered to its later names (ctx:list) is shared by design, so it is left out of the
  // count: counted, it taught the chooser that a shared reading is harmless and weakened the
  // guard against one person's title leaking to the next name.
  const readBy = new Map<string, number>();
  const ownTexts = new Map<Draft, Set<string>>();
  if (lang === 'ar') {
    for (const d of drafts) {
      const own = new Set<string>();
      // (a group's title read by the rules over a list, roleGroup, is shared by design as well)
      const group = d.c.roleGroup ? plainRole(d.c.role) : '';
      if (d.c.role && !group) own.add(plainRole(d.c.role));
      for (const o of d.roleOptions) if (!o.feats.includes('ctx:list') && plainRole(o.text) !== group) own.add(plainRole(o.text));
      own.delete('');
      ownTexts.set(d, own);
      for (const t of own) readBy.set(t, (readBy.get(t) ?? 0) + 1);
    }
  }
  // A bare phrase after a name with no comma (src:after-bare) that the rules settled as the next
  // person's own title («واستقبل X المدرب الإيطالي Y») is that person's: offered to X it is a leak,
  // unless the rules read it for X too. The chooser weighs `shared` readings, but a learnt weight
  // drifts with each retraining (round twenty's retrain gave X the title); the rules' attribution
  // of a title that runs straight into the next name is a constraint, not evidence. Other readings
  // a neighbour's rules also read stay open: the gold gives some of them to both (a group title
  // read for each member: dropping every such reading lost two odd-half people).
  const ruleRoles = new Set<string>();
  if (lang === 'ar') for (const d of drafts) { const r = plainRole(d.c.role); if (r) ruleRoles.add(r); }
  const notOthers = (d: Draft): RoleOption[] => {
    const own = plainRole(d.c.role);
    return d.roleOptions.filter((o) => {
      if (!o.feats.includes('src:after-bare')) return true;
      const t = plainRole(o.text);
      return !t || t === own || !ruleRoles.has(t);
    });
  };
  const people: Person[] = [];
  const ids = new Set<string>();
  const nextSuffix = new Map<string, number>();
  for (const d of drafts) {
    const c = d.c;
    // A given name plus a word with no role and a single mention is too weak to call a person.
    // (a group's title over a list is no evidence of a person: see roleGroup; nor a calling read
    // by shape alone: see roleCalling)
    const ownRole = c.roleGroup || c.roleCalling ? '' : c.role;
    if (c.weak && !ownRole && d.mentions < 2) continue;
    // A bare word after a speech verb that never recurs and has no role: too weak as well.
    if (c.bare && !ownRole && d.mentions < 2 && c.words.length === 1) continue;
    // … and one that recurs is still no person unless the word is known as a person's name
    // (وقالت غوغل … غوغل بلس: a company).
    if (c.bare && !ownRole && c.words.length === 1 && lang === 'ar' && !isKnownNameToken(lightNormAr(c.name))) continue;
    const en = lang === 'ar' ? englishName(c.name) : { en: c.name, origin: 'original' as const };
    const latin = /[a-z]/i.test(en.en) ? slug(en.en) : '';
    const base = 'p-' + (latin || slug(normaliseAr(c.name)) || 'person');
    // Suffixes counted per base: probing -2, -3, … from scratch each time was quadratic.
    let id = base;
    for (let n = nextSuffix.get(base) ?? 2; ids.has(id); n++) { id = `${base}-${n}`; nextSuffix.set(base, n + 1); }
    ids.add(id);
    // Which people there are is settled above on the rules' role; the ranker only picks the words.
    const chosen = lang === 'ar' && !c.roleResolved ? chooseRole(id, c.role, notOthers(d), [...(ownTexts.get(d) ?? [])].filter((t) => readBy.get(t)! > 1)) : c.role;
    // (a world figure named inside another's title, الموفد الخاص للرئيس الأمريكي دونالد ترامب: the
    // figure's own title is the part the lexicon knows, not the envoy's)
    const role = lang === 'ar' && chosen && !c.roleResolved ? knownRoleTail(c.name, chosen) || chosen : chosen;
    // (a role a pronoun owns, زعيمه, with the body it stands for written out beside it)
    const owned = lang === 'ar' && !c.roleResolved && role ? resolveOwnedRole(role, toks, c.start) : null;
    // (a world figure's bare title, «الرئيس» for Trump, in the lexicon's fuller English)
    const knownEn = lang === 'ar' && role && !c.roleResolved && !owned ? knownRoleEnglish(c.name, role) : '';
    const roleEn = lang === 'ar' ? (role ? knownEn || translateRole(c.roleResolved || owned?.full || role) : '') : c.role;
    const roleAr = lang === 'ar' ? (c.roleResolved ? `${c.role} (${c.roleResolved})` : owned ? `${role} (${owned.owner})` : role) : '';
    const aliases = [...new Set([...d.aliases, ...latinAliases(c.name)])].filter((a) => a !== c.name && a !== en.en);
    const name = lang === 'ar' ? { ar: c.name, en: en.en } : { ar: arabicNameFor(c.name), en: c.name };
    people.push({
      id,
      name,
      role: { ar: roleAr, en: roleEn },
      aliases,
      mentions: Math.max(1, d.mentions),
      firstOffset: d.firstOffset,
      sentenceIds: [...d.sentenceIds].sort((a, b) => a - b),
      nameOrigin: en.origin,
      // both scripts' keys: an Arabic query finds a person of an English article and back
      keys: [...new Set([...phoneticKeys(name.ar), ...phoneticKeys(name.en)])],
    });
  }
  return people.sort((a, b) => a.firstOffset - b.firstOffset);
}
