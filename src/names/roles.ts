/**
 * Role phrases as Arabic news states them, rendered as English: الرئيس الروسي ->
 * President of Russia, كبير الدبلوماسيين الإيرانيين -> Iran's top diplomat, الخبير في
 * العلاقات الروسية الإيرانية -> expert on Russia-Iran relations. The phrase is read
 * left to right into recognised pieces (titles, qualifiers such as "former", demonyms,
 * countries, organisations, places, role nouns and adjectives, prepositions, quoted
 * names), split where a second role starts (المتحدث باسم الحكومة نائب رئيس الوزراء), and
 * each role is re-ordered English-style. Unknown words are dropped; when nothing is
 * recognised the result is "".
 */
import { lexicon, type LexTitle } from './lexicon.ts';
import { normAr } from './normalize.ts';
import { stripDiacritics } from '../text/normalize.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { countryExact, countryPhrase, demonym, type Demonym } from './countries.ts';
import type { Bi } from '../briefing/types.ts';
import { spelledAcronym } from './latin-letters.ts';
import { placeEnglish, townEnglish } from './places.ts';
import { brandName } from './brands.ts';

type Piece =
  | { t: 'title'; title: LexTitle; deputy: string; definite: boolean; portfolio: string }
  | { t: 'mod'; en: string }
  | { t: 'adj'; d: Demonym }
  | { t: 'country'; en: string; code: string; d?: Demonym }
  | { t: 'entity'; en: string; place: boolean; short: string; latin?: boolean }
  | { t: 'word'; en: string; adj: boolean }
  | { t: 'prep'; en: string; explicit: boolean; lam?: boolean }
  | { t: 'quoted'; en: string }
  | { t: 'year'; en: string }
  | { t: 'and' }
  | { t: 'sep' }
  | { t: 'name'; en: string }
  | { t: 'unknown'; raw: string; al: boolean };

/** English nouns that read naturally with "the" as the object of a role. */
const THE_NOUNS = /(^|\s)(force|administration|magazine|network|platform|observatory|office|championship|ministry|Ministry|government|army|council|committee|group|movement|party|organisation|agency|authority|coalition|alliance|court|Court|parliament|opposition|central bank|bank|company|team|national team|club|university|institute|centre|forces|armed forces|air force|air defences|defences|police|board|faction|fund|federation|association|Council|state|think tank|presidency|department|hospital|palace|Royal Court|union|newspaper|channel|website|programme|file|elections|province|city|kingdom|National Guard|judiciary|unit)$/;
/** Class nouns that, before a name, just announce it: جماعة "X" -> the group "X". */
const CLASS_NOUNS = new Set(['hospital', 'school', 'stadium', 'palace', 'group', 'programme', 'network', 'movement', 'party', 'company', 'organisation', 'agency', 'news agency', 'club', 'faction', 'coalition', 'alliance', 'team', 'newspaper', 'channel', 'website']);
/** Class nouns of institutions named after a person or place (مستشفى، مدرسة، ملعب). */
const INSTITUTIONS = /^(hospital|school|stadium|palace)$/;
/** Class nouns written after their name with a capital, Cairo University, Harvard University (not "the university"). */
const PROPER_CLASS = /^(university|institute|centre)$/;
/** Outlets named by a word after them (صحيفة الوطن، قناة الإخبارية، مجلة العربي). */
const OUTLET_CLASS = /^(newspaper|channel|magazine)$/;
/** Places and prizes named after a person (جامعة الملك سعود، مطار الملك خالد، جائزة الشيخ زايد). */
const NAMED_AFTER = /^(university|institute|centre|hospital|school|stadium|airport|prize|award|mosque|city|port|street|foundation|library|museum|hall|college|academy)$/;
/** The dignitaries' titles such names keep before the person (not رئيس or وزير, which govern a body). */
const NAMESAKE_TITLES = new Set(['الملك', 'الأمير', 'الشيخ', 'السلطان', 'الإمام', 'الملكة', 'الأميرة', 'الشيخة'].map(normAr));
/** Heads of political bodies named by their creed, and the creeds (English adjectives) that name them. */
const PARTY_HEADS = /^(party|movement|front|alliance|bloc)$/;
const CREEDS = /^(social|socialist|democratic|communist|liberal|progressive|conservative|republican|national|popular|islamic|Islamic|green|labour|nationalist)$/;
/** Nouns a bare name after them owns rather than names: إدارة ترمب -> the Trump administration. */
const OWNED_NOUNS = new Set(['department']);
const ORG_THE = /^(European|International|United|World|Arab|African|Gulf|Islamic|Palestinian|Rapid|Syrian|Democratic|Republican|Federal|Shanghai|Organi[sz]ation|UN |US |Kurdistan|Doctors|Atomic)/;
const PREP_END = /^(and|in|to|at|on|from|with|for|of|responsible for)$/;

/** Single-word prepositions, in normAr form. */
const PREPS: Record<string, string> = { 'في': 'in', 'من': 'from', 'عن': 'on', 'مع': 'with', 'باسم': 'for', 'علي': 'on', 'بين': 'between' };
/** Keys are in normAr form (ئ folds to ي, ة to ه). */
const DEPUTY: Record<string, string> = { 'نايب': 'Deputy', 'نايبه': 'Deputy', 'مساعد': 'Assistant', 'مساعده': 'Assistant' };

function orgPhrase(en: string): string {
  return ORG_THE.test(en) && !/^the /i.test(en) ? 'the ' + en : en;
}
function cap(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

interface Tok {
  norm: string;
  raw: string;
  quoted: boolean;
  sep?: boolean;
  latin?: boolean;
}

/** Splits a role into tokens; a quoted span stays one token (a name to keep as a name). */
function tokenise(role: string): Tok[] {
  const out: Tok[] = [];
  const re = /["«“„]([^"»”]{1,80})["»”]|([،,;؛]|\s[-–—]\s)|([^\s"«»“”„،,.:;؛()]+)/g;
  for (const m of stripDiacritics(role).matchAll(re)) {
    if (m[1] !== undefined) out.push({ norm: normAr(m[1]), raw: m[1].trim(), quoted: true });
    else if (m[2]) out.push({ norm: '', raw: m[2], quoted: false, sep: true });
    else if (m[3]) out.push({ norm: normAr(m[3]), raw: m[3], quoted: false, latin: /^[A-Za-z][A-Za-z0-9&.'-]*$/.test(m[3]) });
  }
  return out;
}

type NameFn = (ar: string) => string;

/**
 * A title piece; `definite` when its last word carries ال, so (as an Arabic construct
 * cannot) it takes no genitive object and a following title is a second role;
 * `portfolio` is the ministry noun of وزير X titles (الطاقة -> energy).
 */
function titlePiece(title: LexTitle, phrase: string, deputy: string): Piece {
  const words = phrase.split(' ');
  const last = words[words.length - 1]!;
  let portfolio = '';
  // (an adjective is no portfolio: المالية is "financial" as a word, the title's own Finance here)
  if (/^وزير/.test(words[0]!) && words.length === 2) {
    const w = lexicon().wordByAr.get(words[1]!);
    portfolio = w && !w.adj ? w.en : w ? (/^([A-Z][a-z]+) Minister$/.exec(title.en)?.[1] ?? w.en) : '';
  }
  return { t: 'title', title, deputy, definite: last.startsWith('ال') && !/باسم$/.test(phrase), portfolio };
}

/** Adjectives that, with no noun before them, name a ministry (الخارجية for وزارة الخارجية); normAr keys. */
const MINISTRY_ELLIPSIS: Record<string, string> = { 'الخارجيه': 'foreign ministry', 'الداخليه': 'interior ministry' };

/** Pronoun-suffixed "on behalf of": المتحدث باسمه -> his spokesperson. */
const BEHALF: Record<string, string> = { 'باسمه': 'him', 'باسمها': 'her', 'باسمهم': 'them', 'باسمهما': 'them' };

/** Possessive pronoun endings of a noun, in normAr form, and their English (مدربها -> her coach). */
const POSSESSIVES: Array<[string, string]> = [['هما', 'their'], ['هم', 'their'], ['ها', 'her'], ['ه', 'his']];
/** The owners' English those endings give, and «its» of a body's office (وزير خارجيتها -> its Foreign Minister). */
const OWNER_EN = new Set([...POSSESSIVES.map(([, whose]) => whose), 'its']);

/** Offices a country or a body has (its leader, its President), not a person. */
const OFFICES = /^(leader|President|Prime Minister|King|Queen|Emir|Prince|Crown Prince|ruler|head|commander|captain)$/;

/** Titles that read otherwise with a possessor: a fellow of an institute is one's colleague (زميله), a citizen one's compatriot (مواطنه). */
const OWNED: Record<string, string> = { fellow: 'colleague', citizen: 'compatriot' };

/**
 * A title with a possessive pronoun (محاميه، مدربها، ابنته): the title and whose it is. The
 * feminine ة is written ت before the pronoun (ابنته -> ابنة).
 */
function possessed(w: string, raw: string): { piece: Piece; whose: string } | null {
  const lex = lexicon();
  const split = ownerSplit(w, raw);
  if (!split) return null;
  for (const b of [split.base, split.feminine]) {
    if (!b) continue;
    const title = lex.titleByAr.get('ال' + b) ?? lex.titleByAr.get(b);
    // (ها on an office is a country's or a body's: زعيمها is its leader, of North Korea; on a
    // relation or a profession it is a woman's: ابنتها، محاميها)
    const whose = split.end === 'ها' && title && OFFICES.test(title.en) ? 'its' : split.whose;
    if (title) return { piece: titlePiece(OWNED[title.en] ? { ...title, en: OWNED[title.en]!, prep: undefined } : title, 'ال' + b, ''), whose };
  }
  return null;
}

/**
 * A word (normAr form `w`, as written `raw`) read as a noun and its possessive pronoun: the noun,
 * its feminine form when the ة was written ت before the pronoun (ابنته -> ابنه), and the owner.
 * (As written: normAr folds the feminine ة into ه, so ممثلة would read as ممثل + ه.)
 */
function ownerSplit(w: string, raw: string): { base: string; feminine: string; end: string; whose: string } | null {
  for (const [end, whose] of POSSESSIVES) {
    if (!w.endsWith(end) || !raw.endsWith(end) || w.length - end.length < 3) continue;
    const base = w.slice(0, -end.length);
    return { base, feminine: base.endsWith('ت') ? base.slice(0, -1) + 'ه' : '', end, whose };
  }
  return null;
}

/**
 * A name behind the preposition ل (المعارض الرئيسي لبوتين): the name the lexicon knows without it
 * (بوتين, Putin), not the whole word romanised ("Labotin"); a word the lexicon knows as written
 * (لطفي) stays whole.
 */
function lamName(raw: string): string {
  const w = normAr(raw);
  const tokens = lexicon().tokenEn;
  if (!w.startsWith('ل') || w.length < 5 || tokens.has(w)) return raw;
  if (tokens.has(w.slice(1))) return raw.replace(/^\s*ل/, '');
  // (للسيسي: ل before the article's ال, which the ل swallows)
  return w.startsWith('لل') && tokens.has('ال' + w.slice(2)) ? raw.replace(/^\s*لل/, 'ال') : raw;
}

/** The lexicon's body a Latin name or acronym stands for (CNN, HSBC), if any. */
function orgByLatin(en: string) {
  return lexicon().orgs.find((o) => o.aliases.includes(en) || o.en === en);
}

/** A name written in Latin letters, or spelled out letter by letter: a known body, else a name. */
function latinPiece(en: string): Piece {
  const org = orgByLatin(en);
  return org ? { t: 'entity', en: orgPhrase(org.en), place: false, short: en, latin: true } : { t: 'name', en };
}

function scan(toks: Tok[], nameEn: NameFn): Piece[] {
  const lex = lexicon();
  const pieces: Piece[] = [];
  const maxLen = Math.max(lex.maxTitleWords, lex.maxNameWords, 3);
  const phrase = (from: number, len: number, first?: string) =>
    [first ?? toks[from]!.norm, ...toks.slice(from + 1, from + len).map((t) => t.norm)].join(' ');
  const anyQuoted = (from: number, len: number) => toks.slice(from, from + len).some((t) => t.quoted || t.sep || t.latin);

  // A two-word title whose second word carries the owner's pronoun (وزير خارجيتها, رئيس وزرائها):
  // its Foreign Minister, their Prime Minister, not a minister of a word romanised ("Jargetha").
  const ownedPortfolio = (i: number): { piece: Piece; whose: string } | null => {
    const a = toks[i]!;
    const b = toks[i + 1];
    if (!b || a.quoted || b.quoted || a.sep || b.sep) return null;
    const split = ownerSplit(b.norm, stripDiacritics(b.raw));
    if (!split) return null;
    // (the feminine ة is written ت before a pronoun, خارجيتها; a final hamza sits on ي, وزرائها)
    const stem = split.feminine || split.base;
    const p = [stem, stem.replace(/اي$/, 'اء')].map((x) => `${a.norm} ${normAr('ال' + x)}`).find((x) => lex.titleByAr.has(x));
    const title = p ? lex.titleByAr.get(p) : undefined;
    if (!p || !title || lex.titleByAr.has(`${a.norm} ${b.norm}`)) return null;
    // (a portfolio's owner is a state or body: خارجيتها is its, not her, Foreign Minister; an agent's
    // or a manager's is a person: وكيلة أعمالها is her agent)
    const portfolio = /^(وزير|وزيره|رييس|رييسه)$/.test(a.norm.replace(/^ال/, ''));
    return { piece: titlePiece(title, p, ''), whose: split.end === 'ها' && portfolio ? 'its' : split.whose };
  };

  // An outlet with no article names itself by the definite word after it (صحيفة الوطن، قناة
  // الإخبارية): Al-Watan, Al-Ikhbaria, romanised as a name, not "homeland" or "news".
  const outletName = (i: number): boolean => {
    const prev = pieces[pieces.length - 1];
    return i > 0 && prev?.t === 'word' && OUTLET_CLASS.test(prev.en) && !/^(و|ف)?(ب|ل|ك)?ال/.test(toks[i - 1]!.norm) && /^ال/.test(toks[i]!.norm);
  };

  // (a definite noun, no adjective: «ابنه الأكبر» is his eldest son, «زوجة الرئيس» the President's wife)
  const genitiveAt = (i: number): boolean => {
    const n = toks[i]?.norm ?? '';
    return /^ال/.test(n) && !/^ال.{2,}(ي|يه|يين|يون)$/.test(n) && !/^الا.{3}$/.test(n);
  };
  const tryAt = (from: number, first?: string): { piece: Piece; len: number } | null => {
    const top = Math.min(toks.length - from, maxLen);
    for (let len = top; len >= 1; len--) {
      if (anyQuoted(from, len)) continue;
      const p = phrase(from, len, first);
      const prepP = lex.prepPhraseByAr.get(p);
      if (prepP && len > 1) return { piece: { t: 'prep', en: prepP, explicit: true }, len };
      // (a title in ة with no article only before its genitive: زوجة الرئيس is the President's wife)
      const title = lex.titleByAr.get(p) ?? (len === 1 && genitiveAt(from + 1) ? lex.constructTitleByAr.get(p) : undefined);
      if (title) return { piece: titlePiece(title, p, ''), len };
      const mod = lex.modifierByAr.get(p);
      if (mod) return { piece: { t: 'mod', en: mod }, len };
      const org = lex.orgByAr.get(p);
      if (org) {
        const short = org.aliases.find((a) => /^[A-Z][A-Z.+]{1,5}$/.test(a)) ?? '';
        return { piece: { t: 'entity', en: orgPhrase(org.en), place: false, short }, len };
      }
      const place = lex.placeByAr.get(p);
      if (place) return { piece: { t: 'entity', en: place.en, place: true, short: '' }, len };
      // (a city or region of two words or more the lexicon lacks: the world gazetteer's English)
      const world = len > 1 ? placeEnglish(p) : null;
      if (world) return { piece: { t: 'entity', en: world, place: true, short: '' }, len };
      const word = lex.wordByAr.get(p);
      if (word && len > 1) return { piece: { t: 'word', en: word.en, adj: word.adj }, len };
      if (len <= 3) {
        const c = countryExact(p);
        // (السعودية is the country and the feminine nisba both: the demonym rides along for the one
        // place that reads it as an adjective, after a body's name)
        const d = len === 1 ? demonym(p) : null;
        if (c && (len > 1 || !p.endsWith('ي'))) return { piece: d ? { t: 'country', en: c.en, code: c.code, d } : { t: 'country', en: c.en, code: c.code }, len };
      }
      if (len <= 2) {
        const d = demonym(p);
        if (d && (len === 2 ? p.includes(' ') : true)) return { piece: { t: 'adj', d }, len };
      }
      if (word) return { piece: { t: 'word', en: word.en, adj: word.adj }, len };
      if (prepP) return { piece: { t: 'prep', en: prepP, explicit: true }, len };
      if (len === 1) {
        // a plural nisba the lexicon knows in the singular: السياسيون، العسكريين -> political, military
        const m = /^(.{3,}ي)(ون|ين)$/.exec(p);
        const sing = m ? lex.wordByAr.get(m[1]!) ?? lex.wordByAr.get(m[1]! + 'ه') : undefined;
        if (sing?.adj) return { piece: { t: 'word', en: sing.en, adj: true }, len };
        const plural = pluralOfKnown(p);
        if (plural) return { piece: { t: 'word', en: plural, adj: false }, len };
        // (a city of one word the lexicon lacks: the world gazetteer's English, not a romanised "Munck")
        const town = townEnglish(p);
        if (town) return { piece: { t: 'entity', en: town, place: true, short: '' }, len };
      }
    }
    return null;
  };

  // (the words as written, for letter names spelled out: آي keeps its madda)
  const raws = toks.map((t) => (t.quoted || t.sep || t.latin ? '' : t.raw));
  let i = 0;
  while (i < toks.length) {
    const tok = toks[i]!;
    // an acronym spelled out letter by letter (آي أتش أس) is a Latin name, as the letters themselves are
    const acr = spelledAcronym(raws, i, (en) => !!orgByLatin(en));
    // (not when a bare word the tables do not know runs on from it: بي إن سبورتس is one name, beIN Sports)
    const after = acr ? toks[i + acr.len] : undefined;
    const runsOn = !!after && !after.sep && !after.quoted && !after.latin && !PREPS[after.norm] && !/^(و|ف)?(ب|ل|ك)?ال|^لل/.test(after.norm) && !tryAt(i + acr!.len);
    if (acr && !runsOn) {
      pieces.push(latinPiece(acr.en));
      i += acr.len;
      continue;
    }
    if (tok.sep) {
      pieces.push({ t: 'sep' });
      i++;
      continue;
    }
    if (tok.latin) {
      // Latin words inside Arabic copy are names (GPS, CNN)
      const names: string[] = [];
      while (i < toks.length && toks[i]!.latin) names.push(toks[i++]!.raw);
      pieces.push(latinPiece(names.join(' ')));
      continue;
    }
    if (BEHALF[tok.norm]) {
      pieces.push({ t: 'prep', en: 'for', explicit: true }, { t: 'name', en: BEHALF[tok.norm]! });
      i++;
      continue;
    }
    if (tok.quoted) {
      const hit = lex.orgByAr.get(tok.norm) ?? lex.placeByAr.get(tok.norm);
      pieces.push({ t: 'quoted', en: hit ? hit.en : nameEn(tok.raw) });
      i++;
      continue;
    }
    const w = tok.norm;
    if (/^\d{4}$/.test(w)) {
      pieces.push({ t: 'year', en: w });
      i++;
      continue;
    }
    // (the year before the article's, الفائز بجائزة العام الماضي: last year's, not a "general" one)
    if (/^(العام|السنه)$/.test(w) && /^(الماضي|الماضيه|المنصرم|المنصرمه)$/.test(toks[i + 1]?.norm ?? '')) {
      pieces.push({ t: 'year', en: 'last year' });
      i += 2;
      continue;
    }
    if (lex.former.has(w)) {
      pieces.push({ t: 'mod', en: 'former' });
      i++;
      continue;
    }
    if (w === 'و' || w === 'او') {
      pieces.push({ t: 'and' });
      i++;
      continue;
    }
    if (PREPS[w]) {
      pieces.push({ t: 'prep', en: PREPS[w]!, explicit: true });
      i++;
      continue;
    }
    if (DEPUTY[w] && i + 1 < toks.length) {
      const next = tryAt(i + 1);
      if (next && next.piece.t === 'title' && !lex.titleByAr.has(phrase(i, next.len + 1))) {
        pieces.push({ ...next.piece, deputy: DEPUTY[w]! });
        i += next.len + 1;
        continue;
      }
    }
    // (a club named by an everyday word right after a player's or a coach's title, or «نادي»: لاعب
    // الاتحاد is an Al-Ittihad player, not a player for "the union")
    const club = lex.clubByAr.get(w);
    const last = club ? pieces[pieces.length - 1] : undefined;
    // (not a federation, الاتحاد السعودي لكرة القدم: its sport follows)
    if (club && last && ((last.t === 'title' && SPORTS_TITLES.has(last.title.en)) || (last.t === 'word' && last.en === 'club'))
      && !toks.slice(i + 1, i + 3).some((t) => SPORT_FIELD.test(t.norm))) {
      // (a nationality after the club is the player's: لاعب الاتحاد التشيلي, Al-Ittihad's Chilean player)
      const nat = i + 1 < toks.length ? tryAt(i + 1) : null;
      if (nat && nat.len === 1 && nat.piece.t === 'adj') { pieces.push(nat.piece); i++; }
      pieces.push({ t: 'entity', en: club, place: false, short: '' });
      i++;
      continue;
    }
    const pair = ownedPortfolio(i);
    if (pair) {
      pieces.push({ t: 'mod', en: pair.whose }, pair.piece);
      i += 2;
      continue;
    }
    const hit = tryAt(i);
    if (hit) {
      // a one-word country in the feminine nisba form after a noun or adjective agrees with it as a nationality: وسائل إعلام حكومية سورية
      // is Syrian state media, not "… Syria"
      const prev = pieces[pieces.length - 1];
      const d = hit.piece.t === 'country' && hit.len === 1 && prev?.t === 'word' && w.endsWith('يه') ? demonym(w) : null;
      // الخارجية with no noun before it is the ministry it stands for (المتحدث باسم الخارجية الإيرانية)
      const ministry = hit.len === 1 && MINISTRY_ELLIPSIS[w] && (!prev || prev.t === 'title' || prev.t === 'prep') ? MINISTRY_ELLIPSIS[w] : '';
      // الحاكم agreeing with a definite body before it is its adjective, not a governor: الحزب الحاكم ->
      // the ruling party (after an indefinite noun it is the noun's genitive: مكتب الحاكم, the governor's office)
      const ruling = hit.piece.t === 'title' && hit.len === 1 && /^(الحاكم|الحاكمه)$/.test(w) && i > 0 && /^(و|ف)?(ب|ل|ك)?ال|^(و|ف)?لل/.test(toks[i - 1]!.norm)
        && !!prev && (prev.t === 'entity' || prev.t === 'adj' || prev.t === 'word');
      // a title that is also a nisba adjective, after a noun, agrees with it (الجمعيات الحقوقية: rights
      // associations; تقارير إعلامية: media reports), as الحاكم does
      const asAdj = hit.piece.t === 'title' && hit.len === 1 && hit.piece.title.adjEn && !!prev && (prev.t === 'entity' || prev.t === 'adj' || prev.t === 'word' || prev.t === 'title') ? hit.piece.title.adjEn : '';
      // (… and after a body's own name it says what the name says: منظمة هيومن رايتس ووتش الحقوقية)
      if (asAdj && prev!.t === 'entity') {
        i += hit.len;
        continue;
      }
      if (hit.len === 1 && hit.piece.t === 'word' && outletName(i)) {
        pieces.push({ t: 'unknown', raw: tok.raw, al: false });
        i++;
        continue;
      }
      // (الإسلامي agreeing with a person's title is Islamist, the politics: الرئيس الإسلامي; after a
      // body's noun it stays Islamic, الجامعة الإسلامية)
      const islamist = hit.piece.t === 'word' && hit.piece.adj && hit.piece.en === 'Islamic' && qualifiesTitle(pieces);
      pieces.push(d ? { t: 'adj', d } : ministry ? { t: 'word', en: ministry, adj: false } : ruling ? { t: 'word', en: 'ruling', adj: true } : asAdj ? { t: 'word', en: asAdj, adj: true } : islamist ? { t: 'word', en: 'Islamist', adj: true } : hit.piece);
      i += hit.len;
      continue;
    }
    const owned = possessed(w, stripDiacritics(tok.raw));
    if (owned) {
      pieces.push({ t: 'mod', en: owned.whose }, owned.piece);
      i++;
      continue;
    }
    // attached clitics: لقيادة -> ل + قيادة ; ووزير -> و + وزير ; بالطب -> ب + الطب
    let done = false;
    const clitics: Array<[string, Piece]> = [
      // ل is "for" inside noun phrases (اللجنة العليا للانتخابات); a title's own preposition overrides it (adviser to)
      ['لل', { t: 'prep', en: 'for', explicit: true, lam: true }],
      ['ول', { t: 'prep', en: 'for', explicit: true, lam: true }],
      ['ل', { t: 'prep', en: 'for', explicit: true, lam: true }],
      ['و', { t: 'and' }],
      ['ب', { t: 'prep', en: 'in', explicit: true }],
    ];
    for (const [pre, piece] of clitics) {
      if (w.startsWith(pre) && w.length > pre.length + 2) {
        const rest = pre === 'لل' ? 'ال' + w.slice(2) : w.slice(pre.length);
        const h = tryAt(i, rest);
        if (h) {
          if (pre === 'ول') pieces.push({ t: 'and' });
          // والخارجية after a body or a noun is a second body, the ministry it stands for (الكرملين
          // والخارجية الروسية -> the Kremlin and the Russian foreign ministry), not an adjective
          // coordinated with one (الشؤون السياسية والخارجية keeps "foreign")
          const prev = pieces[pieces.length - 1];
          const ministry = pre === 'و' && h.len === 1 && MINISTRY_ELLIPSIS[rest] && (prev?.t === 'entity' || prev?.t === 'title' || (prev?.t === 'word' && !prev.adj)) ? MINISTRY_ELLIPSIS[rest]! : '';
          pieces.push(piece, ministry ? { t: 'word', en: ministry, adj: false } : h.piece);
          i += h.len;
          done = true;
          break;
        }
      }
    }
    // (a brand behind a clitic, لفولكسفاغن: the brand, not the word romanised whole, "Levolksvagn")
    const cl = !done ? /^(و|ف)?(ل|ب)(?!ال)(\S{4,})$/.exec(w) : null;
    const brand = cl ? brandName(cl[3]!) : null;
    if (cl && brand) {
      if (cl[1]) pieces.push({ t: 'and' });
      pieces.push(cl[2] === 'ل' ? { t: 'prep', en: 'for', explicit: true, lam: true } : { t: 'prep', en: 'in', explicit: true }, { t: 'entity', en: brand, place: false, short: '' });
      i++;
      continue;
    }
    if (!done) {
      // (an outlet's own name, صحيفة الوطن, is no definite word of the phrase: see outletName)
      pieces.push({ t: 'unknown', raw: tok.raw, al: /^(و|ف)?(ب|ل|ك)?ال|^(و|ف)?لل/.test(w) && !outletName(i) });
      i++;
    }
  }
  return fieldOfUnion(pieces, toks);
}

/** اتحاد in normAr form, with the article or without, behind a clitic or not (للاتحاد، واتحاد). */
const UNION_AR = /^(و|ف)?(ب|ل|ك)?(ال|ل)?اتحاد$/;
/** The fields whose bodies are not unions: a sport (football, basketball, sport, sports). */
const SPORTS = /^(football|basketball|sports?|athletics|tennis|volleyball|handball|swimming|boxing|cycling|chess|golf|rugby|wrestling)$/;
/**
 * اتحاد names a union (the International Telecommunication Union, the Union of Medical Care and
 * Relief Organizations, the European Union) unless its field is a sport: then it is a federation, and
 * a football one is an association (the Egyptian, Palestinian, Swiss Football Association). The
 * field is a word of the same phrase after it, before a separator or another title.
 */
function fieldOfUnion(pieces: Piece[], toks: readonly Tok[]): Piece[] {
  if (!toks.some((t) => UNION_AR.test(t.norm))) return pieces;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    if (p.t !== 'word' || p.en !== 'union') continue;
    for (let j = k + 1; j < pieces.length && j <= k + 6; j++) {
      const q = pieces[j]!;
      if (q.t === 'sep' || q.t === 'title' || q.t === 'and') break;
      if (q.t === 'word' && SPORTS.test(q.en)) {
        pieces[k] = { ...p, en: q.en === 'football' ? 'association' : 'federation' };
        break;
      }
    }
  }
  return pieces;
}

function adjOf(d: Demonym): string {
  return lexicon().titles.adjOverrides[d.code] ?? d.adjEn;
}

/** The nationality and other adjectives from piece j on, in English order (Arabic puts them after the noun): their English and the index after them. */
function adjectivesFrom(ps: readonly Piece[], j: number): { before: string[]; next: number } {
  const before: string[] = [];
  for (let q = ps[j]; q?.t === 'adj' || (q?.t === 'word' && q.adj); q = ps[++j]) before.push(q.t === 'adj' ? adjOf(q.d) : q.en);
  return { before: before.reverse(), next: j };
}

/** "the President of the United States" for a title used as the object of another role. */
function titleObject(title: LexTitle, d: Demonym | null, country: { en: string; code: string } | null): string {
  const head = headPhrase(title, '', d, country);
  return /^(President|Prime Minister|King|Queen|Emir|Crown Prince|Sultan|Supreme Leader|Vice President)/.test(head) ? 'the ' + head : head;
}

/** English for an object noun phrase (everything after the head title and its preposition). */
function objectPhrase(input: Piece[]): string {
  let ps = input;
  const parts: string[] = [];
  let i = 0;
  while (i < ps.length) {
    const p = ps[i]!;
    if (p.t === 'word' && !p.adj) {
      // an idafa chain of nouns, then the adjectives that agree with it, read backwards in English
      const nouns: string[] = [p.en];
      let j = i + 1;
      const nounAt = (k: number) => ps[k]?.t === 'word' && !(ps[k] as { adj: boolean }).adj;
      while (j < ps.length && nounAt(j)) {
        nouns.push((ps[j++] as { en: string }).en);
        // a coordinated complement stays with the one before it: اتحاد السفر والسياحة -> the travel and
        // tourism federation (not "the travel federation and tourism"); the head itself is not coordinated here
        while (ps[j]?.t === 'and' && nounAt(j + 1) && !nounAt(j + 2)) {
          // (… with its own adjectives, which agree with it: وزارة العمل والشؤون الاجتماعية -> the
          // labour and social affairs ministry, not "the social labour and affairs ministry"; a
          // nationality stays the whole phrase's)
          let k = j + 2;
          const own: string[] = [];
          while (ps[k]?.t === 'word' && (ps[k] as { adj: boolean }).adj) own.push((ps[k++] as { en: string }).en);
          nouns[nouns.length - 1] += ` and ${[...own.reverse(), (ps[j + 1] as { en: string }).en].join(' ')}`;
          j = k;
        }
      }
      const demonyms: Demonym[] = [];
      const adjWords: string[] = [];
      const adjAt = (k: number) => ps[k]?.t === 'word' && (ps[k] as { adj: boolean }).adj;
      while (j < ps.length && (ps[j]!.t === 'adj' || adjAt(j))) {
        const q = ps[j++]!;
        if (q.t === 'adj') demonyms.push(q.d);
        else if (q.t === 'word') adjWords.push(q.en);
        // coordinated adjectives stay together: المسؤولون السياسيون والعسكريون -> political and military officials
        while (q.t === 'word' && ps[j]?.t === 'and' && adjAt(j + 1)) {
          adjWords[adjWords.length - 1] += ` and ${(ps[j + 1] as { en: string }).en}`;
          j += 2;
        }
      }
      // اللجنة العليا للانتخابات -> supreme elections committee: a ل-complement of plain nouns folds in as a modifier
      const lamNext = ps[j];
      if (lamNext?.t === 'prep' && lamNext.lam && ps[j + 1]?.t === 'word' && !(ps[j + 1] as { adj: boolean }).adj) {
        const k = j + 1;
        const mods: string[] = [];
        let e = k;
        while (ps[e]?.t === 'word' && !(ps[e] as { adj: boolean }).adj) mods.push((ps[e++] as { en: string }).en);
        if (e === ps.length || ps[e]!.t === 'prep' || ps[e]!.t === 'and' || ps[e]!.t === 'sep') {
          nouns.push(...mods);
          j = e;
        }
      }
      // a verbal noun of opposing reads as a prefix of its object: برنامج مكافحة التطرف -> the
      // anti-extremism programme, اللجنة الوطنية لمكافحة الفساد -> the national anti-corruption committee
      for (let k = nouns.length - 1; k >= 0; k--) {
        if (!nouns[k]!.endsWith('-')) continue;
        if (k + 1 < nouns.length) nouns.splice(k, 2, nouns[k]! + nouns[k + 1]!);
        else nouns.splice(k, 1); // (its object unknown: قوات مكافحة الشغب -> the forces, not "the anti forces")
      }
      // إدارة owned by a person or a country is its government (إدارة ترمب -> the Trump administration,
      // الإدارة الأمريكية -> the US administration); with a field noun it is a department (إدارة الشرطة)
      if (nouns.length === 1 && OWNED_NOUNS.has(p.en) && adjWords.length === 0 && (demonyms.length > 0 || ps[j]?.t === 'unknown' || ps[j]?.t === 'name')) nouns[0] = 'administration';
      const nounEn = nouns.reverse().join(' ');
      // اشتراكي ديمقراطي is one creed, social democracy, whose English keeps the Arabic order
      // (الحزب الاشتراكي الديمقراطي -> the Social Democratic Party, not "Democratic Socialist")
      for (let k = 0; k + 1 < adjWords.length; k++) {
        if (adjWords[k] === 'socialist' && adjWords[k + 1] === 'democratic') adjWords.splice(k, 2, 'social democratic');
      }
      const adjEn = [...adjWords].reverse();
      let np: string;
      // a party named by its creed is a proper name: the French Socialist Party, not "socialist party"
      if (nouns.length === 1 && PARTY_HEADS.test(nounEn) && adjEn.some((a) => a.split(' ').some((w) => CREEDS.test(w)))) {
        adjEn.splice(0, adjEn.length, ...adjEn.map((a) => a.split(' ').map((w) => (CREEDS.test(w) ? cap(w) : w)).join(' ')));
        nouns[0] = cap(nouns[0]!);
      }
      const nounEnCased = nouns.join(' ');
      if (demonyms.length >= 2) np = [demonyms.map((d) => d.country).join('-'), ...adjEn, nounEnCased].join(' ');
      else np = [...demonyms.map(adjOf), ...adjEn, nounEnCased].join(' ');
      let nxt = ps[j];
      if (demonyms.length === 0 && adjWords.length === 0 && nouns.length === 1 && (CLASS_NOUNS.has(p.en) || OWNED_NOUNS.has(p.en) || PROPER_CLASS.test(p.en)) && nxt?.t === 'unknown') {
        // نادي الزمالك: a class noun names what follows; keep it as a (romanised) name
        // the name's words go together, so that a brand is read whole or not at all (كوين ماركت كاب is
        // not "… QNAP")
        const raws: string[] = [];
        while (ps[j]?.t === 'unknown') raws.push((ps[j++] as { raw: string }).raw);
        // nationalities after the name are the body's: شركة غوغل الأمريكية -> the US company Google
        // (a country spelled as its feminine nisba too, صحيفة عكاظ السعودية: the Saudi newspaper)
        const after: Demonym[] = [];
        for (;;) {
          const q = ps[j];
          if (q?.t === 'adj') after.push(q.d);
          else if (q?.t === 'country' && q.d) after.push(q.d);
          else break;
          j++;
        }
        // an institution's other adjectives are its name's too: مستشفى الشفاء التخصصي -> the Shifa specialist hospital
        const kinds: string[] = [];
        // (and a place that goes on its name: مستشفى ريف دمشق -> Rive Damascus, not "Rive Hospital Damascus")
        const place = !after.length && INSTITUTIONS.test(p.en) && ps[j]?.t === 'entity' && (ps[j] as { place?: boolean }).place ? (ps[j++] as { en: string }).en : '';
        if (!after.length && INSTITUTIONS.test(p.en)) while (ps[j]?.t === 'word' && (ps[j] as { adj: boolean }).adj) kinds.push((ps[j++] as { en: string }).en);
        // (… and an outlet's other adjectives with them: قناة الإخبارية السعودية الرسمية -> the
        // official Saudi channel al-Ikhbaria)
        const also: string[] = [];
        if (after.length && OUTLET_CLASS.test(p.en)) while (ps[j]?.t === 'word' && (ps[j] as { adj: boolean }).adj) also.push((ps[j++] as { en: string }).en);
        if (after.length) parts.push(`the ${[...also.reverse(), ...after.map(adjOf)].join(' ')} ${p.en} ${nameFn(raws.join(' '))}`);
        else if (kinds.length || place) parts.push(`the ${[nameFn(raws.join(' ')), place, ...kinds].filter(Boolean).join(' ')} ${p.en}`);
        else parts.push(`${OWNED_NOUNS.has(p.en) ? 'the ' : ''}${nameFn(raws.join(' '))} ${INSTITUTIONS.test(p.en) || PROPER_CLASS.test(p.en) ? cap(p.en) : nounEn}`);
        i = j;
        continue;
      }
      if (demonyms.length === 0 && adjWords.length === 0 && nxt?.t === 'name') {
        // nationalities after the name are the body's, as after a romanised one above: بنك HSBC
        // البريطاني -> the British bank HSBC (not "the HSBC bank British")
        let k = j + 1;
        const after: Demonym[] = [];
        while (ps[k]?.t === 'adj') after.push((ps[k++] as { d: Demonym }).d);
        parts.push(after.length ? `the ${after.map(adjOf).join(' ')} ${nounEn} ${nxt.en}` : `the ${nxt.en} ${nounEn}`);
        i = k;
        continue;
      }
      if (demonyms.length === 0 && adjWords.length === 0 && nxt && (nxt.t === 'entity' || nxt.t === 'quoted' || nxt.t === 'country')) {
        const name = nxt.t === 'quoted' ? `"${nxt.en}"` : nxt.t === 'country' ? countryPhrase(nxt.en) : nxt.en;
        const proper = PROPER_CLASS.test(p.en);
        j++;
        // a known body after its class noun keeps the class, and the body's nationality or other
        // adjectives go before it (جماعة فيلق الرحمن -> the Faylaq al-Rahman group, وكالة تاس الروسية
        // -> the Russian TASS agency), unless its English name says what it is (Anadolu Agency) or is
        // a title with its own article (The Washington Post), or the Arabic writes it in its own
        // Latin letters (شبكة CNN -> CNN)
        // (a hospital, school or stadium named after a place is that place's: مستشفى دمشق التخصصي ->
        // the Damascus specialist hospital, not "Damascus")
        const classed = nxt.t === 'entity' && (!nxt.place || INSTITUTIONS.test(p.en)) && !nxt.latin && CLASS_NOUNS.has(p.en) && !/^The /.test(name) && !new RegExp(`\\b${p.en.split(' ').pop()}\\b`, 'i').test(name);
        if (classed) {
          const adj = adjectivesFrom(ps, j);
          j = adj.next;
          np = INSTITUTIONS.test(p.en) ? ['the', name.replace(/^the /, ''), ...adj.before, p.en].join(' ') : ['the', ...adj.before, name.replace(/^the /, ''), p.en].join(' ');
        } else if (CLASS_NOUNS.has(p.en)) np = nxt.t === 'quoted' ? `the ${p.en} ${name}` : name;
        else np = `${name.replace(/^the /, '')} ${proper ? cap(nounEn) : nounEn}`;
        if (!proper && THE_NOUNS.test(nounEn) && nxt.t !== 'quoted' && !CLASS_NOUNS.has(p.en)) np = 'the ' + np;
      } else if (THE_NOUNS.test(nounEn) && demonyms.length < 2 && !/^the /.test(np)) {
        np = 'the ' + np;
      }
      parts.push(np);
      i = j;
      continue;
    }
    if (p.t === 'title') {
      let j = i + 1;
      let d: Demonym | null = null;
      let c: { en: string; code: string } | null = null;
      if (ps[j]?.t === 'adj') d = (ps[j++] as { d: Demonym }).d;
      else if (ps[j]?.t === 'country') c = ps[j++] as { en: string; code: string };
      parts.push(titleObject(p.title, d, c));
      i = j;
      continue;
    }
    if (p.t === 'unknown') {
      // a bare word closing the phrase after "of" is most likely a proper name (عمدة كولون)
      if (i === ps.length - 1 && !p.al && (i === 0 || ps[i - 1]!.t === 'prep') && [...p.raw].length >= 3) parts.push(nameFn(lamName(p.raw)));
      i++;
      continue;
    }
    // a body's nationality or other adjectives go before its name (وكالة تاس الروسية -> the Russian
    // TASS, صحيفة الأهرام الرسمية -> the official Al-Ahram), not after it
    if (p.t === 'entity') {
      const adj = adjectivesFrom(ps, i + 1);
      if (adj.before.length) {
        // (a creed before a party's name is part of it: the German Social Democratic Party)
        const party = /\b(Party|Movement|Front|Alliance|Bloc|Forces)$/.test(p.en);
        parts.push(['the', ...adj.before.map((a) => (party && CREEDS.test(a) ? cap(a) : a)), p.en.replace(/^the /i, '')].join(' '));
        i = adj.next;
        continue;
      }
    }
    if (p.t === 'entity') parts.push(p.en);
    else if (p.t === 'name') parts.push(p.en);
    else if (p.t === 'country') parts.push(countryPhrase(p.en));
    else if (p.t === 'quoted') parts.push(`"${p.en}"`);
    else if (p.t === 'adj') parts.push(adjOf(p.d));
    else if (p.t === 'word') parts.push(p.en);
    else if (p.t === 'and') parts.push('and');
    else if (p.t === 'prep') parts.push(p.en);
    // (في عام 2015: the preposition before the year is its own "in", not a second one)
    else if (p.t === 'year') parts.push(/^\d/.test(p.en) && parts[parts.length - 1] !== 'in' ? `in ${p.en}` : p.en);
    i++;
  }
  while (parts.length && PREP_END.test(parts[parts.length - 1]!)) parts.pop();
  while (parts.length && PREP_END.test(parts[0]!)) parts.shift();
  return parts.join(' ');
}

function countryTitle(titleEn: string, code: string): string | null {
  return lexicon().titles.countryTitles.find((c) => c.title === titleEn && c.code === code)?.en ?? null;
}

function headPhrase(title: LexTitle, deputy: string, adj: Demonym | null, country: { en: string; code: string } | null, owned = false): string {
  const code = adj?.code ?? country?.code ?? '';
  // (a title someone holds of a body, رئيسها الصيني, is its Chinese president, not the head of state)
  if (owned && adj) return `${adjOf(adj)} ${deputy ? `${deputy} ${title.en}` : title.en}`;
  const special = code ? countryTitle(title.en, code) : null;
  const base = special ?? title.en;
  const en = deputy ? `${deputy} ${base}` : base;
  const countryEn = adj?.country ?? country?.en ?? null;
  if (!countryEn) return en;
  const adjEn = adj ? adjOf(adj) : null;
  if (title.style === 'poss') return `${countryPhrase(countryEn)}'s ${en}`;
  // Palestinian President reads better than "President of Palestine"; supranational adjectives have no country to be "of"
  if (title.style === 'of' && code && code !== 'PS') return `${en} of ${countryPhrase(countryEn)}`;
  return adjEn ? `${adjEn} ${en}` : `${en} of ${countryPhrase(countryEn)}`;
}

type TitlePiece = Extract<Piece, { t: 'title' }>;

/** One role: optional qualifiers, a head title, its nationality, then an object. */
function renderRole(ps: Piece[]): string {
  const mods = ps.filter((p): p is { t: 'mod'; en: string } => p.t === 'mod').map((p) => p.en);
  const rest = ps.filter((p) => p.t !== 'mod');
  const hi = rest.findIndex((p) => p.t === 'title');
  let out: string;
  if (hi < 0) {
    // a name right after a class noun is kept: شركة غوغل الأمريكية is the US company Google, not "the US company"
    out = objectPhrase(rest.filter((p, k) => p.t !== 'unknown' || (!p.al && k > 0 && rest[k - 1]!.t === 'word' && (CLASS_NOUNS.has((rest[k - 1] as { en: string }).en) || OWNED_NOUNS.has((rest[k - 1] as { en: string }).en)))));
    // without a title, only a nationality or a named body says something (أحد السوريين -> Syrian)
    if (!rest.some((p) => p.t === 'adj' || p.t === 'entity' || p.t === 'country' || p.t === 'quoted')) out = '';
    // (a nationality standing alone is the person's: American, not the attributive "US")
    else if (rest.length === 1 && rest[0]!.t === 'adj') out = rest[0]!.d.adjEn;
  } else {
    // (a head the tables do not know before a title, الطباخ الخاص للرئيس الأمريكي: the title is the
    // genitive's, the cook's employer; read alone it would make the person President, as it made
    // Brett McGurk, «الموفد الخاص للرئيس …», before the lexicon knew الموفد. No English says less
    // than a wrong one)
    // (… and an unknown noun in construct right before the title, طباخ الرئيس; not a word of
    // partition, أحد محامي قطر, which is one of the lawyers)
    const opener = rest[0]!;
    if (hi > 0 && opener.t === 'unknown' && rest.slice(0, hi).every((p) => p.t === 'unknown' || p.t === 'word' || p.t === 'prep')
      && (opener.al || (hi === 1 && !PARTITION_HEADS.test(normAr(opener.raw))))) return '';
    const head = rest[hi] as TitlePiece;
    let title = head.title;
    let j = hi + 1;
    // وزير الطاقة والمناجم والطاقات المتجددة -> Minister of Energy, Mines and Renewable Energy
    if (head.portfolio && rest[j]?.t === 'and' && rest[j + 1]?.t === 'word') {
      const items = [head.portfolio];
      while (rest[j]?.t === 'and' && rest[j + 1]?.t === 'word') {
        j++;
        const nounWords: string[] = [];
        while (rest[j]?.t === 'word') nounWords.push((rest[j++] as { en: string }).en);
        items.push(nounWords.length > 1 && (rest[j - 1] as { adj: boolean }).adj ? nounWords.reverse().join(' ') : nounWords.join(' '));
      }
      const list = items.map((x) => x.split(' ').map(cap).join(' '));
      const en = `Minister of ${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
      title = { ...title, en, style: 'of', prep: undefined };
    }
    // وزير الأمن -> Security Minister: a bare "minister" takes its portfolio from the next noun
    if (/^minister$/i.test(title.en) && rest[j]?.t === 'word' && !(rest[j] as { adj: boolean }).adj) {
      title = { ...title, en: `${cap((rest[j] as { en: string }).en)} Minister`, prep: undefined };
      j++;
    }
    // عميد الجامعة، عميد كلية الطب: at a university the rank is its dean, not a brigadier general
    if (normAr(title.ar) === normAr('العميد') && rest[j]?.t === 'word' && /^(university|college|faculty|institute)$/.test((rest[j] as { en: string }).en)) {
      title = { ...title, en: 'Dean', style: 'of', prep: undefined };
    }
    // قائد كرواتيا، قائد منتخب كرواتيا، قائد فريق ريال مدريد: a team's captain; an army, a force or a
    // rebel group has a commander (قائد الجيش، قائد القوات)
    const team = rest[j];
    if (/^commander$/i.test(title.en) && (team?.t === 'country' || (team?.t === 'word' && /^(national team|team)$/.test(team.en)))) {
      title = { ...title, en: 'captain', style: 'of', prep: undefined };
    }
    let adj: Demonym | null = null;
    let country: { en: string; code: string } | null = null;
    if (rest[j]?.t === 'adj') adj = (rest[j++] as { d: Demonym }).d;
    else if (rest[j]?.t === 'country' && title.style !== 'adj') country = rest[j++] as { en: string; code: string };
    // adjectives right after the head qualify it (رئيس الحكومة المحلية -> local Prime Minister)
    const quals: string[] = [];
    while (rest[j]?.t === 'word' && (rest[j] as { adj: boolean }).adj) quals.push((rest[j++] as { en: string }).en);
    let tail = rest.slice(j);
    // a lone unknown word right after the title is an idafa proper name: عمدة كولون
    if (tail.length === 1 && tail[0]!.t === 'unknown' && !adj && !country) {
      tail = [{ t: 'prep', en: title.prep ?? 'of', explicit: false }, tail[0]!];
    }
    // (An object the lexicon does not know is still an object: رئيس وحدة الأخبار is a head of
    // something, not "President".)
    const unknownObject = tail[0]?.t === 'unknown';
    while (tail[0]?.t === 'unknown') tail.shift();
    // only a nationality is left of the object (طالب من أصول تركية): it qualifies the head
    const known = tail.filter((p) => p.t !== 'unknown' && p.t !== 'prep');
    if (known.length && known.every((p) => p.t === 'adj')) {
      if (!adj && !country) {
        adj = (known[0] as { d: Demonym }).d;
        // a nationality after the head's other adjectives still opens the English (مسؤول أمني تركي ->
        // Turkish security official, not "security Turkish official")
        if (quals.length) title = { ...title, en: `${[...quals].reverse().join(' ')} ${title.en}`, enObj: undefined };
        quals.length = 0;
      }
      tail = [];
    }
    // (a title read otherwise with no object: ممثل جمعية is a representative of it, الممثل السوري an actor)
    if (!tail.length && title.enAlone) title = { ...title, en: title.enAlone, enObj: undefined };
    let prep = '';
    let entityFirst = '';
    let usesObjForm = false;
    const first = tail[0];
    if (first?.t === 'prep') {
      prep = first.en === 'responsible for' ? first.en : (title.prep ?? first.en);
      tail.shift();
      usesObjForm = tail[0]?.t !== 'entity';
    } else if (first?.t === 'entity' && !adj && !country && !first.place && (title.prep !== 'of' || /leader|commander|chief|official/.test(title.en))) {
      // idafa with a short organisation name: زعيم الكرملين -> Kremlin leader
      const e = first.short || first.en.replace(/^the /, '');
      if (e.split(' ').length <= 2 && (first.short !== '' || !ORG_THE.test(e))) {
        entityFirst = e;
        tail.shift();
        const after = tail[0];
        if (after?.t === 'prep') {
          // the object is taken; what follows is a plain place or circumstance (مراسل بي بي سي في القاهرة)
          prep = after.en;
          tail.shift();
        }
      } else {
        // a named organisation keeps the title it gives its head (President of the European Commission)
        prep = title.prep ?? 'of';
      }
    } else if (tail.length) {
      prep = title.prep ?? 'of';
      usesObjForm = !(first?.t === 'year');
    }
    const titleForHead = (usesObjForm || unknownObject) && !adj && !country && title.enObj ? { ...title, en: title.enObj } : title;
    const owned = mods.some((q) => OWNER_EN.has(q));
    const headEn = [...quals.reverse(), headPhrase(titleForHead, head.deputy, adj, country, owned)].join(' ');
    const droppedLead = tail[0]?.t === 'unknown' && tail.length > 1;
    const obj = objectPhrase(tail.filter((p, k) => p.t !== 'unknown' || k === tail.length - 1));
    out = entityFirst ? `${entityFirst} ${headEn}` : headEn;
    // (an object opening on its own preposition takes no other: the first word, unknown, was dropped
    // from الرئيس التنفيذي لتويتر في عام 2015, "chief executive in 2015", not "of in 2015")
    if (obj) out += /^(in|on|at|for|to|from|with) /.test(obj) && (first?.t === 'year' || droppedLead) ? ` ${obj}` : ` ${prep ? prep + ' ' : ''}${obj}`;
    const lead = rest.slice(0, hi).filter((p) => p.t !== 'unknown' && p.t !== 'and');
    if (lead.length) {
      const pre = objectPhrase(lead);
      if (pre) out = `${pre} ${out}`;
    }
  }
  out = out.replace(/\s+/g, ' ').trim();
  if (!out) return '';
  const order = ['his', 'her', 'their', 'former', 'late', 'ousted', 'then', 'current', 'outgoing', 'new', 'acting', 'interim', 'elected', 'veteran', 'prominent', 'well-known'];
  const ms = [...new Set(mods)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return ms.length ? `${ms.join(' ')} ${out}` : out;
}

/**
 * Splits pieces where a second role begins: a title after the first role already has
 * an object (…الحكومة التركية نائب رئيس الوزراء) or after "and" (ووزير البيئة). A title
 * right after the head or after a preposition is the head's object (مستشار الرئيس).
 */
function segments(pieces: Piece[]): Piece[][] {
  const segs: Piece[][] = [[]];
  let seenHead = false;
  let objectStarted = false;
  let headDefinite = false;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    const cur = segs[segs.length - 1]!;
    if (p.t === 'sep') {
      if (cur.length) segs.push([]);
      seenHead = false;
      objectStarted = false;
      continue;
    }
    if (p.t === 'title') {
      const prev = [...cur].reverse().find((q) => q.t !== 'unknown');
      // المدير العام رئيس مجلس الإدارة: a definite title takes no genitive, so a title after it is a second role
      const apposition = seenHead && headDefinite && prev?.t === 'title';
      const startsNew = seenHead && (apposition || prev?.t === 'and' || (objectStarted && prev?.t !== 'prep'));
      if (startsNew) {
        if (prev?.t === 'and') cur.splice(cur.lastIndexOf(prev), 1);
        segs.push([p]);
        objectStarted = false;
        headDefinite = p.definite;
        continue;
      }
      if (!seenHead) {
        seenHead = true;
        headDefinite = p.definite;
      } else objectStarted = true;
      cur.push(p);
      continue;
    }
    if (seenHead && (p.t === 'word' || p.t === 'entity' || p.t === 'quoted' || p.t === 'country' || (p.t === 'adj' && objectStarted))) objectStarted = true;
    if (seenHead && p.t === 'adj' && !objectStarted) {
      // nationality of the head: الرئيس الروسي
      cur.push(p);
      continue;
    }
    cur.push(p);
  }
  return segs.filter((s) => s.length);
}

/** A politician's title, which الإسلامي qualifies as Islamist (a preacher or a scholar is Islamic). */
const POLITICAL_TITLE = /\b(President|Prime Minister|leader|senior figure|politician|candidate|lawmaker|MP|activist|opposition)\b/i;
/** The pieces so far end on a politician's title and its qualifiers only (الرئيس المصري السابق |): an adjective next agrees with the title. */
function qualifiesTitle(pieces: readonly Piece[]): boolean {
  for (let k = pieces.length - 1; k >= 0; k--) {
    const p = pieces[k]!;
    if (p.t === 'title') return POLITICAL_TITLE.test(p.title.en);
    if (p.t !== 'adj' && p.t !== 'mod' && !(p.t === 'word' && p.adj)) return false;
  }
  return false;
}

/** A sport after a body's name makes it a federation (الاتحاد السعودي لكرة القدم), no club. */
const SPORT_FIELD = /^لل?(كره|العاب|رياضه)/;
/** The English of the titles a club's players and staff hold (لاعب، مدرب، حارس، نجم …). */
const SPORTS_TITLES = new Set(['player', 'coach', 'striker', 'goalkeeper', 'defender', 'midfielder', 'full-back', 'captain', 'winger', 'top scorer', 'star']);

/** Words of partition and rank before a title (أحد محامي قطر، إحدى، بعض، كبار، أبرز): one of its holders. */
const PARTITION_HEADS = /^(و)?(احد|احدي|بعض|كبار|ابرز|اكبر|اهم|اقدم|كبير|كبيره)$/;

function render(pieces: Piece[]): string {
  const roles: string[] = [];
  segments(pieces).forEach((seg, k) => {
    // a later comma-clause without a title is commentary (أحد أكبر أنصار ...), not a role
    if (k > 0 && !seg.some((p) => p.t === 'title') && seg.some((p) => p.t === 'unknown')) return;
    const r = renderRole(seg);
    if (r && !roles.includes(r)) roles.push(r);
  });
  return roles.join(' and ');
}

/**
 * A place or prize named after a dignitary, read as one name: جامعة الملك سعود -> King Saud
 * University, مطار الملك خالد -> King Khaled Airport, جامعة الأمير محمد بن فهد -> Prince Mohammed
 * bin Fahd University. The title was read as ruling the name after it ("the university King of
 * Saud"). (A name that is itself a title's word, الأمير سلطان, still reads as two titles.)
 */
function namesakes(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!, t = pieces[k + 1];
    if (p.t === 'word' && !p.adj && NAMED_AFTER.test(p.en) && t?.t === 'title' && t.definite && !t.deputy && !t.portfolio && NAMESAKE_TITLES.has(normAr(t.title.ar))) {
      const names: string[] = [];
      let e = k + 2;
      while (names.length < 3 && (pieces[e]?.t === 'unknown' || pieces[e]?.t === 'name')) {
        const q = pieces[e++]!;
        names.push(q.t === 'name' ? q.en : nameFn((q as { raw: string }).raw));
      }
      if (names.length) {
        const en = `${t.title.en === 'Emir' ? 'Prince' : t.title.en} ${names.join(' ')} ${p.en.split(' ').map(cap).join(' ')}`;
        out.push({ t: 'entity', en, place: false, short: en, latin: false });
        k = e - 1;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

let nameFn: NameFn = (s) => s;
/** The English-name function used for quoted names inside roles (set by index.ts to avoid an import cycle). */
export function setRoleNameFn(fn: NameFn): void {
  nameFn = fn;
}

const memo = new Map<string, string>();

/** English rendering of an Arabic role/title phrase as the article states it ("" when nothing can be said). */
export function translateRole(roleAr: string): string {
  const key = roleAr.trim();
  if (!key) return '';
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  let en = '';
  try {
    // (a name with its own article takes no other: the The Independent association)
    const pieces = namesakes(scan(tokenise(withoutAccusative(key).slice(0, 300)), nameFn));
    en = render(pieces).replace(/\bthe (?=The )/g, '');
    // a role with no title whose head is a nisba standing as the noun (الدبلوماسي السابق) is a person
    const seg = segments(pieces)[0] ?? [];
    const lead = seg.find((p) => p.t !== 'mod');
    if (!en && lead?.t === 'word' && lead.adj) en = nisbaPerson(key, seg);
    // an honorific standing alone as the role (الشيخ، الدكتور): what English writes before the name
    if (!en) en = lexicon().honorifics.get(normAr(key)) ?? '';
    if (key.includes('(')) en = withoutRepeatedTail(en);
  } catch {
    en = '';
  }
  if (memo.size > 5000) memo.clear();
  memo.set(key, en);
  return en;
}

/**
 * A role opening on a title in the accusative, as «تعيين X رئيساً للاتحاد» or «عمل سفيراً لبلاده»
 * write it: the title without its tanween alif, as the lexicon knows it («رئيسا للاتحاد السعودي لكرة
 * القدم» was "the Saudi football association", the title dropped). A word whose alif is its own
 * (رئيسا is no title's other form unless رئيس is one) is left as written, and so is a pronoun's ها
 * (مدربها is her coach, no accusative of مدربة).
 */
function withoutAccusative(role: string): string {
  const m = /^(\S{3,}?[^\sاهة])اً?(?=\s|$)/.exec(role);
  if (!m) return role;
  const base = normAr(m[1]!);
  const titles = lexicon().titleByAr;
  if (!titles.has(base) && !titles.has('ال' + base)) return role;
  // (… and its ل complement is the construct's genitive: رئيسا للوزراء is رئيس الوزراء, the Prime
  // Minister; سفيرا لبلاده is سفير بلاده)
  const rest = role.slice(m[0].length).replace(/^(\s+)لل(?=\S{2})/, '$1ال').replace(/^(\s+)ل(?!ل)(?=\S{3})/, '$1');
  return m[1]! + rest;
}

/**
 * A body's short name in brackets after its full name (رئيس الشرطة الدولية (الانتربول)، الأمين العام
 * لمنظمة الصحة العالمية (WHO)) renders as the same English twice ("Interpol President Interpol"):
 * a last stretch of words already written earlier is dropped, with the article left before it.
 */
function withoutRepeatedTail(en: string): string {
  const words = en.split(' ');
  for (let n = Math.min(6, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(' ').replace(/[()]/g, '');
    const head = words.slice(0, -n).join(' ');
    if (!tail || /^(the|of|a|an)$/i.test(tail)) continue;
    if (new RegExp(`(^|[\\s(])${escapeRegExp(tail)}($|[\\s),])`, 'i').test(head)) return head.replace(/(\s+(the|of|a|an))+$/i, '').replace(/[\s(]+$/, '');
  }
  return en;
}

/**
 * English for a described source or body as a quotation's speaker (الشرطة الإيطالية -> the Italian
 * police, مصادر مطلعة -> informed sources, وسائل إعلام محلية -> local media): the role rendering when
 * the phrase has a title, else its words read as one noun phrase, provided it opens on a known noun
 * or body (a role without a title says nothing, but a source's head noun is the source). "" when the
 * head is unknown.
 */
/**
 * «X وY» where X and Y are each one definite word that reads alone as a group of people (الروس
 * والسوريون، الفلسطينيون والإسرائيليون): "the Russians and the Syrians". Null otherwise, so a
 * body's name with و inside it (وزارة العمل والشؤون الاجتماعية) is read as before.
 */
function coordinatedGroups(words: readonly string[]): string | null {
  if (words.length !== 2 || !/^وال/.test(normAr(words[1]!)) || !/^ال/.test(normAr(words[0]!))) return null;
  const a = translateSource(words[0]!);
  const b = translateSource(words[1]!.slice(1));
  return /^the \S+$/.test(a) && /^the \S+$/.test(b) && a !== b ? `${a} and ${b}` : null;
}

export function translateSource(ar: string): string {
  return byMedium(ar, sourceEnglish(ar));
}

/** The English of the means a source spoke by (بيان، تقرير، رسالة …), normAr keys without the article. */
const MEDIA: Record<string, string> = { 'بيان': 'statement', 'تقرير': 'report', 'رساله': 'letter', 'تغريده': 'tweet', 'دراسه': 'study', 'مقال': 'article' };
/** Figures that stand for whoever published them (normAr keys, without the article): تقديرات جمعيات حقوقية. */
const DATA_NOUNS: Record<string, string> = Object.fromEntries(Object.entries({
  'تقديرات': 'estimates', 'أرقام': 'figures', 'إحصاءات': 'statistics', 'إحصائيات': 'statistics', 'بيانات': 'data',
}).map(([k, v]) => [normAr(k), v]));

/** The English head of a body that publishes figures (a name in capitals is one too). */
const PUBLISHER = /\b(ministry|programme|website|site|group|associations?|organi[sz]ations?|agency|office|authority|institute|centre|company|bank|council|committee|union|commission|government|army|police|observatory|network|newspaper|channel|fund|federation|department|groups|sources|officials)$/;

/**
 * A means of speaking before its issuer (بيان وزير الخارجية، بيان للحكومة الإسرائيلية، تقرير محامي
 * اللاعب) read word by word runs the two together ("statement Foreign Minister", "a statement for
 * the Israeli government"): the issuer's English after "by" instead, «بيان ل…» indefinite ("a
 * statement by the Israeli government"). English that already reads (ministry statement, the
 * report of …) is kept.
 */
function byMedium(ar: string, en: string): string {
  const words = stripDiacritics(ar).trim().split(/\s+/).filter(Boolean);
  const figures = DATA_NOUNS[normAr(words[0] ?? '').replace(/^ال/, '')];
  // (not an adjective of the figures themselves: أرقام رسمية are official figures)
  if (figures && words.length >= 2 && !/^[^ا][\u0621-\u064A]{2,}(ي|يه|ية)$/.test(normAr(words[1]!))) {
    // (figures and their publisher, with the verb that published them between or not: تقديرات جمعيات
    // حقوقية، أرقام أعلنتها وزارة السياحة -> figures from the tourism ministry; word by word the two
    // ran together, "rights associations estimates", "figures the tourism ministry")
    const at = words.length >= 3 && /^[\u0621-\u064A]{3,}(تها|ته)$/.test(normAr(words[1]!)) ? 2 : 1;
    // (a publisher, no field: بيانات التجارة الخارجية are foreign trade data)
    let issuer = sourceEnglish(words.slice(at).join(' '));
    if (issuer && (/[A-Z]/.test(issuer) || PUBLISHER.test(issuer))) {
      if (/^[a-z]/.test(issuer) && !/^(the|an?|his|her|its|their|one|some|several|many|most|two|three|rights) /.test(issuer) && !/s$/.test(issuer.split(' ').pop()!)) issuer = `the ${issuer}`;
      return `${figures} from ${issuer}`;
    }
  }
  const medium = MEDIA[normAr(words[0] ?? '').replace(/^ال/, '')];
  if (!medium || words.length < 2 || !new RegExp(`^(an? |the )?${medium} (?!by |from |of |on |about |in |issued |published )`).test(en)) return en;
  const second = normAr(words[1]!);
  // (ل before the issuer: للحكومة is ل + الحكومة, لوزير is ل + وزير)
  const lam = /^ل/.test(second) && !/^ال/.test(second);
  const rest = [lam ? (/^لل/.test(words[1]!) ? 'ال' + words[1]!.slice(2) : words[1]!.slice(1)) : words[1]!, ...words.slice(2)].join(' ');
  let issuer = sourceEnglish(rest) || translateRole(rest);
  if (!issuer) return en;
  // (a title or description in lower case takes the article: the lawyer of Ronaldo)
  if (/^[a-z]/.test(issuer) && !/^(the|an?|his|her|its|their|one|some|several|many|most|two|three) /.test(issuer)) issuer = `the ${issuer}`;
  return `${lam ? 'a ' : ''}${medium} by ${issuer}`;
}

function sourceEnglish(ar: string): string {
  const words = stripDiacritics(ar).trim().split(/\s+/).filter(Boolean);
  const first = normAr(words[0] ?? '');
  // two groups joined by و (الروس والسوريون: the Russians and the Syrians), each a source of its own
  const joined = coordinatedGroups(words);
  if (joined) return joined;
  const alone = QUANTIFIED_ALONE[first];
  if (alone && words.length === 1) return alone;
  // a quantifier after a plural (مصادر عدة، وكالات أنباء روسية عدة -> several sources): Arabic may put
  // عدة and متعددة after the counted noun, English puts "several" before it
  const after = POSTPOSED[normAr(words[words.length - 1] ?? '')];
  if (after && words.length > 1) {
    const inner = sourceEnglish(words.slice(0, -1).join(' ')).replace(/^the /, '');
    if (inner && pluralHead(inner)) return `${after} ${inner}`;
  }
  // a demonstrative before a definite description (هذه المصادر -> these sources, هذا المسؤول -> this
  // official): هذه points to a thing or to a plural of things, so the English number follows the head
  const near = DEMONSTRATIVES[first];
  if (near && words.length > 1 && /^ال/.test(normAr(words[1]!))) {
    const inner = translateSource(words.slice(1).join(' ')).replace(/^(the|an?) /, '');
    if (inner) return `${pluralHead(inner) ? near[1] : near[0]} ${inner}`;
  }
  // عدد كبير من: a large number of (the adjective before من)
  const large = first === 'عدد' && /^(كبير|قليل)$/.test(normAr(words[1] ?? '')) && normAr(words[2] ?? '') === 'من';
  const rest = words.slice(large ? 3 : normAr(words[1] ?? '') === 'من' ? 2 : 1);
  const q = large ? (normAr(words[1]!) === 'كبير' ? 'a large number of' : 'a small number of') : QUANTIFIERS[first];
  // a quantified description: the quantifier in English before the described words (أحد المسؤولين ->
  // one official, بعض السكان -> some residents, عدة مصادر محلية -> several local sources)
  if (q && rest.length && (words.length - rest.length === 1 || normAr(words[1]!) === 'من' || large)) {
    const inner = describedSource(rest.join(' '));
    if (!inner) return '';
    const bare = inner.replace(/^the /, '');
    // آخر is "the latest" only before a definite plural (آخر التقارير); مصدر آخر is another source
    if (q === 'the latest' && !(/^ال/.test(normAr(rest[0]!)) && pluralHead(bare))) return '';
    return q === 'one' ? `one ${singular(bare)}` : `${q} ${bare}`;
  }
  // a collective noun with من before its members is a partitive (مجموعة من الخبراء -> a group of
  // experts, فريق من الباحثين -> a team of researchers), not a body "from" them
  const collective = COLLECTIVES[first];
  if (collective && words.length > 2 && normAr(words[1]!) === 'من') {
    const inner = describedSource(words.slice(2).join(' ')).replace(/^the /, '');
    if (inner && pluralHead(inner)) return `a ${collective} of ${inner}`;
  }
  // a counted description (نحو 300 شخص -> about 300 people, ثلاثة مسؤولين -> three officials): the
  // number, then the counted noun in the plural (Arabic counts from eleven on with a singular)
  const approx = APPROX[first] ? 1 : 0;
  const count = words[approx] ? countOf(words[approx]!) : '';
  if (count && words.length > approx + 1) {
    const inner = describedSource(words.slice(approx + 1).join(' ')).replace(/^(the|an?) /, '');
    if (!inner) return '';
    return [approx ? APPROX[first] : '', count, pluralHead(inner) ? inner : pluralHeadEn(inner)].filter(Boolean).join(' ');
  }
  // القائمون على X: those running X (القائمون عليه: those running it)
  if (/^(القايمون|القايمين)$/.test(first)) {
    const object = words.slice(2).join(' ');
    if (words.length === 1) return 'those in charge';
    if (normAr(words[1]!) === 'عليه' || normAr(words[1]!) === 'عليها') return 'those running it';
    if (normAr(words[1]!) !== 'علي' || !object) return '';
    return `those running ${(describedSource(object) || nameFn(object)).replace(/^the /, '')}`;
  }
  // a nationality in the plural, standing alone, is its people (الإسرائيليين -> the Israelis)
  if (words.length === 1) {
    const people = nationalsOf(words[0]!);
    if (people) return people;
  }
  // a dual (مسؤولان أمريكيان): two of what the plural names (مسؤولون أمريكيون -> two US officials)
  const dual = dualForms(words);
  if (dual) {
    const two = first.startsWith('ال') ? 'the two' : 'two';
    const plural = translateSource(dual.plural);
    if (plural && pluralHead(plural)) return `${two} ${plural.replace(/^the /, '')}`;
    const one = translateSource(dual.singular).replace(/^(the|an?) /, '');
    if (one && !pluralHead(one)) return `${two} ${pluralHeadEn(one)}`;
  }
  let desc = ar;
  let en = describedSource(ar);
  // a noun with a possessive pronoun (منتقدوه -> his critics, عائلتها -> her family)
  if (!en && words.length === 1) {
    for (const [end, whose] of POSSESSIVES) {
      if (!first.endsWith(end) || first.length - end.length < 3) continue;
      const base = words[0]!.slice(0, -end.length);
      const own = describedSource(base) || (base.endsWith('ت') ? describedSource(base.slice(0, -1) + 'ة') : '');
      if (own) return `${whose} ${own.replace(/^(the|an?) /, '')}`;
    }
  }
  // an adverbial accusative (قال مسؤولا في …): the noun without its tanween alif
  // (also before its complement: قال مسؤولاً في الشركة)
  if (!en && /[^ا]ا$/.test(first) && first.length > 4) en = describedSource((desc = [words[0]!.replace(/اً?$/, ''), ...words.slice(1).map((w) => w.replace(/(?<=ي)اً?$/, ''))].join(' ')));
  if (!en) return '';
  // the Arabic says whether the spokesperson is a man or a woman
  const spokes = /^(ال)?(متحدث|ناطق)(ه)?$/.exec(first);
  if (spokes) en = en.replace(/\bspokesperson\b/, spokes[3] ? 'spokeswoman' : 'spokesman');
  // an indefinite description reads with "a": مصدر أمني -> a security source
  if (indefinite(desc) && !/^(the|one|some|several|many|most|his|her|their|former)( |$)/i.test(en) && !pluralHead(en)) {
    en = `${/^(un(?!i)|[aioAIO]|[eE](?!u))/.test(en) ? 'an' : 'a'} ${en}`;
  }
  return en;
}

/** Demonstratives before a description (normAr keys): the English before a singular head and before a plural one. */
const DEMONSTRATIVES: Record<string, [string, string]> = {
  'هذا': ['this', 'these'], 'هذه': ['this', 'these'], 'هولاء': ['these', 'these'], 'ذلك': ['that', 'those'], 'تلك': ['that', 'those'], 'اوليك': ['those', 'those'],
};
/** Quantifier words before a described source, normAr keys (العديد من and كثير من take their من too). */
const QUANTIFIERS: Record<string, string> = {
  'احد': 'one', 'احدي': 'one', 'واحد': 'one', 'بعض': 'some', 'اخر': 'the latest', 'عده': 'several', 'العديد': 'many', 'عدد': 'a number of', 'كثير': 'many', 'الكثير': 'many', 'معظم': 'most', 'اغلب': 'most',
  'غالبيه': 'most', 'عشرات': 'dozens of', 'ميات': 'hundreds of', 'الاف': 'thousands of',
};
/** Quantifiers that may follow a plural noun (normAr keys): مصادر عدة. */
const POSTPOSED: Record<string, string> = { 'عده': 'several', 'متعدده': 'several', 'كثيره': 'many', 'عديده': 'many' };
/** Indefinite collective nouns of people that take their members with من (normAr keys). */
const COLLECTIVES: Record<string, string> = {
  'مجموعه': 'group', 'جماعه': 'group', 'فريق': 'team', 'وفد': 'delegation', 'لجنه': 'committee', 'حشد': 'crowd', 'لفيف': 'group', 'نخبه': 'group',
};
/** The word is an indefinite collective noun of people that takes its members with من (مجموعة، فريق). */
export function isCollectiveNoun(ar: string): boolean {
  return !!COLLECTIVES[normAr(stripDiacritics(ar).trim())];
}
/** A quantifier standing for its people (أحدهم -> one of them). */
const QUANTIFIED_ALONE: Record<string, string> = {
  'واحد': 'one', 'احدهم': 'one of them', 'احداهم': 'one of them', 'احداهن': 'one of them', 'احدهما': 'one of them', 'بعضهم': 'some of them', 'العديد': 'many',
  'العشرات': 'dozens', 'المئات': 'hundreds', 'الالاف': 'thousands',
};

/**
 * The description is indefinite and common: up to its first preposition, its words are titles, nouns,
 * adjectives and nationalities the lexicon knows, none with the article (مصدر أمني، متحدث باسم …).
 * A name makes it definite (شركة غوغل is Google company, not "a Google company").
 */
function indefinite(ar: string): boolean {
  const head: string[] = [];
  for (const w of stripDiacritics(ar).trim().split(/\s+/).filter(Boolean)) {
    const n = normAr(w);
    if (PREPS[n] || n === 'باسم' || BEHALF[n] || /^لل/.test(n)) break;
    if (/^(و|ف)?(ب|ك)?ال/.test(n)) return false;
    head.push(w);
  }
  if (!head.length) return false;
  let pieces: Piece[];
  try {
    pieces = scan(tokenise(head.join(' ')), nameFn);
  } catch {
    return false;
  }
  return pieces.length > 0 && pieces.every((p) => p.t === 'title' || p.t === 'word' || p.t === 'adj' || p.t === 'mod' || p.t === 'and');
}

/** A word of the English head (before any preposition) is plural: sources, officials (or a mass noun that takes no "a": data, information). */
function pluralHead(en: string): boolean {
  return en.split(/ (?:of|for|in|from|on|with|at|to|and) /)[0]!.split(' ').some((w) => /[^s']s$/.test(w) || /^(media|people|police|staff|information|intelligence|data|news|evidence|research)$/.test(w));
}

/** An English plural head noun made singular (officials -> official, militias members -> militias member). */
function singular(en: string): string {
  const m = /^(.*?)( (?:of|for|in|from|on|with|at|to) .*)?$/.exec(en)!;
  const head = m[1]!.replace(/(\w+)$/, (w) => IRREGULAR[w] ?? (/ies$/.test(w) ? w.slice(0, -3) + 'y' : /[^s]s$/.test(w) ? w.slice(0, -1) : w));
  return head + (m[2] ?? '');
}
const IRREGULAR: Record<string, string> = { people: 'person', men: 'man', women: 'woman', children: 'child', media: 'outlet' };

/** The described words in English: the role rendering when there is a title, else one noun phrase. */
function describedSource(ar: string): string {
  let pieces: Piece[];
  try {
    pieces = scan(tokenise(ar.trim().slice(0, 300)), nameFn);
  } catch {
    return '';
  }
  const seg = segments(pieces)[0] ?? [];
  // a nisba standing as the noun is a person before the role reading, which would leave it an
  // adjective with no noun ("former diplomatic in the Vatican")
  const lead = seg.find((p) => p.t !== 'mod');
  const person = lead?.t === 'word' && lead.adj ? nisbaPerson(ar, seg) : '';
  if (person) return person;
  // (a source in the accusative, قال مسؤولاً في …, is "an official", read below; a role's title in the
  // accusative is the role's: see withoutAccusative)
  const role = withoutAccusative(ar) === ar ? translateRole(ar) : '';
  if (role) return role;
  // an adjective after a word the lexicon does not know would be left to modify the wrong noun, in the
  // wrong order (المؤسسات المالية والاقتصادية العالمية read as "institutions and economic global",
  // نقابة الكونفدرالية العامة as "the union general"): no English is better than that
  const firstPrep = seg.findIndex((p) => p.t === 'prep');
  const head = seg.slice(0, firstPrep < 0 ? seg.length : firstPrep);
  const unknownAt = head.findIndex((p) => p.t === 'unknown');
  if (unknownAt >= 0 && head.slice(unknownAt + 1).some((p) => p.t === 'adj' || (p.t === 'word' && p.adj))) return '';
  const noun = seg.find((p) => p.t !== 'mod');
  if (!noun || !((noun.t === 'word' && !noun.adj) || noun.t === 'entity')) return '';
  const phrase = objectPhrase(seg.filter((p) => p.t !== 'mod')).replace(/\s+/g, ' ').replace(/\bthe (?=The )/g, '').trim();
  // the qualifiers of the head go before it, as in a role (موظفون سابقون: former employees; موظفون
  // حاليون وسابقون: current and former employees), not dropped; only those before the first preposition
  const mods = head.filter((p): p is { t: 'mod'; en: string } => p.t === 'mod').map((p) => p.en).filter((m, i, a) => a.indexOf(m) === i);
  if (!phrase || !mods.length || /^(an?|his|her|their) /.test(phrase)) return phrase;
  // (after the article: المجلة الشهيرة -> the well-known magazine)
  if (/^the /.test(phrase)) return `the ${mods.join(' and ')} ${phrase.slice(4)}`;
  return `${mods.join(' and ')} ${phrase}`;
}

/** Agent nouns English forms irregularly from the adjective (اقتصاديون: economists, not "economic officials"). */
const AGENT_NOUNS: Readonly<Record<string, string>> = { economic: 'economist', scientific: 'scientist', academic: 'academic' };

/**
 * A nisba adjective standing as the noun names a person (قال دبلوماسي سابق -> a former diplomat,
 * سياسيون -> politicians, عسكري أمريكي -> a US military official): the tables hold such words only as
 * adjectives, so the phrase had no noun and no English. Only the indefinite masculine forms (ـي، ـيون،
 * ـيين) are read so: the feminine (ـية) agrees with a noun left out (a body), and a definite one
 * alone (الحوثي) is a name or an anaphor. The person noun is the adjective's agent noun when English
 * forms one (AGENT_NOUNS, -atic -> -at, -itical -> -itician), else the adjective with "official".
 */
function nisbaPerson(ar: string, seg: Piece[]): string {
  const words = stripDiacritics(ar).trim().split(/\s+/).map(normAr);
  const lex = lexicon();
  const head = words.find((w) => !lex.former.has(w));
  // the definite form too when a qualifier marks it as someone's standing (الدبلوماسي السابق: the former diplomat)
  const definite = seg.some((p) => p.t === 'mod') ? '' : '(?!ال)';
  const m = head ? new RegExp(`^${definite}.{2,}(ي|يون|يين)$`).exec(head) : null;
  if (!m) return '';
  const at = seg.findIndex((p) => p.t !== 'mod');
  const adj = seg[at] as { en: string };
  const plural = m[1] !== 'ي';
  const base = AGENT_NOUNS[adj.en] ?? (/atic$/.test(adj.en) ? adj.en.replace(/atic$/, 'at') : /itical$/.test(adj.en) ? adj.en.replace(/ical$/, 'ician') : `${adj.en} official`);
  const after = adjectivesFrom(seg, at + 1);
  const rest = seg.slice(after.next).filter((p) => p.t !== 'mod');
  // only a prepositional complement may follow (دبلوماسي سابق في الفاتيكان); anything else is not this shape
  if (rest.length && rest[0]!.t !== 'prep') return '';
  const mods = seg.filter((p): p is { t: 'mod'; en: string } => p.t === 'mod').map((p) => p.en);
  const obj = rest.length > 1 ? objectPhrase(rest.slice(1)) : '';
  const tail = obj ? `${(rest[0] as { en: string }).en} ${obj}` : '';
  return [...mods, ...after.before, plural ? base + 's' : base, tail].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

const NISBA_SUFFIX = /(يتين|يين|يون|يات|ية|يه|ي)$/;

/**
 * A role stated relative to an earlier person's: نظيره الإيراني after الرئيس الروسي is
 * الرئيس الإيراني (President of Iran). Returns null when the relative phrase carries no
 * nationality to substitute.
 */
export function relativeRole(baseRoleAr: string, relativeAr: string): Bi | null {
  const relWords = stripDiacritics(relativeAr).split(/\s+/).filter(Boolean);
  const relWord = relWords.find((w) => demonym(w) !== null);
  if (!relWord) return null;
  const relBase = relWord.replace(NISBA_SUFFIX, '');
  const baseWords = stripDiacritics(baseRoleAr).split(/\s+/).filter(Boolean);
  let idx = -1;
  for (let k = baseWords.length - 1; k >= 0; k--) {
    if (demonym(baseWords[k]!) !== null) {
      idx = k;
      break;
    }
  }
  let ar: string;
  if (idx >= 0) {
    const suffix = NISBA_SUFFIX.exec(baseWords[idx]!)?.[1] ?? 'ي';
    const hasAl = baseWords[idx]!.startsWith('ال');
    const stem = relBase.startsWith('ال') ? relBase.slice(2) : relBase;
    baseWords[idx] = (hasAl ? 'ال' : '') + stem + suffix;
    ar = baseWords.join(' ');
  } else {
    if (!baseWords.length) return null;
    ar = `${baseWords.join(' ')} ${relWord}`;
  }
  return { ar, en: translateRole(ar) };
}

/** English plural of a noun phrase's head (its last word): company -> companies, official -> officials. */
export function pluralEn(en: string): string {
  return en.replace(/([A-Za-z-]+)$/, (w) => {
    const low = w.toLowerCase();
    if (EN_PLURAL[low]) return EN_PLURAL[low]!;
    if (/(man|woman)$/i.test(w)) return w.replace(/an$/, 'en');
    if (/person$/i.test(w)) return w.replace(/person$/, 'people');
    if (/[^aeiou]y$/i.test(w)) return w.slice(0, -1) + 'ies';
    if (/(s|x|z|ch|sh)$/i.test(w)) return w + 'es';
    return w + 's';
  });
}
const EN_PLURAL: Record<string, string> = { staff: 'staff', police: 'police', media: 'media', chief: 'chiefs', people: 'people', family: 'families', child: 'children' };

/**
 * The plural of a noun or title the lexicon knows only in another number, in English (nothing when
 * the word is no such plural). Arabic's regular plurals are built on the singular: the feminine
 * ـات on a ـة noun (شركات، الجامعات -> companies, the universities), the masculine ـون/ـين on a
 * title (المستشارين -> advisers), and the construct form that drops its ن before a genitive
 * (مسؤولي الكنيسة، محامو برونسون -> officials, lawyers), which the lexicon may list in its ون form.
 */
function pluralOfKnown(p: string): string {
  const lex = lexicon();
  const al = p.startsWith('ال') ? 'ال' : '';
  const bare = p.slice(al.length);
  if (bare.length < 4) return '';
  const noun = (k: string) => {
    const w = lex.wordByAr.get(al + k) ?? lex.wordByAr.get(k) ?? lex.wordByAr.get('ال' + k);
    return w && !w.adj ? w.en : '';
  };
  // a listed plural in its other case or its construct form: موظفين, مسؤولي, موظفو -> موظفون
  const stem = /^(.{3,})(ين|ي|و)$/.exec(bare)?.[1];
  if (stem) {
    const listed = lex.wordByAr.get(al + stem + 'ون') ?? lex.wordByAr.get(stem + 'ون');
    if (listed && !listed.adj) return listed.en;
  }
  // ـات on a ـة noun
  const fem = /^(.{3,})ات$/.exec(bare)?.[1];
  if (fem) {
    const sing = noun(fem + 'ه');
    if (sing && !/\b(ministry|Ministry)$/.test(sing)) return pluralEn(sing);
  }
  // ـون/ـين (or construct ـو/ـي) on a title: المستشارون, محللي
  const masc = /^(.{3,})(ون|ين|و)$/.exec(bare)?.[1];
  if (masc) {
    const title = lex.titleByAr.get('ال' + masc) ?? lex.titleByAr.get(masc);
    if (title && !title.en.includes(' ') && /^[a-z]/.test(title.en)) return pluralEn(title.en);
  }
  return '';
}

/** English nouns for a nationality's people where the adjective is not one (Turkish -> Turks). */
const NATIONALS: Record<string, string> = {
  Turkish: 'Turks', Kurdish: 'Kurds', Polish: 'Poles', Swedish: 'Swedes', Danish: 'Danes', Finnish: 'Finns', Spanish: 'Spaniards', Scottish: 'Scots', US: 'Americans',
};

/**
 * A plural nationality adjective standing for its people: الإسرائيليين -> the Israelis, سوريون ->
 * Syrians, الفرنسيون -> the French, الأتراك -> the Turks. The singular (ـي) and feminine (ـية) forms
 * are adjectives, not people: "".
 */
function nationalsOf(word: string): string {
  const n = normAr(stripDiacritics(word));
  if (/(ي|يه|ه|ان)$/.test(n) || !/(ون|ين)$|^ال/.test(n)) return '';
  if (!/(ون|ين)$/.test(n) && n.length < 5) return '';
  const d = demonym(n);
  if (!d || lexicon().wordByAr.has(n) || lexicon().titleByAr.has(n)) return '';
  const adj = d.adjEn;
  const plural = NATIONALS[adj] ?? (/(ish|ch|ese|ss)$/.test(adj) ? adj : `${adj}s`);
  return n.startsWith('ال') ? `the ${plural}` : plural;
}

/** The English phrase with its head (the words before any preposition) in the plural. */
function pluralHeadEn(en: string): string {
  const m = /^(.*?)( (?:of|for|in|from|on|with|at|to) .*)?$/.exec(en)!;
  return pluralEn(m[1]!) + (m[2] ?? '');
}

/**
 * A dual head (مسؤولان أمريكيان، مصدران أمنيان) and the adjectives agreeing with it, restated in the
 * plural (مسؤولون أمريكيون) and in the singular (مصدر أمني), for the lexicon knows a noun in one
 * number or the other; null when the first word is no dual of a noun or title the lexicon knows.
 */
function dualForms(words: string[]): { plural: string; singular: string } | null {
  const lex = lexicon();
  const first = normAr(stripDiacritics(words[0] ?? ''));
  const m = /^(.{3,})(ان|ين)$/.exec(first);
  if (!m || lex.wordByAr.has(first) || lex.titleByAr.has(first)) return null;
  // (… nor the first word of a title the lexicon knows whole: الأمين العام is the Secretary-General,
  // not "the two general mothers")
  for (let n = 2; n <= Math.min(3, words.length); n++) if (lex.titleByAr.has(normAr(stripDiacritics(words.slice(0, n).join(' '))))) return null;
  const stem = m[1]!;
  const known = (k: string) => lex.wordByAr.has(k) || lex.titleByAr.has(k) || lex.titleByAr.has('ال' + k);
  const asPlural = !!(pluralOfKnown(stem + 'ون') || lex.wordByAr.get(stem + 'ون'));
  if (!asPlural && !known(stem)) return null;
  // an adjective agreeing with a dual: ـيان/ـيين on a nationality or an adjective the lexicon knows
  const adjStem = (n: string) => {
    const a = /^(.{2,}ي)(ان|ين)$/.exec(n)?.[1];
    return a && (demonym(a) || lex.wordByAr.get(a)?.adj || lex.wordByAr.get(a + 'ه')?.adj) ? a : null;
  };
  const rest = words.slice(1).map((w) => ({ w, a: adjStem(normAr(stripDiacritics(w))) }));
  // (ين is also the sound plural's oblique case, and unvocalised the two read alike: مسؤولين is
  // officials; a noun with no sound plural is a dual in ين, مصدرين أمنيين)
  if (m[2] === 'ين' && asPlural) return null;
  return {
    plural: [stem + 'ون', ...rest.map((r) => (r.a ? r.a + 'ون' : r.w))].join(' '),
    singular: [stem, ...rest.map((r) => r.a ?? r.w)].join(' '),
  };
}

/** Words for "about" before a count, normAr keys. */
const APPROX: Record<string, string> = { 'نحو': 'about', 'حوالي': 'about', 'قرابه': 'nearly', 'زهاء': 'about' };
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
/** Number words from three to ten (normAr, either gender), the counts a described source takes. */
const NUMBER_WORDS: Record<string, string> = {
  'ثلاثه': 'three', 'ثلاث': 'three', 'اربعه': 'four', 'اربع': 'four', 'خمسه': 'five', 'خمس': 'five', 'سته': 'six', 'ست': 'six',
  'سبعه': 'seven', 'سبع': 'seven', 'ثمانيه': 'eight', 'ثماني': 'eight', 'تسعه': 'nine', 'تسع': 'nine', 'عشره': 'ten', 'عشر': 'ten',
};
/** A count in digits (Western or Arabic-Indic) or a number word, in English; "" otherwise. */
function countOf(w: string): string {
  const digits = [...w].map((c) => (ARABIC_DIGITS.includes(c) ? String(ARABIC_DIGITS.indexOf(c)) : c)).join('');
  if (/^\d{1,7}$/.test(digits) && Number(digits) > 1) return digits;
  return NUMBER_WORDS[normAr(w)] ?? '';
}
