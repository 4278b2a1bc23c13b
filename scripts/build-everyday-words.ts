/**
 * `npx tsx scripts/build-everyday-words.ts`: data/words/everyday-ar.json, Arabic words that the
 * development gold set's texts (the articles of test/fixtures/corpus-gold, text only, no annotation;
 * never the blind slice's, which sit in the same corpus folder)
 * write as everyday words: with the article (الـ, behind و/ف/ب/ك/لل too) or with a pronoun ending
 * a name never takes (ـها، ـهم، ـهما، ـكم، ـنا), in at least MIN_ARTICLES articles. A person's name
 * word is hardly ever written so (the gold's name words: see docs/eval.md, round twelve people27),
 * so it is counter-evidence the parser reads beside the lists' name evidence, never instead of it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { segmentArticle } from '../src/parser/index.ts';
import { goldDir } from './lib/gold.ts';

const root = resolve(import.meta.dirname, '..');
const MIN_ARTICLES = 1;
const AL = ['وبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
const SUFFIX = /^(\S{3,}?)(هما|ها|هم|كم|نا)$/;

const seen = new Map<string, number>();
for (const item of goldDir(join(root, 'test/fixtures/corpus-gold'), '')) {
  const { toks, lang } = segmentArticle(readFileSync(item.text, 'utf8'));
  if (lang !== 'ar') continue;
  const here = new Set<string>();
  for (const t of toks) {
    const w = t.light;
    const p = AL.find((p) => w.startsWith(p) && w.length - p.length >= 3);
    if (p) here.add(w.slice(p.length));
    const m = SUFFIX.exec(w);
    if (m && !w.startsWith('ال')) here.add(m[1]!);
  }
  for (const w of here) seen.set(w, (seen.get(w) ?? 0) + 1);
}
// (Not a word in ي: with the article it is a nisba, the shape of family names, العشراوي، الحميدي.)
const words = [...seen].filter(([w, n]) => n >= MIN_ARTICLES && !w.endsWith('ي')).map(([w]) => w).sort();
writeFileSync(join(root, 'data/words/everyday-ar.json'), JSON.stringify({ note: 'built by scripts/build-everyday-words.ts from the dev corpus texts', minArticles: MIN_ARTICLES, words }) + '\n');
console.log(`${words.length} everyday words`);
