/**
 * Analysis for quote recall: every gold quotation the eval misses, classed by cause, and the
 * quotations found that no gold one matched (inventions, or statements the annotator left out).
 *
 *   npx tsx scripts/quote-misses.ts [--dir DIR] [--half even|odd] [--verbose] [--extras] [--causes]
 *
 * --half keeps the corpus gold whose number (01, p014) is even or odd: study misses on one half,
 * judge a change on the other. Causes of a miss, first that holds:
 *   taken     a found quote holds the gold opening but an earlier gold quote took it
 *   inside    a found quote holds the opening further in, and the opening is under three words
 *   late      a found quote opens a few words after the gold opening (the boundary starts too late)
 *   early     a found quote holds the gold's second to fourth word but not its first (starts elsewhere)
 *   sentence  some quote was found in the gold's sentence, none of the above
 *   none      no quote in that sentence: detection missed it
 * Each miss also gets the construction before its opening (causeOf); --causes lists by both.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { matchQuote } from '../src/eval/evaluate.ts';
import { fold, type Gold } from '../src/eval/gold-score.ts';
import { parseArticle } from '../src/parser/index.ts';
import type { Quote } from '../src/briefing/types.ts';
import { goldDir } from './lib/gold.ts';
import { tokenize, type Token } from '../src/parser/tokens.ts';
import { isComplementiser, isContinuation, isReportVerb, isSpeechVerb, isDenialVerb, isBeliefVerb, verbFrame } from '../src/parser/arabic-words.ts';

/**
 * The construction before a missed gold opening in its sentence (--causes): what a reader would
 * need to take the statement, first that holds.
 *   across       the opening is not inside one sentence (a statement over a sentence or paragraph end)
 *   colon        a colon right before the opening (… وهما: "…")
 *   quoted       the opening is a quotation's first word (a quotation no cue took)
 *   source       a source phrase in the sentence (بحسب، حسب، وفق، وفقا، نقلا عن، استنادا إلى، على حد)
 *   noun         a verbal noun of speech within six words before (في تصريح، في بيان، إعلان X، باتهام)
 *   complement   a complementiser (أن، إن، بأن) within two words before
 *   verb-object  a verb of saying, reporting or a framed verb within eight words before, no
 *                complementiser between (أكد X وجود، أعرب X عن، طالب بـ، هددت بـ)
 *   other
 */
const SOURCE_CUES = /(^|\s)(و?ب?حسب|و?حسبما|و?وفق|و?وفقا|و?طبقا|نقلا|استنادا|و?استنادا|على حد)(\s|$)/;
const SPEECH_NOUNS = /^[وفبل]*(ال)?(تصريح|تصريحات|بيان|اعلان|حديث|مقابل[هة]|رسال[هة]|كلم[هة]|خطاب|تغريد[هة]|اتهام|اتهامها|اتهامه|تاكيد|دعو[هة]|مطالب[هة]|تحذير|تعليق|مؤتمر|تقرير|تقارير)/;
function causeOf(sentText: string, start: string): string {
  const toks = tokenize(sentText, [{ start: 0, end: sentText.length, text: sentText, para: 0 }], 'ar');
  const w = start.split(' ');
  const fw = toks.map((t) => fold(t.text));
  let at = -1;
  for (let i = 0; i < fw.length && at < 0; i++) {
    const joined = fw.slice(i, i + w.length + 2).join(' ');
    if (joined.startsWith(start) || ` ${joined}`.includes(` ${w.slice(0, Math.min(3, w.length)).join(' ')}`) && fw[i] === w[0]) at = i;
  }
  if (at < 0) return 'other';
  const prevGap = at > 0 ? toks[at - 1]!.gap : '';
  if (/:/.test(prevGap)) return 'colon';
  if (/["«“]/.test(prevGap)) return 'quoted';
  if (SOURCE_CUES.test(sentText.replace(/[،,]/g, ' '))) return 'source';
  const back = (n: number) => toks.slice(Math.max(0, at - n), at);
  if (back(6).some((t: Token) => SPEECH_NOUNS.test(t.light))) return 'noun';
  if (back(2).some((t: Token) => isComplementiser(t))) return 'complement';
  const near = back(8);
  for (let j = near.length - 1; j >= 0; j--) {
    const t = near[j]!;
    if (isComplementiser(t)) break;
    if (isSpeechVerb(t) || isReportVerb(t) || isDenialVerb(t) || isContinuation(t) || isBeliefVerb(t) || verbFrame(t)) return 'verb-object';
  }
  return 'other';
}

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const half = opt('--half');
const verbose = args.includes('--verbose');
const items = goldDir(resolve(opt('--dir') ?? join(root, 'test/fixtures/corpus-gold')), '').filter((it) => {
  if (!half) return true;
  const n = Number(it.id.replace(/^p/, ''));
  return Number.isFinite(n) && (n % 2 === 0) === (half === 'even');
});

const classes = new Map<string, string[]>();
const put = (k: string, line: string) => classes.set(k, [...(classes.get(k) ?? []), line]);
const causes = new Map<string, number>();
const byCause = args.includes('--causes');
let golds = 0;
let found = 0;
let extra = 0;
const extras: string[] = [];
for (const it of items) {
  const gold = JSON.parse(readFileSync(it.gold, 'utf8')) as Gold;
  const b = parseArticle(readFileSync(it.text, 'utf8'), gold.date ? { meta: { publishedAt: gold.date } } : {});
  if (b.lang !== 'ar') continue;
  const used = new Set<Quote>();
  const missed: Gold['quotes'] = [];
  for (const g of gold.quotes) {
    golds++;
    const q = matchQuote(g, b.quotes, used);
    if (q) { used.add(q); found++; } else missed.push(g);
  }
  const texts = b.quotes.map((q) => ` ${fold(q.text)} `);
  const sentOf = (s: string) => b.sentences.findIndex((x) => ` ${fold(x.text)} `.includes(` ${s} `));
  for (const g of missed) {
    const start = fold(g.text_start);
    const w = start.split(' ');
    const si = sentOf(start);
    const sent = si >= 0 ? fold(b.sentences[si]!.text) : '';
    const holder = b.quotes.find((q, i) => texts[i]!.includes(` ${start} `) || texts[i]!.includes(start));
    let cls: string;
    let near = '';
    if (holder && used.has(holder)) { cls = 'taken'; near = holder.text; }
    else if (holder) { cls = 'inside'; near = holder.text; }
    else {
      // a found quote whose opening lies in the sentence after the gold opening
      const after = si >= 0 ? sent.slice(sent.indexOf(start)) : '';
      const late = b.quotes.find((q, i) => q.sentenceId === si && after && after.includes(texts[i]!.trim().split(' ').slice(0, 3).join(' ')));
      const early = w.length >= 2 ? b.quotes.find((q, i) => texts[i]!.includes(` ${w.slice(1, Math.min(4, w.length)).join(' ')} `)) : undefined;
      if (late) { cls = 'late'; near = late.text; }
      else if (early) { cls = 'early'; near = early.text; }
      else if (si >= 0 && b.quotes.some((q) => q.sentenceId === si)) { cls = 'sentence'; near = b.quotes.find((q) => q.sentenceId === si)!.text; }
      else cls = 'none';
    }
    const ctx = si >= 0 ? b.sentences[si]!.text : '(opening not in one sentence)';
    const cause = si >= 0 ? causeOf(b.sentences[si]!.text, start) : 'across';
    causes.set(`${cls} ${cause}`, (causes.get(`${cls} ${cause}`) ?? 0) + 1);
    if (byCause) cls = `${cls} ${cause}`;
    put(cls, `${it.id} [${g.kind ?? '?'}] «${g.text_start}» (${g.speaker_ar ?? g.speaker_en})${near ? `\n        found «${near.slice(0, 80)}»` : ''}${verbose ? `\n        ${ctx.slice(0, 300)}` : ''}`);
  }
  for (const q of b.quotes) if (!used.has(q)) { extra++; extras.push(`${it.id} [${q.kind}] «${q.text.slice(0, 70)}» — ${q.speaker.ar || 'unattributed'}`); }
}
console.log(`${items.length} articles, ${golds} gold quotes, ${found} found, ${golds - found} missed, ${extra} found not in gold`);
console.log('\nby class and construction:', [...causes].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', '));
for (const [k, v] of [...classes].sort((x, y) => y[1].length - x[1].length)) {
  console.log(`\n${v.length}\t${k}`);
  for (const l of v) console.log(`    ${l}`);
}
if (args.includes('--extras')) { console.log('\nfound not in gold'); for (const l of extras) console.log(`    ${l}`); }
