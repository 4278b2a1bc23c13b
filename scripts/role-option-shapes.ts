// Study: `npx tsx scripts/role-option-shapes.ts CACHE [even|odd]` (CACHE: a `train:roles -- --cache F`
// file). Every candidate reading other than the rules' role of every gold person of one half, tallied by
// the shape of its words (what its first and last word are, a verb inside): how often a reading of that
// shape is right by the eval's role test, and how often it is the only right reading offered. A shape
// that is never right is a fragment the reading boundaries (roles-ar.ts mentionRoleOptions) should not
// offer (roles57).
import { readFileSync } from 'node:fs';
import { roleOverlap } from '../src/eval/gold-score.ts';
import { plainRole, roleCandidates } from '../src/parser/role-ranker.ts';
import { fragmentShapes } from '../src/parser/role-fragments.ts';
import { ROLE_WORD_TESTS } from '../src/parser/people-ar.ts';
import type { RoleRaw } from './lib/ranker-examples.ts';

const [file, half = 'even'] = process.argv.slice(2);
const num = (id: string) => Number(id.split('/').pop()!.replace(/^p/, ''));
const inHalf = (id: string) => Number.isFinite(num(id)) && num(id) % 2 === (half === 'odd' ? 1 : 0);
// (a `--hidden F` file: its fold readings, the head lists hidden as for unseen copy)
const json = JSON.parse(readFileSync(file!, 'utf8'));
const arts = (Array.isArray(json) ? json : json.folds) as { id: string; raw: RoleRaw[] }[];
const tally = new Map<string, { right: number; wrong: number; only: number; eg: string[]; egRight: string[] }>();
let people = 0;
for (const a of arts) {
  if (!inHalf(a.id)) continue;
  for (const r of a.raw) {
    people++;
    const want = r.want;
    const ok = (t: string) => (want ? !!t && roleOverlap(t, want) >= 0.5 : !t);
    const cands = roleCandidates(r.input.ruleRole, r.input.options, new Set(r.input.shared)).map((c) => c.text);
    const rights = cands.filter(ok).length;
    const rule = plainRole(r.input.ruleRole);
    for (const t of new Set(r.input.options.map((o) => o.text))) {
      if (!t || plainRole(t) === rule) continue;
      const right = ok(t);
      for (const s of fragmentShapes(t, ROLE_WORD_TESTS)) {
        const e = tally.get(s) ?? { right: 0, wrong: 0, only: 0, eg: [], egRight: [] };
        if (right) { e.right++; if (rights === 1) e.only++; if (e.egRight.length < 6) e.egRight.push(`${a.id} «${t}» want «${want}»`); } else { e.wrong++; if (e.eg.length < 4) e.eg.push(`«${t}»`); }
        tally.set(s, e);
      }
    }
  }
}
console.log(`${people} people (${half})`);
for (const [s, e] of [...tally].sort((x, y) => y[1].wrong - x[1].wrong)) {
  console.log(`${s.padEnd(22)} right ${String(e.right).padStart(3)} (only ${e.only}) wrong ${String(e.wrong).padStart(4)}  ${e.eg.join(' ')}`);
  for (const g of e.egRight) console.log(`      + ${g}`);
}
