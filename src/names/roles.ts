/**
 * Role phrases as Arabic news states them, rendered as English: الرئيس الروسي ->
 * President of Russia, كبير الدبلوماسيين الإيرانيين -> Iran's top diplomat, الخبير في
 * العلاقات الروسية الإيرانية -> expert on Russia-Iran relations. The phrase is read
 * left to right into recognised pieces (titles, "former", demonyms, countries,
 * organisations, role nouns, prepositions, quoted names) and re-ordered English-style.
 * Unknown words are dropped; when no piece is recognised the result is "".
 */
import { lexicon, type LexTitle } from './lexicon.ts';
import { normAr, stripMarks } from './normalize.ts';
import { countryByArabic, countryPhrase, demonym, type Demonym } from './countries.ts';
import type { Bi } from '../briefing/types.ts';

type Piece =
  | { t: 'title'; title: LexTitle; deputy: string }
  | { t: 'former' }
  | { t: 'adj'; d: Demonym }
  | { t: 'country'; en: string }
  | { t: 'entity'; en: string }
  | { t: 'word'; en: string }
  | { t: 'prep'; en: string }
  | { t: 'quoted'; en: string }
  | { t: 'and' };

/** English nouns that read naturally with "the" as the object of a role. */
const THE_NOUNS = /^(Foreign Ministry|Defence Ministry|Interior Ministry|Health Ministry|ministry|government|army|council|committee|group|movement|party|organisation|agency|authority|coalition|alliance|court|Supreme Court|parliament|opposition|central bank|bank|company|team|national team|club|university|institute|centre|forces|police|board|faction|fund|federation|association|National Security Council|state|think tank)$/;
/** Class nouns that, before a name, just announce it: جماعة "X" -> the group "X". */
const CLASS_NOUNS = new Set(['group', 'movement', 'party', 'company', 'organisation', 'agency', 'club', 'faction', 'coalition', 'alliance', 'team']);
const ORG_THE = /^(European|International|United|World|Arab|African|Gulf|Islamic|Palestinian|Rapid|Syrian|Democratic|Republican|Federal|Shanghai|Organi[sz]ation|UN |US |Kurdistan|Doctors|Atomic)/;

const PREPS: Record<string, string> = { 'في': 'in', 'لدي': 'at', 'من': 'from', 'عن': 'on', 'مع': 'with', 'باسم': 'for', 'الي': 'to', 'علي': 'on', 'ب': 'at' };
/** Keys are in normAr form (ئ folds to ي, ة to ه). */
const DEPUTY: Record<string, string> = { 'نايب': 'Deputy', 'نايبه': 'Deputy', 'مساعد': 'Assistant', 'مساعده': 'Assistant' };

function orgPhrase(en: string): string {
  return ORG_THE.test(en) && !/^the /i.test(en) ? 'the ' + en : en;
}

interface Tok {
  norm: string;
  raw: string;
  quoted: boolean;
}

/** Splits a role into tokens; a quoted span stays one token (a name to keep as a name). */
function tokenise(role: string): Tok[] {
  const out: Tok[] = [];
  const re = /["«“„]([^"»”]{1,80})["»”]|([^\s"«»“”„،,.:;؛()]+)/g;
  for (const m of stripMarks(role).matchAll(re)) {
    if (m[1] !== undefined) out.push({ norm: normAr(m[1]), raw: m[1].trim(), quoted: true });
    else if (m[2]) out.push({ norm: normAr(m[2]), raw: m[2], quoted: false });
  }
  return out;
}

type NameFn = (ar: string) => string;

function scan(toks: Tok[], nameEn: NameFn): Piece[] {
  const lex = lexicon();
  const pieces: Piece[] = [];
  let i = 0;
  const phrase = (from: number, len: number, first?: string) =>
    [first ?? toks[from]!.norm, ...toks.slice(from + 1, from + len).map((t) => t.norm)].join(' ');
  const anyQuoted = (from: number, len: number) => toks.slice(from, from + len).some((t) => t.quoted);

  const tryAt = (from: number, first?: string): { piece: Piece; len: number } | null => {
    const maxLen = Math.min(toks.length - from, Math.max(lex.maxTitleWords, lex.maxNameWords, 3));
    for (let len = maxLen; len >= 1; len--) {
      if (anyQuoted(from, len)) continue;
      const p = phrase(from, len, first);
      const title = lex.titleByAr.get(p);
      if (title) return { piece: { t: 'title', title, deputy: '' }, len };
      const org = lex.orgByAr.get(p);
      if (org) return { piece: { t: 'entity', en: orgPhrase(org.en) }, len };
      const place = lex.placeByAr.get(p);
      if (place) return { piece: { t: 'entity', en: place.en }, len };
      const word = lex.wordByAr.get(p);
      if (word && len > 1) return { piece: { t: 'word', en: word }, len };
      if (len <= 3) {
        const c = countryByArabic(p);
        if (c && (len > 1 || !p.endsWith('ي'))) return { piece: { t: 'country', en: c.en }, len };
      }
      if (len <= 2) {
        const d = demonym(p);
        if (d && (len === 2 ? p.includes(' ') : true)) return { piece: { t: 'adj', d }, len };
      }
      if (word) return { piece: { t: 'word', en: word }, len };
    }
    return null;
  };

  while (i < toks.length) {
    const tok = toks[i]!;
    if (tok.quoted) {
      const hit = lex.orgByAr.get(tok.norm) ?? lex.placeByAr.get(tok.norm);
      pieces.push({ t: 'quoted', en: hit ? hit.en : nameEn(tok.raw) });
      i++;
      continue;
    }
    const w = tok.norm;
    if (lex.former.has(w)) {
      pieces.push({ t: 'former' });
      i++;
      continue;
    }
    if (w === 'و' ) {
      pieces.push({ t: 'and' });
      i++;
      continue;
    }
    if (PREPS[w]) {
      pieces.push({ t: 'prep', en: PREPS[w]! });
      i++;
      continue;
    }
    if (DEPUTY[w] && i + 1 < toks.length) {
      const next = tryAt(i + 1);
      if (next && next.piece.t === 'title' && !lex.titleByAr.has(phrase(i, next.len + 1))) {
        pieces.push({ t: 'title', title: next.piece.title, deputy: DEPUTY[w]! });
        i += next.len + 1;
        continue;
      }
    }
    const hit = tryAt(i);
    if (hit) {
      pieces.push(hit.piece);
      i += hit.len;
      continue;
    }
    // attached clitics: لقيادة -> ل + قيادة ; وبحسب... -> و + ...
    let done = false;
    for (const [pre, piece] of [['لل', { t: 'prep', en: 'to' }], ['ل', { t: 'prep', en: 'to' }], ['و', { t: 'and' }], ['ب', { t: 'prep', en: 'at' }]] as Array<[string, Piece]>) {
      if (w.startsWith(pre) && w.length > pre.length + 2) {
        const rest = pre === 'لل' ? 'ال' + w.slice(2) : w.slice(pre.length);
        const h = tryAt(i, rest);
        if (h) {
          pieces.push(piece, h.piece);
          i += h.len;
          done = true;
          break;
        }
      }
    }
    if (!done) i++;
  }
  return pieces;
}

function joinCountries(ds: Demonym[]): string {
  return ds.map((d) => d.country).join('-');
}

/** English for an object noun phrase (everything after the head title and its preposition). */
function objectPhrase(ps: Piece[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < ps.length) {
    const p = ps[i]!;
    if (p.t === 'word') {
      const adjs: Demonym[] = [];
      let j = i + 1;
      while (j < ps.length && ps[j]!.t === 'adj') adjs.push((ps[j] as { d: Demonym }).d), j++;
      const nxt = ps[j];
      let np: string;
      if (adjs.length >= 2) np = `${joinCountries(adjs)} ${p.en}`;
      else if (adjs.length === 1) np = `${adjs[0]!.adjEn} ${p.en}`;
      else np = p.en;
      const proper = /^(university|institute|centre)$/.test(p.en);
      if (adjs.length === 0 && nxt && (nxt.t === 'entity' || nxt.t === 'quoted' || nxt.t === 'country')) {
        const name = nxt.t === 'quoted' ? `"${nxt.en}"` : nxt.t === 'country' ? countryPhrase(nxt.en) : nxt.en;
        if (CLASS_NOUNS.has(p.en)) np = nxt.t === 'quoted' ? `the ${p.en} ${name}` : name;
        else np = `${name.replace(/^the /, '')} ${proper ? p.en[0]!.toUpperCase() + p.en.slice(1) : p.en}`;
        j++;
      } else if (THE_NOUNS.test(np.replace(/^\S+ (?=\S)/, '')) || THE_NOUNS.test(p.en)) {
        if (!/^the /.test(np) && adjs.length < 2) np = 'the ' + np;
      }
      parts.push(np);
      i = j;
      continue;
    }
    if (p.t === 'entity') parts.push(p.en);
    else if (p.t === 'country') parts.push(countryPhrase(p.en));
    else if (p.t === 'quoted') parts.push(`"${p.en}"`);
    else if (p.t === 'adj') parts.push(p.d.adjEn);
    else if (p.t === 'and') parts.push('and');
    else if (p.t === 'prep') parts.push(p.en);
    else if (p.t === 'title') parts.push(p.title.en);
    i++;
  }
  while (parts.length && /^(and|in|to|at|on|from|with|for)$/.test(parts[parts.length - 1]!)) parts.pop();
  return parts.join(' ');
}

function headPhrase(title: LexTitle, deputy: string, adj: Demonym | null, country: string | null): string {
  const en = deputy ? `${deputy} ${title.en}` : title.en;
  if (adj) {
    if (title.style === 'of') return `${en} of ${countryPhrase(adj.country)}`;
    if (title.style === 'poss') return `${countryPhrase(adj.country)}'s ${en}`;
    return `${adj.adjEn} ${en}`;
  }
  if (country) {
    if (title.style === 'poss') return `${countryPhrase(country)}'s ${en}`;
    return `${en} of ${countryPhrase(country)}`;
  }
  return en;
}

/** Renders scanned pieces as an English role; "" when there is no title and no object. */
function render(pieces: Piece[]): string {
  const former = pieces.some((p) => p.t === 'former');
  const ps = pieces.filter((p) => p.t !== 'former');
  const hi = ps.findIndex((p) => p.t === 'title');
  let out: string;
  if (hi < 0) {
    out = objectPhrase(ps);
  } else {
    const head = ps[hi] as { t: 'title'; title: LexTitle; deputy: string };
    let j = hi + 1;
    let adj: Demonym | null = null;
    let country: string | null = null;
    if (ps[j]?.t === 'adj') adj = (ps[j++] as { d: Demonym }).d;
    else if (ps[j]?.t === 'country' && head.title.style !== 'adj') country = (ps[j++] as { en: string }).en;
    const rest = ps.slice(j);
    let prep = '';
    let entityFirst = '';
    if (rest[0]?.t === 'prep') {
      prep = head.title.prep ?? (rest[0].en === 'at' ? 'at' : rest[0].en);
      rest.shift();
    } else if (rest[0]?.t === 'entity' && !adj && !country) {
      // idafa with a short name: زعيم الكرملين -> Kremlin leader
      const e = rest[0].en.replace(/^the /, '');
      if (e.split(' ').length <= 2 && !ORG_THE.test(e)) {
        entityFirst = e;
        rest.shift();
      } else prep = head.title.prep ?? 'of';
    } else if (rest.length) {
      prep = head.title.prep ?? 'of';
    }
    const headEn = headPhrase(head.title, head.deputy, adj, country);
    const obj = objectPhrase(rest);
    out = entityFirst ? `${entityFirst} ${headEn}` : headEn;
    if (obj) out += ` ${prep ? prep + ' ' : ''}${obj}`;
    const lead = ps.slice(0, hi);
    if (lead.length) {
      const pre = objectPhrase(lead);
      if (pre) out = `${pre} ${out}`;
    }
  }
  out = out.replace(/\s+/g, ' ').trim();
  if (!out) return '';
  return former ? `former ${out}` : out;
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
  const en = render(scan(tokenise(key.slice(0, 300)), nameFn));
  if (memo.size > 5000) memo.clear();
  memo.set(key, en);
  return en;
}

const NISBA_SUFFIX = /(يتين|يين|يون|يات|ية|يه|ي)$/;

/**
 * A role stated relative to an earlier person's: نظيره الإيراني after الرئيس الروسي is
 * الرئيس الإيراني (President of Iran). Returns null when the relative phrase carries no
 * nationality to substitute.
 */
export function relativeRole(baseRoleAr: string, relativeAr: string): Bi | null {
  const relWords = stripMarks(relativeAr).split(/\s+/).filter(Boolean);
  const relWord = relWords.find((w) => demonym(w) !== null);
  if (!relWord) return null;
  const relBase = relWord.replace(NISBA_SUFFIX, '');
  const baseWords = stripMarks(baseRoleAr).split(/\s+/).filter(Boolean);
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
