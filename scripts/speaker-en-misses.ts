/**
 * The quotations whose Arabic speaker is right but whose English speaker is not (the gap between
 * `speaker` and `speaker-en` in `npm run eval`), grouped by cause: an empty English speaker; a
 * described source or body rendered badly in English; a named person whose English spelling is not
 * the gold's (the names model's). `npx tsx scripts/speaker-en-misses.ts [--half even|odd] [--hide]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Quote } from '../src/briefing/types.ts';
import { matchQuote, rightSpeakerAr, rightSpeakerEn } from '../src/eval/evaluate.ts';
import type { Gold } from '../src/eval/gold-score.ts';
import { parseArticle } from '../src/parser/index.ts';
import { goldDir } from './lib/gold.ts';
import { hidingFor, listHidingFor } from './lib/hide-lexicon.ts';
import { hideLexiconEntries } from '../src/names/lexicon.ts';

const root = resolve(import.meta.dirname, '..');
const fx = join(root, 'test/fixtures');
const items = [
  ...goldDir(join(fx, 'corpus-gold'), 'corpus/'), ...goldDir(join(fx, 'articles'), 'articles/'),
  { id: 'sample', gold: join(fx, 'russia-iran-partnership.gold.json'), text: join(root, 'data/russia-iran-partnership.ar.txt') },
];
const hi = process.argv.indexOf('--half');
const half = hi > 0 ? process.argv[hi + 1] : null;
const inHalf = (id: string) => !half || (Number(id.replace(/\D/g, '')) % 2 === 0) === (half === 'even');
// `--hide`: the lexicon people (and given names) of the studied half's gold hidden, the other half's
// gold as the seen side, for the names' behaviour on unseen copy (as cv:people --unseen hides a fold's).
if (process.argv.includes('--hide') && half) {
  const golds = (h: boolean) => items.filter((i) => inHalf(i.id) === h).map((i) => JSON.parse(readFileSync(i.gold, 'utf8')) as Gold);
  const texts = (h: boolean) => items.filter((i) => inHalf(i.id) === h).map((i) => readFileSync(i.text, 'utf8'));
  // `--hide-lists` too: the organisations and places only the studied half's texts write (a strict bound)
  const lists = process.argv.includes('--hide-lists') ? listHidingFor(texts(true), texts(false)) : {};
  hideLexiconEntries({ ...hidingFor(golds(true), golds(false), true), ...lists });
}
const groups = new Map<string, string[]>();
let right = 0;
let total = 0;
let unmatched = 0;
let wrongAr = 0;
let wrongArRightEn = 0;
const dump: unknown[] = [];
for (const it of items.filter((i) => inHalf(i.id))) {
  const gold = JSON.parse(readFileSync(it.gold, 'utf8')) as Gold;
  const b = parseArticle(readFileSync(it.text, 'utf8'), gold.date ? { meta: { publishedAt: gold.date } } : {});
  const used = new Set<Quote>();
  for (const g of gold.quotes) {
    total++;
    const q = matchQuote(g, b.quotes, used);
    if (!q) { unmatched++; continue; }
    used.add(q);
    if (!rightSpeakerAr(q, g, gold)) { wrongAr++; if (rightSpeakerEn(q, g, gold)) wrongArRightEn++; continue; }
    right++;
    if (process.env.DUMP) dump.push({ id: it.id, q: { speaker: q.speaker, speakerId: q.speakerId }, g, gold: { people: gold.people } });
    if (rightSpeakerEn(q, g, gold)) continue;
    const cause = !q.speaker.en ? 'empty' : g.unnamed ? 'described' : q.speakerId ? 'person-spelling' : 'named-no-person';
    const list = groups.get(cause) ?? groups.set(cause, []).get(cause)!;
    list.push(`${it.id}: ${q.speaker.ar} → "${q.speaker.en}"  want "${g.speaker_en}"${g.speaker_ar ? ` (${g.speaker_ar})` : ''}`);
  }
}
for (const [cause, list] of groups) console.log(`\n# ${cause}: ${list.length}\n${list.join('\n')}`);
if (process.env.DUMP) writeFileSync(process.env.DUMP, JSON.stringify(dump));
console.log(`\n${total} gold quotes: ${unmatched} not found, ${wrongAr} with the wrong Arabic speaker (${wrongArRightEn} of them right in English anyway)`);
console.log(`${right} quotes with the right Arabic speaker; ${[...groups.values()].reduce((s, l) => s + l.length, 0)} of them wrong in English`);
