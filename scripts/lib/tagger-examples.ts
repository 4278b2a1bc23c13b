/**
 * The name tagger's examples from the development gold: every Arabic article of a gold set with its
 * tokens, features and name-token labels. Shared by `npm run train:tagger` and `npm run cv:people`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Gold } from '../../src/eval/gold-score.ts';
import { segmentArticle } from '../../src/parser/index.ts';
import { labelTokens, type TaggerExample } from '../../src/parser/name-tagger-train.ts';
import { articleFeatures } from '../../src/parser/name-tagger.ts';
import { goldDir, type Item } from './gold.ts';

const root = resolve(import.meta.dirname, '../..');

export type GoldExample = TaggerExample & { item: Item };

export function examplesOf(items: readonly Item[]): GoldExample[] {
  return withFeatures(segmentedOf(items));
}

/** A gold article segmented, before any word class or lexicon is asked (see `withFeatures`). */
export type Segmented = { item: Item; id: string; gold: Gold; toks: TaggerExample['toks'] };

export function segmentedOf(items: readonly Item[]): Segmented[] {
  return items.map((it): Segmented | null => {
    const gold = JSON.parse(readFileSync(it.gold, 'utf8')) as Gold;
    const { toks, lang } = segmentArticle(readFileSync(it.text, 'utf8'));
    return lang === 'ar' ? { item: it, id: it.id, gold, toks } : null;
  }).filter((x): x is Segmented => !!x);
}

export function withFeatures(xs: readonly Segmented[]): GoldExample[] {
  return xs.map(({ item, id, gold, toks }) => ({ item, id, toks, feats: articleFeatures(toks), labels: labelTokens(toks, gold.people.map((p) => p.ar).filter((x): x is string => !!x)) }));
}

/** Real wire copy (split into folds) and the written fixtures plus the sample (they only ever train). */
export function taggerGold(): { corpus: GoldExample[]; extra: GoldExample[] } {
  const { corpus, extra } = taggerGoldSegmented();
  return { corpus: withFeatures(corpus), extra: withFeatures(extra) };
}

/** The same articles segmented only: a caller may still hide lexicon entries before the features. */
export function taggerGoldSegmented(): { corpus: Segmented[]; extra: Segmented[] } {
  const { corpus, extra } = devItems();
  return { corpus: segmentedOf(corpus), extra: segmentedOf(extra) };
}

/** The development gold's articles, in either language: the wire copy (ids as the tagger's folds name them) and the rest. */
export function devItems(): { corpus: Item[]; extra: Item[] } {
  return {
    corpus: goldDir(join(root, 'test/fixtures/corpus-gold'), ''),
    extra: [
      ...goldDir(join(root, 'test/fixtures/articles'), 'articles/'),
      { id: 'sample', gold: join(root, 'test/fixtures/russia-iran-partnership.gold.json'), text: join(root, 'data/russia-iran-partnership.ar.txt') },
    ],
  };
}
