/**
 * Groups the corpus's English-name misses by cause (docs/names.md, "English names on real
 * articles"), by the first word that differs from the gold: the word's source (lexicon or
 * learned), whether the right spelling was among the candidates, compounds, al-, segmentation.
 * A rough reading for a person to check, not a measure:
 *   MUJAZ_EVAL_SPELLINGS=1 npm run eval -- --set corpus | grep 'English' > /tmp/misses.txt
 *   npx tsx scripts/names/spelling-misses.ts /tmp/misses.txt   (SHOW=1 lists each name)
 */
import { readFileSync } from 'node:fs';
import { lexicon } from '../../src/names/lexicon.ts';
import { normAr, stripAl } from '../../src/names/normalize.ts';
import { romaniseScored } from '../../src/names/transliterate.ts';
const lex = lexicon();
const lines = readFileSync(process.argv[2]!, 'utf8').trim().split('\n');
const causes = new Map<string, number>();
const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z ]/g, ' ').trim();
for (const l of lines) {
  const m = /of (.+?): got "(.*?)" want "(.*?)"(?: or "(.*)")?$/.exec(l);
  if (!m) continue;
  const ar = m[1]!.replace(/[#_]/g, ' ').split(/\s+/);
  const got = m[2]!.split(/\s+/);
  const wants = [m[3]!, ...(m[4] ? m[4].split('" or "') : [])].map((w) => w.split(/[\s]+/));
  const want = wants.find((w) => w.length === got.length) ?? wants[0]!;
  let cause = '';
  if (/[#_]/.test(m[1]!)) cause = 'segmentation (hashtag/underscore)';
  else if (want.length !== got.length || ar.length !== got.length) {
    cause = ar.some((w) => /^(عبد|أبو|ابو|بن)$/.test(w)) || ar.some((w) => /^ال(دين|له)$/.test(w)) ? 'multi-word compound (عبد/الدين/الله/أبو/بن)' : 'word count (nickname, compound, missing word)';
  } else {
    const bad: string[] = [];
    for (let i = 0; i < got.length; i++) {
      const g = fold(got[i]!);
      const w = fold(want[i]!);
      if (g === w) continue;
      const a = ar[i]!;
      const n = normAr(a);
      if (/^(al|el) /.test(w.replace('-', ' ')) !== /^(al|el) /.test(g.replace('-', ' ')) || (g.replace(/^al /, '') === w.replace(/^(al|el) /, ''))) { bad.push('al- handling'); continue; }
      if (lex.tokenEn.has(n) || lex.tokenEn.has(stripAl(n))) { bad.push('lexicon'); continue; }
      const c = romaniseScored(a.startsWith('ال') ? a.slice(2) : a, 5, 'rules');
      const inTop = c.some((x) => fold(x.text) === w.replace(/^(al|el) /, ''));
      if (c[0]?.from === 'lookup') bad.push(inTop ? 'look-up ranking (right one listed)' : 'look-up lacks the spelling');
      else bad.push(inTop ? 'model ranking (right one among 5)' : 'model (not among 5)');
    }
    cause = bad[0] ?? 'other';
  }
  causes.set(cause, (causes.get(cause) ?? 0) + 1);
  if (process.env.SHOW) console.log(cause.padEnd(40), l.replace(/^ *miss */, ''));
}
console.log([...causes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${n}\t${c}`).join('\n'));
