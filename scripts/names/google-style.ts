/**
 * Google's style on its unknown words (names28): on a dev-split model (NAMES_DEV=1,
 * MUJAZ_NAMES_MODEL), Google's eval words whose key the model does not know, leaving out the
 * shipped held-out slice's words (hash, as isGoogleHeldOut outside the dev split): the rules'
 * first answer against Google's spelling, each miss classed by the first difference
 * (vowels, doubled letters, al-, -a/-ah endings, ou/u, ee/i, ...). SHOW=1 lists the misses.
 */
import { romaniseScored } from '../../src/names/transliterate.ts';
import { normAr } from '../../src/names/normalize.ts';
import { model } from '../../src/names/translit/model.ts';
import { googleHeldOut, hash } from './data.ts';

const m = model();
const shippedHeldOut = (ar: string) => hash(`names-google-heldout:${normAr(ar)}`) % 100 < 10;
const cls = new Map<string, number>();
let n = 0;
let right = 0;
let in5 = 0;
const rows: string[] = [];
const bump = (k: string) => cls.set(k, (cls.get(k) ?? 0) + 1);
const skel = (s: string) => s.replace(/[aeiouy]/g, '');
for (const p of googleHeldOut()) {
  if (shippedHeldOut(p.ar) || m.ar2en.has(normAr(p.ar)) || /\s/.test(p.ar.trim())) continue;
  n++;
  const want = p.en.toLowerCase();
  const got = romaniseScored(p.ar, 20, 'rules').map((s) => s.text);
  if (got[0] === want) {
    right++;
    continue;
  }
  if (got.slice(0, 5).includes(want)) in5++;
  const g = got[0] ?? '';
  const tags: string[] = [];
  if (/^(al|el)/.test(want) !== /^(al|el)/.test(g)) tags.push('article');
  if (skel(want) === skel(g)) tags.push('vowels-only');
  if (want.replace(/(.)\1/g, '$1') === g.replace(/(.)\1/g, '$1')) tags.push('doubling-only');
  if (/(a|ah|eh|e)$/.test(want) && /(a|ah|eh|e)$/.test(g) && want.replace(/(ah|eh|a|e)$/, '') === g.replace(/(ah|eh|a|e)$/, '')) tags.push('ending');
  if (want.replace(/ou/g, 'u') === g.replace(/ou/g, 'u')) tags.push('ou/u');
  if (want.replace(/ee/g, 'i') === g.replace(/ee/g, 'i')) tags.push('ee/i');
  if (want.replace(/[eo]/g, (c) => (c === 'e' ? 'i' : 'u')) === g.replace(/[eo]/g, (c) => (c === 'e' ? 'i' : 'u'))) tags.push('e~i,o~u');
  if (want.length > g.length) tags.push('gold longer');
  else if (want.length < g.length) tags.push('gold shorter');
  for (const t of tags.length ? tags : ['other']) bump(t);
  rows.push(`${p.ar}\t${want}\t${got.slice(0, 5).join(',')}\trank ${got.indexOf(want)}\t${tags.join(' ')}`);
}
console.log(`unknown Google words (dev, shipped held-out left out): ${n}, rules first ${(right / n).toFixed(3)}, misses right among 5: ${in5}`);
for (const [k, v] of [...cls].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(14)} ${v}`);
if (process.env.SHOW) console.log(rows.join('\n'));
