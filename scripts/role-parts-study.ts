/**
 * `npx tsx scripts/role-parts-study.ts [even|odd]`: for every matched gold person of one half whose
 * found role holds two descriptions joined by a comma (a title before the name and an apposition
 * after it), the eval's role test (lenient, strict) under four ways of keeping them: all, the first,
 * the first unless it is one word (roles-ar.ts oneDescription), the longest. Prints each person and
 * the totals (roles49; study the even half, judge on the odd).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle } from '../src/parser/index.ts';
import { personFor, roleOverlap, strictRoleRight, type Gold } from '../src/eval/gold-score.ts';
import { oneDescription } from '../src/parser/roles-ar.ts';
import { goldDir } from './lib/gold.ts';
import { inHalfOf } from './lib/unseen-fold.ts';
const root = resolve(import.meta.dirname, '..');
const inHalf = inHalfOf(process.argv[2] ?? 'even');
const all = goldDir(join(root, 'test/fixtures/corpus-gold'), 'corpus/').filter((it) => inHalf(it.id));
const pol: Record<string, (r: string) => string> = {
  full: (r) => r,
  first: (r) => r.split('، ')[0]!,
  firstUnless1: (r) => (oneDescription(r) ? r.split('، ')[0]! : r),
  longest: (r) => r.split('، ').reduce((a, b) => (b.split(' ').length > a.split(' ').length ? b : a)),
};
const tally: Record<string, [number, number]> = {};
for (const it of all) {
  const g = JSON.parse(readFileSync(it.gold, 'utf8')) as Gold;
  const b = parseArticle(readFileSync(it.text, 'utf8'));
  if (b.lang !== 'ar') continue;
  for (const gp of g.people) {
    const p = personFor(gp, b.people);
    if (!p || !p.role.ar.includes('، ') || p.role.ar.includes(' (')) continue;
    const gold = gp.role_ar ?? '';
    const others = [...g.people.filter((x) => x !== gp).map((x) => x.ar ?? ''), ...b.people.filter((x) => x !== p).map((x) => x.name.ar)];
    const own = `${gp.ar ?? ''} ${p.name.ar}`;
    const line: string[] = [];
    for (const [k, f] of Object.entries(pol)) {
      const r = f(p.role.ar);
      const len = gold ? roleOverlap(r, gold) >= 0.5 : !r;
      const st = len && strictRoleRight(r, gold, others, own);
      tally[k] ??= [0, 0];
      tally[k]![0] += +len; tally[k]![1] += +st;
      line.push(`${k}:${+len}${+st}`);
    }
    console.log(it.id, gp.ar, '|', p.role.ar, '| want', gold, '|', line.join(' '));
  }
}
console.log(tally);
