/**
 * Name matching (/who, /search: src/names/match.ts) across scripts on held-out name pairs, with
 * and without the per-letter model's second pass:
 *   - Latin query, Arabic-only person: each held-out pair's Arabic token is a person of a
 *     "briefing" of G people (distinct Arabic keys, grouped by a hash); the query is the gold
 *     Latin spelling; right = the person is the first match;
 *   - Arabic query, English-only person: the person carries the gold Latin spelling, the query is
 *     the Arabic token;
 *   - absent: the same queries against the next briefing, which does not hold them: any match is
 *     a false one.
 * Slices: the held-out Wikidata keys (unseen by the shipped model) and the held-out Google words.
 *   npx tsx scripts/names/match-eval.ts        (NAMES_MATCH_GROUP=15, NAMES_MATCH_SETS=wikidata,google)
 */
import type { Person } from '../../src/briefing/types.ts';
import { matchPeople, SECOND_PASS } from '../../src/names/match.ts';
import { normAr } from '../../src/names/normalize.ts';
import { phoneticKeys } from '../../src/names/phonetic.ts';
import { model } from '../../src/names/translit/model.ts';
import { googleHeldOut, hash, isHeldOut, wikidataPairs } from './data.ts';

const G = Number(process.env.NAMES_MATCH_GROUP ?? 15);
const sets = (process.env.NAMES_MATCH_SETS ?? 'wikidata,google').split(',');

function person(ar: string, en: string): Person {
  return { id: `p-${ar}-${en}`, name: { ar, en }, role: { ar: '', en: '' }, aliases: [], mentions: 1, firstOffset: 0, sentenceIds: [], nameOrigin: 'lexicon', keys: phoneticKeys(ar || en) };
}

interface Pair {
  ar: string;
  en: string;
}

/** Briefings of G pairs with distinct Arabic keys and distinct Latin spellings, in a hash order. */
function groups(pairs: Pair[]): Pair[][] {
  const sorted = [...pairs].sort((a, b) => hash(`match:${a.ar}\t${a.en}`) - hash(`match:${b.ar}\t${b.en}`));
  const out: Pair[][] = [];
  let cur: Pair[] = [];
  for (const p of sorted) {
    if (cur.some((q) => normAr(q.ar) === normAr(p.ar) || q.en.toLowerCase() === p.en.toLowerCase())) continue;
    cur.push(p);
    if (cur.length === G) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

function run(label: string, pairs: Pair[]): void {
  const gs = groups(pairs);
  const passes: Array<[string, typeof SECOND_PASS]> = [
    ['off', { on: false, joint: false, letters: false }],
    ['joint only', { on: true, joint: true, letters: false }],
    ['letters only', { on: true, joint: false, letters: true }],
    ['on', { on: true, joint: true, letters: true }],
  ];
  for (const [name, pass] of passes) {
    Object.assign(SECOND_PASS, pass);
    const t = { n: 0, lat: 0, latWrong: 0, ar: 0, arWrong: 0, latAbsent: 0, arAbsent: 0 };
    const t0 = process.cpuUsage();
    gs.forEach((g, gi) => {
      const arPeople = g.map((p) => person(p.ar, ''));
      const enPeople = g.map((p) => person('', p.en));
      const next = gs[(gi + 1) % gs.length]!;
      g.forEach((p, i) => {
        t.n++;
        const a = matchPeople(p.en, arPeople);
        if (a[0]?.person === arPeople[i]) t.lat++;
        else if (a.length) t.latWrong++;
        const b = matchPeople(p.ar, enPeople);
        if (b[0]?.person === enPeople[i]) t.ar++;
        else if (b.length) t.arWrong++;
        const q = next[i % next.length]!;
        if (matchPeople(q.en, arPeople).length) t.latAbsent++;
        if (matchPeople(q.ar, enPeople).length) t.arAbsent++;
      });
    });
    const cpu = process.cpuUsage(t0);
    const f = (x: number) => (x / t.n).toFixed(3);
    console.log(
      `${label.padEnd(28)} second pass ${name.padEnd(12)} n=${t.n}  Latin query: right ${f(t.lat)} wrong ${f(t.latWrong)} absent-matched ${f(t.latAbsent)}  |  Arabic query: right ${f(t.ar)} wrong ${f(t.arWrong)} absent-matched ${f(t.arAbsent)}  (${((cpu.user + cpu.system) / 1000 / (4 * t.n)).toFixed(2)} ms CPU per query)`,
    );
  }
}

if (sets.includes('wikidata')) run('held-out Wikidata (unseen)', wikidataPairs().filter((p) => isHeldOut(p.ar)));
if (sets.includes('google')) {
  const g = googleHeldOut();
  run('held-out Google', g);
  run('… unknown tokens', g.filter((p) => !model().ar2en.has(normAr(p.ar))));
}
