/**
 * `npx tsx scripts/build-everyday-words.ts`: data/words/everyday-ar.json, Arabic words that the
 * development gold set's texts (the articles of test/fixtures/corpus-gold, text only, no annotation;
 * never the blind slice's, which sit in the same corpus folder)
 * write as everyday words: with the article (الـ, behind و/ف/ب/ك/لل too) or with a pronoun ending
 * a name never takes (ـها، ـهم، ـهما، ـكم، ـنا), in at least MIN_ARTICLES articles. A person's name
 * word is hardly ever written so (the gold's name words: see docs/eval.md, round twelve people27),
 * so it is counter-evidence the parser reads beside the lists' name evidence, never instead of it.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { goldDir } from './lib/gold.ts';
import { everydayWordsOf } from './lib/everyday-words.ts';

const root = resolve(import.meta.dirname, '..');
const MIN_ARTICLES = 1;
const words = everydayWordsOf(goldDir(join(root, 'test/fixtures/corpus-gold'), ''), MIN_ARTICLES);
writeFileSync(join(root, 'data/words/everyday-ar.json'), JSON.stringify({ note: 'built by scripts/build-everyday-words.ts from the dev corpus texts', minArticles: MIN_ARTICLES, words }) + '\n');
console.log(`${words.length} everyday words`);
