/**
 * The parser's view of the names module (src/names, owned elsewhere). Calls are cached per
 * process because the parser asks about the same words many times, and every call is guarded:
 * a failure there degrades to "unknown" instead of failing the parse. Optional functions
 * (lookupPerson, lookupPlace, lookupOrg, countryByArabic, isGivenName) are looked up at run time
 * so that the parser works with any version of the module that has the four core functions.
 */
import * as names from '../names/index.ts';
import { normaliseAr } from '../text/normalize.ts';
import { memo } from '../text/memo.ts';

export type OrgKind = 'outlet' | 'agency' | 'org';

type Fn<A extends unknown[], R> = (...a: A) => R;
const mod = names as unknown as Record<string, unknown>;
function optional<A extends unknown[], R>(name: string): Fn<A, R> | null {
  const f = mod[name];
  return typeof f === 'function' ? (f as Fn<A, R>) : null;
}
const lookupPersonFn = optional<[string], unknown>('lookupPerson');
const lookupFigureFn = optional<[string], unknown>('lookupFigure');
const lookupPlaceFn = optional<[string], unknown>('lookupPlace');
const lookupOrgFn = optional<[string], { en: string; kind?: OrgKind } | null>('lookupOrg');
const countryFn = optional<[string], unknown>('countryByArabic');
const givenFn = optional<[string], boolean>('isGivenName');
const relativeRoleFn = optional<[string, string], { ar: string; en: string } | null>('relativeRole');

/**
 * A guarded call, memoised per process and bounded (text/memo.ts), so a long-running bot's
 * caches of the phrases it asked about stay flat.
 */
function cached<R>(fn: (s: string) => R, fallback: R): (s: string) => R {
  return memo((s: string) => {
    try { return fn(s); } catch { return fallback; }
  });
}

export const englishName = cached<names.EnglishName>((s) => names.englishName(s), { en: '', origin: 'romanised' });
export const translateRole = cached<string>((s) => names.translateRole(s), '');
/** A described source's or body's English (the police, informed sources); '' when its head is unknown. */
export const translateSource = cached<string>((s) => names.translateSource(s), '');

/** An indefinite collective noun of people taking its members with من (مجموعة، فريق، وفد). */
export const isCollectiveNoun = cached<boolean>((s) => names.isCollectiveNoun(s), false);

/** The English name of a brand or body the Arabic spells by sound (فيسبوك -> Facebook), else null. */
export const brandName = cached<string | null>((s) => names.brandName(s), null);
/** Where the phrase stands among its brand's spellings (0: the first), null when it spells none. */
export const brandSpellingRank = cached<number | null>((s) => names.brandSpellingRank(s), null);

/**
 * A name's phonetic keys (shared lists: callers copy them, never change them). Memoised: each
 * person's Arabic and English names are keyed, and the same names recur article after article
 * (~2.5 % of a parse before).
 */
export const phoneticKeys = memo((name: string): readonly string[] => {
  if (!name) return [];
  try { return names.phoneticKeys(name); } catch { return []; }
}, 20_000);

/**
 * Arabic form of a Latin-script name: the lexicon's (Vladimir Putin -> فلاديمير بوتين) when it
 * knows the person, else every word's best spelling from the model learned from real name pairs
 * (Tomas Varga -> توماس فارجا); '' when a word has no spelling, rather than half a name.
 */
export const arabicNameFor = cached<string>((en) => {
  const p = lookupPersonFn?.(en) as { ar?: string } | null | undefined;
  if (p?.ar) return p.ar;
  const words = en.replace(/[.,;:!?()"“”]/g, ' ').split(/\s+/).filter(Boolean);
  const spelt = words.map((w) => names.arabiseCandidates(w, 1)[0] ?? '');
  return words.length && spelt.every(Boolean) ? spelt.join(' ') : '';
}, '');

/**
 * Latin aliases of a person the lexicon knows (Wladimir Putin, Poutine …) or of a world figure
 * (figures.json), else [] (a shared list:
 * callers copy it, never change it). Memoised: the lexicon's look-up of each person's name, asked
 * afresh for every person of every parse, was ~2 % of a short article's parse.
 */
export const latinAliases = memo((name: string): readonly string[] => {
  try {
    // (a world figure's too, figures.json: /who messi finds ليونيل ميسي)
    const p = (lookupPersonFn?.(name) ?? lookupFigureFn?.(name)) as { aliases?: string[] } | null | undefined;
    return Array.isArray(p?.aliases) ? p!.aliases!.filter((a) => typeof a === 'string') : [];
  } catch {
    return [];
  }
}, 20_000);

/**
 * Whether the word is a nationality adjective the country table knows, in any gender or number,
 * behind any clitic (الروسية، والتونسي). Memoised: the people and role readers ask it of most
 * definite words, and each asking normalised the word and tried a dozen spellings of its stem
 * (~1.4 % of a parse).
 */
export const isDemonym = memo((word: string): boolean => {
  try { return !!names.demonym(word); } catch { return false; }
}, 20_000);

/** A world figure's fuller English role when the article gives its bare head (names/known-role.ts). */
const knownRoleCached = cached<string>((key) => { const [n = '', r = ''] = key.split('\u0000'); return names.knownRoleEnglish(n, r); }, '');
export const knownRoleEnglish = (nameAr: string, roleAr: string): string => knownRoleCached(`${nameAr}\u0000${roleAr}`);
const knownTailCached = cached<string>((key) => { const [n = '', r = ''] = key.split('\u0000'); return names.knownRoleTail(n, r) ?? ''; }, '');
/** A world figure's own role at the end of an article's role that opens on another's title (known-role.ts), '' when none. */
export const knownRoleTail = (nameAr: string, roleAr: string): string => knownTailCached(`${nameAr}\u0000${roleAr}`);

/** A world figure the lexicon holds under exactly this (Arabic) name. */
export const isKnownPerson = cached<boolean>((s) => !!lookupPersonFn?.(s), false);
/**
 * A country or place (إسرائيل، أنقرة), by the lexicon or the country list, or a place of two words
 * or more by the world gazetteer (لوس أنجلوس، نيو جيرسي: names/places.ts).
 */
export const isKnownPlace = cached<boolean>((s) => !!lookupPlaceFn?.(s) || !!countryFn?.(s) || names.isPlacePhrase(s), false);
export const knownOrg = cached<{ en: string; kind: OrgKind } | null>((s) => {
  const o = lookupOrgFn?.(s);
  return o ? { en: o.en, kind: o.kind ?? 'org' } : null;
}, null);
export const isKnownGivenName = cached<boolean>((s) => !!givenFn?.(s), false);

const lexiconFn = optional<[], { orgs?: Array<{ ar: string; arVariants?: string[] }> }>('lexicon');
let orgFirst: Set<string> | null | undefined;
/**
 * First words (matching form) of the organisations the lexicon knows, so that the source scan
 * only looks up phrases that can be one; null when the lexicon cannot be listed.
 */
export function orgFirstWords(): Set<string> | null {
  if (orgFirst !== undefined) return orgFirst;
  try {
    const orgs = lexiconFn?.()?.orgs;
    orgFirst = orgs ? new Set(orgs.flatMap((o) => [o.ar, ...(o.arVariants ?? [])]).map((n) => normaliseAr(n).split(' ')[0]!).flatMap((w) => [w, w.replace(/^ال/, '')])) : null;
  } catch {
    orgFirst = null;
  }
  return orgFirst;
}

/** The names module's own reading of a counterpart role (نظيره الإيراني after الرئيس الروسي), if it has one. */
export function relativeRole(baseAr: string, relativeAr: string): { ar: string; en: string } | null {
  try { return relativeRoleFn?.(baseAr, relativeAr) ?? null; } catch { return null; }
}
