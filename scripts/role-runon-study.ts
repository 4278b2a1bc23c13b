// Study: word pairs inside the gold roles of one half (`npx tsx scripts/role-runon-study.ts even`), to see which run-on cuts the gold allows (roles53: prepositions after a definite word, possessed nouns, Latin names).
import { readFileSync, readdirSync } from 'node:fs';
import { lightNormAr } from '../src/text/arabic.ts';
const dir = 'test/fixtures/corpus-gold';
const half = process.argv[2] ?? 'even';
const roles: string[] = [];
for (const f of readdirSync(dir)) {
  const n = Number(f.replace(/\.gold\.json$/, '').replace(/^p/, ''));
  if (!Number.isFinite(n) || (n % 2 === 0) !== (half === 'even')) continue;
  for (const p of JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')).people) if (p.role_ar) roles.push(p.role_ar);
}
console.log(roles.length, 'gold roles');
const POSS = /^\S{3,}(ه|ها|هم|هما|هن)$/;
const PREP = new Set(['من', 'على', 'علي', 'الى', 'إلى', 'عن', 'مع', 'في', 'لدى', 'لدي', 'ضد', 'عبر', 'منذ']);
const cnt = new Map<string, string[]>();
const add = (k: string, r: string) => { if (!cnt.has(k)) cnt.set(k, []); cnt.get(k)!.push(r); };
for (const r of roles) {
  const w = r.replace(/[،,()"«»]/g, ' ').split(/\s+/).filter(Boolean);
  for (let i = 1; i < w.length; i++) {
    const cur = w[i - 1]!, nx = w[i]!, l = lightNormAr(nx);
    if (/^[A-Za-z0-9]/.test(cur) && /^[\u0621-\u064A]/.test(nx) && !/^(ال|و|ل|ب|ف|ك)/.test(l) && !PREP.has(l)) add('latin->bare', r);
    if (POSS.test(l) && !/^و/.test(l) && i >= 2 && !/^ال/.test(lightNormAr(cur))) add('poss after bare non-first', r);
    if (PREP.has(l) && /^(ال|لل)/.test(lightNormAr(cur))) add(`prep ${l} after def`, r);
    if (PREP.has(l) && !/^(ال|لل)/.test(lightNormAr(cur))) add(`prep ${l} after bare`, r);
  }
}
for (const [k, v] of [...cnt].sort()) console.log(k, v.length, '|', v.slice(0, 6).join(' ‖ '));
