/**
 * `npx tsx scripts/role-heads-study.ts [--half even|odd | --fold K] [--hide-held] [--rules] [--list] [--drop-singletons] [--ids p001,p003]`: where the
 * dev gold's roles come from, to estimate what an unseen article gets (docs/eval.md, roles27).
 * For every matched gold person (the eval's role test): does the gold role open on a head of the
 * hand lists (ROLE_HEADS in src/parser/cues-ar.ts, DESCRIBER_HEADS in roles-ar.ts), met in the gold
 * of one dev article only or of several, or on no listed head; is its first word a title of
 * data/lexicon/titles.json. Prints the role figure per bucket and the one-article heads.
 * --drop-singletons parses without the one-article heads (taken out of the two sets before any
 * parse: the role readers lose them; structures built from the lists at load keep them, so this is
 * a lower bound of what taking the words out of the lists' source costs). --list prints the people
 * whose gold role opens on no listed head.
 * --hide-held (with --half H or --fold K): the honest measure (roles28). Every listed head the gold's
 * roles open on only in held-out articles (the half H, or cross-validation fold K of 5 by article)
 * is taken out of the lists before any parse, so the lists behave as if those articles had never
 * been read; heads also met in a training article stay. --fold K alone scores fold K.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle } from '../src/parser/index.ts';
import { personFor, roleOverlap, type Gold } from '../src/eval/gold-score.ts';
import { goldDir } from './lib/gold.ts';
import { headArticles, hideHeldHeads, listedHead, openingWords, singletonHeads } from './lib/role-heads.ts';
import { DESCRIBER_HEADS } from '../src/parser/roles-ar.ts';
import { CONSTRUCT_ONLY_HEADS, ROLE_HEADS } from '../src/parser/cues-ar.ts';
import { foldOf } from '../src/parser/speaker-ranker-train.ts';
import { useRoleRanker } from '../src/parser/role-ranker.ts';
import { stripDiacritics } from '../src/text/normalize.ts';
import { lexicon } from '../src/names/lexicon.ts';
import { normAr } from '../src/names/normalize.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const half = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined;
const all = goldDir(join(root, 'test/fixtures/corpus-gold'), 'corpus/');
const num = (id: string) => Number(id.split('/').pop()!.replace(/^p/, ''));

const titleKeys = lexicon().titleByAr;
const inTitles = (w: string) => {
  const n = normAr(stripDiacritics(w)).replace(/^و(?=ال)/, '');
  return titleKeys.has(n) || titleKeys.has(n.replace(/^ال/, ''));
};

const golds = new Map(all.map((it) => [it.id, JSON.parse(readFileSync(it.gold, 'utf8')) as Gold]));
const roles = new Map([...golds].map(([id, g]) => [id, g.people.map((p) => p.role_ar ?? '').filter(Boolean)]));
const articlesOf = headArticles(roles);
const singletons = singletonHeads(roles);
const unlist = (h: string) => { for (const s of [ROLE_HEADS, DESCRIBER_HEADS, CONSTRUCT_ONLY_HEADS]) (s as Set<string>).delete(h); };
if (args.includes('--drop-singletons')) for (const h of singletons) unlist(h);
// --fold K: cross-validation fold K of 5 by article (the role ranker's folds).
const foldArg = args.includes('--fold') ? Number(args[args.indexOf('--fold') + 1]) : undefined;
const folds = foldOf(all.map((it) => it.id), 5);
const held = (id: string) => (foldArg !== undefined ? folds.get(id) === foldArg : !!half && (num(id) % 2 === 0) === (half === 'even'));
// --rules: the role rules alone (the shipped role ranker was trained on every dev article).
if (args.includes('--rules')) useRoleRanker(null);
if (args.includes('--hide-held')) {
  if (foldArg === undefined && !half) throw new Error('--hide-held needs --half or --fold');
  const hidden = hideHeldHeads(roles, held);
  console.log(`hidden heads (met only in held-out articles' gold roles): ${hidden.length}: ${hidden.join(' ')}`);
}

type Bucket = { n: number; ok: number };
const b = new Map<string, Bucket>();
const tally = (k: string, ok: boolean) => { const x = b.get(k) ?? { n: 0, ok: 0 }; x.n++; if (ok) x.ok++; b.set(k, x); };
// --ids p001,p003: only these gold ids (e.g. the fresh-14 draw, the last scored unseen before it joined)
const ids = args.includes('--ids') ? new Set(args[args.indexOf('--ids') + 1]!.split(',').map((x) => `corpus/${x}`)) : null;
const items = all.filter((it) => (foldArg !== undefined ? held(it.id) : !half || held(it.id)) && (!ids || ids.has(it.id)));
for (const it of items) {
  const gold = golds.get(it.id)!;
  const br = parseArticle(readFileSync(it.text, 'utf8'), gold.date ? { meta: { publishedAt: gold.date } } : {});
  for (const g of gold.people) {
    const p = personFor(g, br.people);
    if (!p) continue;
    const want = g.role_ar ?? '';
    const ok = want ? !!p.role.ar && roleOverlap(p.role.ar, want) >= 0.5 : !p.role.ar;
    tally('all matched gold people (the eval role figure)', ok);
    if (!want) { tally('gold: no role', ok); continue; }
    const heads = openingWords(want).map(listedHead).filter((h): h is string => !!h);
    tally(!heads.length ? 'gold head: in neither list'
      : heads.some((h) => (articlesOf.get(h)?.size ?? 0) > 1) ? 'gold head: listed, in 2+ dev articles' : 'gold head: listed, in this article only', ok);
    tally(openingWords(want).some(inTitles) ? 'first word a titles.json title' : 'first word not a titles.json title', ok);
    if (args.includes('--list') && !heads.length) console.log(`${ok ? 'ok  ' : 'MISS'} ${it.id} ${g.ar}: got "${p.role.ar}" want "${want}"`);
  }
}
for (const [k, x] of [...b].sort()) console.log(`${k.padEnd(48)} ${String(x.n).padStart(4)}  right ${(100 * x.ok / x.n).toFixed(1)}`);
console.log(`listed heads the gold's roles open on: ${articlesOf.size}; in one dev article only: ${singletons.length}`);
console.log(`one-article heads: ${singletons.join(' ')}`);
