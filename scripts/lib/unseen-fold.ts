/**
 * One fold of `cv:people --unseen` set up for the study scripts: the everyday words, role heads and
 * lexicon entries (given names too) of the fold's held-out articles hidden, as cv-people does, and
 * the name tagger's examples of that fold built after the hiding (before it, the word classes would
 * be memoised with the full lists). Call once per process, before any parse.
 */
import { readFileSync } from 'node:fs';
import { heldOutSplit, type TaggerExample } from '../../src/parser/name-tagger-train.ts';
import { hideLexiconEntries } from '../../src/names/lexicon.ts';
import { useEverydayWords } from '../../src/parser/everyday-words.ts';
import type { Gold } from '../../src/eval/gold-score.ts';
import { devItems, taggerGoldSegmented, withFeatures } from './tagger-examples.ts';
import { hideHeldHeads } from './role-heads.ts';
import { everydayWordsOf } from './everyday-words.ts';
import { hidingFor } from './hide-lexicon.ts';

export function unseenTaggerFold(k: number): { train: TaggerExample[]; test: TaggerExample[]; extra: TaggerExample[] } {
  const items = devItems();
  const held = new Set(heldOutSplit(items.corpus, k).test.map((x) => x.id));
  useEverydayWords(new Set(everydayWordsOf(items.corpus.filter((it) => !held.has(it.id)))));
  const goldRoles = new Map([...items.corpus, ...items.extra].map((it) => [it.id, (JSON.parse(readFileSync(it.gold, 'utf8')) as Gold).people.map((p) => p.role_ar ?? '').filter(Boolean)]));
  hideHeldHeads(goldRoles, (id) => held.has(id));
  const seg = taggerGoldSegmented();
  const split = heldOutSplit(seg.corpus, k);
  hideLexiconEntries(hidingFor(split.test.map((x) => x.gold), [...split.train, ...seg.extra].map((x) => x.gold), true));
  return { train: withFeatures(split.train), test: withFeatures(split.test), extra: withFeatures(seg.extra) };
}

/** The eval's `--half even|odd` rule on a gold id (its number's parity); no half keeps every id. */
export function inHalfOf(half: string | undefined): (id: string) => boolean {
  return (id) => {
    if (!half) return true;
    const n = Number(id.split('/').pop()!.replace(/^p/, ''));
    return Number.isFinite(n) && (n % 2 === 0) === (half === 'even');
  };
}

/**
 * A study script's fold from its command line (`K [--half even|odd] …`): unseenTaggerFold(K), its
 * test examples kept to the half asked for.
 */
export function studyFoldOf(args: readonly string[]): { k: number; half: string | undefined; train: TaggerExample[]; test: TaggerExample[]; extra: TaggerExample[] } {
  const k = Number(args[0]);
  const ha = args.indexOf('--half');
  const half = ha >= 0 ? args[ha + 1] : undefined;
  const inHalf = inHalfOf(half);
  const { train, test, extra } = unseenTaggerFold(k);
  return { k, half, train, test: test.filter((x) => inHalf(x.id)), extra };
}
