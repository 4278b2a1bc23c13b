/**
 * English names for Arabic names: a whole-name lexicon hit (people, organisations,
 * places, countries; any spelling variant) wins; otherwise each word is looked up
 * (given names, words learnt from lexicon names, particles) and the rest spelled as real
 * name pairs spell them (transliterate.ts: known tokens, else the learned model).
 */
import { lexicon, type LexPerson } from './lexicon.ts';
import { hasArabic, normAr, normLatin, stripAl } from './normalize.ts';
import { stripDiacritics } from '../text/normalize.ts';
import { nameSkeleton } from '../text/arabic.ts';
import { countryExact } from './countries.ts';
import { nameTokenEvidence } from './gazetteer.ts';
import { romaniseToken } from './romanise.ts';
import { keySimilarity, wordKey } from './phonetic.ts';
import { learnedSpelling, romaniseScored } from './transliterate.ts';
import { styleFold, styleModel } from './translit/style.ts';

export interface EnglishName {
  en: string;
  /** lexicon: whole name or every word known; romanised: some word spelled by rule; original: already Latin. */
  origin: 'lexicon' | 'romanised' | 'original';
}

/** The lexicon person an Arabic or Latin name refers to (any variant; ال optional on the last word), or null. */
export function lookupPerson(name: string): LexPerson | null {
  const lex = lexicon();
  if (!hasArabic(name)) return lex.personByLatin.get(normLatin(name)) ?? null;
  const n = dropHonorifics(normAr(name));
  return lex.personByAr.get(n) ?? null;
}

/**
 * The world figure (figures.json) an Arabic name of two words or more names, or null: for the
 * spelling and Latin aliases of a person the briefing already holds, never to find one.
 */
export function lookupFigure(name: string): LexPerson | null {
  if (!hasArabic(name)) return null;
  return lexicon().figureByAr.get(dropHonorifics(normAr(name))) ?? null;
}

function dropHonorifics(n: string): string {
  const { honorifics } = lexicon();
  let words = n.split(' ');
  let changed = true;
  while (changed && words.length > 1) {
    changed = false;
    for (let len = Math.min(2, words.length - 1); len >= 1; len--) {
      if (honorifics.has(words.slice(0, len).join(' '))) {
        words = words.slice(len);
        changed = true;
        break;
      }
    }
  }
  return words.join(' ');
}

/** Whether a word (any clitic-free Arabic form) is a common given name in the curated list. */
export function isGivenName(word: string): boolean {
  const n = normAr(word.trim());
  return n.length > 0 && lexicon().givenByAr.has(n);
}

/** English spelling of a known given name, or null. */
export function givenNameEn(word: string): string | null {
  return lexicon().givenByAr.get(normAr(word.trim()))?.en ?? null;
}

const memo = new Map<string, EnglishName>();

/**
 * normAr forms of name particles (بن، ابن، بنت، آل، أبو، ولد), and the European ones inside a name
 * (دي، دا، فون، فان، دير، دو: de Gea, van der Sar), which keep their own lower-case spelling: the
 * learned speller, trained on name tokens that open names, capitalises them (Peter Du Blois).
 */
const PARTICLE_WORDS = new Set(['بن', 'ابن', 'بنت', 'ال', 'ابو', 'ولد', 'دي', 'دا', 'فون', 'فان', 'دير', 'دو']);
/**
 * The Turkish surname ending -oğlu ("son of"), which Arabic writes as a word of its own after the
 * stem (كيليتشدار أوغلو، داود أوغلو) while English writes one word (Kilicdaroglu, Davutoglu).
 */
const TURKISH_OGLU = new Set(['اوغلو', 'اوغلي']);
/** الله, and the nouns a family name joins to it (normAr forms): Nasrallah, Awadallah, Hasballah. */
const ALLAH = normAr('الله');
const ALLAH_FAMILY = new Set(['نصر', 'عوض', 'صنع', 'حسب', 'فضل', 'خير', 'عطا', 'ضيف', 'فتح', 'جار', 'حرز', 'رزق', 'هبة', 'عون', 'سعد', 'حمد', 'خلف', 'كرم', 'عبد'].map((w) => normAr(w)));

/** Class nouns that introduce a name in sources and organisations (normAr keys). */
const CLASS_PREFIX: Record<string, string> = {
  'صحيفه': 'newspaper', 'جريده': 'newspaper', 'مجله': 'magazine', 'وكاله': 'agency', 'قناه': 'channel',
  'شبكه': 'network', 'موقع': 'website', 'اذاعه': 'radio', 'حزب': 'party', 'حركه': 'movement', 'جماعه': 'group',
  'شركه': 'company', 'معهد': 'institute', 'مركز': 'centre', 'جامعه': 'University', 'نادي': 'club', 'منظمه': 'organisation',
};

function wholeHit(n: string): string | null {
  const lex = lexicon();
  const p = lex.personByAr.get(n) ?? lex.figureByAr.get(n);
  if (p && n.includes(' ')) return p.en;
  const o = lex.orgByAr.get(n) ?? lex.placeByAr.get(n);
  if (o) return o.en;
  const c = countryExact(n);
  if (c) return c.en;
  return null;
}

/**
 * The whole names of people and world figures keyed by their letters without the long vowels inside
 * each word: «إلون ماسك» is the lexicon's «إيلون ماسك», «دونلد ترمب» its «دونالد ترامب».
 * Copy writes a foreign name's vowels as it hears them; its consonants hold. A key two entries of
 * different English share names neither (null). Built once, per lexicon.
 */
let skeletons: { of: object; map: Map<string, string | null> } | null = null;
function skeletonKey(n: string): string | null {
  // (inside each word only: a final or first letter tells علي from علا, إيلون from يلون)
  const words = n.split(' ').map((w) => (w.length <= 2 ? w : w[0]! + nameSkeleton(w.slice(1, -1)) + w[w.length - 1]!));
  // (each word keeps two letters and the name six: short keys are many names')
  if (words.length < 2 || words.some((w) => w.length < 2) || words.join('').length < 6) return null;
  return words.join(' ');
}
function skeletonHit(n: string): string | null {
  const lex = lexicon();
  if (skeletons?.of !== lex) {
    const map = new Map<string, string | null>();
    for (const m of [lex.personByAr, lex.figureByAr]) {
      for (const [k, p] of m) {
        if (!k.includes(' ')) continue;
        const key = skeletonKey(k);
        if (!key) continue;
        const had = map.get(key);
        map.set(key, had === undefined || had === p.en ? p.en : null);
      }
    }
    skeletons = { of: lex, map };
  }
  const key = skeletonKey(n);
  return key ? skeletons.map.get(key) ?? null : null;
}

function translate(name: string): EnglishName {
  const lex = lexicon();
  const raw = stripDiacritics(name.normalize('NFC'))
    .replace(/[«»"“”()[\]#@*_|<>{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!raw) return { en: '', origin: 'original' };
  if (!hasArabic(raw)) {
    // only a full Latin name is safe to expand: "Austin" alone may be a city, not Lloyd Austin
    const p = raw.includes(' ') ? lex.personByLatin.get(normLatin(raw)) : undefined;
    return p ? { en: p.en, origin: 'lexicon' } : { en: raw, origin: 'original' };
  }
  const n = dropHonorifics(normAr(raw));
  const whole = wholeHit(n) ?? skeletonHit(n);
  if (whole) return { en: whole, origin: 'lexicon' };

  // صحيفة الغد، وكالة X: a class noun before a name; known name -> its English, else "al-Ghad newspaper"
  const sp = n.indexOf(' ');
  if (sp > 0) {
    const cls = CLASS_PREFIX[n.slice(0, sp)];
    if (cls) {
      const restRaw = raw.slice(raw.indexOf(' ') + 1);
      const rest = translate(restRaw);
      if (lexicon().orgByAr.has(n.slice(sp + 1))) return rest;
      if (rest.en) return { en: `${rest.en} ${cls}`, origin: rest.origin };
    }
  }

  // keep the un-normalised words for romanisation (ة, hamza seats), aligned with the normalised ones
  let rawWords = raw.split(/[\s\u00A0]+/).filter(Boolean);
  const normWords = n.split(' ');
  if (rawWords.length !== normWords.length) rawWords = normWords;
  else rawWords = rawWords.slice(rawWords.length - normWords.length);

  const out: string[] = [];
  // where a word's other spellings come from, when the name's words agree in style (chooseByStyle
  // reads them only for a name it weighs: most names are one word or known whole)
  const alts: Array<AltSource | undefined> = [];
  let romanised = false;
  for (let i = 0; i < normWords.length; i++) {
    const w = normWords[i]!;
    // (a name's last word written apart, -oglu joins the stem the word before it spelled, in the full
    // name and in the surname alone alike: تشاووش أوغلو is the same man's Cavusoglu)
    if (i > 0 && TURKISH_OGLU.has(w) && out.length && /[a-z]$/.test(out[out.length - 1]!)) {
      out[out.length - 1] += 'oglu';
      alts[out.length - 1] = undefined;
      romanised = true;
      continue;
    }
    // A hyphen inside a written word joins two names (جان-لوك، ماري-سيسيل، يونغ-مو): English writes the
    // same hyphen, each part spelled as the name it is. Normalising drops the hyphen, and the word
    // read whole is spelled as one unknown name (Gianluk, Youngmu).
    const hyphenParts = rawWords[i]!.split(/[-\u2010\u2011]/).filter(Boolean);
    if (hyphenParts.length > 1 && hyphenParts.every((p) => /^[\u0621-\u064A]{2,}$/.test(stripDiacritics(p)))) {
      out.push(hyphenParts.map((p) => translate(p).en).join('-'));
      romanised = true;
      continue;
    }
    // two-word given names and compounds first (عبد الله، محمد رضا)
    if (i + 1 < normWords.length) {
      const pair = `${w} ${normWords[i + 1]}`;
      const g = lex.givenByAr.get(pair);
      if (g) {
        out.push(g.en);
        i++;
        continue;
      }
    }
    // A family name of a noun and الله (نصر الله، عوض الله، صنع الله، حسب الله) is one word in English
    // news, joined as the bearers write it: Nasrallah, Awadallah, Sanallah, not "Sana Allah". (Given
    // names of the kind, فتح الله, keep the lexicon's spelling.)
    if (i > 0 && normWords[i + 1] === ALLAH && ALLAH_FAMILY.has(w)) {
      const head = (lex.tokenEn.get(w) ?? (learnedSpelling(rawWords[i]!) || romaniseToken(rawWords[i]!))).replace(/a$/i, '');
      if (/^[A-Za-z]+$/.test(head)) {
        out.push(`${head}allah`);
        romanised = true;
        i++;
        continue;
      }
    }
    // عبد with a word bearing the article (عبد المقصود, "servant of the ...") is one name, and
    // English news writes its article into عبد, as the lexicon's compounds do (Abdel Fattah,
    // Abdelkarim): Abdel Maksoud, not Abd al-Maksoud
    const next = normWords[i + 1];
    if (w === 'عبد' && next && /^ال../.test(next)) {
      const bareRaw = rawWords[i + 1]!.replace(/^[\u0627\u0671]\u0644/, '');
      const rest = lex.tokenEn.get(next.slice(2)) ?? (learnedSpelling(bareRaw) || romaniseToken(bareRaw));
      if (rest && !/^(al|el)-/i.test(rest)) {
        out.push(`Abdel ${rest}`);
        romanised ||= !lex.tokenEn.has(next.slice(2));
        i++;
        continue;
      }
    }
    // a name opening with بن is the English given name Ben (بن والاس), not "son of"
    if (i === 0 && w === 'بن' && normWords.length > 1) {
      out.push('Ben');
      continue;
    }
    // name particles inside a name (خالد بن أحمد، آل ثاني) keep their particle spelling
    if (i > 0 && PARTICLE_WORDS.has(w)) {
      out.push(romaniseToken(rawWords[i]!));
      continue;
    }
    // A word written with a hamza on its alif before lam (ألفيش، ألبيرق، ألفريد) opens on no article:
    // the article's alif is a bare connecting one (ال), so أل is the name's own "Al" (Alves, Albayrak,
    // Alfred). The look-up keys fold the hamza away, and the learned speller, which reads ال as the
    // article the data often leave unwritten, drops it (Danny Fish); a spelling that has lost it is
    // rebuilt from the rest of the word behind "Al".
    const plain = stripDiacritics(rawWords[i]!);
    const hamzaAl = /^\u0623\u0644[\u0621-\u064A]{2,}/.test(plain);
    let known = lex.tokenEn.get(w);
    // A given name with the article (الحسن، الحسين) is that given name: English media write it
    // al-Hassan or Hussein. The token table's most frequent spelling can belong to another
    // tradition that merged the article into a new name (Alassane, from West African bearers);
    // when it no longer holds the given name's English, the article is written before that.
    const givenBare = !hamzaAl && w.startsWith('ال') ? lex.givenByAr.get(w.slice(2)) : undefined;
    if (known && givenBare && !/^(al|el)-/i.test(known) && !normLatin(known).includes(normLatin(givenBare.en))) known = `al-${givenBare.en}`;
    if (known && !(hamzaAl && /^(al|el)-/i.test(known))) {
      out.push(known);
      alts[out.length - 1] = !known.includes(' ') && !/^(al|el)-/i.test(known) ? { raw: rawWords[i]!, extra: STYLE_PARAMS.lexicon } : undefined;
      continue;
    }
    if (hamzaAl) {
      const whole = learnedSpelling(rawWords[i]!) || romaniseToken(rawWords[i]!);
      const rest = plain.slice(2);
      const r = /^[aeiou]l/i.test(whole) && !/^(al|el)-/i.test(whole) ? whole : `Al${(learnedSpelling(rest) || romaniseToken(rest)).toLowerCase()}`;
      if (r !== 'Al') {
        out.push(r);
        romanised = true;
        continue;
      }
    }
    const bare = stripAl(w);
    if (bare !== w) {
      const k2 = lex.tokenEn.get(bare);
      if (k2) {
        out.push(/^(al|el)-/i.test(k2) ? k2 : `al-${k2}`);
        continue;
      }
    }
    // the spelling learned from real name pairs; the letter rules only if the model has none
    const r = learnedSpelling(rawWords[i]!) || romaniseToken(rawWords[i]!);
    if (r) {
      out.push(r);
      alts[out.length - 1] = /^(al|el)-/i.test(r) ? undefined : { raw: rawWords[i]!, extra: 0 };
      romanised = true;
    }
  }
  return { en: chooseByStyle(out, alts).join(' '), origin: romanised ? 'romanised' : 'lexicon' };
}

/** Knobs of the choice by style (studied on the even development articles). */
export const STYLE_PARAMS = {
  // even articles, name-en exact (base 61.5): weight 1 / margin 2 / lexicon 1.5 / gain 1 62.5;
  // weight 0.5 62.2; with the model's guesses too 61.7; without the sound guard 61.8 and
  // name-en 95.2 -> 94.9 (Kwan for Joanne); every word free (weight 1, margin 3, no lexicon
  // cost or gain, guesses) 57.6, name-en 94.2 (Akhmet for Ahmed)
  /** weight of the style agreement (ln) against the spellings' own ln-scores */
  weight: 1,
  /** alternatives at most this far (ln) below a word's first spelling */
  margin: 2,
  /** extra ln cost of moving off the lexicon's curated spelling of a word */
  lexicon: 1.5,
  /** alternatives per word */
  per: 3,
  /** only spellings someone in the data carries (look-up), not the model's guesses */
  knownOnly: true,
  /** least phonetic-key similarity of an alternative to the current spelling (keySimilarity) */
  sound: 0.75,
  /** least gain (ln) of the agreement for a change */
  gain: 1,
};

/** A word as written and the extra cost of moving off its current spelling (the lexicon's). */
interface AltSource {
  raw: string;
  extra: number;
}

interface Alternative {
  text: string;
  /** ln-score relative to the word's current spelling (≤ 0) */
  cost: number;
}

/**
 * Other spellings of one word the data give (its look-up and model list), each with its ln-score
 * below the list's first, and a further cost when the current spelling is the lexicon's.
 */
function alternatives(raw: string, current: string, extra: number): Alternative[] | undefined {
  if (!styleModel() || STYLE_PARAMS.weight <= 0) return undefined;
  // The lexicon's spelling gives way only to spellings more than one person carries: a word whose
  // every spelling in the data is one bearer's (ديفيد: Dawid, Deivid, Dovid … once each, the pair
  // David held back with the test split) has no style to agree with, and «ديفيد سيلفا» was "Dovid".
  if (extra > 0) {
    const ev = nameTokenEvidence(raw);
    if (ev && ev.count <= ev.spellings) return undefined;
  }
  const cands = romaniseScored(raw, 8, 'rules');
  if (cands.length < 2) return undefined;
  const top = cands[0]!.score;
  const cur = current.toLowerCase();
  const curKey = wordKey(cur);
  const out: Alternative[] = [];
  for (const c of cands) {
    if (out.length >= STYLE_PARAMS.per) break;
    if (c.text === cur || !/^[a-z]{2,}$/.test(c.text) || c.score < top - STYLE_PARAMS.margin) continue;
    if (STYLE_PARAMS.knownOnly && c.from === 'model') continue;
    // another spelling of the same sounds, not another name the key was once written for
    // (كوهين: a Bendahan in the data; جوان: Kwan)
    if (keySimilarity(wordKey(c.text), curKey) < STYLE_PARAMS.sound) continue;
    out.push({ text: c.text[0]!.toUpperCase() + c.text.slice(1), cost: c.score - top - extra });
  }
  return out.length ? out : undefined;
}

/** Name particles and the article, which carry no style of their own. */
const STYLELESS = /^(al|el|bin|ben|ibn|bint|abu|abou|abdel|abd|al-|ould|oglu)$/i;

/** The style-bearing folded words of one spelled part of a name (al-Zahrani -> zahrani). */
function styleWords(part: string): string[] {
  return part
    .split(/[\s-]+/)
    .filter((w) => !STYLELESS.test(w))
    .map(styleFold)
    .filter((w) => w.length >= 2);
}

/**
 * One person's name is mostly written in one hand (Turkish Bekir Bozdag, not Arabic Bakr Bozdag;
 * Slavic Stefan Savic): among the words' spellings, the combination whose ln-scores plus the
 * weighted agreement of their styles (src/names/translit/style.ts) is highest. A word's current
 * spelling costs nothing; a single-word name, or one with no alternatives, stays as it is.
 */
function chooseByStyle(out: string[], sources: Array<AltSource | undefined>): string[] {
  const m = styleModel();
  if (!m || out.length < 2 || !sources.some(Boolean)) return out;
  const bearing = out.filter((p) => styleWords(p).length).length;
  if (bearing < 2) return out;
  const alts = out.map((p, i) => (sources[i] ? alternatives(sources[i]!.raw, p, sources[i]!.extra) : undefined));
  if (!alts.some((a) => a?.length)) return out;
  const slots = out.map((p, i) => [{ text: p, cost: 0 }, ...(alts[i] ?? [])]);
  let best = out;
  let bestScore = -Infinity;
  const pick: number[] = new Array(out.length).fill(0);
  let combos = 0;
  const walk = (i: number, cost: number) => {
    if (combos > 512) return;
    if (i === slots.length) {
      combos++;
      const texts = pick.map((p, j) => slots[j]![p]!.text);
      const words = texts.flatMap(styleWords);
      const changed = pick.some((p) => p > 0);
      const score = cost + STYLE_PARAMS.weight * m.agreement(words.map((w) => m.logLik(w))) - (changed ? STYLE_PARAMS.gain : 0);
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = texts;
      }
      return;
    }
    for (let p = 0; p < slots[i]!.length; p++) {
      pick[i] = p;
      walk(i + 1, cost + slots[i]![p]!.cost);
    }
    pick[i] = 0;
  };
  walk(0, 0);
  return best;
}

/** English form of an Arabic (or Latin) person/organisation/place name. */
export function englishName(name: string): EnglishName {
  const key = name.slice(0, 200);
  const hit = memo.get(key);
  if (hit) return hit;
  const r = translate(key);
  if (memo.size > 10000) memo.clear();
  memo.set(key, r);
  return r;
}
