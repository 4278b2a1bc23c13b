/**
 * The everyday-word list (data/words/everyday-ar.json) as built from some gold articles' texts:
 * Arabic words written with the article (الـ, behind و/ف/ب/ك/لل too) or with a pronoun ending a name
 * never takes (ـها، ـهم، ـهما، ـكم، ـنا), in at least `minArticles` of them. Used by
 * scripts/build-everyday-words.ts (every dev article) and `npm run cv:people -- --hide-everyday`
 * (the training folds' only, as if the held-out articles had never been read).
 */
import { readFileSync } from 'node:fs';
import { segmentArticle } from '../../src/parser/index.ts';
import type { Item } from './gold.ts';

const AL = ['وبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
const SUFFIX = /^(\S{3,}?)(هما|ها|هم|كم|نا)$/;

/** The words of one text written as everyday words (the light forms, article or ending off). */
export function everydayWordsIn(text: string): Set<string> {
  const { toks, lang } = segmentArticle(text);
  const here = new Set<string>();
  if (lang !== 'ar') return here;
  for (const t of toks) {
    const w = t.light;
    const p = AL.find((p) => w.startsWith(p) && w.length - p.length >= 3);
    if (p) here.add(w.slice(p.length));
    const m = SUFFIX.exec(w);
    if (m && !w.startsWith('ال')) here.add(m[1]!);
  }
  return here;
}

/** The sorted list from `items`' texts. (Not a word in ي: with the article it is a nisba, the shape of family names, العشراوي، الحميدي.) */
export function everydayWordsOf(items: readonly Item[], minArticles = 1): string[] {
  const seen = new Map<string, number>();
  for (const item of items) for (const w of everydayWordsIn(readFileSync(item.text, 'utf8'))) seen.set(w, (seen.get(w) ?? 0) + 1);
  return [...seen].filter(([w, n]) => n >= minArticles && !w.endsWith('ي')).map(([w]) => w).sort();
}
