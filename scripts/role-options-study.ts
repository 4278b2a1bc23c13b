// Study: `npx tsx scripts/role-options-study.ts [even|odd]`: every matched gold person of one half whose
// role the eval counts wrong, with the ranker's candidates (rules' role first) and whether any is right
// by the eval's test: "no candidate" misses need a new reading, the others a better choice (roles55).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle } from '../src/parser/index.ts';
import { personFor, roleOverlap, type Gold } from '../src/eval/gold-score.ts';
import { collectRoleChoices, roleCandidates, type RoleInput } from '../src/parser/role-ranker.ts';
import { goldDir } from './lib/gold.ts';
import { inHalfOf } from './lib/unseen-fold.ts';
const root = resolve(import.meta.dirname, '..');
const inHalf = inHalfOf(process.argv[2] ?? 'even');
const all = goldDir(join(root, 'test/fixtures/corpus-gold'), 'corpus/').filter((it) => inHalf(it.id));
let none = 0, choice = 0;
for (const it of all) {
  const g = JSON.parse(readFileSync(it.gold, 'utf8')) as Gold;
  const seen = new Map<string, RoleInput>();
  collectRoleChoices((id, input) => seen.set(id, input));
  const b = parseArticle(readFileSync(it.text, 'utf8'));
  collectRoleChoices(null);
  if (b.lang !== 'ar') continue;
  const taken = new Set<unknown>();
  for (const gp of g.people) {
    const p = personFor(gp, b.people.filter((x) => !taken.has(x)));
    if (!p) continue;
    taken.add(p);
    const gold = gp.role_ar ?? '';
    const ok = (r: string) => (gold ? !!r && roleOverlap(r, gold) >= 0.5 : !r);
    if (ok(p.role.ar)) continue;
    const inp = seen.get(p.id);
    const cands = inp ? roleCandidates(inp.ruleRole, inp.options, new Set(inp.shared)).map((c) => c.text) : [p.role.ar];
    const any = cands.some(ok);
    if (any) choice++; else none++;
    console.log(`${it.id} ${gp.ar}: got «${p.role.ar}» want «${gold}» ${any ? 'CHOICE' : 'NONE'} | ${cands.map((c) => `«${c}»`).join(' ')}`);
  }
}
console.log(`no right candidate ${none}, right candidate not chosen ${choice}`);
