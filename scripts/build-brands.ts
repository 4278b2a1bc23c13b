/**
 * Builds data/brands/brands.json: the English names of well-known brands and organisations with the
 * Arabic spellings the names model (src/names/transliterate.ts) gives them, so that a body the
 * Arabic text writes by sound (غوغل، فيسبوك، آبل) is shown by its English name (Google, Facebook,
 * Apple) and not romanised letter by letter (Gogl, Vespock, Apel).
 *
 * The names are the titles of Simple Icons (npm package simple-icons, CC0-1.0; see
 * data/brands/README.md): `npm pack simple-icons`, unpack, then
 * `npx tsx scripts/build-brands.ts package/data/simple-icons.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { arabiseCandidates, normAr } from '../src/names/index.ts';

const root = resolve(import.meta.dirname, '..');
const src = process.argv[2];
if (!src) throw new Error('usage: build-brands.ts <simple-icons.json> [version]');
const raw = JSON.parse(readFileSync(src, 'utf8')) as unknown;
const icons = (Array.isArray(raw) ? raw : (raw as { icons: unknown[] }).icons) as Array<{ title: string; aliases?: { aka?: string[] } }>;

/** Spellings kept per word, and per brand: the model's first few are the ones Arabic copy uses. */
const PER_WORD = 6;
const PER_BRAND = 8;

// A brand name the Arabic can spell: Latin letters only (no digits, dots or symbols), one to three
// words of two letters or more, at least four letters in all (a shorter one is spelled like a common
// Arabic word: Bun بن, Fi في).
const spellable = (t: string) => /^[A-Za-z]+(?: [A-Za-z]+){0,2}$/.test(t) && t.split(' ').every((w) => w.length >= 2) && t.replace(/ /g, '').length >= 4;

function spellings(title: string): string[] {
  const per = title.split(' ').map((w) => arabiseCandidates(w, PER_WORD));
  if (per.some((c) => !c.length)) return [];
  // the first spellings of all words, then one word at a time on its next spelling
  let combos: Array<{ ar: string; cost: number }> = [{ ar: '', cost: 0 }];
  for (const cands of per) combos = combos.flatMap((c) => cands.map((a, r) => ({ ar: c.ar ? `${c.ar} ${a}` : a, cost: c.cost + r })));
  const out: string[] = [];
  for (const c of combos.sort((a, b) => a.cost - b.cost)) {
    const k = normAr(c.ar);
    if (k.replace(/ /g, '').length >= 3 && !out.includes(k)) out.push(k);
    if (out.length >= PER_BRAND) break;
  }
  return out;
}

const brands: Array<{ en: string; ar: string[] }> = [];
for (const icon of icons) {
  if (!spellable(icon.title)) continue;
  const ar = spellings(icon.title);
  if (ar.length) brands.push({ en: icon.title, ar });
}
const version = process.argv[3] ?? '';
writeFileSync(resolve(root, 'data/brands/brands.json'), JSON.stringify({ source: `simple-icons${version ? ` ${version}` : ''} (CC0-1.0), titles`, brands }, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`${brands.length} brands of ${icons.length} titles`);
