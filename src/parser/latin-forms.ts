/**
 * The Latin form an article itself gives beside an Arabic name (جيروم باول Jerome Powell، شركة ميتا
 * (Meta)، «داربا» (DARPA)، درشال - Drshal): the writer's own spelling, which no romanisation can
 * better. A Latin run counts as the English of the Arabic words right before it (after at most a
 * bracket, a dash or a quotation mark) only when the two sound alike (the names module's phonetic
 * keys): a Latin run beside an unrelated Arabic word (مجموعة TF International) is left alone.
 *
 * Used for people and bodies alike: a person whose Arabic name is such a phrase takes the Latin form
 * as their English (unless the lexicon knows them); a body or source whose Arabic speaker holds the
 * phrase has the phrase's romanisation in its English replaced by the Latin form.
 */
import type { Person, Quote } from '../briefing/types.ts';
import * as names from '../names/index.ts';
import { brandName, englishName } from './names-adapter.ts';
import { lightNormAr } from '../text/arabic.ts';
import { isEverydayWord } from './everyday-words.ts';

/** Least similarity of the two phonetic keys (names model's keySimilarity, 0..1). */
const MIN_SIMILARITY = 0.75;
/** Arabic words a phrase may hold. */
const MAX_WORDS = 4;

const LATIN_RUN = /[A-Za-z][A-Za-z0-9.&'’-]*(?:[ \t]+[A-Za-z0-9][A-Za-z0-9.&'’-]*){0,5}/g;
const AR_WORD = /^[\u0621-\u064A\u0640]+$/;
const norm = (s: string) => names.normAr(s).replace(/\s+/g, ' ').trim();

function key(s: string): string {
  try { return names.wordKey(s); } catch { return ''; }
}

function similar(ar: string, latin: string): number {
  const a = key(ar.replace(/\s+/g, ''));
  const l = key(latin.replace(/[.\s&'’-]+/g, ''));
  if (!a || !l) return 0;
  try { return names.keySimilarity(a, l, true, false); } catch { return 0; }
}

/** Arabic phrase (normAr) -> the Latin form the article gives beside it. */
export function latinForms(text: string): Map<string, string> {
  return new Map([...latinSpellings(text)].map(([k, v]) => [k, v.en]));
}

/** Arabic phrase (normAr) -> the Latin form and the phrase as written (its romanisation depends on hamzas). */
function latinSpellings(text: string): Map<string, { en: string; ar: string }> {
  const out = new Map<string, { en: string; ar: string }>();
  for (const m of text.matchAll(LATIN_RUN)) {
    const latin = m[0].replace(/[.’'-]+$/, '').trim();
    // a single letter or a lower-case word is not a name (a unit, a word of English prose)
    if (latin.length < 2 || !/^[A-Z]/.test(latin)) continue;
    const before = text.slice(Math.max(0, m.index! - 120), m.index!);
    // what may stand between: spaces, one opening bracket or a dash, closing quotation marks
    const gap = /[\s«»"“”]*(?:[(\-–—:][\s«»"“”]*)?$/.exec(before)!;
    if (!gap[0] && before.length) continue;
    const head = before.slice(0, before.length - gap[0].length);
    const words = head.split(/[\s«»"“”]+/).slice(-MAX_WORDS - 1);
    // the Arabic words right before, up to a mark of punctuation
    const arabic: string[] = [];
    for (let i = words.length - 1; i >= 0 && arabic.length < MAX_WORDS; i--) {
      const w = words[i]!;
      if (!w) { if (arabic.length) break; continue; }
      if (!AR_WORD.test(w)) break;
      arabic.unshift(w);
    }
    if (!arabic.length) continue;
    // the Latin's own words, or its first ones (درشال Drshal Egypt: Drshal), against the last k Arabic
    const lw = latin.split(/\s+/);
    let best: { ar: string; en: string; s: number } | null = null;
    for (let k = 1; k <= arabic.length; k++) {
      const phrase = arabic.slice(-k);
      const variants = [phrase.join(' ')];
      // a clitic on the phrase's first word (لشركة، وميتا) is not the name's
      if (/^[وفبلك]/.test(phrase[0]!) && phrase[0]!.length > 3) variants.push([phrase[0]!.slice(1), ...phrase.slice(1)].join(' '));
      for (let j = lw.length; j >= 1; j--) {
        const en = lw.slice(0, j).join(' ');
        for (const ar of variants) {
          // an everyday word before a Latin name is the thing it names (سيارة Sierra: the car), not its spelling
          if (ar.split(' ').some((w) => w.length < 3 || isEverydayWord(lightNormAr(w)))) continue;
          const s = similar(ar, en);
          if (s >= MIN_SIMILARITY && (!best || s > best.s)) best = { ar, en, s };
        }
      }
    }
    // a brand the names data knows keeps its name (تويتر (TWTR): the ticker, not the name)
    if (best && !brandName(best.ar)) out.set(norm(best.ar), { en: best.en, ar: best.ar });
  }
  return out;
}

/** Where `part` stands in `s` as whole words, else -1. */
function wordAt(s: string, part: string): number {
  for (let i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
    if (!/[A-Za-z0-9]/.test(s[i - 1] ?? '') && !/[A-Za-z0-9]/.test(s[i + part.length] ?? '')) return i;
  }
  return -1;
}

/**
 * Gives people and quote speakers the Latin forms the article writes beside their Arabic names
 * (see latinForms). People the lexicon knows keep its form.
 */
export function applyLatinForms(text: string, people: Person[], quotes: Quote[]): void {
  if (!/[A-Za-z]/.test(text)) return;
  const forms = latinSpellings(text);
  if (!forms.size) return;
  const byId = new Map<string, string>();
  for (const p of people) {
    const en = forms.get(norm(p.name.ar))?.en;
    if (!en || en === p.name.en) continue;
    let origin = 'romanised';
    try { origin = englishName(p.name.ar).origin; } catch { /* keep romanised */ }
    if (origin === 'lexicon') continue;
    if (!p.aliases.includes(p.name.en) && p.name.en) p.aliases.push(p.name.en);
    p.name = { ar: p.name.ar, en };
    byId.set(p.id, en);
  }
  for (const q of quotes) {
    if (q.speakerId) {
      const en = byId.get(q.speakerId);
      if (en) q.speaker = { ar: q.speaker.ar, en };
      continue;
    }
    if (!q.speaker.ar || !q.speaker.en) continue;
    // the bracketed Latin is the name's spelling, not more of the speaker (شركة إكسبيريان (Experian)
    let ar = q.speaker.ar.replace(/\s*\(\s*[A-Za-z][^)]*\)?\s*$/, '') || q.speaker.ar;
    let en = q.speaker.en;
    for (const [phrase, { en: latin, ar: written }] of forms) {
      let romanised = '';
      try { romanised = englishName(written).en; } catch { /* none */ }
      // the speaker's English spells the phrase by rule (جمعية "اندبندنت إيدج": "Andbindent Edge" association)
      const at = romanised.length >= 4 && romanised !== latin ? wordAt(en, romanised) : -1;
      if (at >= 0) en = en.slice(0, at) + latin + en.slice(at + romanised.length);
      else if (norm(ar) === phrase) en = latin;
      else continue;
      // written twice now (the rule's spelling and the bracket's): once
      const last = en.lastIndexOf(latin);
      if (last !== en.indexOf(latin)) en = (en.slice(0, last) + en.slice(last + latin.length)).replace(/\s+/g, ' ').trim();
    }
    if (ar !== q.speaker.ar || en !== q.speaker.en) q.speaker = { ar, en };
  }
}
