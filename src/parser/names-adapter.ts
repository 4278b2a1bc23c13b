/**
 * The parser's view of the names module (src/names, owned elsewhere). Calls are cached per
 * process because the parser asks about the same words many times, and every lookup the parser
 * needs beyond the public interface (is this a known person? a place? a given name?) goes through
 * here, reading the lexicon defensively so a change there degrades to "unknown" instead of a crash.
 */
import * as names from '../names/index.ts';
import * as lexModule from '../names/lexicon.ts';
import { normaliseAr } from '../text/normalize.ts';

export type OrgKind = 'outlet' | 'agency' | 'org';

interface LexView {
  personByAr?: Map<string, { en: string }>;
  orgByAr?: Map<string, { en: string; kind?: OrgKind }>;
  placeByAr?: Map<string, { en: string }>;
  givenByAr?: Map<string, unknown>;
}

let lexCache: LexView | null | undefined;
function lex(): LexView | null {
  if (lexCache !== undefined) return lexCache;
  try {
    const fn = (lexModule as unknown as Record<string, unknown>)['lexicon'];
    lexCache = typeof fn === 'function' ? (fn() as LexView) : null;
  } catch {
    lexCache = null;
  }
  return lexCache;
}

/** The names module normalises with its own rules; try both its and ours on the same phrase. */
function lexGet<T>(map: Map<string, T> | undefined, phrase: string): T | undefined {
  if (!map) return undefined;
  const n = normaliseAr(phrase).trim();
  return map.get(n) ?? map.get(n.replace(/ة/g, 'ه')) ?? map.get(n.replace(/ه\b/g, 'ة'));
}

const enCache = new Map<string, names.EnglishName>();
export function englishName(ar: string): names.EnglishName {
  let r = enCache.get(ar);
  if (!r) {
    try { r = names.englishName(ar); } catch { r = { en: ar, origin: 'romanised' }; }
    enCache.set(ar, r);
  }
  return r;
}

const roleCache = new Map<string, string>();
export function translateRole(ar: string): string {
  let r = roleCache.get(ar);
  if (r === undefined) {
    try { r = names.translateRole(ar); } catch { r = ''; }
    roleCache.set(ar, r);
  }
  return r;
}

export function phoneticKeys(name: string): string[] {
  if (!name) return [];
  try { return names.phoneticKeys(name); } catch { return []; }
}

/** A world figure the lexicon holds under exactly this (Arabic) name. */
export function isKnownPerson(ar: string): boolean {
  return lexGet(lex()?.personByAr, ar) !== undefined;
}

export function isKnownPlace(ar: string): boolean {
  return lexGet(lex()?.placeByAr, ar) !== undefined;
}

export function knownOrg(ar: string): { en: string; kind: OrgKind } | null {
  const o = lexGet(lex()?.orgByAr, ar);
  return o ? { en: o.en, kind: o.kind ?? 'org' } : null;
}

export function isKnownGivenName(ar: string): boolean {
  return lexGet(lex()?.givenByAr, ar) !== undefined;
}

/** Whether the names module is the real one (the placeholder knows no English for anything). */
export function namesModuleIsReal(): boolean {
  return translateRole('الرئيس') !== '';
}
